import { describe, expect, it } from '@jest/globals';
import { formatDateTime, formatLocalDate, formatNumber, formatPercent, formatTime, lastYearInVietnam, parseViDate, todayInVietnam } from './format';

describe('Vietnamese number and date formats', () => {
  it('groups thousands with a dot: 8434 → 8.434', () => {
    expect(formatNumber(8434)).toBe('8.434');
    expect(formatNumber(1234567)).toBe('1.234.567');
  });

  it('writes decimals with a comma: 1.5 → 1,5', () => {
    expect(formatNumber(1.5)).toBe('1,5');
  });

  it('writes a ratio as a percentage with one decimal: 0.947 → 94,7%', () => {
    expect(formatPercent(0.947)).toBe('94,7%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('writes a local date day first with two digits: 2024-01-08 → 08/01/2024', () => {
    expect(formatLocalDate('2024-01-08')).toBe('08/01/2024');
  });

  it('keeps 1 January on 1 January whatever the zone of the machine', () => {
    expect(formatLocalDate('2024-01-01')).toBe('01/01/2024');
  });

  it('returns text that is not a local date unchanged, and empty for nothing', () => {
    expect(formatLocalDate('12/12/2023')).toBe('12/12/2023');
    expect(formatLocalDate(null)).toBe('');
  });

  it('reads an instant on a clock in Vietnam (UTC+7): 17:30Z on 31/12 is already 01/01', () => {
    expect(formatDateTime('2023-12-31T17:30:00Z')).toBe('01/01/2024 00:30:00');
    expect(formatTime('2024-01-08T01:02:03Z')).toBe('08:02:03');
  });

  it('returns empty for an invalid instant', () => {
    expect(formatDateTime('not a date')).toBe('');
  });

  it('takes today in Vietnam: 17:30Z on 31/12/2024 is already 2025-01-01 there', () => {
    expect(todayInVietnam(new Date('2024-12-31T17:30:00Z'))).toBe('2025-01-01');
    expect(todayInVietnam(new Date('2024-12-31T16:59:59Z'))).toBe('2024-12-31');
    expect(lastYearInVietnam(new Date('2024-12-31T17:30:00Z'))).toBe(2024);
  });

  it('reads a typed date day first: 31/12/2024 → 2024-12-31, 1/2/2024 → 2024-02-01', () => {
    expect(parseViDate('31/12/2024')).toBe('2024-12-31');
    expect(parseViDate(' 1/2/2024 ')).toBe('2024-02-01');
    expect(parseViDate('08.01.2024')).toBe('2024-01-08');
  });

  it('refuses what is not a real date', () => {
    expect(parseViDate('31/02/2024')).toBeNull();
    expect(parseViDate('29/02/2023')).toBeNull();
    expect(parseViDate('2024-12-31')).toBeNull();
    expect(parseViDate('')).toBeNull();
    expect(parseViDate('12/2024')).toBeNull();
  });
});
