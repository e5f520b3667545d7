import { describe, expect, it } from '@jest/globals';
import { yearChoices, yearOf } from './training-year';

describe('the year of a training list', () => {
  it('reads the address, else this year in Vietnam', () => {
    expect(yearOf('2023', '2026-12-07')).toBe(2023);
    expect(yearOf(undefined, '2026-12-07')).toBe(2026);
    expect(yearOf('abc', '2026-12-07')).toBe(2026);
    expect(yearOf('1800', '2026-12-07')).toBe(2026);
  });

  it('offers next year and the ten before, and an older chosen year too', () => {
    expect(yearChoices(2023, '2026-12-07').slice(0, 3)).toEqual([2027, 2026, 2025]);
    expect(yearChoices(2023, '2026-12-07')).toHaveLength(11);
    expect(yearChoices(2001, '2026-12-07').at(-1)).toBe(2001);
  });
});
