import { ratingDate, type RatingLevel } from './rating-quota';
import { finding, versionOn, type Finding, type Rule } from './rule';

/**
 * What caps a rating at "not completed" (Quy định 132-QĐ/TW; 124-QĐ/TW; 366-QĐ/TW): a member
 * disciplined in the year; an organization whose leadership was disciplined in the year — the
 * committee itself (kỷ luật tổ chức), or one of the people who led it (its secretary or a deputy
 * secretary at any time of the year) — or with more than 20% of its rated members disciplined in
 * the year.
 * "In the year": the discipline decided between 1/1 and 31/12 of the year rated, not annulled.
 */
export interface DisqualifierParams {
  /** An organization with disciplined members above this share of its rated members is capped. */
  disciplinedMembersPercentAbove: number;
}

export const RATING_DISQUALIFIER_RULES: readonly Rule<DisqualifierParams>[] = [
  { version: 1, regulation: 'Quy định 132-QĐ/TW (2018)', effectiveFrom: '2018-03-08', effectiveTo: '2023-10-03' },
  { version: 2, regulation: 'Quy định 124-QĐ/TW (2023)', effectiveFrom: '2023-10-04', effectiveTo: '2025-08-29' },
  { version: 3, regulation: 'Quy định 366-QĐ/TW (2025)', effectiveFrom: '2025-08-30' },
].map((era) => ({
  id: 'rating.discipline-disqualifiers',
  ...era,
  description: {
    vi: 'Đảng viên bị kỷ luật trong năm; tổ chức đảng có cấp ủy, bí thư hoặc phó bí thư bị kỷ luật trong năm, hoặc có trên 20% đảng viên được đánh giá bị kỷ luật trong năm: xếp loại không hoàn thành nhiệm vụ.',
    en: 'A member disciplined in the year; an organization whose committee, secretary or a deputy secretary was disciplined in the year, or with more than 20% of its rated members disciplined in the year: rated not completed.',
  },
  params: { disciplinedMembersPercentAbove: 20 },
}));

export const disqualifierRule = (year: number): Rule<DisqualifierParams> => versionOn(RATING_DISQUALIFIER_RULES, ratingDate(year));

export interface RatingCap {
  maxLevel: RatingLevel;
  /** Why, one finding per reason (empty: no cap). */
  reasons: Finding[];
}

const capped = (reasons: Finding[]): RatingCap => ({ maxLevel: reasons.length ? 'not_completed' : 'excellent', reasons });

export function memberRatingCap(year: number, disciplinedInYear: number): RatingCap {
  const rule = disqualifierRule(year);
  return capped(
    disciplinedInYear > 0
      ? [finding(rule, 'MEMBER_DISCIPLINED', `Đảng viên bị kỷ luật trong năm ${year}`, `Member disciplined in ${year}`)]
      : [],
  );
}

/** More than `percent`% in integers: 2 of 10 is not over 20%, 3 of 14 (21,4%) is. */
export function overShare(part: number, whole: number, percent: number): boolean {
  return whole > 0 && part * 100 > percent * whole;
}

export interface OrgDisciplineFacts {
  /** Disciplines of the organization (its committee) decided in the year. */
  orgDisciplined: number;
  /** Disciplines decided in the year of those who led it: its secretary or a deputy secretary at any time of the year. */
  leadershipDisciplined: number;
  /** Members of its subtree rated in the round, and of them disciplined in the year. */
  ratedMembers: number;
  disciplinedMembers: number;
}

export function orgRatingCap(year: number, f: OrgDisciplineFacts): RatingCap {
  const rule = disqualifierRule(year);
  const reasons: Finding[] = [];
  if (f.orgDisciplined > 0) reasons.push(finding(rule, 'ORG_DISCIPLINED', `Cấp ủy (tổ chức đảng) bị kỷ luật trong năm ${year}`, `The committee (organization) was disciplined in ${year}`));
  if (f.leadershipDisciplined > 0) {
    reasons.push(finding(rule, 'LEADERSHIP_DISCIPLINED', `Bí thư hoặc phó bí thư bị kỷ luật trong năm ${year}`, `The secretary or a deputy secretary was disciplined in ${year}`));
  }
  const percent = rule.params.disciplinedMembersPercentAbove;
  if (overShare(f.disciplinedMembers, f.ratedMembers, percent)) {
    reasons.push(
      finding(
        rule,
        'MEMBERS_DISCIPLINED_OVER_LIMIT',
        `${f.disciplinedMembers}/${f.ratedMembers} đảng viên bị kỷ luật trong năm ${year}, trên ${percent}%`,
        `${f.disciplinedMembers}/${f.ratedMembers} members disciplined in ${year}, over ${percent}%`,
      ),
    );
  }
  return capped(reasons);
}
