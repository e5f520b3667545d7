import { CalendarCoverageError, vietnamCalendar as calendar, WorkingDayCalendar } from './working-day-calendar';

describe('WorkingDayCalendar', () => {
  it('treats weekends, holidays, compensatory and swapped days as non-working', () => {
    expect(calendar.isWorkingDay('2023-01-02')).toBe(false); // nghỉ bù 1/1 (Sunday)
    for (const d of ['2023-01-20', '2023-01-23', '2023-01-26']) expect(calendar.isWorkingDay(d)).toBe(false);
    expect(calendar.isWorkingDay('2023-01-27')).toBe(true);
    expect(calendar.isWorkingDay('2023-05-02')).toBe(false);
    expect(calendar.isWorkingDay('2023-05-03')).toBe(false);
    expect(calendar.isWorkingDay('2023-05-06')).toBe(false); // no Saturday worked in 2023
    expect(calendar.isWorkingDay('2023-09-04')).toBe(false);
    expect(calendar.isWorkingDay('2024-09-03')).toBe(false);
    expect(calendar.dayOff('2024-04-29')?.kind).toBe('swapped');
  });

  it('counts a Saturday worked in exchange as a working day', () => {
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    expect(calendar.addWorkingDays('2024-04-26', 3)).toBe('2024-05-04');
  });

  it('counts the start day as day 0', () => {
    expect(calendar.addWorkingDays('2023-03-10', 0)).toBe('2023-03-10');
    expect(calendar.addWorkingDays('2023-03-10', 1)).toBe('2023-03-13'); // Friday → Monday
    expect(calendar.addWorkingDays('2023-03-11', 1)).toBe('2023-03-13'); // from a Saturday
  });

  it('puts the 30th working day after 10/1/2023 on 28/2/2023, across Tết Quý Mão', () => {
    expect(calendar.deadline('2023-01-10', 30)).toBe('2023-02-28');
    expect(calendar.workingDaysBetween('2023-01-10', '2023-02-28')).toBe(30);
  });

  it('is on time on the 30th working day and overdue on the 31st (Tết 2023)', () => {
    expect(calendar.status('2023-01-10', 30, { doneOn: '2023-02-28' })).toBe('on_time');
    expect(calendar.status('2023-01-10', 30, { doneOn: '2023-03-01' })).toBe('overdue');
    expect(calendar.status('2023-01-10', 30, { today: '2023-02-28' })).toBe('due');
    expect(calendar.status('2023-01-10', 30, { today: '2023-03-01' })).toBe('overdue');
  });

  it('is on time on the 30th working day and overdue on the 31st (Tết 2024)', () => {
    expect(calendar.deadline('2024-02-01', 30)).toBe('2024-03-21');
    expect(calendar.addWorkingDays('2024-02-01', 31)).toBe('2024-03-22');
    expect(calendar.status('2024-02-01', 30, { doneOn: '2024-03-21' })).toBe('on_time');
    expect(calendar.status('2024-02-01', 30, { doneOn: '2024-03-22' })).toBe('overdue');
  });

  it('counts working days between two dates as (a, b], negative when reversed', () => {
    expect(calendar.workingDaysBetween('2024-02-07', '2024-02-15')).toBe(1);
    expect(calendar.workingDaysBetween('2024-02-15', '2024-02-07')).toBe(-1);
    expect(calendar.workingDaysBetween('2024-02-07', '2024-02-07')).toBe(0);
  });

  it('refuses dates outside its data instead of guessing', () => {
    expect(() => calendar.isWorkingDay('2031-01-02')).toThrow(CalendarCoverageError);
    expect(() => calendar.addWorkingDays('2030-12-20', 30)).toThrow(CalendarCoverageError);
    expect(calendar.coverage).toEqual({ from: 2015, to: 2030 });
  });

  it('flags days whose status is an estimate for years not yet announced', () => {
    expect(calendar.isEstimated('2027-02-08')).toBe(true);
    expect(calendar.isEstimated('2024-02-12')).toBe(false);
  });

  it('can be built from other data (e.g. a year announced later)', () => {
    const custom = new WorkingDayCalendar([
      {
        year: 2031,
        lunarNewYear: '2031-01-23',
        hungKings: '2031-04-01',
        basis: 'test',
        daysOff: [{ from: '2031-01-01', name: 'Tết Dương lịch', kind: 'holiday' }],
        workedSaturdays: [],
      },
    ]);
    expect(custom.isWorkingDay('2031-01-01')).toBe(false);
    expect(custom.isWorkingDay('2031-01-02')).toBe(true);
  });
});
