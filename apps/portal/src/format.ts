/**
 * Numbers and dates as Vietnamese documents write them (`8.434`, `94,7%`, `08/01/2024`), in both
 * languages of the portal: the figures end up next to official reports, which use these forms.
 */
const LOCALE = 'vi-VN';
const VIETNAM = 'Asia/Ho_Chi_Minh';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
// A local date is formatted as a UTC instant on purpose: the text `2024-01-08` is a date in the
// world, and any other zone (the browser's included) could move it to the 7th.
const localDay = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const instantDay = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: VIETNAM });
const instantTime = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: VIETNAM });

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `8434` → `8.434`; fractions are kept to two places (`1,5`). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/** A ratio, not a percentage: `0.947` → `94,7%`. */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}

/** A business date kept as `YYYY-MM-DD` → `08/01/2024`; anything else is returned as it came. */
export function formatLocalDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = LOCAL_DATE.exec(value);
  if (!m) return value;
  return localDay.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/**
 * Calendar days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier: what a
 * deadline's "còn 3 ngày" / "quá hạn 12 ngày" counts (the services count the working days).
 */
export function daysBetween(from: string, to: string): number {
  const day = (d: string) => {
    const m = LOCAL_DATE.exec(d);
    if (!m) throw new Error(`not a local date: ${d}`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  };
  return day(to) - day(from);
}

/** An instant (ISO timestamp) as read on a clock in Vietnam: `08/01/2024 08:02:03`. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  const date = toDate(value);
  return date ? `${instantDay.format(date)} ${instantTime.format(date)}` : '';
}

/** The time of day in Vietnam: `08:02:03`. */
export function formatTime(value: string | number | Date | null | undefined): string {
  const date = toDate(value);
  return date ? instantTime.format(date) : '';
}

function toDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const vietnamToday = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM });

/** Today as a business date in Vietnam (`YYYY-MM-DD`), whatever the browser's zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamToday.format(now);
}

/** The year before the current one in Vietnam: the year a year-end report is usually for. */
export function lastYearInVietnam(now: Date = new Date()): number {
  return Number(todayInVietnam(now).slice(0, 4)) - 1;
}

const VI_DATE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** What a reader types, `31/12/2024` (or `1/2/2024`), → `2024-12-31`; null when it is no real date. */
export function parseViDate(text: string): string | null {
  const m = VI_DATE.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
