import { describe, expect, it } from '@jest/globals';
import { capUse, isTerm, sentRowAliases, shareText, termChoices, termOf, yearChoices, yearFrom } from './cadre-model';

describe('terms of office', () => {
  it('are five years written 2020-2025', () => {
    expect(isTerm('2020-2025')).toBe(true);
    expect(isTerm('2020-2026')).toBe(false);
    expect(isTerm('2020')).toBe(false);
    expect(isTerm(null)).toBe(false);
  });
  it('a date falls in the term counted from 2020-2025 in steps of five years', () => {
    expect(termOf('2023-03-15')).toBe('2020-2025');
    expect(termOf('2025-01-01')).toBe('2025-2030');
    expect(termOf('2019-12-31')).toBe('2015-2020');
  });
  it('offers the next term first, then the current one and the three before, plus a shown one', () => {
    expect(termChoices('2026-12-07')).toEqual(['2030-2035', '2025-2030', '2020-2025', '2015-2020', '2010-2015']);
    expect(termChoices('2026-12-07', ['2000-2005', 'nonsense'])).toContain('2000-2005');
    expect(termChoices('2026-12-07', ['nonsense'])).not.toContain('nonsense');
  });
});

describe('years of a list', () => {
  it('is taken from the address only when it is a year', () => {
    expect(yearFrom('2023')).toBe(2023);
    expect(yearFrom('1800')).toBeNull();
    expect(yearFrom(undefined)).toBeNull();
  });
  it('offers the last ten years, the shown one and the latest with data, newest first', () => {
    const years = yearChoices(2010, 2023, '2026-12-07');
    expect(years[0]).toBe(2027);
    expect(years).toContain(2010);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe('shares as the year-end report writes them', () => {
  it('writes one decimal always, with a comma', () => {
    expect(shareText(12, 15)).toBe('12/15 = 80,0%');
    expect(shareText(143, 151)).toBe('143/151 = 94,7%');
  });
  it('rounds the tenth of a percent (8/151 is 5,3%, the reference report truncated it to 5,2%)', () => {
    expect(shareText(8, 151)).toBe('8/151 = 5,3%');
  });
  it('has no share of nothing', () => {
    expect(shareText(0, 0)).toBe('0/0');
  });
  it('writes thousands with a dot', () => {
    expect(shareText(1000, 8434)).toBe('1.000/8.434 = 11,9%');
  });
});

describe('caps in use', () => {
  it('is full at the cap and over above it', () => {
    expect(capUse({ used: 2, allowed: 3 })).toEqual({ text: '2/3', full: false, over: false });
    expect(capUse({ used: 3, allowed: 3 })).toEqual({ text: '3/3', full: true, over: false });
    expect(capUse({ used: 4, allowed: 3 }).over).toBe(true);
  });
});

describe('a refusal about a row sent', () => {
  it('lands under the row of the form it came from when only some rows are sent', () => {
    const aliases = sentRowAliases('cases', [false, true, false, true], ['opinion', 'summary']);
    expect(aliases['cases.0.summary']).toEqual(['cases', 1, 'summary']);
    expect(aliases['cases.1.opinion']).toEqual(['cases', 3, 'opinion']);
    expect(aliases['cases.1']).toEqual(['cases', 3, 'opinion']);
    expect(aliases['cases.2.opinion']).toBeUndefined();
  });
});
