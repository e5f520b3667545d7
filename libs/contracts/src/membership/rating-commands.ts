import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';
import { optionalText, requiredText } from '../fields';
import { isLocalDate, localDate } from '../local-date';
import { listQuery } from '../routes/conventions';
import { RATING_LEVELS } from './rating-events';

/**
 * Inputs of the annual review and quality rating (kiểm điểm, đánh giá, xếp loại chất lượng): a
 * round per year and scope, then self-ratings, proposals and decisions, each a list of subjects
 * (a bloc decides ~8,000 members and ~800 organizations), all-or-nothing, refusals by row
 * (`items.12.level`). A subject is named by `personId` (a member) or `orgId` (an organization).
 */
const uuid = (vi: string, en: string) => z.uuid({ message: bilingual(`${vi} không hợp lệ`, `Invalid ${en}`) });
export const ratingRoundId = uuid('Mã đợt đánh giá', 'round id');
const orgIdField = uuid('Mã tổ chức đảng', 'organization id');
const personIdField = uuid('Mã đảng viên', 'person id');

/** 2018: the first year of an encoded regulation (132-QĐ/TW). */
export const ratingYear = z.coerce
  .number({ message: bilingual('Năm đánh giá không hợp lệ', 'Invalid rating year') })
  .int(bilingual('Năm đánh giá không hợp lệ', 'Invalid rating year'))
  .min(2018, bilingual('Năm đánh giá từ 2018 (Quy định 132-QĐ/TW)', 'The rating year is 2018 or later (Quy định 132-QĐ/TW)'))
  .max(2100, bilingual('Năm đánh giá không hợp lệ', 'Invalid rating year'));

export const ratingLevel = z.enum(RATING_LEVELS, { message: bilingual('Mức xếp loại: excellent, good, completed hoặc not_completed', 'Level: excellent, good, completed or not_completed') });

/** Points of the 100-point sheet (366-QĐ/TW, from 2025): decimals allowed, at most two digits (89,5; 49,9). */
export const ratingScore = z
  .number({ message: bilingual('Điểm phải là số', 'The score must be a number') })
  .min(0, bilingual('Điểm từ 0 đến 100', 'The score is 0 to 100'))
  .max(100, bilingual('Điểm từ 0 đến 100', 'The score is 0 to 100'))
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: bilingual('Điểm có tối đa hai chữ số thập phân', 'The score has at most two decimals') });

/**
 * How the subjects of a round are grouped for the excellent quota (≤ 20% of the good-or-better
 * of a group). The defaults follow the bloc's report: its grassroots organizations together
 * (28 ≤ 20% × 143), the chi bộ trực thuộc of each đảng bộ cơ sở together, the members of each
 * grassroots organization together.
 */
export const RATING_GROUPINGS = {
  grassroots: ['together', 'byKind'],
  dependentCells: ['perGrassroots', 'together'],
  members: ['perGrassroots', 'perOrg', 'together'],
} as const;

export const ratingPeerGroupConfig = z.strictObject({
  /** Đảng bộ cơ sở and chi bộ cơ sở: one group (`tccsd`) or one per kind (`dang-bo-co-so`, `chi-bo-co-so`). */
  grassroots: z.enum(RATING_GROUPINGS.grassroots).default('together'),
  /** Chi bộ trực thuộc: one group per đảng bộ cơ sở (`chi-bo-truc-thuoc:<orgId>`) or one for the round. */
  dependentCells: z.enum(RATING_GROUPINGS.dependentCells).default('perGrassroots'),
  /** Members: per grassroots organization (`dang-vien:<orgId>`), per chi bộ, or one group. */
  members: z.enum(RATING_GROUPINGS.members).default('perGrassroots'),
});
export type RatingPeerGroupConfig = z.output<typeof ratingPeerGroupConfig>;

const deadlines = z
  .strictObject({
    /** Tự kiểm điểm, tự đánh giá. */
    selfRating: localDate,
    /** Chi bộ / cấp ủy đề xuất mức xếp loại. */
    proposal: localDate,
    /** Cấp ủy cấp trên quyết định. */
    decision: localDate,
  })
  .superRefine((d, ctx) => {
    if (!isLocalDate(d.selfRating) || !isLocalDate(d.proposal) || !isLocalDate(d.decision)) return;
    if (d.proposal < d.selfRating) ctx.addIssue({ code: 'custom', path: ['proposal'], message: bilingual('Hạn đề xuất phải từ hạn tự đánh giá trở đi', 'The proposal deadline cannot precede the self-rating deadline') });
    if (d.decision < d.proposal) ctx.addIssue({ code: 'custom', path: ['decision'], message: bilingual('Hạn quyết định phải từ hạn đề xuất trở đi', 'The decision deadline cannot precede the proposal deadline') });
  });

export const openRatingRoundBody = z
  .strictObject({
    year: ratingYear,
    /** The organization whose subtree is rated; null = the whole bloc. */
    scopeOrgId: orgIdField.nullish().transform((v) => v ?? null),
    /** The round's date: who is rated is judged on it (the tree, the members, the 6 months). Default 31/12 of the year. */
    asOf: localDate.nullish().transform((v) => v ?? null),
    name: optionalText(200),
    deadlines,
    peerGroups: ratingPeerGroupConfig.default({ grassroots: 'together', dependentCells: 'perGrassroots', members: 'perGrassroots' }),
  })
  .superRefine((v, ctx) => {
    if (v.asOf && isLocalDate(v.asOf) && Number(v.asOf.slice(0, 4)) !== v.year) {
      ctx.addIssue({ code: 'custom', path: ['asOf'], message: bilingual(`Ngày của đợt phải trong năm ${v.year}`, `The round's date must fall in ${v.year}`) });
    }
  });

