import { handle } from '@party/messaging';
import { WorkerSelfCheckJob } from '@party/contracts';

/** Proves the worker takes jobs: reports progress and returns what it ran for. */
export const selfCheckHandler = handle(WorkerSelfCheckJob, async (payload, job) => {
  await job.updateProgress(50);
  const result = { day: payload.day, worker: `${process.pid}`, checkedAt: new Date().toISOString() };
  await job.updateProgress(100);
  return result;
});
