import { describe, expect, it } from '@jest/globals';
import { yearChoices, yearFrom } from './inspection-year';

describe('the year of a list', () => {
  it('is taken from the address only when it is a year', () => {
    expect(yearFrom('2023')).toBe(2023);
    expect(yearFrom('1800')).toBeNull();
    expect(yearFrom('abc')).toBeNull();
    expect(yearFrom(null)).toBeNull();
  });
  it('is chosen among the last ten years, the shown one and the latest with data', () => {
    const years = yearChoices(2012, 2023, '2026-12-07');
    expect(years[0]).toBe(2027);
    expect(years).toContain(2017);
    expect(years).toContain(2012);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});
