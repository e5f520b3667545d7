import { z } from 'zod';
import { localDate } from '../local-date';
import { defineJob, REPORT_QUEUE } from './define-job';

/**
 * The worker's own readiness drill: it proves a job goes through Redis, is picked up, and its
 * result is stored, for a given day. Business jobs (year-end figures, exports, badge and
 * deadline batches) are declared here by the issues that bring them.
 */
export const WorkerSelfCheckJob = defineJob({
  name: 'system.selfCheck',
  queue: REPORT_QUEUE,
  schema: z.object({ day: localDate }),
  idParts: (p) => [p.day],
});

export const ALL_JOBS = [WorkerSelfCheckJob] as const;
