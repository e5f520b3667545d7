import { z } from 'zod';
import { admissionAgeCheck, fullMonthsBetween } from './age';
import { checkPartyAwarenessCertificate, PARTY_AWARENESS_CERTIFICATE_RULES } from './certificate';
import { vietnamCalendar, type DeadlineStatus, type WorkingDayCalendar } from './calendar/working-day-calendar';
import { localDateSchema, type LocalDate } from './local-date';
import { finding, versionOn, type Finding, type Rule, type RuleMeta } from './rule';

/**
 * General-education codes meaning "lower secondary (THCS) or above", as written in the national
 * member records: grade/system. The 10-year system's 7/10 is the old THCS. Services should pass
 * the values flagged in their own education code list; this is only the default.
 */
export const LOWER_SECONDARY_OR_ABOVE_DEFAULT: readonly string[] = ['9/12', '10/12', '11/12', '12/12', '7/10', '8/10', '9/10', '10/10'];

export const ADMISSION_EDUCATION_RULES: readonly Rule<{ minimum: 'lower_secondary' }>[] = [
  {
    id: 'admission.education',
    version: 1,
    regulation: 'Quy định 24-QĐ/TW (2021)',
    effectiveFrom: '2021-07-30',
    effectiveTo: '2025-01-19',
    description: {
      vi: 'Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên (trường hợp đặc biệt ở vùng khó khăn do cấp có thẩm quyền xem xét).',
      en: 'Applicants need at least lower-secondary education (exceptions for hardship areas decided by the competent committee).',
    },
    params: { minimum: 'lower_secondary' },
  },
  {
    id: 'admission.education',
    version: 2,
    regulation: 'Quy định 232-QĐ/TW (2025)',
    effectiveFrom: '2025-01-20',
    description: {
      vi: 'Tốt nghiệp trung học cơ sở trở lên.',
      en: 'At least lower-secondary education.',
    },
    params: { minimum: 'lower_secondary' },
  },
];

export const ADMISSION_INTRODUCER_RULES: readonly Rule<{ count: number; minMonthsTogether: number; maxOrganizations: number }>[] = [
  {
    id: 'admission.introducers',
    version: 1,
    regulation: 'Điều lệ Đảng, Điều 4',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Hai người giới thiệu, là đảng viên chính thức, cùng công tác, học tập, sinh sống với người vào Đảng ít nhất 12 tháng; ban chấp hành đoàn thanh niên hoặc công đoàn cơ sở có thể thay một người.',
      en: 'Two introducers, official members who worked, studied or lived with the applicant for at least 12 months; the Youth Union or trade union committee may replace one.',
    },
    params: { count: 2, minMonthsTogether: 12, maxOrganizations: 1 },
  },
];

export const CHI_BO_VOTE_RULES: readonly Rule<{ numerator: number; denominator: number }>[] = [
  {
    id: 'admission.chi-bo-vote',
    version: 1,
    regulation: 'Điều lệ Đảng, Điều 4',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Chi bộ xét, đề nghị kết nạp khi được ít nhất hai phần ba số đảng viên chính thức tán thành.',
      en: 'The chi bộ proposes admission when at least two thirds of its official members agree.',
    },
    params: { numerator: 2, denominator: 3 },
  },
];

const deadlineRule = (id: string, workingDays: number, vi: string, en: string): Rule<{ workingDays: number }>[] => [
  {
    id,
    version: 1,
    regulation: 'Quy định 24-QĐ/TW (2021); Hướng dẫn 12-HD/BTCTW (2022)',
    effectiveFrom: '2021-07-30',
    effectiveTo: '2025-01-19',
    description: { vi, en },
    params: { workingDays },
  },
  {
    id,
    version: 2,
    regulation: 'Quy định 232-QĐ/TW (2025)',
    effectiveFrom: '2025-01-20',
    description: { vi, en },
    params: { workingDays },
  },
];

export const ADMISSION_DECISION_DEADLINE_RULES = deadlineRule(
  'admission.decision-deadline',
  60,
  'Cấp ủy có thẩm quyền quyết định kết nạp trong 60 ngày làm việc kể từ ngày chi bộ có nghị quyết đề nghị.',
  'The competent committee decides within 60 working days of the chi bộ resolution.',
);

export const ADMISSION_CEREMONY_DEADLINE_RULES = deadlineRule(
  'admission.ceremony-deadline',
  30,
  'Chi bộ tổ chức lễ kết nạp trong 30 ngày làm việc kể từ ngày có quyết định kết nạp.',
  'The chi bộ holds the admission ceremony within 30 working days of the decision.',
);

