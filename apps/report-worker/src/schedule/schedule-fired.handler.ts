import type { Queue } from 'bullmq';
import { REPORT_JOB_ROUTES, REPORT_JOBS, REPORT_SCHEDULES, ScheduleFiredJob, type ReportWatermark } from '@party/contracts';
import { enqueueJob, handle } from '@party/messaging';
import type { ServiceCalls } from '../infra/service-calls';
import { fireTimeOf, scheduledInputs } from './fire-inputs';

/**
 * A scheduler fired: the real job is queued under its deterministic id with the read model's
 * watermark of now, so a fire handled twice (a retry) still makes one report, and the 15/01 run
 * makes a new one only if facts arrived since 31/12.
 */
export function scheduleFiredHandler(deps: { calls: ServiceCalls; queue: () => Queue }) {
  return handle(ScheduleFiredJob, async (p, job) => {
    const schedule = REPORT_SCHEDULES.find((s) => s.key === p.schedule);
    if (!schedule) throw new Error(`Unknown schedule ${p.schedule}`);
    const inputs = scheduledInputs(schedule, fireTimeOf(job));
    const { watermark } = await deps.calls.ask<ReportWatermark>(REPORT_JOB_ROUTES.watermark.pattern, {}, String(job.id));
    const origin = { orgId: null, watermark, requestedBy: null, schedule: schedule.key };
    const opts = { attempts: 4, backoff: { type: 'exponential' as const, delay: 30_000 } };
    const queued =
      inputs.kind === 'yearEnd'
        ? await enqueueJob(deps.queue(), REPORT_JOBS.yearEnd, { year: inputs.year, ...origin }, opts)
        : inputs.kind === 'badgeCandidates'
          ? await enqueueJob(deps.queue(), REPORT_JOBS.badgeCandidates, { occasion: inputs.occasion, ...origin }, opts)
          : await enqueueJob(deps.queue(), REPORT_JOBS.overdueDeadlines, { asOf: inputs.asOf, ...origin }, opts);
    await job.updateProgress(100);
    return { schedule: schedule.key, queued: String(queued.id) };
  });
}
