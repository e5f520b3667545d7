import { z } from 'zod';
import { paged } from '../routes/conventions';
import { CONFIDENCE_VOTE_RESULTS, CONFIDENCE_VOTE_STATUSES, PLANNING_EXIT_REASONS, VOTE_DECISION_OUTCOMES } from './planning-schemas';
import { COMMITTEE_KINDS, POSTS } from './posts';

const date = z.string();
const committeeKind = z.enum(COMMITTEE_KINDS);
const post = z.enum(POSTS);

/** A person as the cadre service knows them from membership's events (null: not heard of yet). */
export const plannedPersonSchema = z.object({
  personId: z.uuid(),
  fullName: z.string().nullable(),
  dateOfBirth: date.nullable(),
  /** Their organization as last known. */
  orgId: z.string().nullable(),
  /** Membership's status as last known. */
  status: z.string().nullable(),
});

/** How and why an entry left the plan. */
export const planningExitSchema = z.object({
  reason: z.enum(PLANNING_EXIT_REASONS),
  /** The day it left the plan (the decision's date, a discipline's effective date, a vetting conclusion's or a vote's date). */
  on: date,
  /** The decision behind it: the review's, the discipline's, the vetting conclusion's, the vote's plan number. */
  decisionNumber: z.string().nullable(),
  /** The review, discipline decision, vetting case or confidence vote it came from. */
  sourceId: z.string().nullable(),
  /** The reason as written (a review), or what the fact was ("khiển trách", "không đạt tiêu chuẩn chính trị"). */
  note: z.string().nullable(),
  /** The regulation that made it leave by itself; null for a review's removal. */
  regulation: z.string().nullable(),
  /** The discipline behind the exit was annulled on that day: it is not undone, a review may plan the person again. */
  basisAnnulledOn: date.nullable(),
});

export const planningEntryViewSchema = z.object({
  id: z.uuid(),
  orgId: z.string(),
  orgName: z.string().nullable(),
  committeeKind,
  post,
  term: z.string(),
  person: plannedPersonSchema,
  plannedOn: date,
  decisionNumber: z.string(),
  /** The review that added it; null for a planning decision of its own. */
  reviewId: z.uuid().nullable(),
  /** The regulation it was checked against on its date. */
  regulation: z.string(),
  /** Age on the day the term's service is counted from (1 January of its first year). */
  ageAtTermStart: z.object({ years: z.number().int(), months: z.number().int() }).nullable(),
  /** The last working day before retirement, by the retirement age used. */
  retiresAfter: date.nullable(),
  /** The retirement age used was a man's: the cadre service does not know the person's sex (check a woman's by hand). */
  sexAssumed: z.boolean(),
  status: z.enum(['in_plan', 'out']),
  exit: planningExitSchema.nullable(),
});

export const planningEntryPageSchema = paged(planningEntryViewSchema);

/** How much of a cap is used. */
export const capUseSchema = z.object({ used: z.number().int(), allowed: z.number().int(), regulation: z.string() });

/** A row of a post's board: the entry and how many posts of that level the person holds in the term's plans. */
export const boardRowSchema = planningEntryViewSchema.extend({
  personCaps: capUseSchema.extend({ level: z.enum(['bloc', 'grassroots', 'below_grassroots']) }),
});

export const postBoardSchema = paged(boardRowSchema).extend({
  orgId: z.string(),
  orgName: z.string().nullable(),
  committeeKind,
  post,
  term: z.string(),
  asOf: date,
  termStart: date,
  /** People in the plan of this post on `asOf`, and the cap. */
  caps: capUseSchema,
});

/** One post's plan in a term, as a line of the plans list. */
export const postPlanSchema = z.object({
  orgId: z.string(),
  orgName: z.string().nullable(),
  committeeKind,
  post,
  term: z.string(),
  /** In the plan on `asOf`. */
  inPlan: z.number().int(),
  allowed: z.number().int(),
  /** Left the plan by `asOf`. */
  out: z.number().int(),
  people: z.array(z.object({ entryId: z.uuid(), personId: z.uuid(), fullName: z.string().nullable() })),
});
export const postPlanPageSchema = paged(postPlanSchema).extend({ asOf: date });

export const plannedResponse = z.object({ ids: z.array(z.uuid()) });

export const planningReviewSummarySchema = z.object({
  id: z.uuid(),
  orgId: z.string(),
  orgName: z.string().nullable(),
  year: z.number().int(),
  title: z.string(),
  terms: z.array(z.string()),
  decisionNumber: z.string(),
  decidedOn: date,
  added: z.number().int(),
  removed: z.number().int(),
});
export const planningReviewPageSchema = paged(planningReviewSummarySchema);
export const planningReviewViewSchema = planningReviewSummarySchema.extend({
  note: z.string().nullable(),
  additions: z.array(planningEntryViewSchema),
  removals: z.array(planningEntryViewSchema),
});

/** The result sheet: each count as Vietnamese reports write a share (`12/15 = 80,0%`). */
export const voteSheetSchema = z.object({
  /** attended / summoned. */
  attendance: z.string(),
  /** each level / ballots collected. */
  high: z.string(),
  normal: z.string(),
  low: z.string(),
});

export const voteDecisionSchema = z.object({
  decidedOn: date,
  decisionNumber: z.string(),
  outcome: z.enum(VOTE_DECISION_OUTCOMES),
  note: z.string().nullable(),
});

export const confidenceVoteViewSchema = z.object({
  id: z.uuid(),
  person: plannedPersonSchema,
  orgId: z.string(),
  orgName: z.string().nullable(),
  committeeKind,
  post,
  /** The term the post is held in (the term the vote's date falls in). */
  term: z.string(),
  heldOn: date,
  votingBody: z.string(),
  reference: z.string().nullable(),
  summoned: z.number().int(),
  attended: z.number().int(),
  /** Ballots collected (given, or high + normal + low). */
  ballots: z.number().int(),
  high: z.number().int(),
  normal: z.number().int(),
  low: z.number().int(),
  /** The conference had its quorum (at least 2/3 of those summoned attended). */
  valid: z.boolean(),
  result: z.enum(CONFIDENCE_VOTE_RESULTS),
  regulation: z.string(),
  sheet: voteSheetSchema,
  flagged: z.boolean(),
  status: z.enum(CONFIDENCE_VOTE_STATUSES),
  /** The person's plans for higher posts that this vote ended. */
  planningExits: z.array(z.object({ entryId: z.uuid(), orgId: z.string(), committeeKind, post, term: z.string() })),
  decision: voteDecisionSchema.nullable(),
});
export const confidenceVotePageSchema = paged(confidenceVoteViewSchema);
