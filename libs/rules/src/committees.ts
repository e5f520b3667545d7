import type { LocalDate } from './local-date';
import { versionOn, type Rule, type RuleMeta } from './rule';

/**
 * Committees (cấp ủy, ủy ban kiểm tra) and who may sit on them, as data. The codes repeat the
 * contracts' (`COMMITTEE_KINDS`, `POSTS`, membership's `ORG_KINDS`): the rules import nothing.
 */
export type CommitteeKindCode = 'executive' | 'inspection';
export type PostCode = 'secretary' | 'deputy_secretary' | 'standing_member' | 'member' | 'inspection_chair' | 'inspection_deputy' | 'inspection_member';

export interface CommitteeCompositionParams {
  /** The organization kinds that elect a committee of each kind. */
  committeeOrgKinds: Readonly<Record<CommitteeKindCode, readonly string[]>>;
  /** The posts of each committee kind. */
  posts: Readonly<Record<CommitteeKindCode, readonly PostCode[]>>;
  /** Posts only some organization kinds have (a standing committee: đảng ủy cơ sở and above). */
  postOrgKinds: Readonly<Partial<Record<PostCode, readonly string[]>>>;
  /** Posts held by one person at a time. */
  singleHolder: readonly PostCode[];
}

export const COMMITTEE_COMPOSITION_RULES: readonly Rule<CommitteeCompositionParams>[] = [
  {
    id: 'committee.composition',
    version: 1,
    regulation: 'Điều lệ Đảng, Điều 32; Quy định 24-QĐ/TW (2021)',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Ủy ban kiểm tra do cấp ủy từ cơ sở trở lên bầu (đảng ủy cơ sở, Đảng ủy Khối); chi bộ, đảng bộ bộ phận không có ủy ban kiểm tra. Ban thường vụ chỉ có ở đảng ủy cơ sở trở lên; tổ đảng không bầu cấp ủy. Mỗi cấp ủy có một bí thư, mỗi ủy ban kiểm tra một chủ nhiệm.',
      en: 'Inspection committees are elected by committees from the grassroots up (grassroots party committees, the bloc committee); a chi bộ or a sub-committee has none. Only a grassroots party committee and above has a standing committee; a party group elects no committee. One secretary per committee, one chair per inspection committee.',
    },
    params: {
      committeeOrgKinds: {
        executive: ['bloc_committee', 'grassroots_committee', 'grassroots_cell', 'sub_committee', 'dependent_cell'],
        inspection: ['bloc_committee', 'grassroots_committee'],
      },
      posts: {
        executive: ['secretary', 'deputy_secretary', 'standing_member', 'member'],
        inspection: ['inspection_chair', 'inspection_deputy', 'inspection_member'],
      },
      postOrgKinds: { standing_member: ['bloc_committee', 'grassroots_committee'] },
      singleHolder: ['secretary', 'inspection_chair'],
    },
  },
];

export const COMMITTEE_HOLDER_RULES: readonly Rule<{ standing: 'official' }>[] = [
  {
    id: 'committee.holder-standing',
    version: 1,
    regulation: 'Điều lệ Đảng, Điều 5',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Đảng viên dự bị không có quyền ứng cử, bầu cử cơ quan lãnh đạo của Đảng: người giữ chức danh trong cấp ủy, ủy ban kiểm tra là đảng viên chính thức vào ngày bầu, ngày quyết định.',
      en: 'A probationary member may not stand for the Party’s leading bodies: a committee post is held by an official member on the election or decision date.',
    },
    params: { standing: 'official' },
  },
];

const ORG_KIND_NAMES: Readonly<Record<string, { vi: string; en: string }>> = {
  bloc_committee: { vi: 'Đảng bộ Khối', en: 'the bloc committee' },
  grassroots_committee: { vi: 'đảng bộ cơ sở', en: 'a grassroots party committee' },
  grassroots_cell: { vi: 'chi bộ cơ sở', en: 'a grassroots chi bộ' },
  sub_committee: { vi: 'đảng bộ bộ phận', en: 'a party sub-committee' },
  dependent_cell: { vi: 'chi bộ trực thuộc', en: 'a dependent chi bộ' },
  party_group: { vi: 'tổ đảng', en: 'a party group' },
};
const orgKindName = (kind: string) => ORG_KIND_NAMES[kind] ?? { vi: kind, en: kind };

export interface CommitteeRefusal {
  code: 'no_committee_of_kind' | 'post_not_of_kind' | 'post_not_for_org' | 'not_official';
  message: { vi: string; en: string };
  rule: RuleMeta;
}

/** Whether an organization of `orgKind` elects a committee of `kind` (on `on`). */
export function checkCommitteeKind(orgKind: string, kind: CommitteeKindCode, on: LocalDate): CommitteeRefusal | null {
  const rule = versionOn(COMMITTEE_COMPOSITION_RULES, on);
  if (rule.params.committeeOrgKinds[kind].includes(orgKind)) return null;
  const org = orgKindName(orgKind);
  return {
    code: 'no_committee_of_kind',
    rule,
    message:
      kind === 'inspection'
        ? { vi: `${cap(org.vi)} không có ủy ban kiểm tra (chỉ đảng ủy cơ sở trở lên bầu ủy ban kiểm tra)`, en: `${cap(org.en)} has no inspection committee (only grassroots party committees and above elect one)` }
        : { vi: `${cap(org.vi)} không bầu cấp ủy`, en: `${cap(org.en)} elects no committee` },
  };
}

/** Whether `post` is a post of a committee of `kind` at an organization of `orgKind`. */
export function checkPost(orgKind: string, kind: CommitteeKindCode, post: PostCode, on: LocalDate): CommitteeRefusal | null {
  const rule = versionOn(COMMITTEE_COMPOSITION_RULES, on);
  if (!rule.params.posts[kind].includes(post)) {
    return {
      code: 'post_not_of_kind',
      rule,
      message:
        kind === 'inspection'
          ? { vi: 'Chức danh này không thuộc ủy ban kiểm tra (chủ nhiệm, phó chủ nhiệm, ủy viên)', en: 'Not a post of an inspection committee (chair, deputy chair, member)' }
          : { vi: 'Chức danh này không thuộc cấp ủy (bí thư, phó bí thư, ủy viên ban thường vụ, cấp ủy viên)', en: 'Not a post of an executive committee (secretary, deputy, standing member, member)' },
    };
  }
  const only = rule.params.postOrgKinds[post];
  if (only && !only.includes(orgKind)) {
    return {
      code: 'post_not_for_org',
      rule,
      message: { vi: `${cap(orgKindName(orgKind).vi)} không có ban thường vụ`, en: `${cap(orgKindName(orgKind).en)} has no standing committee` },
    };
  }
  return null;
}

/** Posts one person holds at a time (a secretary, an inspection chair). */
export function isSingleHolderPost(post: PostCode, on: LocalDate): boolean {
  return versionOn(COMMITTEE_COMPOSITION_RULES, on).params.singleHolder.includes(post);
}

/** Whether a member of this standing may hold a committee post on `on`; `name` names them in the message. */
export function checkHolderStanding(standing: 'probationary' | 'official', name: string, on: LocalDate): CommitteeRefusal | null {
  const rule = versionOn(COMMITTEE_HOLDER_RULES, on);
  if (standing === rule.params.standing) return null;
  return {
    code: 'not_official',
    rule,
    message: {
      vi: `${name} là đảng viên dự bị vào ngày ${on}: đảng viên dự bị không ứng cử vào cơ quan lãnh đạo của Đảng`,
      en: `${name} was a probationary member on ${on}: a probationary member may not stand for a leading body of the Party`,
    },
  };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
