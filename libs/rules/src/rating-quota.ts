import { finding, versionOn, type Bilingual, type Finding, type Rule } from './rule';

export type RatingLevel = 'excellent' | 'good' | 'completed' | 'not_completed';

export const RATING_LEVELS: Record<RatingLevel, { code: string; name: Bilingual }> = {
  excellent: { code: 'HTXSNV', name: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' } },
  good: { code: 'HTTNV', name: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' } },
  completed: { code: 'HTNV', name: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' } },
  not_completed: { code: 'KHTNV', name: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' } },
};

/** The rating of year Y is made at its end: the rule in force on 31/12/Y decides. */
export const ratingDate = (year: number): string => `${year}-12-31`;

export interface QuotaParams {
  /** Excellent ≤ percent % of those rated good or better (excellent included), in one peer group. */
  percentOfGoodOrBetter: number;
}

export const RATING_QUOTA_RULES: readonly Rule<QuotaParams>[] = [
  {
    id: 'rating.excellent-quota',
    version: 1,
    regulation: 'Quy định 132-QĐ/TW (2018)',
    effectiveFrom: '2018-03-08',
    effectiveTo: '2023-10-03',
    description: {
      vi: 'Số được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên, trong cùng nhóm.',
      en: 'Those rated excellent may not exceed 20% of those rated good or better within a peer group.',
    },
    params: { percentOfGoodOrBetter: 20 },
  },
  {
    id: 'rating.excellent-quota',
    version: 2,
    regulation: 'Quy định 124-QĐ/TW (2023)',
    effectiveFrom: '2023-10-04',
    effectiveTo: '2025-08-29',
    description: {
      vi: 'HTXSNV không quá 20% số HTTNV trở lên trong cùng nhóm; người HTXSNV được chọn trong số HTTNV.',
      en: 'Excellent ≤ 20% of good-or-better in a peer group; the excellent are chosen among the good.',
    },
    params: { percentOfGoodOrBetter: 20 },
  },
  {
    id: 'rating.excellent-quota',
    version: 3,
    regulation: 'Quy định 366-QĐ/TW (2025)',
    effectiveFrom: '2025-08-30',
    description: {
      vi: 'Tỷ lệ HTXSNV tối đa 20% số HTTNV trở lên trong cùng nhóm (giữ như trước; có thể ghi nhận ngoại lệ do cấp có thẩm quyền quyết định).',
      en: 'Excellent at most 20% of good-or-better in a peer group (kept as before; a recorded exception may be decided by the competent level).',
    },
    params: { percentOfGoodOrBetter: 20 },
  },
];

/** A deviation from the regulation's quota for one year and group, decided and recorded. */
export interface QuotaOverride {
  percentOfGoodOrBetter: number;
  decidedBy: string;
  reference: string;
}

function percentFor(year: number, override?: QuotaOverride): { rule: Rule<QuotaParams>; percent: number } {
  const rule = versionOn(RATING_QUOTA_RULES, ratingDate(year));
  const percent = override?.percentOfGoodOrBetter ?? rule.params.percentOfGoodOrBetter;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError(`Quota percent must be an integer 0–100, got ${percent}`);
  return { rule, percent };
}

/** floor(percent % × goodOrBetterCount), in integers: 20% of 143 = 28.6 → 28. */
export function maxExcellent(goodOrBetterCount: number, year: number, override?: QuotaOverride): number {
  if (!Number.isInteger(goodOrBetterCount) || goodOrBetterCount < 0) throw new RangeError('goodOrBetterCount must be a non-negative integer');
  const { percent } = percentFor(year, override);
  return Math.floor((goodOrBetterCount * percent) / 100);
}

export interface QuotaCheck {
  ok: boolean;
  maxExcellent: number;
  excess: number;
  rule: Rule<QuotaParams>;
  override?: QuotaOverride;
  violations: Finding[];
}

export function checkQuota(input: { year: number; excellentCount: number; goodOrBetterCount: number; override?: QuotaOverride }): QuotaCheck {
  const { year, excellentCount, goodOrBetterCount, override } = input;
  if (!Number.isInteger(excellentCount) || excellentCount < 0) throw new RangeError('excellentCount must be a non-negative integer');
  if (excellentCount > goodOrBetterCount) throw new RangeError('excellentCount is part of goodOrBetterCount and cannot exceed it');
  const { rule, percent } = percentFor(year, override);
  const max = maxExcellent(goodOrBetterCount, year, override);
  const excess = Math.max(0, excellentCount - max);
  const violations = excess
    ? [
        finding(
          rule,
          'EXCELLENT_QUOTA_EXCEEDED',
          `${excellentCount} HTXSNV vượt tỷ lệ ${percent}% của ${goodOrBetterCount} HTTNV trở lên (tối đa ${max}).`,
          `${excellentCount} excellent exceeds ${percent}% of ${goodOrBetterCount} good-or-better (at most ${max}).`,
        ),
      ]
    : [];
  return { ok: excess === 0, maxExcellent: max, excess, rule, override, violations };
}

export interface ScoreParams {
  excellentFrom: number;
  goodFrom: number;
  completedFrom: number;
  maxScore: number;
}

export const RATING_SCORE_RULES: readonly Rule<ScoreParams>[] = [
  {
    id: 'rating.score-levels',
    version: 1,
    regulation: 'Quy định 366-QĐ/TW (2025)',
    effectiveFrom: '2025-08-30',
    description: {
      vi: 'Chấm điểm thang 100 (30 điểm tiêu chí chung, 70 điểm kết quả): từ 90 điểm HTXSNV, 70–89 HTTNV, 50–69 HTNV, dưới 50 KHTNV.',
      en: '100-point sheet (30 general + 70 results): 90+ excellent, 70–89 good, 50–69 completed, below 50 not completed.',
    },
    params: { excellentFrom: 90, goodFrom: 70, completedFrom: 50, maxScore: 100 },
  },
];

/**
 * The highest level a score supports. Excellent still needs the quota and no disqualifier.
 * Throws RuleNotInForceError for years before 2025 (124-QĐ/TW rated by criteria, not points).
 */
export function ratingLevelFromScore(score: number, year: number): RatingLevel {
  const { params } = versionOn(RATING_SCORE_RULES, ratingDate(year));
  if (!Number.isFinite(score) || score < 0 || score > params.maxScore) throw new RangeError(`Score must be 0–${params.maxScore}, got ${score}`);
  if (score >= params.excellentFrom) return 'excellent';
  if (score >= params.goodFrom) return 'good';
  if (score >= params.completedFrom) return 'completed';
  return 'not_completed';
}
