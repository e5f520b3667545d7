import { z } from 'zod';
import { localDate } from '../local-date';
import { defineJob, REPORT_QUEUE } from './define-job';
import { BadgeCandidatesJob, OverdueDeadlinesJob, ScheduleFiredJob, YearEndReportJob } from './report-jobs';

/**
 * The worker's own readiness drill: it proves a job goes through Redis, is picked up, and its
 * result is stored, for a given day.
 */
export const WorkerSelfCheckJob = defineJob({
  name: 'system.selfCheck',
  queue: REPORT_QUEUE,
  schema: z.object({ day: localDate }),
  idParts: (p) => [p.day],
});

/** Every job of the system: the worker refuses to boot unless each has exactly one handler. */
export const ALL_JOBS = [WorkerSelfCheckJob, YearEndReportJob, BadgeCandidatesJob, OverdueDeadlinesJob, ScheduleFiredJob] as const;
