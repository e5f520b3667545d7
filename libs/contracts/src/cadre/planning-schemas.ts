import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';
import { optionalText, requiredText } from '../fields';
import { localDate } from '../local-date';
import { listQuery } from '../routes/conventions';
import { committeeKindSchema, POSTS_OF, postSchema, termCode, type CommitteeKind, type Post } from './posts';

/**
 * Inputs of cadre planning (quy hoạch cán bộ) and confidence votes (lấy phiếu tín nhiệm). The
 * rules they are checked against live in `libs/rules` (cadre-planning.ts, confidence-vote.ts),
 * whose codes the enums here repeat.
 */
const id = (vi: string, en: string) => z.uuid({ message: bilingual(`${vi} không hợp lệ`, `Invalid ${en}`) });
const personId = id('Mã đảng viên', 'person id');
const orgId = id('Mã tổ chức đảng', 'organization id');
const decisionNumber = requiredText(60, 'số quyết định', 'The decision number');
const year = z.coerce.number().int().min(1930).max(2100);

/** Why an entry left the plan: a review's decision, or by itself (discipline, vetting, a confidence vote). */
export const PLANNING_EXIT_REASONS = ['review', 'discipline', 'vetting', 'confidence_vote'] as const;
export type PlanningExitReason = (typeof PLANNING_EXIT_REASONS)[number];

/** libs/rules `VOTE_RESULTS`: no quorum (invalid); no action; more than 1/2 low; 2/3 or more low. */
export const CONFIDENCE_VOTE_RESULTS = ['no_quorum', 'no_action', 'relief_to_consider', 'dismissal_to_consider'] as const;
export type ConfidenceVoteResult = (typeof CONFIDENCE_VOTE_RESULTS)[number];
/** libs/rules `VOTE_DECISION_OUTCOMES`: what the standing committee decided on a flagged vote. */
export const VOTE_DECISION_OUTCOMES = ['relieved_of_post', 'reassigned', 'resigned', 'confidence_ballot', 'kept'] as const;
export type VoteDecisionOutcomeCode = (typeof VOTE_DECISION_OUTCOMES)[number];
export const CONFIDENCE_VOTE_STATUSES = ['not_flagged', 'awaiting_decision', 'decided'] as const;

/** A post is an organization's committee post; `post` must be one of `committeeKind`'s. */
function postOnCommittee(b: { committeeKind?: CommitteeKind; post?: Post }, ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  if (b.committeeKind && b.post && !POSTS_OF[b.committeeKind].includes(b.post)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'post'], message: bilingual('Chức danh này không thuộc loại ủy ban đã chọn', 'This post is not on the committee chosen') });
  }
}

export const planningEntryParams = z.strictObject({ id: id('Mã quy hoạch', 'planning entry id') });
export const planningReviewParams = z.strictObject({ id: id('Mã đợt rà soát', 'review id') });
export const confidenceVoteParams = z.strictObject({ id: id('Mã lượt lấy phiếu', 'vote id') });

/** Quyết định phê duyệt quy hoạch: people planned for one post of one term. */
export const planPostBody = z
  .strictObject({
    orgId,
    committeeKind: committeeKindSchema,
    post: postSchema,
    /** The term planned for, e.g. 2025-2030. */
    term: termCode,
    personIds: z
      .array(personId)
      .min(1, bilingual('Cần ít nhất một người được quy hoạch', 'At least one person is required'))
      .max(10, bilingual('Tối đa 10 người mỗi lần ghi', 'At most 10 people at a time')),
    decisionNumber,
    decidedOn: factDate,
    note: optionalText(1000),
  })
  .superRefine((b, ctx) => {
    postOnCommittee(b, ctx);
    b.personIds.forEach((p, i) => {
      if (b.personIds.indexOf(p) !== i) ctx.addIssue({ code: 'custom', path: ['personIds', i], message: bilingual('Người này đã có trong danh sách', 'This person is listed twice') });
    });
  });

const addition = z.strictObject({
  /** The organization whose post it is; the review's own organization when absent. */
  orgId: orgId.nullish().transform((v) => v ?? null),
  term: termCode,
  committeeKind: committeeKindSchema,
  post: postSchema,
  personId,
});

