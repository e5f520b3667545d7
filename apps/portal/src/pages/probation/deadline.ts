import { daysBetween } from '../../format';

/**
 * How a worklist row's deadline reads: the server says due or overdue (it counts the working
 * days with the holiday calendar); here only the calendar days left or past are counted, to say
 * "còn 3 ngày" / "quá hạn 12 ngày" and to warn a week ahead.
 */
export type DeadlineTone = 'overdue' | 'soon' | 'due';

/** A deadline within this many calendar days is shown as close (orange). */
export const SOON_DAYS = 7;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export { daysBetween };

export interface DeadlineState {
  tone: DeadlineTone;
  /** Days left (due) or days past (overdue), never negative. */
  days: number;
}

export function deadlineState(deadline: string, asOf: string, status: 'due' | 'overdue'): DeadlineState {
  const left = daysBetween(asOf, deadline);
  // the server's status wins: it knows the holidays; the count only words it
  if (status === 'overdue') return { tone: 'overdue', days: Math.max(0, -left) };
  return { tone: left <= SOON_DAYS ? 'soon' : 'due', days: Math.max(0, left) };
}

/**
 * Ngày chính thức: the ceremony plus 12 months (Điều lệ Đảng, Điều 5), however late the chi bộ
 * meets; a day the month lacks is its last day (29/02/2024 → 28/02/2025), as `@party/rules` counts it.
 */
export function officialDateOf(ceremonyDate: string): string {
  const m = LOCAL_DATE.exec(ceremonyDate);
  if (!m) throw new Error(`not a local date: ${ceremonyDate}`);
  const [year, month, day] = [Number(m[1]) + 1, Number(m[2]), Number(m[3])];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
