import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { localDate } from '../local-date';
import { defineRoute } from '../routes/define-route';
import { REPORT_JOB_KINDS } from '../jobs/report-jobs';
import { REPORT_SCHEDULES } from '../jobs/report-schedules';
import { reportJobViewSchema, reportScheduleViewSchema } from '../jobs/job-views';
import { SERVICES } from '../events/define-event';
import { reportYearSchema } from './commands';

/**
 * Report jobs (issue 15): the reporting service queues them (on demand here, on schedule at its
 * start) under deterministic ids made with its own watermark, and answers their state; the
 * report worker runs them; the gateway streams their progress (server-sent events) and serves
 * their files, asking these routes first whether the caller may see the job.
 */
const orgId = z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }).optional();
const OCCASION_DAYS = REPORT_SCHEDULES.flatMap((s) => (s.occasion ? [`${String(s.occasion.month).padStart(2, '0')}-${String(s.occasion.day).padStart(2, '0')}`] : []));
const occasion = localDate.refine((d) => OCCASION_DAYS.includes(d.slice(5)), {
  message: bilingual('Dịp xét tặng Huy hiệu là 3/2, 19/5, 2/9 hoặc 7/11', 'A badge occasion is 3 Feb, 19 May, 2 Sep or 7 Nov'),
});

export const startReportJobSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('yearEnd'), year: reportYearSchema, orgId }),
    z.strictObject({ kind: z.literal('badgeCandidates'), occasion: occasion.optional().describe('Default: the next occasion from today.'), orgId }),
    z.strictObject({ kind: z.literal('overdueDeadlines'), asOf: localDate.optional().describe('Default: today in Vietnam.'), orgId }),
  ],
  { message: bilingual(`Loại báo cáo là một trong: ${REPORT_JOB_KINDS.join(', ')}`, `The kind is one of: ${REPORT_JOB_KINDS.join(', ')}`) },
);
export type StartReportJob = z.infer<typeof startReportJobSchema>;

export const reportJobIdSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.~:-]{1,200}$/, bilingual('Mã công việc không hợp lệ', 'Invalid job id')),
});

export const reportWatermarkSchema = z.object({
  watermark: z.string().describe('Changes whenever the read model applies an event: same watermark, same figures.'),
  lastRecordedAt: z.string().nullable().meta({ format: 'date-time' }).describe('When the newest fact applied was recorded by its service.'),
  complete: z.boolean().describe('false: events are still waiting to be applied.'),
  sources: z.array(z.object({ source: z.enum(SERVICES), sequence: z.number().int() })),
});
export type ReportWatermark = z.infer<typeof reportWatermarkSchema>;

export const REPORT_JOB_ROUTES = {
  start: defineRoute({
    service: 'reporting',
    method: 'POST',
    path: 'reports/jobs',
    pattern: 'reporting.job.start',
    permission: 'reports:run',
    tag: 'reports',
    summary: 'Xuất báo cáo: lập tệp Excel, PDF (chạy nền) / Export a report: make its workbook and PDF in the background',
    description:
      '`yearEnd`: the year-end report (xlsx, pdf, html); `badgeCandidates`: the members due a badge on an occasion; `overdueDeadlines`: the overdue lists (probation reviews, admissions, transfers, death notices, inspection phases). ' +
      'The job id is made of the kind, its inputs, the organization and the read model’s watermark: asking again before any new fact answers the same job (`duplicate: true`); after a new fact, a new one. Follow it with `GET /api/reports/jobs/{id}` or the event stream `GET /api/reports/jobs/{id}/events`.',
    body: startReportJobSchema,
    status: 202,
    // nothing of reporting's own state changes: the job goes to Redis
    kind: 'query',
    response: z.object({ id: z.string(), state: reportJobViewSchema.shape.state, duplicate: z.boolean().describe('true: the same inputs were already asked for; this is that job.') }),
    examples: { body: { kind: 'yearEnd', year: 2023 } },
  }),
  get: defineRoute({
    service: 'reporting',
    method: 'GET',
    path: 'reports/jobs/:id',
    pattern: 'reporting.job.get',
    permission: 'reports:read',
    tag: 'reports',
    summary: 'Tình trạng công việc xuất báo cáo: tiến độ, tệp kết quả, lỗi / A report job: state, progress, files, error',
    description: 'A secretary sees the jobs of their own subtree only; the files listed are those the caller may download (`GET /api/reports/jobs/{id}/files/{name}`).',
    params: reportJobIdSchema,
    response: reportJobViewSchema,
  }),
  list: defineRoute({
    service: 'reporting',
    method: 'GET',
    path: 'reports/jobs',
    pattern: 'reporting.job.list',
    permission: 'reports:read',
    tag: 'reports',
    summary: 'Các lần chạy báo cáo (theo lịch và theo yêu cầu) và tệp của chúng / Report runs (scheduled and on demand) and their files',
    description: 'Newest first, the jobs BullMQ still keeps (completed or failed: about 400 days, so last year’s scheduled runs and their files are still here), with the schedules and their next fire.',
    query: z.strictObject({
      trigger: z.enum(['demand', 'schedule']).optional(),
      kind: z.enum(REPORT_JOB_KINDS).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    response: z.object({ items: z.array(reportJobViewSchema), schedules: z.array(reportScheduleViewSchema) }),
  }),
  watermark: defineRoute({
    service: 'reporting',
    method: 'GET',
    path: 'reports/watermark',
    pattern: 'reporting.watermark',
    permission: 'reports:read',
    tag: 'reports',
    summary: 'Mốc dữ liệu báo cáo: đã áp dụng đến sự kiện nào của mỗi nguồn / The read model’s input watermark',
    description:
      'The position of every source stream the read model has applied, folded into one string, and when the newest applied fact was recorded. Two reports asked at the same watermark have the same figures; a report job’s id carries it.',
    response: reportWatermarkSchema,
  }),
};
