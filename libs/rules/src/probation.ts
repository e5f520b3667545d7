import { vietnamCalendar, type DeadlineStatus, type WorkingDayCalendar } from './calendar/working-day-calendar';
import { addMonths, isBefore, isAfter, type LocalDate } from './local-date';
import { admissionEraVersions, finding, versionOn, type Finding, type Rule, type RuleMeta } from './rule';

export const PROBATION_PERIOD_RULES: readonly Rule<{ months: number }>[] = [
  {
    id: 'probation.period',
    version: 1,
    regulation: 'Điều lệ Đảng, Điều 5',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Thời kỳ dự bị 12 tháng tính từ ngày chi bộ tổ chức lễ kết nạp; đảng viên được công nhận chính thức kể từ ngày hết 12 tháng dự bị.',
      en: 'Probation lasts 12 months from the admission ceremony; a converted member is official from the day the 12 months end.',
    },
    params: { months: 12 },
  },
];


export const PROBATION_REVIEW_DEADLINE_RULES = admissionEraVersions(
  'probation.review-deadline',
  'Trong 30 ngày làm việc kể từ ngày đảng viên dự bị hết 12 tháng, chi bộ phải xét và đề nghị công nhận chính thức.',
  'Within 30 working days after the 12 months end, the chi bộ reviews and proposes the conversion.',
  { workingDays: 30 },
);

export const NEW_MEMBER_COURSE_RULES: readonly Rule<undefined>[] = [
  {
    id: 'probation.new-member-course',
    version: 1,
    regulation: 'Quy định 24-QĐ/TW (2021); Hướng dẫn 12-HD/BTCTW (2022)',
    effectiveFrom: '2021-07-30',
    effectiveTo: '2025-01-19',
    description: {
      vi: 'Đảng viên dự bị phải có giấy chứng nhận học lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới mới được xét công nhận chính thức.',
      en: 'A probationary member needs the new-member political theory course certificate before conversion.',
    },
    params: undefined,
  },
  {
    id: 'probation.new-member-course',
    version: 2,
    regulation: 'Quy định 232-QĐ/TW (2025)',
    effectiveFrom: '2025-01-20',
    description: {
      vi: 'Phải hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới trước khi xét công nhận chính thức.',
      en: 'The new-member course must be completed before conversion.',
    },
    params: undefined,
  },
];

export interface ProbationTimeline {
  probationEnds: LocalDate;
  /** The official date written in the conversion decision, however late the meeting. */
  officialDate: LocalDate;
  reviewDeadline: LocalDate;
  rules: RuleMeta[];
}

export function probationTimeline(ceremonyDate: LocalDate, calendar: WorkingDayCalendar = vietnamCalendar): ProbationTimeline {
  const period = versionOn(PROBATION_PERIOD_RULES, ceremonyDate);
  const probationEnds = addMonths(ceremonyDate, period.params.months);
  const review = versionOn(PROBATION_REVIEW_DEADLINE_RULES, probationEnds);
  return {
    probationEnds,
    officialDate: probationEnds,
    reviewDeadline: calendar.deadline(probationEnds, review.params.workingDays),
    rules: [period, review],
  };
}

export interface ConversionFacts {
  ceremonyDate: LocalDate;
  /** The chi bộ meeting that reviewed the probation. */
  reviewDate: LocalDate;
  /** Issue date of the new-member course certificate, if any. */
  newMemberCourseCertificateIssuedOn?: LocalDate;
}

export interface ConversionCheck extends ProbationTimeline {
  allowed: boolean;
  reviewStatus: DeadlineStatus;
  violations: Finding[];
  warnings: Finding[];
}

/**
 * Whether the chi bộ may convert the member on that review, and the official date. A late
 * review is a warning against the chi bộ, never a shift of the member's official date.
 */
export function checkConversion(facts: ConversionFacts, calendar: WorkingDayCalendar = vietnamCalendar): ConversionCheck {
  const timeline = probationTimeline(facts.ceremonyDate, calendar);
  const [period, review] = timeline.rules as [Rule<{ months: number }>, Rule<{ workingDays: number }>];
  const course = versionOn(NEW_MEMBER_COURSE_RULES, timeline.probationEnds);
  const violations: Finding[] = [];
  const warnings: Finding[] = [];

  if (isBefore(facts.reviewDate, timeline.probationEnds)) {
    violations.push(
      finding(
        period,
        'REVIEW_BEFORE_PROBATION_ENDS',
        `Chưa hết 12 tháng dự bị (hết ngày ${timeline.probationEnds}), chưa được xét công nhận chính thức.`,
        `Probation runs until ${timeline.probationEnds}; the review cannot come before.`,
      ),
    );
  }
  const certificate = facts.newMemberCourseCertificateIssuedOn;
  if (!certificate || isAfter(certificate, facts.reviewDate)) {
    violations.push(
      finding(
        course,
        'NEW_MEMBER_COURSE_MISSING',
        'Chưa có giấy chứng nhận học lớp bồi dưỡng lý luận chính trị cho đảng viên mới tại thời điểm xét.',
        'No new-member political theory course certificate at the time of the review.',
      ),
    );
  }
  const reviewStatus = calendar.status(timeline.probationEnds, review.params.workingDays, { doneOn: facts.reviewDate });
  if (reviewStatus === 'overdue') {
    warnings.push(
      finding(
        review,
        'REVIEW_LATE',
        `Chi bộ xét muộn: hạn là ${timeline.reviewDeadline}. Ngày công nhận chính thức vẫn là ${timeline.officialDate}.`,
        `The review was late (deadline ${timeline.reviewDeadline}). The official date stays ${timeline.officialDate}.`,
      ),
    );
  }
  return {
    ...timeline,
    rules: [...timeline.rules, course],
    allowed: violations.length === 0,
    reviewStatus,
    violations,
    warnings,
  };
}
