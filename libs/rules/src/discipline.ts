import type { LocalDate } from './local-date';
import { versionOn, type Rule, type RuleMeta } from './rule';

/**
 * Hình thức kỷ luật and thẩm quyền thi hành kỷ luật, as data (Điều lệ Đảng, Điều 35 and 36;
 * Quy định 22-QĐ/TW (2021) về công tác kiểm tra, giám sát và kỷ luật của Đảng; Quy định
 * 69-QĐ/TW (2022) về kỷ luật tổ chức đảng, đảng viên vi phạm). Inspection checks a decision
 * against them before it is written; membership checks only what it can see of the member.
 */

/** Member penalties, lightest first: khiển trách, cảnh cáo, cách chức, khai trừ. */
export const MEMBER_PENALTIES = ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'] as const;
export type MemberPenalty = (typeof MEMBER_PENALTIES)[number];
/** Organization penalties, lightest first: khiển trách, cảnh cáo, giải tán. */
export const ORGANIZATION_PENALTIES = ['khien_trach', 'canh_cao', 'giai_tan'] as const;
export type OrganizationPenalty = (typeof ORGANIZATION_PENALTIES)[number];
export type Penalty = MemberPenalty | OrganizationPenalty;

/** Who is disciplined: an official member, a probationary member, a party organization. */
export type DisciplineSubject = 'official_member' | 'probationary_member' | 'organization';

export const PENALTY_NAMES: Readonly<Record<Penalty, { vi: string; en: string }>> = {
  khien_trach: { vi: 'khiển trách', en: 'reprimand' },
  canh_cao: { vi: 'cảnh cáo', en: 'warning' },
  cach_chuc: { vi: 'cách chức', en: 'removal from post' },
  khai_tru: { vi: 'khai trừ', en: 'expulsion' },
  giai_tan: { vi: 'giải tán', en: 'dissolution' },
};

/**
 * The bodies that decide a discipline, as the bloc meets them: the member's chi bộ, a grassroots
 * party committee (đảng ủy cơ sở), one authorised to admit members (then also to expel), the
 * bloc's committee or its standing committee (cấp ủy cấp trên cơ sở), and the bloc's Inspection
 * Committee (ủy ban kiểm tra cấp trên cơ sở).
 */
export const DECIDING_BODIES = ['chi_bo', 'grassroots_committee', 'grassroots_committee_admitting', 'superior_committee', 'superior_inspection_committee'] as const;
export type DecidingBody = (typeof DECIDING_BODIES)[number];

export const DECIDING_BODY_NAMES: Readonly<Record<DecidingBody, { vi: string; en: string }>> = {
  chi_bo: { vi: 'Chi bộ', en: 'The chi bộ' },
  grassroots_committee: { vi: 'Đảng ủy cơ sở', en: 'A grassroots party committee' },
  grassroots_committee_admitting: { vi: 'Đảng ủy cơ sở được ủy quyền kết nạp đảng viên', en: 'A grassroots committee authorised to admit members' },
  superior_committee: { vi: 'Cấp ủy (ban thường vụ) cấp trên cơ sở', en: 'The superior party committee (or its standing committee)' },
  superior_inspection_committee: { vi: 'Ủy ban kiểm tra cấp trên cơ sở', en: 'The superior Inspection Committee' },
};

export interface DisciplineFormsParams {
  forms: Readonly<Record<DisciplineSubject, readonly Penalty[]>>;
}

export const DISCIPLINE_FORM_RULES: readonly Rule<DisciplineFormsParams>[] = [
  {
    id: 'discipline.forms',
    version: 1,
    regulation: 'Điều lệ Đảng, Điều 35',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Đảng viên chính thức: khiển trách, cảnh cáo, cách chức, khai trừ; đảng viên dự bị: khiển trách, cảnh cáo; tổ chức đảng: khiển trách, cảnh cáo, giải tán.',
      en: 'An official member: reprimand, warning, removal from post, expulsion; a probationary member: reprimand, warning; an organization: reprimand, warning, dissolution.',
    },
    params: {
      forms: {
        official_member: MEMBER_PENALTIES,
        probationary_member: ['khien_trach', 'canh_cao'],
        organization: ORGANIZATION_PENALTIES,
      },
    },
  },
];

export interface DisciplineCompetenceParams {
  /** Which penalties each body may decide, for members and for organizations. */
  members: Readonly<Record<DecidingBody, readonly MemberPenalty[]>>;
  organizations: Readonly<Record<DecidingBody, readonly OrganizationPenalty[]>>;
}

