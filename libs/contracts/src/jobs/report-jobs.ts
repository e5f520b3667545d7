import { z } from 'zod';
import { localDate } from '../local-date';
import { defineJob, REPORT_QUEUE } from './define-job';
import { REPORT_SCHEDULE_KEYS } from './report-schedules';

/**
 * The report jobs (issue 15): their names and payloads, in one place. Each id is made of the
 * kind's own inputs, the organization (`null`: the whole bloc) and the input watermark (the read
 * model's position, `GET /api/reports/watermark`): the same inputs queued twice are one job; a
 * new fact moves the watermark, so the same request runs anew.
 */
const orgId = z.uuid().nullable();
/** The read model's position when the job was asked for: part of the id, never a business input. */
const watermark = z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/);
/** Who asked (`null`: a schedule); not part of the id, so two people asking the same share one job. */
const origin = {
  requestedBy: z.string().nullable().default(null),
  schedule: z.enum(REPORT_SCHEDULE_KEYS).nullable().default(null),
};

export const YearEndReportJob = defineJob({
  name: 'reports.yearEnd',
  queue: REPORT_QUEUE,
  schema: z.object({ year: z.number().int().min(1930).max(2100), orgId, watermark, ...origin }),
  idParts: (p) => [p.year, p.orgId, p.watermark],
});

export const BadgeCandidatesJob = defineJob({
  name: 'reports.badgeCandidates',
  queue: REPORT_QUEUE,
  schema: z.object({ occasion: localDate, orgId, watermark, ...origin }),
  idParts: (p) => [p.occasion, p.orgId, p.watermark],
});

export const OverdueDeadlinesJob = defineJob({
  name: 'reports.overdueDeadlines',
  queue: REPORT_QUEUE,
  schema: z.object({ asOf: localDate, orgId, watermark, ...origin }),
  idParts: (p) => [p.asOf, p.orgId, p.watermark],
});

/**
 * What a job scheduler fires (`REPORT_SCHEDULES`): the tick only names its schedule. Its handler
 * works out the real job's inputs from the moment it fired (the year, the occasion, the Monday) in
 * Vietnam's time zone and queues it under its deterministic id, so a tick that runs twice still
 * makes one report. Its own id is the scheduler's (`repeat:<schedule>:<time>`).
 */
export const ScheduleFiredJob = defineJob({
  name: 'schedule.fired',
  queue: REPORT_QUEUE,
  schema: z.object({ schedule: z.enum(REPORT_SCHEDULE_KEYS) }),
  idParts: (p) => [p.schedule],
});

export const REPORT_JOB_KINDS = ['yearEnd', 'badgeCandidates', 'overdueDeadlines'] as const;
export type ReportJobKind = (typeof REPORT_JOB_KINDS)[number];

export const REPORT_JOBS = {
  yearEnd: YearEndReportJob,
  badgeCandidates: BadgeCandidatesJob,
  overdueDeadlines: OverdueDeadlinesJob,
} as const satisfies Record<ReportJobKind, unknown>;

export function reportJobKindOf(jobName: string): ReportJobKind | null {
  return (Object.entries(REPORT_JOBS).find(([, def]) => def.name === jobName)?.[0] as ReportJobKind | undefined) ?? null;
}

export const REPORT_JOB_TITLES: Readonly<Record<ReportJobKind, { vi: string; en: string }>> = {
  yearEnd: { vi: 'Báo cáo kết quả công tác tổ chức xây dựng đảng cuối năm', en: 'Year-end report on party organization work' },
  badgeCandidates: { vi: 'Danh sách đảng viên đủ điều kiện xét tặng Huy hiệu Đảng', en: 'Members due a party badge' },
  overdueDeadlines: { vi: 'Danh sách việc quá hạn', en: 'Overdue deadlines' },
};
