import type { Job } from 'bullmq';
import {
  Principal,
  readJobFailure,
  REPORT_JOB_TITLES,
  reportJobKindOf,
  reportJobResultSchema,
  ReportJobState,
  ReportJobView,
  REPORT_SCHEDULE_KEYS,
  ReportScheduleKey,
} from '@party/contracts';

const STATES: Record<string, ReportJobState> = {
  waiting: 'waiting',
  prioritized: 'waiting',
  'waiting-children': 'waiting',
  delayed: 'delayed',
  active: 'active',
  completed: 'completed',
  failed: 'failed',
};

const iso = (ms: number | undefined | null) => (ms ? new Date(ms).toISOString() : null);

/**
 * A BullMQ job of a report kind as a person reads it. The files are those the caller may download;
 * the error is the last attempt's, in words (a job waiting for its retry shows why it is waiting).
 */
export function reportJobView(job: Job, rawState: string, principal: Principal): ReportJobView | null {
  const kind = reportJobKindOf(job.name);
  if (!kind) return null;
  const data = job.data as Record<string, unknown>;
  const result = job.returnvalue ? reportJobResultSchema.safeParse(job.returnvalue) : null;
  const state = STATES[rawState] ?? 'unknown';
  const progress = typeof job.progress === 'number' ? Math.max(0, Math.min(100, Math.round(job.progress))) : 0;
  const schedule = REPORT_SCHEDULE_KEYS.includes(data.schedule as ReportScheduleKey) ? (data.schedule as ReportScheduleKey) : null;
  const files = result?.success ? result.data.files.filter((f) => principal.permissions.includes(f.permission)) : [];
  return {
    id: String(job.id),
    kind,
    title: REPORT_JOB_TITLES[kind],
    state,
    progress: state === 'completed' ? 100 : progress,
    year: typeof data.year === 'number' ? data.year : null,
    occasion: typeof data.occasion === 'string' ? data.occasion : null,
    asOf: typeof data.asOf === 'string' ? data.asOf : null,
    orgId: typeof data.orgId === 'string' ? data.orgId : null,
    watermark: String(data.watermark ?? ''),
    trigger: schedule ? 'schedule' : 'demand',
    schedule,
    requestedBy: typeof data.requestedBy === 'string' ? data.requestedBy : null,
    createdAt: iso(job.timestamp) as string,
    startedAt: iso(job.processedOn),
    finishedAt: iso(job.finishedOn),
    attemptsMade: job.attemptsMade,
    attempts: job.opts.attempts ?? 1,
    files,
    summary: result?.success ? result.data.summary : [],
    complete: result?.success ? result.data.complete : null,
    error: state === 'completed' ? null : readJobFailure(job.failedReason),
  };
}
