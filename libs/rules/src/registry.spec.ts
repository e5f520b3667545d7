import { addDays, addMonths, compareDates } from './local-date';
import { ALL_RULES, RULE_IDS, ruleVersion, rulesInForce } from './registry';

describe('rule registry', () => {
  it('describes every rule in Vietnamese and English with its regulation', () => {
    for (const rule of ALL_RULES) {
      expect(rule.regulation).toBeTruthy();
      expect(rule.description.vi).toBeTruthy();
      expect(rule.description.en).toBeTruthy();
      if (rule.effectiveTo) expect(compareDates(rule.effectiveFrom, rule.effectiveTo)).toBeLessThanOrEqual(0);
    }
  });

  it('chains the versions of each rule without gaps or overlaps', () => {
    for (const id of RULE_IDS) {
      const versions = ALL_RULES.filter((r) => r.id === id).sort((a, b) => a.version - b.version);
      versions.forEach((v, i) => {
        expect(v.version).toBe(i + 1);
        const previousEnd = versions[i - 1]?.effectiveTo;
        if (i > 0) expect(previousEnd && v.effectiveFrom === addDays(previousEnd, 1)).toBe(true);
      });
      expect(versions[versions.length - 1].effectiveTo).toBeUndefined();
    }
  });

  it('has at most one version of a rule in force on any day', () => {
    for (let d = '2011-01-01'; compareDates(d, '2031-01-01') < 0; d = addMonths(d, 1)) {
      const ids = rulesInForce(d).map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('uses the 2023 rules for a 2023 case and the current ones for 2026', () => {
    const r2023 = rulesInForce('2023-12-31');
    expect(r2023.find((r) => r.id === 'rating.excellent-quota')?.regulation).toContain('124-QĐ/TW');
    expect(r2023.find((r) => r.id === 'admission.age')?.regulation).toContain('24-QĐ/TW');
    expect(r2023.some((r) => r.id === 'rating.score-levels')).toBe(false);
    const r2026 = rulesInForce('2026-03-01');
    expect(r2026.find((r) => r.id === 'rating.excellent-quota')?.regulation).toContain('366-QĐ/TW');
    expect(r2026.find((r) => r.id === 'admission.age')?.regulation).toContain('232-QĐ/TW');
  });

  it('switches version on the day a new regulation takes effect', () => {
    expect(ruleVersion('admission.age', '2025-01-19').version).toBe(1);
    expect(ruleVersion('admission.age', '2025-01-20').version).toBe(2);
    expect(() => ruleVersion('no.such.rule', '2025-01-20')).toThrow('Unknown rule');
  });
});
