import { z } from 'zod';
import { admissionAgeCheck, fullMonthsBetween } from './age';
import { checkPartyAwarenessCertificate, PARTY_AWARENESS_CERTIFICATE_RULES } from './certificate';
import { vietnamCalendar, type DeadlineStatus, type WorkingDayCalendar } from './calendar/working-day-calendar';
import { localDateSchema, type LocalDate } from './local-date';
import { admissionEraVersions, finding, versionOn, type Bilingual, type Finding, type Rule, type RuleMeta } from './rule';

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

const deadlineRule = (id: string, workingDays: number, vi: string, en: string): Rule<{ workingDays: number }>[] => admissionEraVersions(id, vi, en, { workingDays });

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

/**
 * What the records say of an introducer's membership: the standing on the vote date is judged
 * from these, whatever happened to them after it (died, left, moved away).
 */
export const introducerMembershipSchema = z.object({
  admissionDecisionDate: localDateSchema.nullable(),
  officialDate: localDateSchema.nullable(),
  /** The day membership ended (struck off, left, died, expelled), with how. */
  endedOn: localDateSchema.nullable(),
  endedAs: z.string().nullable(),
});
export type IntroducerMembership = z.infer<typeof introducerMembershipSchema>;

export const introducerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('party_member'),
    memberId: z.string().optional(),
    /** How a refusal names them. */
    name: z.string().optional(),
    /** The standing on the vote date, when the caller judged it; otherwise judged from `membership`. */
    status: z.enum(['official', 'probationary']).optional(),
    /** The recorded facts; null = no member record for them at all. */
    membership: introducerMembershipSchema.nullable().optional(),
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
    const who = introducer.name ?? introducer.memberId ?? `#${index + 1}`;
    if (introducer.memberId) {
      if (seen.has(introducer.memberId)) {
        out.push(finding(rule, 'INTRODUCER_DUPLICATE', `Người giới thiệu ${who} bị trùng.`, `Introducer ${who} is listed twice.`));
      }
      seen.add(introducer.memberId);
    }
    const standing = introducer.membership !== undefined ? introducerStandingOn(introducer.membership, voteDate) : introducer.status === 'official' ? OFFICIAL : { official: false as const, why: null };
    if (!standing.official) out.push(notOfficial(rule, who, voteDate, standing.why));
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

/** Why an introducer was not an official member on the vote date, from the records. */
export type NotOfficialReason =
  | { kind: 'no_record' }
  | { kind: 'not_admitted'; admittedOn: LocalDate | null }
  | { kind: 'probationary'; admittedOn: LocalDate }
  | { kind: 'official_later'; officialDate: LocalDate }
  | { kind: 'ended'; endedOn: LocalDate; endedAs: string | null };

export type IntroducerStanding = { official: true } | { official: false; why: NotOfficialReason | null };
const OFFICIAL: IntroducerStanding = { official: true };

/**
 * Official member on the vote date, judged from recorded facts only: official on or before it
 * (officialDate ≤ voteDate) and membership not ended before it. What happened afterwards —
 * death, leaving, a transfer out of the bloc — does not change the answer.
 */
export function introducerStandingOn(m: IntroducerMembership | null, voteDate: LocalDate): IntroducerStanding {
  if (!m) return { official: false, why: { kind: 'no_record' } };
  if (m.endedOn && m.endedOn < voteDate) return { official: false, why: { kind: 'ended', endedOn: m.endedOn, endedAs: m.endedAs } };
  if (!m.admissionDecisionDate || m.admissionDecisionDate > voteDate) return { official: false, why: { kind: 'not_admitted', admittedOn: m.admissionDecisionDate } };
  if (!m.officialDate) return { official: false, why: { kind: 'probationary', admittedOn: m.admissionDecisionDate } };
  if (m.officialDate > voteDate) return { official: false, why: { kind: 'official_later', officialDate: m.officialDate } };
  return OFFICIAL;
}

/** How membership ended, as the refusal says it ("đã từ trần ngày …"). */
const ENDED_AS: Record<string, Bilingual> = {
  died: { vi: 'đã từ trần', en: 'died' },
  struckOff: { vi: 'đã bị xóa tên khỏi danh sách đảng viên', en: 'was struck off' },
  removedFromProbation: { vi: 'đã bị xóa tên khỏi danh sách đảng viên dự bị', en: 'was struck off the probationary list' },
  left: { vi: 'đã ra khỏi Đảng', en: 'left the Party' },
  expelled: { vi: 'đã bị khai trừ ra khỏi Đảng', en: 'was expelled from the Party' },
};

