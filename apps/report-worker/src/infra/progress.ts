import type { Job } from 'bullmq';

/**
 * Reports a job's progress (0–100) and, for failure drills, waits `delayMs` after each step so a
 * test can kill the worker or cut Redis while the job is in the middle.
 */
export function progressOf(job: Job, delayMs: number): (percent: number) => Promise<void> {
  return async (percent) => {
    await job.updateProgress(Math.round(percent));
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  };
}
