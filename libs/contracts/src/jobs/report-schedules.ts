/**
 * The scheduled report runs (issue 15), registered idempotently at start as BullMQ job
 * schedulers (one fire across replicas) in Vietnam's time zone. Patterns are cron
 * `minute hour day month weekday`.
 *
 * - The year-end report on 31/12 (the figures as the year closes) and again on 15/01 (with the
 *   facts of the year recorded late, which count in the year they happened).
 * - Badge candidates 30 days before each award occasion (3/2, 19/5, 2/9, 7/11): 4/1, 19/4, 3/8,
 *   8/10 — 30 days before in every year, leap or not (checked against the badge rules' occasions).
 * - Overdue deadlines every Monday morning.
 */
export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const REPORT_SCHEDULE_KEYS = [
  'yearEnd.close',
  'yearEnd.final',
  'badges.feb3',
  'badges.may19',
  'badges.sep2',
  'badges.nov7',
  'deadlines.weekly',
] as const;
export type ReportScheduleKey = (typeof REPORT_SCHEDULE_KEYS)[number];

export interface ReportSchedule {
  key: ReportScheduleKey;
  kind: 'yearEnd' | 'badgeCandidates' | 'overdueDeadlines';
  pattern: string;
  title: { vi: string; en: string };
  /** yearEnd: the report's year is the fire date's year + this. */
  yearOffset?: 0 | -1;
  /** badgeCandidates: the occasion (month, day) the list is for. */
  occasion?: { month: number; day: number };
}

export const REPORT_SCHEDULES: readonly ReportSchedule[] = [
  { key: 'yearEnd.close', kind: 'yearEnd', pattern: '0 17 31 12 *', yearOffset: 0, title: { vi: 'Báo cáo cuối năm, 17:00 ngày 31/12', en: 'Year-end report, 31 Dec 17:00' } },
  { key: 'yearEnd.final', kind: 'yearEnd', pattern: '0 7 15 1 *', yearOffset: -1, title: { vi: 'Báo cáo cuối năm (bổ sung số liệu nhập muộn), 07:00 ngày 15/01', en: 'Year-end report with late entries, 15 Jan 07:00' } },
  { key: 'badges.feb3', kind: 'badgeCandidates', pattern: '0 7 4 1 *', occasion: { month: 2, day: 3 }, title: { vi: 'Xét tặng Huy hiệu dịp 3/2, ngày 04/01', en: 'Badges for 3 Feb, on 4 Jan' } },
  { key: 'badges.may19', kind: 'badgeCandidates', pattern: '0 7 19 4 *', occasion: { month: 5, day: 19 }, title: { vi: 'Xét tặng Huy hiệu dịp 19/5, ngày 19/04', en: 'Badges for 19 May, on 19 Apr' } },
  { key: 'badges.sep2', kind: 'badgeCandidates', pattern: '0 7 3 8 *', occasion: { month: 9, day: 2 }, title: { vi: 'Xét tặng Huy hiệu dịp 2/9, ngày 03/08', en: 'Badges for 2 Sep, on 3 Aug' } },
  { key: 'badges.nov7', kind: 'badgeCandidates', pattern: '0 7 8 10 *', occasion: { month: 11, day: 7 }, title: { vi: 'Xét tặng Huy hiệu dịp 7/11, ngày 08/10', en: 'Badges for 7 Nov, on 8 Oct' } },
  { key: 'deadlines.weekly', kind: 'overdueDeadlines', pattern: '0 7 * * 1', title: { vi: 'Việc quá hạn, 07:00 thứ Hai hằng tuần', en: 'Overdue deadlines, Mondays 07:00' } },
];
