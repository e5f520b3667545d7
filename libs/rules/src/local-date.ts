import { z } from 'zod';

/**
 * A date as an official writes it on a decision: `YYYY-MM-DD`, no time, no zone.
 * Never a JS `Date` at midnight: in UTC+7 that instant is the previous day in UTC, and on
 * 1 January the previous year. All arithmetic here is on plain year/month/day integers.
 */
export type LocalDate = string;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export const localDateSchema = z.string().refine(isLocalDate, {
  message: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD / Invalid date, expected YYYY-MM-DD',
});

export function parseLocalDate(value: LocalDate): YearMonthDay {
  if (!isLocalDate(value)) throw new RangeError(`Invalid local date "${value}" (expected YYYY-MM-DD)`);
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

export function formatLocalDate({ year, month, day }: YearMonthDay): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function toDayNumber(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return formatLocalDate({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months; a day that does not exist in the target month is clamped to that
 * month's last day (2024-01-31 + 1 month = 2024-02-29). This is how Vietnamese law ends a
 * period counted in months when the final month has no corresponding day (Bộ luật Dân sự 2015,
 * provisions on time limits).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatLocalDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

export const isBefore = (a: LocalDate, b: LocalDate): boolean => compareDates(a, b) < 0;
export const isAfter = (a: LocalDate, b: LocalDate): boolean => compareDates(a, b) > 0;
export const isOnOrBefore = (a: LocalDate, b: LocalDate): boolean => compareDates(a, b) <= 0;
export const isOnOrAfter = (a: LocalDate, b: LocalDate): boolean => compareDates(a, b) >= 0;

/** Whole days from `from` to `to` (to − from); negative when `to` is earlier. */
export function diffDays(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function minDate(first: LocalDate, ...rest: LocalDate[]): LocalDate {
  return rest.reduce((min, d) => (isBefore(d, min) ? d : min), first);
}

export function maxDate(first: LocalDate, ...rest: LocalDate[]): LocalDate {
  return rest.reduce((max, d) => (isAfter(d, max) ? d : max), first);
}

/** Inclusive range of dates, in order. */
export function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let n = toDayNumber(from), end = toDayNumber(to); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}
