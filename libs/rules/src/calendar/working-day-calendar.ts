import { addDays, eachDay, isAfter, isOnOrBefore, isWeekend, parseLocalDate, type LocalDate } from '../local-date';
import { VIETNAM_HOLIDAYS, type DayOff, type HolidayYear } from './vietnam-holidays';

export type DeadlineStatus = 'on_time' | 'due' | 'overdue';

/** Either the day the thing was done, or — while it is not done — today. */
export type DeadlineProgress = { doneOn: LocalDate } | { today: LocalDate };

export class CalendarCoverageError extends RangeError {
  constructor(readonly date: LocalDate, readonly covered: { from: number; to: number }) {
    super(`No holiday data for ${date}: the calendar covers ${covered.from}–${covered.to}`);
    this.name = 'CalendarCoverageError';
  }
}

/**
 * Working days (ngày làm việc) of a state agency: Monday–Friday, minus public holidays,
 * compensatory days and swapped days, plus the Saturdays worked in exchange.
 *
 * Counting convention, used by every deadline in the regulations ("trong thời hạn n ngày làm
 * việc kể từ ngày …"): the start day is day 0, whatever it is; the deadline is the n-th working
 * day after it, and an act on that day is on time.
 */
export class WorkingDayCalendar {
  private readonly daysOff = new Map<LocalDate, DayOff>();
  private readonly workedSaturdays = new Set<LocalDate>();
  private readonly years = new Set<number>();
  private readonly from: number;
  private readonly to: number;

  constructor(data: readonly HolidayYear[] = VIETNAM_HOLIDAYS) {
    for (const year of data) {
      this.years.add(year.year);
      for (const day of year.daysOff) for (const d of eachDay(day.from, day.to ?? day.from)) this.daysOff.set(d, day);
      for (const saturday of year.workedSaturdays) this.workedSaturdays.add(saturday.date);
    }
    this.from = Math.min(...this.years);
    this.to = Math.max(...this.years);
  }

  get coverage(): { from: number; to: number } {
    return { from: this.from, to: this.to };
  }

  private assertCovered(date: LocalDate): void {
    if (!this.years.has(parseLocalDate(date).year)) throw new CalendarCoverageError(date, this.coverage);
  }

  isWorkingDay(date: LocalDate): boolean {
    this.assertCovered(date);
    if (this.workedSaturdays.has(date)) return true;
    return !isWeekend(date) && !this.daysOff.has(date);
  }

  /** The holiday, compensatory or swapped day off on that date, if any. */
  dayOff(date: LocalDate): DayOff | undefined {
    this.assertCovered(date);
    return this.daysOff.get(date);
  }

  /** True when the date's status comes from an entry not yet confirmed by an announcement. */
  isEstimated(date: LocalDate): boolean {
    return this.dayOff(date)?.estimated === true;
  }

  /** The n-th working day after `start` (start is day 0); n = 0 returns start itself. */
  addWorkingDays(start: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
    let date = start;
    for (let counted = 0; counted < n; ) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted++;
    }
    return date;
  }

  /**
   * Working days in (a, b]: how many working days have passed since `a` on day `b`, so that
   * workingDaysBetween(a, addWorkingDays(a, n)) = n. Negative when b is before a.
   */
  workingDaysBetween(a: LocalDate, b: LocalDate): number {
    if (isAfter(a, b)) return -this.workingDaysBetween(b, a);
    let count = 0;
    for (let d = addDays(a, 1); isOnOrBefore(d, b); d = addDays(d, 1)) if (this.isWorkingDay(d)) count++;
    return count;
  }

  /** Last day on which something due within n working days of `start` is on time. */
  deadline(start: LocalDate, n: number): LocalDate {
    return this.addWorkingDays(start, n);
  }

  /**
   * 'on_time' — done on or before the deadline; 'due' — not done, deadline not passed;
   * 'overdue' — done after it, or not done and it has passed.
   */
  status(start: LocalDate, n: number, progress: DeadlineProgress): DeadlineStatus {
    const last = this.deadline(start, n);
    if ('doneOn' in progress) return isOnOrBefore(progress.doneOn, last) ? 'on_time' : 'overdue';
    return isOnOrBefore(progress.today, last) ? 'due' : 'overdue';
  }
}

/** The calendar built from the bundled 2015–2030 data. */
export const vietnamCalendar = new WorkingDayCalendar(VIETNAM_HOLIDAYS);