/**
 * Rà soát, bổ sung quy hoạch: the yearly review of the plans decided by `orgId`'s committee (its
 * own posts and those of the organizations under it), for one or two terms; it removes people
 * (with the reason) and adds people, in one decision. Removals apply first, so a place freed by
 * the decision can be filled by it.
 */
export const reviewPlanningBody = z
  .strictObject({
    orgId,
    title: requiredText(500, 'tên đợt rà soát', 'The title'),
    terms: z.array(termCode).min(1, bilingual('Cần ít nhất một nhiệm kỳ', 'At least one term is required')).max(2, bilingual('Tối đa hai nhiệm kỳ', 'At most two terms')),
    decisionNumber,
    decidedOn: factDate,
    additions: z.array(addition).max(300).default([]),
    removals: z
      .array(z.strictObject({ entryId: id('Mã quy hoạch', 'planning entry id'), reason: requiredText(500, 'lý do đưa ra khỏi quy hoạch', 'The reason') }))
      .max(300)
      .default([]),
    note: optionalText(2000),
  })
  .superRefine((b, ctx) => {
    b.terms.forEach((t, i) => {
      if (b.terms.indexOf(t) !== i) ctx.addIssue({ code: 'custom', path: ['terms', i], message: bilingual('Nhiệm kỳ bị lặp', 'The term is listed twice') });
    });
    const seen = new Set<string>();
    b.additions.forEach((a, i) => {
      postOnCommittee(a, ctx, ['additions', i]);
      if (!b.terms.includes(a.term)) ctx.addIssue({ code: 'custom', path: ['additions', i, 'term'], message: bilingual('Nhiệm kỳ không thuộc đợt rà soát', 'The term is not one the review covers') });
      const key = `${a.orgId ?? ''}|${a.committeeKind}|${a.post}|${a.term}|${a.personId}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['additions', i, 'personId'], message: bilingual('Người này đã được bổ sung vào chức danh này', 'This person is already added to this post') });
      seen.add(key);
    });
    b.removals.forEach((r, i) => {
      if (b.removals.findIndex((x) => x.entryId === r.entryId) !== i) ctx.addIssue({ code: 'custom', path: ['removals', i, 'entryId'], message: bilingual('Mục quy hoạch bị lặp', 'The entry is listed twice') });
    });
  });

const planStatus = z.enum(['in_plan', 'out', 'all'], { message: bilingual('Trạng thái: in_plan, out hoặc all', 'Status: in_plan, out or all') });

/** The board of one post in one term: who is planned, their ages at the term's start, the caps. */
export const postBoardQuery = z
  .strictObject({
    orgId,
    committeeKind: committeeKindSchema,
    post: postSchema,
    term: termCode,
    /** The day the board is read on (who is in the plan then); today unless given. */
    asOf: localDate.optional(),
    status: planStatus.default('all'),
    ...listQuery(['plannedOn', 'fullName', 'dateOfBirth']),
  })
  .superRefine((b, ctx) => postOnCommittee(b, ctx));

/** The plans (one per post) of organizations and terms. */
export const listPlansQuery = z.strictObject({
  orgId: orgId.optional(),
  term: termCode.optional(),
  committeeKind: committeeKindSchema.optional(),
  asOf: localDate.optional(),
  ...listQuery(['post', 'orgName', 'inPlan']),
});

/** Entries of planning: a person's plans (`personId`), an organization's, those that left. */
export const listPlanningEntriesQuery = z.strictObject({
  personId: personId.optional(),
  orgId: orgId.optional(),
  term: termCode.optional(),
  status: planStatus.default('all'),
  reason: z.enum(PLANNING_EXIT_REASONS).optional(),
  /** Planned (or, with `status=out`, ended) in that year. */
  year: year.optional(),
  ...listQuery(['plannedOn', 'endedOn', 'fullName']),
});

export const listPlanningReviewsQuery = z.strictObject({
  orgId: orgId.optional(),
  year: year.optional(),
  term: termCode.optional(),
  ...listQuery(['decidedOn']),
});

const count = (vi: string, en: string) =>
  z
    .number({ message: bilingual(`${vi}: cần một số nguyên không âm`, `${en}: a whole number is required`) })
    .int(bilingual(`${vi}: cần một số nguyên`, `${en}: a whole number is required`))
    .min(0, bilingual(`${vi} không được âm`, `${en} cannot be negative`))
    .max(100_000, bilingual(`${vi} quá lớn`, `${en} is too large`));

/**
 * Kết quả lấy phiếu tín nhiệm of one person on one post: who was summoned, who attended, the
 * ballots collected and how many marked each level. The counts must add up (high + normal +
 * low ≤ ballots ≤ attended ≤ summoned), each relation refused on its own field.
 */
export const recordVoteBody = z
  .strictObject({
    personId,
    orgId,
    committeeKind: committeeKindSchema,
    post: postSchema,
    heldOn: factDate,
    /** Thành phần tham gia lấy phiếu, e.g. "Ban Chấp hành Đảng bộ Khối". */
    votingBody: requiredText(300, 'thành phần tham gia lấy phiếu', 'The voting body'),
    /** The plan or instruction it was held under, e.g. "Kế hoạch số 12-KH/ĐUK". */
    reference: optionalText(200),
    summoned: count('Số người được triệu tập', 'The number summoned').min(1, bilingual('Cần ít nhất một người được triệu tập', 'At least one person must be summoned')),
    attended: count('Số người có mặt', 'The number attending'),
    /** Ballots collected (spoilt ones included); high + normal + low when absent. */
    ballots: count('Số phiếu thu về', 'The ballots collected').nullish().transform((v) => v ?? null),
    high: count('Số phiếu tín nhiệm cao', 'High confidence'),
    normal: count('Số phiếu tín nhiệm', 'Confidence'),
    low: count('Số phiếu tín nhiệm thấp', 'Low confidence'),
  })
  .superRefine((b, ctx) => {
    postOnCommittee(b, ctx);
    const issue = (path: string, vi: string, en: string) => ctx.addIssue({ code: 'custom', path: [path], message: bilingual(vi, en) });
    if (b.attended > b.summoned) issue('attended', `Số người có mặt (${b.attended}) nhiều hơn số người được triệu tập (${b.summoned})`, `More attending (${b.attended}) than summoned (${b.summoned})`);
    const collected = b.ballots ?? b.attended;
    if (b.ballots !== null && b.ballots > b.attended) issue('ballots', `Số phiếu thu về (${b.ballots}) nhiều hơn số người có mặt (${b.attended})`, `More ballots (${b.ballots}) than people attending (${b.attended})`);
    const marked = b.high + b.normal + b.low;
    if (marked > collected) {
      const [vi, en] = b.ballots !== null ? ['số phiếu thu về', 'the ballots collected'] : ['số người có mặt', 'the people attending'];
      for (const f of ['high', 'normal', 'low']) issue(f, `Tổng số phiếu ba mức (${marked}) vượt ${vi} (${collected})`, `The three levels add up to ${marked}, more than ${en} (${collected})`);
    }
  });

export const decideVoteBody = z.strictObject({
  decidedOn: factDate,
  decisionNumber,
  outcome: z.enum(VOTE_DECISION_OUTCOMES, {
    message: bilingual('Quyết định: relieved_of_post, reassigned, resigned, confidence_ballot hoặc kept', 'Outcome: relieved_of_post, reassigned, resigned, confidence_ballot or kept'),
  }),
  note: optionalText(2000),
});

export const listVotesQuery = z.strictObject({
  orgId: orgId.optional(),
  personId: personId.optional(),
  year: year.optional(),
  result: z.enum(CONFIDENCE_VOTE_RESULTS).optional(),
  status: z.enum(CONFIDENCE_VOTE_STATUSES).optional(),
  ...listQuery(['heldOn', 'fullName', 'low']),
});

/** The flagged votes awaiting the standing committee's decision (its home list). */
export const listFlaggedVotesQuery = z.strictObject({
  orgId: orgId.optional(),
  ...listQuery(['heldOn', 'fullName']),
});
