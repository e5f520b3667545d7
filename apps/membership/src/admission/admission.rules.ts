import { AdmissionViolation, LocalizedText, LOWER_SECONDARY_OR_ABOVE_CODES } from '@party/contracts';
import { admissionDeadlines, checkAdmission, checkVettingBeforeVote, Finding, Introducer, IntroducerMembership, RuleNotInForceError, VettingFacts } from '@party/rules';
import type { IntroducerRecord } from '../candidates/candidate.entity';

/** What admission needs to know about an introducer who is a person in this service. */
export interface IntroducerFacts {
  record: IntroducerRecord;
  /** Their full name, for the refusal; null when no person record is found. */
  fullName: string | null;
  /** What their member record says (null: none); the rules judge it on the vote date. */
  membership: IntroducerMembership | null;
}

export interface AdmissionFactsInput {
  birthDate: string;
  educationCode: string;
  voteDate: string;
  officialMembers: number;
  votesFor: number;
  introducers: IntroducerFacts[];
  vetting: VettingFacts;
  /** The latest party-awareness certificate issued on or before the vote date. */
  certificateIssuedOn: string | null;
  educationExceptionApproved: boolean;
}

export const CERTIFICATE_NAME: LocalizedText = {
  vi: 'giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng',
  en: 'the "nhận thức về Đảng" (awareness of the Party) course certificate',
};

/**
 * The pure decision: `libs/rules` on the vote date, its findings made into violations. A missing
 * or lapsed certificate is named as such, since it is the one a secretary can fix by sending
 * the candidate to a class.
 */
export function decideAdmission(f: AdmissionFactsInput) {
  const introducers: Introducer[] = f.introducers.map(({ record, fullName, membership }) =>
    record.kind === 'party_member'
      ? { kind: 'party_member', memberId: record.personId ?? undefined, name: fullName ?? undefined, membership, togetherSince: record.togetherSince ?? f.voteDate }
      : { kind: record.kind, organization: record.organization ?? undefined },
  );
  try {
    const check = checkAdmission(
      {
        birthDate: f.birthDate,
        educationCode: f.educationCode,
        introducers,
        chiBoVote: { voteDate: f.voteDate, officialMembers: f.officialMembers, votesFor: f.votesFor },
        certificateIssuedOn: f.certificateIssuedOn ?? undefined,
      },
      { qualifyingEducationCodes: LOWER_SECONDARY_OR_ABOVE_CODES, educationExceptionApproved: f.educationExceptionApproved },
    );
    const violations = [...checkVettingBeforeVote(f.vetting, f.voteDate), ...check.violations];
    return { ...check, eligible: violations.length === 0, violations: violations.map((v) => toViolation(v, f.voteDate)), warnings: check.warnings.map((w) => toViolation(w, f.voteDate)) };
  } catch (err) {
    if (err instanceof RuleNotInForceError) {
      const v: AdmissionViolation = {
        code: 'RULE_NOT_ENCODED',
        ruleId: err.ruleId,
        regulation: '—',
        vi: `Chưa có quy định "${err.ruleId}" áp dụng cho ngày ${f.voteDate} trong hệ thống`,
        en: `No version of rule "${err.ruleId}" is encoded for ${f.voteDate}`,
      };
      return { eligible: false, violations: [v], warnings: [], needsHigherApproval: false, rules: [] };
    }
    throw err;
  }
}

function toViolation(f: Finding, voteDate: string): AdmissionViolation {
  if (f.code.startsWith('CERTIFICATE_')) {
    return {
      code: f.code,
      ruleId: f.ruleId,
      regulation: f.regulation,
      vi: `Chưa có ${CERTIFICATE_NAME.vi} còn hiệu lực vào ngày chi bộ xét ${voteDate}. ${f.message.vi}`,
      en: `No valid ${CERTIFICATE_NAME.en} on the vote date ${voteDate}. ${f.message.en}`,
    };
  }
  return { code: f.code, ruleId: f.ruleId, regulation: f.regulation, vi: f.message.vi, en: f.message.en };
}

/** Which field of the request or the candidate record a violation points at. */
export function fieldOf(code: string): string {
  if (code.startsWith('AGE_')) return 'person.dateOfBirth';
  if (code.startsWith('EDUCATION_')) return 'person.generalEducation';
  if (code.startsWith('INTRODUCER_')) return 'candidate.introducers';
  if (code.startsWith('VOTE_')) return 'candidate.resolution';
  if (code.startsWith('VETTING_')) return 'candidate.vetting';
  if (code.startsWith('CERTIFICATE_')) return 'certificate';
  return 'voteDate';
}

export { admissionDeadlines };
