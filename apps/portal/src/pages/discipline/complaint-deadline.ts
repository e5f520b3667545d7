import { daysBetween } from '../../format';

/**
 * How a complaint's deadline reads: the server says due / overdue / on_time (it counts working
 * days with the holiday calendar); here only the calendar days left or past are counted, to say
 * "còn 3 ngày" / "quá hạn 12 ngày" and to warn a week ahead.
 */
export type DeadlineTone = 'overdue' | 'soon' | 'due' | 'onTime' | 'late';

/** A deadline within this many calendar days is shown as close (orange). */
export const SOON_DAYS = 7;

export { daysBetween };

export interface ComplaintDeadline {
  deadline: string;
  deadlineStatus: 'due' | 'overdue' | 'on_time';
  status: 'pending' | 'resolved';
}

/** The tone and the days (left while due, past while overdue; none once settled). */
export function deadlineTone(c: ComplaintDeadline, asOf: string): { tone: DeadlineTone; days: number } {
  if (c.status === 'resolved') return { tone: c.deadlineStatus === 'overdue' ? 'late' : 'onTime', days: 0 };
  const left = daysBetween(asOf, c.deadline);
  // the server's status wins: it knows the holidays; the count only words it
  if (c.deadlineStatus === 'overdue') return { tone: 'overdue', days: Math.max(0, -left) };
  return { tone: left <= SOON_DAYS ? 'soon' : 'due', days: Math.max(0, left) };
}
