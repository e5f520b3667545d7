import { planningEra, type PlanningRefusal } from './cadre-planning';
import type { PostCode } from './committees';
import type { LocalDate } from './local-date';
import { versionOn, type Bilingual, type Rule } from './rule';

/** The level of an organization in the bloc: the Đảng bộ Khối, a grassroots organization (TCCSĐ), what is below one. */
export type PlanningOrgLevel = 'bloc' | 'grassroots' | 'below_grassroots';

/**
 * Where the organization of one post stands to the organization of another on a day: the same,
 * above it (it is in the first one's subtree), below it, or apart (neither contains the other).
 */
export type OrgRelation = 'same' | 'above' | 'below' | 'apart';

/** A post of some organization, as far as ranking goes. */
export interface PostPlace {
  post: PostCode;
  level: PlanningOrgLevel;
}

export interface HigherPostParams {
  /**
   * The posts of one organization's committees, highest first (1): secretary, deputy, standing
   * member — the inspection chair sits on the standing committee (Điều lệ Đảng, Điều 32) —,
   * member — the inspection deputy is usually one —, inspection member.
   */
  postRank: Readonly<Record<PostCode, number>>;
  /** The levels, highest first (1). */
  levelRank: Readonly<Record<PlanningOrgLevel, number>>;
}

/**
 * "Chỉ quy hoạch chức danh cao hơn": a cadre already holding a post is planned only for a higher
 * one — a higher post of the same organization, any post of an organization above it, or, in an
 * organization apart from it, a post of a higher level or a higher post at the same level. The
 * same order tells which plans a low confidence vote ends ("đưa ra khỏi quy hoạch chức vụ cao
 * hơn", Quy định 96-QĐ/TW).
 */
export const PLANNING_HIGHER_POST_RULES: readonly Rule<HigherPostParams>[] = planningEra(
  'cadre-planning.higher-post',
  'Cán bộ đang giữ chức vụ chỉ được quy hoạch chức danh cao hơn: chức danh cao hơn của cùng tổ chức, chức danh của tổ chức cấp trên, hoặc ở tổ chức khác là chức danh cấp cao hơn hay chức danh cao hơn cùng cấp.',
  'A cadre holding a post is planned only for a higher post: a higher post of the same organization, a post of an organization above it, or elsewhere a post of a higher level or a higher post at the same level.',
  {
    postRank: { secretary: 1, deputy_secretary: 2, standing_member: 3, inspection_chair: 3, member: 4, inspection_deputy: 4, inspection_member: 5 },
    levelRank: { bloc: 1, grassroots: 2, below_grassroots: 3 },
  },
);

/** Whether `post` is higher than `held`, `relation` saying where its organization stands to the held post's, by the rule in force on `on`. */
export function isHigherPost(post: PostPlace, held: PostPlace, relation: OrgRelation, on: LocalDate): boolean {
  const { postRank, levelRank } = versionOn(PLANNING_HIGHER_POST_RULES, on).params;
  const higherRank = postRank[post.post] < postRank[held.post];
  switch (relation) {
    case 'same':
      return higherRank;
    case 'above':
      return true;
    case 'below':
      return false;
    case 'apart':
      return levelRank[post.level] < levelRank[held.level] || (post.level === held.level && higherRank);
  }
}

/**
 * Whether a person holding `held` may be planned for `planned` on `on`; the refusal names both
 * posts ("Bí thư — Chi bộ …") and the rule.
 */
export function checkHigherPost(
  input: { planned: PostPlace; held: PostPlace; relation: OrgRelation; on: LocalDate },
  names: { person: Bilingual; planned: Bilingual; held: Bilingual },
): PlanningRefusal | null {
  if (isHigherPost(input.planned, input.held, input.relation, input.on)) return null;
  return {
    code: 'not_higher_post',
    rule: versionOn(PLANNING_HIGHER_POST_RULES, input.on),
    message: {
      vi: `Đồng chí ${names.person.vi} đang giữ chức danh ${names.held.vi}: chỉ quy hoạch chức danh cao hơn, ${names.planned.vi} không cao hơn`,
      en: `${names.person.en} holds the post ${names.held.en}: only a higher post may be planned, and ${names.planned.en} is not higher`,
    },
  };
}