function notOfficial(rule: RuleMeta, who: string, voteDate: LocalDate, why: NotOfficialReason | null): Finding {
  const lead = { vi: `Người giới thiệu ${who} chưa là đảng viên chính thức vào ngày chi bộ xét ${voteDate}`, en: `Introducer ${who} was not an official member on the vote date ${voteDate}` };
  const say = (vi: string, en: string) => finding(rule, 'INTRODUCER_NOT_OFFICIAL', `${lead.vi}: ${vi}.`, `${lead.en}: ${en}.`);
  switch (why?.kind) {
    case undefined:
      return finding(rule, 'INTRODUCER_NOT_OFFICIAL', `${lead.vi}.`, `${lead.en}.`);
    case 'no_record':
      return say('không có trong hồ sơ đảng viên', 'there is no member record of them');
    case 'not_admitted':
      return why.admittedOn ? say(`được kết nạp ngày ${why.admittedOn}, sau ngày đó`, `admitted only on ${why.admittedOn}`) : say('chưa là đảng viên', 'not a party member');
    case 'probationary':
      return say(`là đảng viên dự bị (kết nạp ngày ${why.admittedOn}), chưa được công nhận chính thức`, `a probationary member (admitted on ${why.admittedOn}), not yet made official`);
    case 'official_later':
      return say(`chính thức từ ngày ${why.officialDate}, sau ngày đó`, `official only from ${why.officialDate}`);
    case 'ended': {
      const how = (why.endedAs && ENDED_AS[why.endedAs]) || { vi: 'đã thôi là đảng viên', en: 'stopped being a member' };
      return finding(
        rule,
        'INTRODUCER_NO_LONGER_MEMBER',
        `Người giới thiệu ${who} ${how.vi} ngày ${why.endedOn}, trước ngày chi bộ xét ${voteDate}: không còn là đảng viên chính thức vào ngày đó.`,
        `Introducer ${who} ${how.en} on ${why.endedOn}, before the vote date ${voteDate}: no longer an official member that day.`,
      );
    }
  }
}

export const ADMISSION_VETTING_RULES: readonly Rule<undefined>[] = [
  {
    id: 'admission.vetting-before-vote',
    version: 1,
    regulation: 'Quy định 24-QĐ/TW (2021); Hướng dẫn 12-HD/BTCTW (2022)',
    effectiveFrom: '2021-07-30',
    effectiveTo: '2025-01-19',
    description: {
      vi: 'Chi bộ chỉ xét, đề nghị kết nạp khi việc thẩm tra lý lịch người vào Đảng đã có kết luận.',
      en: 'The chi bộ considers and proposes an admission only once the applicant’s background verification is concluded.',
    },
    params: undefined,
  },
  {
    id: 'admission.vetting-before-vote',
    version: 2,
    regulation: 'Quy định 232-QĐ/TW (2025); Hướng dẫn 12-HD/BTCTW (2022)',
    effectiveFrom: '2025-01-20',
    description: {
      vi: 'Chi bộ chỉ xét, đề nghị kết nạp khi việc thẩm tra lý lịch người vào Đảng đã có kết luận.',
      en: 'The chi bộ considers and proposes an admission only once the applicant’s background verification is concluded.',
    },
    params: undefined,
  },
];

export interface VettingFacts {
  status: 'pending' | 'concluded' | null;
  concludedOn: LocalDate | null;
}

/** Thẩm tra lý lịch concluded on or before the vote date (empty when it was). */
export function checkVettingBeforeVote(vetting: VettingFacts, voteDate: LocalDate): Finding[] {
  const rule = versionOn(ADMISSION_VETTING_RULES, voteDate);
  const lead = { vi: `Chi bộ xét ngày ${voteDate} khi việc thẩm tra lý lịch`, en: `The chi bộ voted on ${voteDate} while the background verification` };
  if (vetting.status === 'concluded' && vetting.concludedOn && vetting.concludedOn <= voteDate) return [];
  if (vetting.status === 'concluded' && vetting.concludedOn) {
    return [
      finding(
        rule,
        'VETTING_CONCLUDED_AFTER_VOTE',
        `${lead.vi} chưa có kết luận: kết luận ngày ${vetting.concludedOn}, sau ngày đó. Phải thẩm tra xong trước khi chi bộ xét.`,
        `${lead.en} was not concluded: it was concluded on ${vetting.concludedOn}, after the vote. It must be concluded before the vote.`,
      ),
    ];
  }
  if (vetting.status === 'pending') {
    return [
      finding(
        rule,
        'VETTING_PENDING',
        `${lead.vi} đang tiến hành, chưa có kết luận. Phải thẩm tra xong trước khi chi bộ xét.`,
        `${lead.en} is still pending. It must be concluded before the vote.`,
      ),
    ];
  }
  return [
    finding(
      rule,
      'VETTING_NOT_RECORDED',
      `${lead.vi} chưa được ghi nhận. Phải thẩm tra xong trước khi chi bộ xét.`,
      `${lead.en} is not recorded. It must be concluded before the vote.`,
    ),
  ];
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