export const introducerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('party_member'),
    memberId: z.string().optional(),
    status: z.enum(['official', 'probationary']),
    /** Since when they have worked, studied or lived with the applicant. */
    togetherSince: localDateSchema,
  }),
  z.object({ kind: z.literal('youth_union_committee'), organization: z.string().optional() }),
  z.object({ kind: z.literal('trade_union_committee'), organization: z.string().optional() }),
]);
export type Introducer = z.infer<typeof introducerSchema>;

export const admissionFactsSchema = z.object({
  birthDate: localDateSchema,
  educationCode: z.string(),
  introducers: z.array(introducerSchema),
  chiBoVote: z.object({
    voteDate: localDateSchema,
    officialMembers: z.number().int().positive(),
    votesFor: z.number().int().nonnegative(),
  }),
  certificateIssuedOn: localDateSchema.optional(),
});
export type AdmissionFacts = z.infer<typeof admissionFactsSchema>;

export interface AdmissionCheckOptions {
  /** Codes of the education code list that mean lower secondary or above. */
  qualifyingEducationCodes?: readonly string[];
  /** A hardship-area exception to the education minimum, approved by the competent committee. */
  educationExceptionApproved?: boolean;
}

export interface AdmissionCheck {
  eligible: boolean;
  violations: Finding[];
  /** Do not block; ask for attention or a higher approval. */
  warnings: Finding[];
  needsHigherApproval: boolean;
  rules: RuleMeta[];
}

/** True when votesFor ≥ 2/3 of officialMembers, in exact integer arithmetic. */
export function meetsTwoThirds(votesFor: number, officialMembers: number): boolean {
  return votesFor * 3 >= officialMembers * 2;
}

function checkIntroducers(introducers: readonly Introducer[], voteDate: LocalDate): Finding[] {
  const rule = versionOn(ADMISSION_INTRODUCER_RULES, voteDate);
  const out: Finding[] = [];
  const organizations = introducers.filter((i) => i.kind !== 'party_member');
  if (introducers.length !== rule.params.count) {
    out.push(
      finding(
        rule,
        'INTRODUCER_COUNT',
        `Cần đúng ${rule.params.count} người giới thiệu, có ${introducers.length}.`,
        `Exactly ${rule.params.count} introducers are needed, got ${introducers.length}.`,
      ),
    );
  }
  if (organizations.length > rule.params.maxOrganizations) {
    out.push(
      finding(
        rule,
        'INTRODUCER_TOO_MANY_ORGANIZATIONS',
        'Tổ chức đoàn thanh niên/công đoàn chỉ được thay một trong hai người giới thiệu.',
        'A Youth Union or trade union committee may replace only one of the two introducers.',
      ),
    );
  }
  const seen = new Set<string>();
  introducers.forEach((introducer, index) => {
    if (introducer.kind !== 'party_member') return;
    const who = introducer.memberId ?? `#${index + 1}`;
    if (introducer.memberId) {
      if (seen.has(introducer.memberId)) {
        out.push(finding(rule, 'INTRODUCER_DUPLICATE', `Người giới thiệu ${who} bị trùng.`, `Introducer ${who} is listed twice.`));
      }
      seen.add(introducer.memberId);
    }
    if (introducer.status !== 'official') {
      out.push(
        finding(
          rule,
          'INTRODUCER_NOT_OFFICIAL',
          `Người giới thiệu ${who} chưa là đảng viên chính thức.`,
          `Introducer ${who} is not an official member.`,
        ),
      );
    }
    const months = fullMonthsBetween(introducer.togetherSince, voteDate);
    if (months < rule.params.minMonthsTogether) {
      out.push(
        finding(
          rule,
          'INTRODUCER_TOO_SHORT_TOGETHER',
          `Người giới thiệu ${who} mới cùng công tác, học tập, sinh sống với người vào Đảng ${Math.max(months, 0)} tháng (cần ít nhất ${rule.params.minMonthsTogether}).`,
          `Introducer ${who} has been with the applicant ${Math.max(months, 0)} full months (at least ${rule.params.minMonthsTogether} needed).`,
        ),
      );
    }
  });
  return out;
}

function checkVote(vote: AdmissionFacts['chiBoVote']): Finding[] {
  const rule = versionOn(CHI_BO_VOTE_RULES, vote.voteDate);
  const { officialMembers, votesFor } = vote;
  if (!Number.isInteger(officialMembers) || officialMembers <= 0) throw new RangeError('officialMembers must be a positive integer');
  if (!Number.isInteger(votesFor) || votesFor < 0 || votesFor > officialMembers) {
    throw new RangeError(`votesFor must be an integer between 0 and officialMembers (${officialMembers})`);
  }
  if (meetsTwoThirds(votesFor, officialMembers)) return [];
  return [
    finding(
      rule,
      'VOTE_BELOW_TWO_THIRDS',
      `Chỉ ${votesFor}/${officialMembers} đảng viên chính thức tán thành, chưa đủ hai phần ba.`,
      `Only ${votesFor} of ${officialMembers} official members agreed, less than two thirds.`,
    ),
  ];
}

