import { vietnamCalendar, type DeadlineStatus, type WorkingDayCalendar } from './calendar/working-day-calendar';
import { addMonths, isAfter, type LocalDate } from './local-date';
import { versionOn, type Rule, type RuleMeta } from './rule';

/**
 * Thời hạn of denunciations (tố cáo) and complaints (khiếu nại) in the Party (Quy định 22-QĐ/TW
 * (2021) về công tác kiểm tra, giám sát và kỷ luật của Đảng). The resolution time limits depend
 * on the level of the body that settles the case; a bloc committee (Đảng ủy Khối) and its
 * Inspection Committee are at the level above the grassroots ("cấp trên cơ sở"), which the
 * regulation treats with the district level.
 *
 * Quy định 296-QĐ/TW (2025) replaced 22-QĐ/TW; its figures are not encoded yet, so this version
 * stays in force until a second version is added with them (libs/rules README: a rule that changed
 * declares its own versions).
 */
export const RESOLVING_LEVELS = ['central', 'provincial', 'district', 'grassroots'] as const;
export type ResolvingLevel = (typeof RESOLVING_LEVELS)[number];
export type PartyCaseKind = 'to_cao' | 'khieu_nai';

export const RESOLVING_LEVEL_NAMES: Readonly<Record<ResolvingLevel, { vi: string; en: string }>> = {
  central: { vi: 'cấp Trung ương', en: 'central level' },
  provincial: { vi: 'cấp tỉnh và tương đương', en: 'provincial level' },
  district: { vi: 'cấp huyện, cấp trên cơ sở và tương đương', en: 'district (above-grassroots) level' },
  grassroots: { vi: 'cấp cơ sở', en: 'grassroots level' },
};

export interface ResolutionLimitParams {
  /** Working days from the day the competent body received the case, by its level. */
  workingDays: Readonly<Record<ResolvingLevel, number>>;
}

export const DISCIPLINE_COMPLAINT_WINDOW_RULES: readonly Rule<{ months: number }>[] = [
  {
    id: 'discipline.complaint-window',
    version: 1,
    regulation: 'Điều lệ Đảng; Quy định 22-QĐ/TW (2021)',
    effectiveFrom: '2021-07-28',
    description: {
      vi: 'Trong thời hạn 01 tháng kể từ ngày nhận được quyết định kỷ luật, đảng viên, tổ chức đảng không đồng ý có quyền khiếu nại lên cấp trên; quá thời hạn đó khiếu nại không được giải quyết.',
      en: 'A member or organization may complain against a discipline within one month of receiving the decision; a later complaint is not taken up.',
    },
    params: { months: 1 },
  },
];

export const DISCIPLINE_COMPLAINT_LIMIT_RULES: readonly Rule<ResolutionLimitParams>[] = [
  {
    id: 'discipline.complaint-resolution',
    version: 1,
    regulation: 'Quy định 22-QĐ/TW (2021)',
    effectiveFrom: '2021-07-28',
    description: {
      vi: 'Khiếu nại kỷ luật đảng được giải quyết chậm nhất 90 ngày làm việc ở cấp Trung ương, 60 ngày làm việc ở cấp tỉnh, 30 ngày làm việc ở cấp huyện, cơ sở, kể từ ngày nhận được khiếu nại.',
      en: 'A complaint against a party discipline is settled within 90 working days at the central level, 60 at the provincial level, 30 at the district and grassroots levels, from its receipt.',
    },
    params: { workingDays: { central: 90, provincial: 60, district: 30, grassroots: 30 } },
  },
];

export const DENUNCIATION_LIMIT_RULES: readonly Rule<ResolutionLimitParams>[] = [
  {
    id: 'denunciation.resolution',
    version: 1,
    regulation: 'Quy định 22-QĐ/TW (2021)',
    effectiveFrom: '2021-07-28',
    description: {
      vi: 'Tố cáo đối với tổ chức đảng, đảng viên được giải quyết chậm nhất 90 ngày làm việc ở cấp Trung ương, 60 ngày làm việc ở cấp tỉnh, 30 ngày làm việc ở cấp huyện, cơ sở, kể từ ngày nhận được tố cáo.',
      en: 'A denunciation of a party organization or member is settled within 90 working days at the central level, 60 at the provincial level, 30 at the district and grassroots levels, from its receipt.',
    },
    params: { workingDays: { central: 90, provincial: 60, district: 30, grassroots: 30 } },
  },
];

/** The last day a complaint against a discipline may be lodged (the decision received on `receivedOn`). */
export function disciplineComplaintWindow(receivedOn: LocalDate): { lastDay: LocalDate; rule: RuleMeta } {
  const rule = versionOn(DISCIPLINE_COMPLAINT_WINDOW_RULES, receivedOn);
  return { lastDay: addMonths(receivedOn, rule.params.months), rule };
}

/** Whether a complaint lodged on `filedOn` is within the window (on the last day it still is). */
export function complaintInTime(receivedOn: LocalDate, filedOn: LocalDate): boolean {
  return !isAfter(filedOn, disciplineComplaintWindow(receivedOn).lastDay);
}

export interface ResolutionDeadline {
  deadline: LocalDate;
  workingDays: number;
  rule: RuleMeta;
}

/**
 * The last day a case received on `receivedOn` may be settled: a complaint against a discipline
 * (`disciplineComplaint`) or any other tố cáo / khiếu nại, by the level of the body settling it.
 */
export function resolutionDeadline(kind: PartyCaseKind, disciplineComplaint: boolean, level: ResolvingLevel, receivedOn: LocalDate, calendar: WorkingDayCalendar = vietnamCalendar): ResolutionDeadline {
  const rule = versionOn(kind === 'khieu_nai' && disciplineComplaint ? DISCIPLINE_COMPLAINT_LIMIT_RULES : DENUNCIATION_LIMIT_RULES, receivedOn);
  const workingDays = rule.params.workingDays[level];
  return { deadline: calendar.deadline(receivedOn, workingDays), workingDays, rule };
}

/** due / overdue while pending on `today`; on_time / overdue once resolved. */
export function resolutionStatus(deadline: LocalDate, progress: { resolvedOn: LocalDate | null; today: LocalDate }): DeadlineStatus {
  if (progress.resolvedOn) return isAfter(progress.resolvedOn, deadline) ? 'overdue' : 'on_time';
  return isAfter(progress.today, deadline) ? 'overdue' : 'due';
}