export const DISCIPLINE_COMPETENCE_RULES: readonly Rule<DisciplineCompetenceParams>[] = [
  {
    id: 'discipline.competence',
    version: 1,
    regulation: 'Điều lệ Đảng, Điều 36; Quy định 22-QĐ/TW (2021)',
    effectiveFrom: '2021-07-28',
    description: {
      vi: 'Chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ; đảng ủy cơ sở quyết định khiển trách, cảnh cáo đảng viên trong đảng bộ và cách chức cấp ủy viên cấp dưới, được ủy quyền kết nạp thì quyết định cả khai trừ; cấp ủy, ban thường vụ và ủy ban kiểm tra cấp trên cơ sở quyết định mọi hình thức kỷ luật đảng viên; kỷ luật tổ chức đảng do cấp ủy cấp trên quyết định.',
      en: 'A chi bộ reprimands or warns its members; a grassroots committee reprimands or warns the members of its đảng bộ and removes lower committee members from post, and expels when authorised to admit; the superior committee, its standing committee and its Inspection Committee decide any penalty for a member; an organization is disciplined by the superior committee.',
    },
    params: {
      members: {
        chi_bo: ['khien_trach', 'canh_cao'],
        grassroots_committee: ['khien_trach', 'canh_cao', 'cach_chuc'],
        grassroots_committee_admitting: ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'],
        superior_committee: MEMBER_PENALTIES,
        superior_inspection_committee: MEMBER_PENALTIES,
      },
      organizations: {
        chi_bo: [],
        grassroots_committee: [],
        grassroots_committee_admitting: [],
        superior_committee: ORGANIZATION_PENALTIES,
        superior_inspection_committee: [],
      },
    },
  },
];

/** Why a discipline cannot be decided as asked; null when it can. */
export interface DisciplineRefusal {
  code: 'penalty_not_allowed_for_subject' | 'body_not_competent';
  /** The input at fault. */
  field: 'level' | 'decidingBody';
  message: { vi: string; en: string };
  rule: RuleMeta;
}

const SUBJECT_NAMES: Readonly<Record<DisciplineSubject, { vi: string; en: string }>> = {
  official_member: { vi: 'đảng viên chính thức', en: 'an official member' },
  probationary_member: { vi: 'đảng viên dự bị', en: 'a probationary member' },
  organization: { vi: 'tổ chức đảng', en: 'a party organization' },
};

const list = (levels: readonly Penalty[], lang: 'vi' | 'en') => levels.map((l) => PENALTY_NAMES[l][lang]).join(', ');

/** Whether `body` may decide `level` for `subject` on the decision date `on`. */
export function checkDiscipline(subject: DisciplineSubject, level: Penalty, body: DecidingBody, on: LocalDate): DisciplineRefusal | null {
  const forms = versionOn(DISCIPLINE_FORM_RULES, on);
  const allowed = forms.params.forms[subject];
  if (!allowed.includes(level)) {
    return {
      code: 'penalty_not_allowed_for_subject',
      field: 'level',
      rule: forms,
      message: {
        vi: `Không áp dụng hình thức ${PENALTY_NAMES[level].vi} đối với ${SUBJECT_NAMES[subject].vi}: chỉ ${list(allowed, 'vi')}`,
        en: `${cap(PENALTY_NAMES[level].en)} does not apply to ${SUBJECT_NAMES[subject].en}: only ${list(allowed, 'en')}`,
      },
    };
  }
  const competence = versionOn(DISCIPLINE_COMPETENCE_RULES, on);
  const table = subject === 'organization' ? competence.params.organizations : competence.params.members;
  const mayDecide = table[body] as readonly Penalty[];
  if (!mayDecide.includes(level)) {
    const who = DECIDING_BODY_NAMES[body];
    return {
      code: 'body_not_competent',
      field: 'decidingBody',
      rule: competence,
      message: mayDecide.length
        ? {
            vi: `${who.vi} không có thẩm quyền quyết định ${PENALTY_NAMES[level].vi} ${SUBJECT_NAMES[subject].vi}: chỉ ${list(mayDecide, 'vi')}`,
            en: `${who.en} may not decide ${PENALTY_NAMES[level].en} of ${SUBJECT_NAMES[subject].en}: only ${list(mayDecide, 'en')}`,
          }
        : {
            vi: `${who.vi} không có thẩm quyền thi hành kỷ luật ${SUBJECT_NAMES[subject].vi}`,
            en: `${who.en} may not discipline ${SUBJECT_NAMES[subject].en}`,
          },
    };
  }
  return null;
}

const SEVERITY: Readonly<Record<Penalty, number>> = { khien_trach: 1, canh_cao: 2, cach_chuc: 3, khai_tru: 4, giai_tan: 4 };

/** Whether `a` is a lighter penalty than `b` (a complaint may only lessen a penalty). */
export function isLighter(a: Penalty, b: Penalty): boolean {
  return SEVERITY[a] < SEVERITY[b];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
