import { addMonths, isOnOrBefore, type LocalDate } from './local-date';
import { RATING_LEVELS, RATING_SCORE_RULES, ratingDate, ratingLevelFromScore, type RatingLevel } from './rating-quota';
import { finding, versionOn, type Bilingual, type Finding, type Rule } from './rule';

/**
 * How a year is rated: by criteria (132-QĐ/TW, 124-QĐ/TW — the level is chosen with the criteria
 * it rests on, no points) or on the 100-point sheet (366-QĐ/TW: 30 general + 70 results). The
 * version in force on 31/12 of the year decides (`ratingDate`), so 2023 and 2024 are rated by
 * 124-QĐ/TW and 2025 by 366-QĐ/TW.
 */
export interface RatingRuleSetParams {
  kind: 'criteria' | 'points';
}

const ERAS = [
  { version: 1, regulation: 'Quy định 132-QĐ/TW (2018)', effectiveFrom: '2018-03-08', effectiveTo: '2023-10-03' },
  { version: 2, regulation: 'Quy định 124-QĐ/TW (2023)', effectiveFrom: '2023-10-04', effectiveTo: '2025-08-29' },
  { version: 3, regulation: 'Quy định 366-QĐ/TW (2025)', effectiveFrom: '2025-08-30' },
] as const;

/** One rule in the three eras of the rating regulation, with the same or its own params per era. */
function ratingEraVersions<P>(id: string, description: Bilingual, params: (era: (typeof ERAS)[number]) => P): Rule<P>[] {
  return ERAS.map((era) => ({ id, ...era, description, params: params(era) }));
}

export const RATING_RULE_SET_RULES: readonly Rule<RatingRuleSetParams>[] = ratingEraVersions(
  'rating.rule-set',
  {
    vi: 'Trước 2025: xếp loại theo tiêu chí (chọn mức kèm các tiêu chí làm căn cứ, không chấm điểm); từ 2025: chấm điểm thang 100 (30 điểm tiêu chí chung, 70 điểm kết quả thực hiện nhiệm vụ).',
    en: 'Before 2025: levels by criteria (the level with the criteria it rests on, no points); from 2025: a 100-point sheet (30 general + 70 results).',
  },
  (era) => ({ kind: era.version === 3 ? 'points' : 'criteria' }),
);

/**
 * Không đánh giá, xếp loại đảng viên mới kết nạp chưa đủ 6 tháng (counted from the admission
 * decision to the round's date); members exempted (miễn sinh hoạt) or suspended are not rated either.
 */
export const RATING_NEWLY_ADMITTED_RULES: readonly Rule<{ months: number }>[] = ratingEraVersions(
  'rating.newly-admitted',
  {
    vi: 'Không đánh giá, xếp loại chất lượng đảng viên được miễn sinh hoạt đảng, bị đình chỉ sinh hoạt đảng, hoặc mới kết nạp chưa đủ 6 tháng.',
    en: 'Members exempted from activities, suspended, or admitted less than 6 months before are not rated.',
  },
  () => ({ months: 6 }),
);

export interface RatingRuleSet {
  year: number;
  ratingDate: LocalDate;
  kind: 'criteria' | 'points';
  rule: Rule<RatingRuleSetParams>;
  /** Points only. */
  thresholds: { excellentFrom: number; goodFrom: number; completedFrom: number; maxScore: number } | null;
}

export function ratingRuleSet(year: number): RatingRuleSet {
  const on = ratingDate(year);
  const rule = versionOn(RATING_RULE_SET_RULES, on);
  const thresholds = rule.params.kind === 'points' ? versionOn(RATING_SCORE_RULES, on).params : null;
  return { year, ratingDate: on, kind: rule.params.kind, rule, thresholds };
}

/** Whether a member admitted on `admittedOn` is rated in a round dated `asOf` (full 6 months: admitted 30/06 is rated on 31/12). */
export function ratedAfterAdmission(admittedOn: LocalDate, asOf: LocalDate, year: number): { rated: boolean; from: LocalDate; rule: Rule<{ months: number }> } {
  const rule = versionOn(RATING_NEWLY_ADMITTED_RULES, ratingDate(year));
  const from = addMonths(admittedOn, rule.params.months);
  return { rated: isOnOrBefore(from, asOf), from, rule };
}

/** Higher is better: excellent 3 … not completed 0. */
export const RATING_LEVEL_RANK: Readonly<Record<RatingLevel, number>> = { excellent: 3, good: 2, completed: 1, not_completed: 0 };

export const isAbove = (level: RatingLevel, max: RatingLevel): boolean => RATING_LEVEL_RANK[level] > RATING_LEVEL_RANK[max];

/** What a level rests on: the criteria (before 2025) or the points (from 2025). */
export interface RatingAssessment {
  level: RatingLevel;
  score: number | null;
  basis: string | null;
}

/** A problem with one assessment, on the field it concerns. */
export interface AssessmentFinding extends Finding {
  field: 'level' | 'score' | 'basis';
}

const levelName = (l: RatingLevel) => RATING_LEVELS[l];

/**
 * Checks a level against the rule set of the year. From 2025 the level is at most what the score
 * supports (89,5 → good; 90 → excellent; 49,9 → not completed) — lower is allowed (the quota, a
 * disqualifier). `requireEvidence`: a proposal must say what it rests on (the criteria, or the score);
 * a self-rating may, a decision takes the proposal's.
 */
export function checkAssessment(year: number, a: RatingAssessment, requireEvidence: boolean): AssessmentFinding[] {
  const set = ratingRuleSet(year);
  const out: AssessmentFinding[] = [];
  const at = (field: AssessmentFinding['field'], code: string, vi: string, en: string) => out.push({ ...finding(set.rule, code, vi, en), field });
  if (set.kind === 'criteria') {
    if (a.score !== null) at('score', 'RATING_NO_POINTS', `Năm ${year} xếp loại theo tiêu chí, không chấm điểm (${set.rule.regulation})`, `${year} is rated by criteria, without points (${set.rule.regulation})`);
    if (requireEvidence && !a.basis) at('basis', 'RATING_BASIS_REQUIRED', `Ghi các tiêu chí làm căn cứ xếp loại "${levelName(a.level).name.vi}"`, `State the criteria the level "${levelName(a.level).name.en}" rests on`);
    return out;
  }
  if (a.score === null) {
    if (requireEvidence) at('score', 'RATING_SCORE_REQUIRED', `Năm ${year} xếp loại theo điểm (thang 100): ghi tổng điểm`, `${year} is rated on the 100-point sheet: give the total score`);
    return out;
  }
  const supported = ratingLevelFromScore(a.score, year);
  if (isAbove(a.level, supported)) {
    const score = String(a.score).replace('.', ',');
    at('level', 'RATING_LEVEL_ABOVE_SCORE', `${score} điểm chỉ đạt mức "${levelName(supported).name.vi}", không thể xếp "${levelName(a.level).name.vi}"`, `${a.score} points reach "${levelName(supported).name.en}" only, not "${levelName(a.level).name.en}"`);
  }
  return out;
}
