import { isLocalDate, localDate } from './local-date';

describe('a local date', () => {
  it('is a real day of the calendar', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2023-13-01')).toBe(false);
  });

  it('falls within 1900–2199: years 0100 and 9999 are typing slips, refused before any arithmetic', () => {
    expect(isLocalDate('1900-01-01')).toBe(true);
    expect(isLocalDate('1899-12-31')).toBe(false);
    expect(isLocalDate('2199-12-31')).toBe(true);
    expect(isLocalDate('2200-01-01')).toBe(false);
    expect(isLocalDate('0100-01-01')).toBe(false);
    const refused = localDate.safeParse('9999-12-31');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toMatch(/1900–2199/);
  });
});
