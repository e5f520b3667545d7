import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  diffDays,
  fromDayNumber,
  isLocalDate,
  localDateSchema,
  maxDate,
  minDate,
  parseLocalDate,
  toDayNumber,
} from './local-date';

describe('local dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2023-13-01')).toBe(false);
    expect(isLocalDate('2023-1-01')).toBe(false);
    expect(isLocalDate('2023-01-01T00:00:00Z')).toBe(false);
    expect(localDateSchema.safeParse('2100-02-29').success).toBe(false);
    expect(() => parseLocalDate('2023-02-30')).toThrow(RangeError);
  });

  it('round-trips day numbers against the proleptic Gregorian calendar', () => {
    // Years 0053–4160; test-only cross-check with UTC arithmetic (never used by the rules).
    for (let n = -700_000; n <= 800_000; n += 997) {
      const date = fromDayNumber(n);
      expect(toDayNumber(date)).toBe(n);
      expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(date);
    }
    expect(toDayNumber('1970-01-01')).toBe(0);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds months clamping to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2023-10-31', 1)).toBe('2023-11-30');
    expect(addMonths('2023-11-15', 2)).toBe('2024-01-15');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(dayOfWeek('2024-02-10')).toBe(6); // Tết Giáp Thìn, a Saturday
    expect(dayOfWeek('2023-01-22')).toBe(0); // Tết Quý Mão, a Sunday
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });

  it('compares and diffs', () => {
    expect(compareDates('2023-01-01', '2023-01-02')).toBe(-1);
    expect(compareDates('2023-01-02', '2023-01-02')).toBe(0);
    expect(diffDays('2023-03-01', '2024-03-01')).toBe(366);
    expect(diffDays('2024-03-01', '2023-03-01')).toBe(-366);
    expect(minDate('2023-05-01', '2022-05-01', '2024-01-01')).toBe('2022-05-01');
    expect(maxDate('2023-05-01', '2022-05-01', '2024-01-01')).toBe('2024-01-01');
  });
});