function checkEducation(code: string, voteDate: LocalDate, options: AdmissionCheckOptions): { violations: Finding[]; warnings: Finding[] } {
  const rule = versionOn(ADMISSION_EDUCATION_RULES, voteDate);
  const qualifying = options.qualifyingEducationCodes ?? LOWER_SECONDARY_OR_ABOVE_DEFAULT;
  if (qualifying.includes(code)) return { violations: [], warnings: [] };
  if (options.educationExceptionApproved) {
    return {
      violations: [],
      warnings: [
        finding(
          rule,
          'EDUCATION_EXCEPTION',
          `Trình độ học vấn ${code} dưới trung học cơ sở, kết nạp theo trường hợp đặc biệt đã được chấp thuận.`,
          `Education ${code} is below lower secondary; admitted under an approved exception.`,
        ),
      ],
    };
  }
  return {
    violations: [
      finding(
        rule,
        'EDUCATION_BELOW_LOWER_SECONDARY',
        `Trình độ học vấn ${code} chưa đạt trung học cơ sở.`,
        `Education ${code} is below lower secondary.`,
      ),
    ],
    warnings: [],
  };
}

/** The whole admission check on the chi bộ vote date, as a pure function of the recorded facts. */
export function checkAdmission(facts: AdmissionFacts, options: AdmissionCheckOptions = {}): AdmissionCheck {
  const voteDate = facts.chiBoVote.voteDate;
  const age = admissionAgeCheck(facts.birthDate, voteDate);
  const education = checkEducation(facts.educationCode, voteDate, options);
  const violations = [
    ...age.violations,
    ...education.violations,
    ...checkIntroducers(facts.introducers, voteDate),
    ...checkVote(facts.chiBoVote),
    ...checkPartyAwarenessCertificate(facts.certificateIssuedOn, voteDate),
  ];
  const warnings = [...age.warnings, ...education.warnings];
  const rules: RuleMeta[] = [
    age.rule,
    versionOn(ADMISSION_EDUCATION_RULES, voteDate),
    versionOn(ADMISSION_INTRODUCER_RULES, voteDate),
    versionOn(CHI_BO_VOTE_RULES, voteDate),
    versionOn(PARTY_AWARENESS_CERTIFICATE_RULES, voteDate),
  ];
  return { eligible: violations.length === 0, violations, warnings, needsHigherApproval: age.needsHigherApproval, rules };
}

export interface AdmissionDeadlines {
  decisionDeadline: LocalDate;
  /** Absent when the decision is not made and no `today` was given. */
  decisionStatus?: DeadlineStatus;
  /** Known once the decision date is. */
  ceremonyDeadline?: LocalDate;
  ceremonyStatus?: DeadlineStatus;
  rules: RuleMeta[];
}

/**
 * Decision within 60 working days of the chi bộ resolution; ceremony within 30 working days of
 * the decision. Each deadline counts from its own start day (day 0).
 */
export function admissionDeadlines(
  dates: { resolutionDate: LocalDate; decisionDate?: LocalDate; ceremonyDate?: LocalDate },
  today?: LocalDate,
  calendar: WorkingDayCalendar = vietnamCalendar,
): AdmissionDeadlines {
  const decisionRule = versionOn(ADMISSION_DECISION_DEADLINE_RULES, dates.resolutionDate);
  const n = decisionRule.params.workingDays;
  const result: AdmissionDeadlines = {
    decisionDeadline: calendar.deadline(dates.resolutionDate, n),
    rules: [decisionRule],
  };
  if (dates.decisionDate) result.decisionStatus = calendar.status(dates.resolutionDate, n, { doneOn: dates.decisionDate });
  else if (today) result.decisionStatus = calendar.status(dates.resolutionDate, n, { today });

  if (dates.decisionDate) {
    const ceremonyRule = versionOn(ADMISSION_CEREMONY_DEADLINE_RULES, dates.decisionDate);
    const m = ceremonyRule.params.workingDays;
    result.rules.push(ceremonyRule);
    result.ceremonyDeadline = calendar.deadline(dates.decisionDate, m);
    if (dates.ceremonyDate) result.ceremonyStatus = calendar.status(dates.decisionDate, m, { doneOn: dates.ceremonyDate });
    else if (today) result.ceremonyStatus = calendar.status(dates.decisionDate, m, { today });
  }
  return result;
}
