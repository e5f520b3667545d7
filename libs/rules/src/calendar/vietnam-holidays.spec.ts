import { dayOfWeek, eachDay, isOnOrBefore, isWeekend, parseLocalDate } from '../local-date';
import { VIETNAM_HOLIDAYS } from './vietnam-holidays';

describe('Vietnamese public holiday data (BLLĐ 2012 Điều 115 / BLLĐ 2019 Điều 112)', () => {
  it('covers every year 2015–2030 once, in order', () => {
    expect(VIETNAM_HOLIDAYS.map((y) => y.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2015 + i));
  });

  it.each(VIETNAM_HOLIDAYS.map((y) => [y.year, y] as const))('%i: Tết, Giỗ Tổ and the fixed days are days off', (year, data) => {
    const off = new Set(data.daysOff.flatMap((d) => eachDay(d.from, d.to ?? d.from)));
    for (const fixed of ['01-01', '04-30', '05-01', '09-02']) expect(off.has(`${year}-${fixed}`)).toBe(true);
    expect(off.has(data.hungKings)).toBe(true);
    // Tết: the last day of the old year and mùng 1–4 are all inside the announced block.
    const tet = data.daysOff.find((d) => d.name.startsWith('Tết Nguyên đán'));
    const [from, to] = [tet?.from ?? '', tet?.to ?? ''];
    expect(isOnOrBefore(from, data.lunarNewYear) && isOnOrBefore(data.lunarNewYear, to)).toBe(true);
    expect(parseLocalDate(data.lunarNewYear).year).toBe(year);
    if (year >= 2021) expect(off.has(`${year}-09-01`) || off.has(`${year}-09-03`)).toBe(true);
  });

  it('lists worked Saturdays only on Saturdays, and swapped or compensatory days only on weekdays', () => {
    for (const year of VIETNAM_HOLIDAYS) {
      for (const s of year.workedSaturdays) {
        expect(dayOfWeek(s.date)).toBe(6);
        expect(year.daysOff.some((d) => d.kind === 'swapped' && d.from === s.replaces)).toBe(true);
      }
      for (const d of year.daysOff.filter((x) => x.kind !== 'holiday')) expect(isWeekend(d.from)).toBe(false);
    }
  });

  it('has the lunar dates of the Vietnamese (UTC+7) calendar, not the Chinese one', () => {
    const tet = Object.fromEntries(VIETNAM_HOLIDAYS.map((y) => [y.year, y.lunarNewYear]));
    expect(tet[2023]).toBe('2023-01-22');
    expect(tet[2024]).toBe('2024-02-10');
    expect(tet[2027]).toBe('2027-02-06');
    expect(tet[2030]).toBe('2030-02-02');
  });
});
