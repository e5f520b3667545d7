import { Job, JobsOptions, Queue } from 'bullmq';
import { deterministicJobId, JobDefinition, JobPayload } from '@party/contracts';

export interface JobHandler<D extends JobDefinition = JobDefinition> {
  job: D;
  run(payload: JobPayload<D>, job: Job): Promise<unknown>;
}

export function handle<D extends JobDefinition>(job: D, run: JobHandler<D>['run']): JobHandler<D> {
  return { job, run };
}

/**
 * Like immich's job repository: at boot, every job declared for this queue has exactly one
 * handler, or the worker refuses to start.
 */
export function indexJobHandlers(queue: string, declared: readonly JobDefinition[], handlers: JobHandler<any>[]): Map<string, JobHandler> {
  const map = new Map<string, JobHandler>();
  for (const h of handlers) {
    if (h.job.queue !== queue) throw new Error(`Handler for ${h.job.name} registered on queue ${queue}, but the job belongs to ${h.job.queue}`);
    if (map.has(h.job.name)) throw new Error(`Job ${h.job.name} has two handlers`);
    map.set(h.job.name, h);
  }
  const missing = declared.filter((d) => d.queue === queue && !map.has(d.name)).map((d) => d.name);
  if (missing.length) throw new Error(`Jobs without a handler on queue ${queue}: ${missing.join(', ')}`);
  return map;
}

/**
 * How long a finished job (and so its files: the worker sweeps the files of jobs that are gone)
 * is kept: about 400 days, so the runs page still lists last year's scheduled reports and lists
 * with their files when the next year-end comes (31/12 and 15/01), not only the last week. The
 * count bounds Redis should a busy office run thousands (a few KB each).
 */
export const JOB_KEEP_DAYS = 400;
export const JOB_RETENTION = {
  removeOnComplete: { age: JOB_KEEP_DAYS * 24 * 3600, count: 5000 },
  removeOnFail: { age: JOB_KEEP_DAYS * 24 * 3600, count: 5000 },
} as const satisfies JobsOptions;

/** Queues a job under its deterministic id: the same inputs queued twice are one job. */
export async function enqueueJob<D extends JobDefinition>(queue: Queue, def: D, payload: JobPayload<D>, opts: JobsOptions = {}): Promise<Job> {
  const data = def.schema.parse(payload);
  return queue.add(def.name, data, {
    jobId: deterministicJobId(def, data as JobPayload<D>),
    attempts: 3,
    backoff: { type: 'exponential', delay: 2000 },
    ...JOB_RETENTION,
    ...opts,
  });
}