export const ratingRoundParams = z.strictObject({ id: ratingRoundId });

export const listRatingRoundsQuery = z.strictObject({
  year: ratingYear.optional(),
  ...listQuery(['year', 'createdAt']),
});

/** A member (`personId`) or an organization (`orgId`) of the round: exactly one. */
const subjectRef = {
  personId: personIdField.optional(),
  orgId: orgIdField.optional(),
};
const oneSubject = (v: { personId?: string; orgId?: string }, ctx: z.RefinementCtx) => {
  if (!!v.personId === !!v.orgId) {
    ctx.addIssue({ code: 'custom', path: ['personId'], message: bilingual('Ghi đúng một trong personId (đảng viên) hoặc orgId (tổ chức đảng)', 'Give exactly one of personId (a member) or orgId (an organization)') });
  }
};

/** At most 10,000 rows a command: a bloc's 8,434 members fit in one request under the 1 MB body. */
export const RATING_MAX_ITEMS = 10_000;
const items = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1, bilingual('Danh sách trống', 'The list is empty'))
    .max(RATING_MAX_ITEMS, bilingual(`Tối đa ${RATING_MAX_ITEMS} dòng một lần`, `At most ${RATING_MAX_ITEMS} rows at a time`));

/**
 * A level with what it rests on: under 124-QĐ/TW (before 2025) the criteria (`basis`, required on
 * a proposal); from 2025 (366-QĐ/TW) the 100-point sheet's total (`score`, required on a proposal).
 */
const assessed = {
  level: ratingLevel,
  score: ratingScore.nullish().transform((v) => v ?? null),
  basis: optionalText(2000),
};

export const selfRatingItem = z.strictObject({ ...subjectRef, ...assessed }).superRefine(oneSubject);
export const proposalItem = z.strictObject({ ...subjectRef, ...assessed }).superRefine(oneSubject);

export const selfRatingsBody = z.strictObject({
  /** The day of the self-review (tự kiểm điểm). */
  recordedOn: factDate,
  items: items(selfRatingItem),
});

export const proposalsBody = z.strictObject({
  /** The meeting that proposed the levels (chi bộ, cấp ủy). */
  meetingDate: factDate,
  items: items(proposalItem),
});

/** Beyond the excellent quota of the group: why, and the decision that allows it. Who is the caller. */
export const ratingOverrideInput = z.strictObject({
  reason: requiredText(2000, 'lý do vượt tỷ lệ', 'The reason for exceeding the quota'),
  reference: requiredText(120, 'số văn bản cho phép vượt tỷ lệ', 'The reference of the decision allowing it'),
});

export const decisionItem = z
  .strictObject({
    ...subjectRef,
    level: ratingLevel,
    /** From 2025; defaults to the proposal's score. */
    score: ratingScore.nullish().transform((v) => v ?? null),
    override: ratingOverrideInput.nullish().transform((v) => v ?? null),
  })
  .superRefine(oneSubject);

export const decisionsBody = z.strictObject({
  decisionDate: factDate,
  decisionNumber: requiredText(60, 'số quyết định', 'The decision number'),
  items: items(decisionItem),
});

/** Why a member of the round is not rated besides what membership knows (exemption, the 6 months). */
export const RATING_EXCLUSION_REASONS = ['suspended', 'other'] as const;

export const exclusionsBody = z.strictObject({
  items: items(
    z.strictObject({
      personId: personIdField,
      /** suspended: đình chỉ sinh hoạt đảng. */
      reason: z.enum(RATING_EXCLUSION_REASONS, { message: bilingual('Lý do: suspended (đình chỉ sinh hoạt) hoặc other', 'Reason: suspended or other') }),
      decisionNumber: optionalText(60),
      note: optionalText(500),
    }),
  ),
});

/** The secretary (bí thư) of a rated organization: a discipline of theirs in the year caps it at "not completed". */
export const secretariesBody = z.strictObject({
  items: items(z.strictObject({ orgId: orgIdField, personId: personIdField.nullable() })),
});

export const RATING_STAGES = ['notSelfRated', 'selfRated', 'proposed', 'decided', 'excluded'] as const;

export const ratingSubjectsQuery = z.strictObject({
  peerGroup: z.string().max(80).optional(),
  kind: z.enum(['org', 'member']).optional(),
  /** Subjects in this organization's subtree. */
  orgId: orgIdField.optional(),
  /** The furthest step of each subject. */
  stage: z.enum(RATING_STAGES).optional(),
  level: ratingLevel.optional(),
  disqualified: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: z.string().trim().max(120).optional(),
  ...listQuery(['name', 'peerGroup', 'stage']),
});

export const ratingSummaryQuery = z.strictObject({
  /** One organization's subtree within the round; absent = the whole round. */
  orgId: orgIdField.optional(),
});

export const pendingDecisionsQuery = z.strictObject({
  year: ratingYear.optional(),
  roundId: ratingRoundId.optional(),
  kind: z.enum(['org', 'member']).optional(),
  ...listQuery(['name', 'peerGroup']),
});
