import { isCalendarDate, isLocalDate, localDate } from './local-date';

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

  it('is a day exactly when Date.UTC lands on it, for every day of years 0000–0450 (centuries, leap or not), 1890–2210 and 9990–9999, and every month and day just outside', () => {
    const asDateSaw = (y: number, mo: number, d: number) => {
      const probe = new Date(Date.UTC(y, mo - 1, d));
      return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const disagree: string[] = [];
    const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const years = [...span(0, 450), ...span(1890, 2210), ...span(9990, 9999)];
    for (const y of years) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
          if (isCalendarDate(text) !== asDateSaw(y, mo, d)) disagree.push(text);
        }
      }
    }
    expect(disagree).toEqual([]);
    expect(['2024-2-29', '2024-02-29T00:00', ' 2024-02-29', '+02024-02-29'].map(isCalendarDate)).toEqual([false, false, false, false]);
  });
});
