import { z } from 'zod';
import { PERMISSIONS } from '../auth/roles';
import { REPORT_JOB_KINDS } from './report-jobs';
import { REPORT_SCHEDULE_KEYS } from './report-schedules';

/**
 * What a report job leaves behind and how it is shown: the files it wrote (stored under the
 * results directory, downloaded through the gateway), a few headline figures, and — when it
 * failed — why, in words a person can act on.
 */
const text = z.object({ vi: z.string(), en: z.string() });

export const reportFileSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/).describe('The file name under the job: the download URL’s last part.'),
    title: text,
    contentType: z.string(),
    size: z.number().int(),
    permission: z.enum(PERMISSIONS).describe('Who may download it: a list of members needs `members:read`, the inspection phases `inspection:read`.'),
    rows: z.number().int().nullable().describe('Rows of a list; null for a report.'),
  })
  .meta({ id: 'ReportJobFile', description: 'A file a report job produced.' });
export type ReportFile = z.infer<typeof reportFileSchema>;

export const reportJobResultSchema = z.object({
  files: z.array(reportFileSchema),
  summary: z.array(z.object({ label: text, value: z.number().nullable() })),
  /** false: the read model still had events waiting when the figures were read. */
  complete: z.boolean(),
});
export type ReportJobResult = z.infer<typeof reportJobResultSchema>;

export const REPORT_JOB_STATES = ['waiting', 'delayed', 'active', 'completed', 'failed', 'unknown'] as const;
export type ReportJobState = (typeof REPORT_JOB_STATES)[number];

export const reportJobViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(REPORT_JOB_KINDS),
    title: text,
    state: z.enum(REPORT_JOB_STATES),
    progress: z.number().int().min(0).max(100),
    year: z.number().int().nullable(),
    occasion: z.string().nullable().meta({ format: 'date' }),
    asOf: z.string().nullable().meta({ format: 'date' }),
    orgId: z.string().nullable().describe('The subtree reported on; null for the whole bloc.'),
    watermark: z.string().describe('The read model’s position the job was asked at (part of its id).'),
    trigger: z.enum(['demand', 'schedule']),
    schedule: z.enum(REPORT_SCHEDULE_KEYS).nullable(),
    requestedBy: z.string().nullable(),
    createdAt: z.string().meta({ format: 'date-time' }),
    startedAt: z.string().nullable().meta({ format: 'date-time' }),
    finishedAt: z.string().nullable().meta({ format: 'date-time' }),
    attemptsMade: z.number().int(),
    attempts: z.number().int(),
    files: z.array(reportFileSchema).describe('The files the caller may download.'),
    summary: reportJobResultSchema.shape.summary,
    complete: z.boolean().nullable().describe('Whether the read model was caught up when the figures were read; null until done.'),
    error: text.nullable().describe('Why the last attempt failed, for a person; null when it did not.'),
  })
  .meta({ id: 'ReportJob', description: 'A report job: its state, progress, files and error.' });
export type ReportJobView = z.infer<typeof reportJobViewSchema>;

export const reportScheduleViewSchema = z
  .object({
    key: z.enum(REPORT_SCHEDULE_KEYS),
    kind: z.enum(REPORT_JOB_KINDS),
    title: text,
    pattern: z.string(),
    timeZone: z.string(),
    next: z.string().nullable().meta({ format: 'date-time' }).describe('The next fire; null while not registered.'),
  })
  .meta({ id: 'ReportSchedule', description: 'A scheduled report run.' });
export type ReportScheduleView = z.infer<typeof reportScheduleViewSchema>;

/**
 * A job's failure travels as BullMQ's `failedReason` (one string): JSON with the two languages,
 * so the status route can give a person the words, not a stack trace.
 */
export interface JobFailureText {
  code: string;
  vi: string;
  en: string;
}

export function jobFailureMessage(f: JobFailureText): string {
  return JSON.stringify(f);
}

/** The person's words for a `failedReason`: ours as written, BullMQ's own and unknown ones explained. */
export function readJobFailure(failedReason: string | undefined | null): { vi: string; en: string } | null {
  if (!failedReason) return null;
  try {
    const f = JSON.parse(failedReason) as Partial<JobFailureText>;
    if (typeof f.vi === 'string' && typeof f.en === 'string') return { vi: f.vi, en: f.en };
  } catch {
    // not ours: below
  }
  if (/stalled/i.test(failedReason)) {
    return {
      vi: 'Bộ xử lý báo cáo dừng đột ngột nhiều lần khi đang chạy công việc này. Hãy chạy lại; nếu vẫn lỗi, báo quản trị hệ thống.',
      en: 'The report worker stopped abruptly several times while running this job. Run it again; if it fails again, tell the administrator.',
    };
  }
  // the first line only: a reason that carries a stack trace shows the person its message, not the frames
  const reason = failedReason.split('\n')[0].trim().slice(0, 200);
  return {
    vi: `Lỗi không mong đợi khi lập báo cáo (${reason}). Hãy chạy lại; nếu vẫn lỗi, báo quản trị hệ thống.`,
    en: `Unexpected error while making the report (${reason}). Run it again; if it fails again, tell the administrator.`,
  };
}
