import { checkQuota, maxExcellent, ratingLevelFromScore } from './rating-quota';
import { RuleNotInForceError } from './rule';

describe('rating.excellent-quota (≤ 20% of good-or-better)', () => {
  it('allows 28 excellent of 143 good-or-better in 2023 (20% × 143 = 28.6)', () => {
    expect(maxExcellent(143, 2023)).toBe(28);
    const check = checkQuota({ year: 2023, excellentCount: 28, goodOrBetterCount: 143 });
    expect(check.ok).toBe(true);
    expect(check.rule.regulation).toBe('Quy định 124-QĐ/TW (2023)');
  });

  it('refuses 29 excellent of 143 good-or-better in 2023', () => {
    const check = checkQuota({ year: 2023, excellentCount: 29, goodOrBetterCount: 143 });
    expect(check.ok).toBe(false);
    expect(check.excess).toBe(1);
    expect(check.violations.map((v) => v.code)).toEqual(['EXCELLENT_QUOTA_EXCEEDED']);
  });

  it('rounds down in integers at small group sizes', () => {
    expect(maxExcellent(4, 2023)).toBe(0);
    expect(maxExcellent(5, 2023)).toBe(1);
    expect(maxExcellent(10, 2023)).toBe(2);
  });

  it('uses the regulation of the rating year', () => {
    expect(checkQuota({ year: 2022, excellentCount: 1, goodOrBetterCount: 5 }).rule.regulation).toContain('132-QĐ/TW');
    expect(checkQuota({ year: 2024, excellentCount: 1, goodOrBetterCount: 5 }).rule.regulation).toContain('124-QĐ/TW');
    expect(checkQuota({ year: 2025, excellentCount: 1, goodOrBetterCount: 5 }).rule.regulation).toContain('366-QĐ/TW');
  });

  it('applies a recorded override and reports it', () => {
    const override = { percentOfGoodOrBetter: 25, decidedBy: 'Ban Thường vụ Đảng ủy Khối', reference: 'Kết luận số …' };
    const check = checkQuota({ year: 2023, excellentCount: 35, goodOrBetterCount: 143, override });
    expect(check.maxExcellent).toBe(35);
    expect(check.ok).toBe(true);
    expect(check.override).toBe(override);
  });

  it('rejects counts where the excellent outnumber the good-or-better they belong to', () => {
    expect(() => checkQuota({ year: 2023, excellentCount: 6, goodOrBetterCount: 5 })).toThrow(RangeError);
  });
});

describe('rating.score-levels (366-QĐ/TW, from 2025)', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [70, 'good'],
    [69.5, 'completed'],
    [50, 'completed'],
    [49.99, 'not_completed'],
    [0, 'not_completed'],
  ])('rates %p points as %s', (score, level) => {
    expect(ratingLevelFromScore(score, 2025)).toBe(level);
  });

  it('has no points before 2025 (124-QĐ/TW rated by criteria)', () => {
    expect(() => ratingLevelFromScore(95, 2024)).toThrow(RuleNotInForceError);
  });

  it('rejects scores outside 0–100', () => {
    expect(() => ratingLevelFromScore(101, 2025)).toThrow(RangeError);
    expect(() => ratingLevelFromScore(-1, 2025)).toThrow(RangeError);
  });
});
