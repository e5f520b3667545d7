import { z } from 'zod';
import { bilingual } from './errors/validate';

/**
 * A date in the world, as Vietnamese officials write it on a decision: no time, no zone.
 * Kept as `YYYY-MM-DD` text end to end, because a UTC+7 midnight stored as a UTC instant
 * lands on the previous day and, on 1 January, in the previous year.
 */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years any date of this domain can fall in: nobody alive was born before 1900 and no decision
 * is dated past 2199. A date outside (0100, 9999) is a typing slip, refused before it reaches
 * arithmetic that would overflow.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function isLocalDate(value: string): boolean {
  if (!isCalendarDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * `YYYY-MM-DD` naming a real day, whatever the year (a fact's date says itself why a year is
 * refused) — from year 0100: `Date.UTC`, which this once asked, reads years 0–99 as 1900–1999,
 * so those were never a day here. Arithmetic, not a `Date` per call: a 9,000-row roster asks
 * it hundreds of thousands of times (a spec compares both ways, day by day, over the years that tell
 * them apart).
 */
export function isCalendarDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The proleptic Gregorian calendar, as `Date` counts it. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1];
}

export const localDate = z
  .string()
  .refine(isLocalDate, { message: bilingual(`Ngày không hợp lệ, cần dạng YYYY-MM-DD trong các năm ${FIRST_YEAR}–${LAST_YEAR}`, `Invalid date, expected YYYY-MM-DD within ${FIRST_YEAR}–${LAST_YEAR}`) });

// one formatter for the process: every fact date of a 9,000-row roster asks for today
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today in Vietnam (Asia/Ho_Chi_Minh), whatever the server's own zone. */
export function todayInVietnam(now: Date = new Date()): LocalDate {
  return VIETNAM_DAY.format(now);
}
