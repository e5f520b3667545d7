import { describe, expect, it } from '@jest/globals';
import { formatDateTime, formatLocalDate, formatNumber, formatPercent, formatTime } from './format';

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
});
