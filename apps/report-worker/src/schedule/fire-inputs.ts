import type { Job } from 'bullmq';
import { ReportSchedule, todayInVietnam } from '@party/contracts';

export type ScheduledInputs = { kind: 'yearEnd'; year: number } | { kind: 'badgeCandidates'; occasion: string } | { kind: 'overdueDeadlines'; asOf: string };

/**
 * The moment a scheduler meant to fire: its jobs are `repeat:<scheduler>:<millis>`; a job queued
 * otherwise (by hand, in a drill) counts from when it was due.
 */
export function fireTimeOf(job: Pick<Job, 'id' | 'timestamp' | 'delay'>): Date {
  const millis = /^repeat:[^:]+:(\d+)$/.exec(String(job.id))?.[1];
  return new Date(millis ? Number(millis) : job.timestamp + (job.delay ?? 0));
}

/**
 * What a fire of a schedule asks for, from the day it fired in Vietnam: the year-end report of
 * that year (31/12) or of the year before (15/01); the badge list of the next occasion on or
 * after that day; the overdue lists as of that day.
 */
export function scheduledInputs(schedule: ReportSchedule, firedAt: Date): ScheduledInputs {
  const day = todayInVietnam(firedAt);
  const year = Number(day.slice(0, 4));
  switch (schedule.kind) {
    case 'yearEnd':
      return { kind: 'yearEnd', year: year + (schedule.yearOffset ?? 0) };
    case 'badgeCandidates': {
      const o = schedule.occasion as { month: number; day: number };
      const thisYear = `${year}-${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`;
      return { kind: 'badgeCandidates', occasion: thisYear >= day ? thisYear : `${year + 1}${thisYear.slice(4)}` };
    }
    case 'overdueDeadlines':
      return { kind: 'overdueDeadlines', asOf: day };
  }
}
