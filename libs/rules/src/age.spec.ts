import { admissionAgeCheck, fullMonthsBetween, fullYearsBetween } from './age';
import { RuleNotInForceError } from './rule';

describe('fullMonthsBetween / fullYearsBetween', () => {
  it('counts a month only once its corresponding day is reached', () => {
    expect(fullMonthsBetween('2006-03-15', '2024-03-15')).toBe(216);
    expect(fullMonthsBetween('2006-03-15', '2024-03-14')).toBe(215);
    expect(fullMonthsBetween('2024-01-31', '2024-02-29')).toBe(1); // clamped month end
    expect(fullMonthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(fullMonthsBetween('2024-03-14', '2006-03-15')).toBe(-215);
    expect(fullYearsBetween('2006-03-15', '2024-03-14')).toBe(17);
    expect(fullYearsBetween('2006-03-15', '2024-03-15')).toBe(18);
  });
});

describe('admission.age (Điều lệ Đảng Điều 1; 24-QĐ/TW 1.1; 232-QĐ/TW)', () => {
  it('refuses one day before the 18th birthday in full months', () => {
    const check = admissionAgeCheck('2006-03-15', '2024-03-14');
    expect(check.eligible).toBe(false);
    expect(check.ageInMonths).toBe(215);
    expect(check.violations.map((v) => v.code)).toEqual(['AGE_UNDER_18']);
    expect(check.eligibleFrom).toBe('2024-03-15');
  });

  it('accepts a vote on the 18th birthday', () => {
    const check = admissionAgeCheck('2006-03-15', '2024-03-15');
    expect(check.eligible).toBe(true);
    expect(check.ageInMonths).toBe(216);
    expect(check.rule.regulation).toContain('24-QĐ/TW');
  });

  it('makes someone born on 29/02 full 18 on 28/02 of a common year', () => {
    expect(admissionAgeCheck('2008-02-29', '2026-02-27').eligible).toBe(false);
    const check = admissionAgeCheck('2008-02-29', '2026-02-28');
    expect(check.eligible).toBe(true);
    expect(check.eligibleFrom).toBe('2026-02-28');
  });

  it('does not ask higher approval at exactly 60 years in months', () => {
    const check = admissionAgeCheck('1964-03-15', '2024-04-14');
    expect(check.ageInMonths).toBe(720);
    expect(check.needsHigherApproval).toBe(false);
  });

  it('asks higher approval (not refusal) from 60 years and one full month', () => {
    const check = admissionAgeCheck('1964-03-15', '2024-04-15');
    expect(check.ageInMonths).toBe(721);
    expect(check.eligible).toBe(true);
    expect(check.needsHigherApproval).toBe(true);
    expect(check.warnings.map((w) => w.code)).toEqual(['AGE_OVER_60_NEEDS_HIGHER_APPROVAL']);
  });

  it('uses 232-QĐ/TW for votes from 20/01/2025 and 24-QĐ/TW the day before', () => {
    expect(admissionAgeCheck('2000-01-01', '2025-01-19').rule.regulation).toContain('24-QĐ/TW');
    expect(admissionAgeCheck('2000-01-01', '2025-01-20').rule.regulation).toContain('232-QĐ/TW');
  });

  it('refuses to guess for a vote before any encoded version', () => {
    expect(() => admissionAgeCheck('1990-01-01', '2020-01-01')).toThrow(RuleNotInForceError);
  });

  it('rejects a birth date after the vote', () => {
    expect(() => admissionAgeCheck('2024-01-02', '2024-01-01')).toThrow(RangeError);
  });
});
