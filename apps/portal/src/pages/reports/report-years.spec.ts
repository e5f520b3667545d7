import { describe, expect, it } from '@jest/globals';
import { defaultReportYear, FIRST_REPORT_YEAR, reportYearChoices } from './report-years';

// 2 December 2026 in Vietnam
const now = new Date('2026-12-02T03:00:00Z');

describe('the year the year-end report opens on', () => {
  it('is the newest year with facts that is over: the 2023 demo opens on 2023, not an empty 2025', () => {
    expect(defaultReportYear([2023, 2022, 2021, 1995], now)).toBe(2023);
  });

  it('skips the current year (still moving) and any later one', () => {
    expect(defaultReportYear([2027, 2026, 2024, 2023], now)).toBe(2024);
  });

  it('is last year when no year with facts is over, or there are no facts', () => {
    expect(defaultReportYear([2026], now)).toBe(2025);
    expect(defaultReportYear([], now)).toBe(2025);
  });

  it('counts the year in Vietnam: 31/12/2026 at 17:00 UTC is already 2027 there', () => {
    expect(defaultReportYear([2026, 2023], new Date('2026-12-31T17:00:00Z'))).toBe(2026);
    expect(defaultReportYear([2026, 2023], new Date('2026-12-31T16:59:00Z'))).toBe(2023);
  });
});

describe('the years offered', () => {
  it('lists the years with facts first, newest first, then the others down to the first year, once each', () => {
    const { withFacts, others } = reportYearChoices([2021, 2023, 2023, 1995], now);
    expect(withFacts).toEqual([2023, 2021, 1995]);
    expect(others[0]).toBe(2027);
    expect(others.at(-1)).toBe(FIRST_REPORT_YEAR);
    expect(others).not.toContain(2023);
    expect(others).not.toContain(2021);
    expect(others).toContain(2022);
    expect(others).toHaveLength(2027 - FIRST_REPORT_YEAR + 1 - 2);
  });
});
