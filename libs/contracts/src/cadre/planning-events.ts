import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';
import { CONFIDENCE_VOTE_RESULTS, PLANNING_EXIT_REASONS, VOTE_DECISION_OUTCOMES } from './planning-schemas';
import { COMMITTEE_KINDS, POSTS } from './posts';

/**
 * What the cadre service tells of planning (quy hoạch) and confidence votes, each fact dated in
 * the world (the decision's date, the vote's date): reporting counts the people planned and
 * removed, the reviews, the votes held and flagged in a year from these.
 */
const postOf = {
  /** The organization whose committee post it is. */
  orgId: z.uuid(),
  committeeKind: z.enum(COMMITTEE_KINDS),
  post: z.enum(POSTS),
};

/** A person planned for a post of a term (a planning decision, or a review's addition). occurredOn = plannedOn. */
export const PersonPlanned = defineEvent({
  service: 'cadre',
  aggregate: 'planning',
  name: 'planned',
  version: 1,
  schema: z.object({
    entryId: z.uuid(),
    personId: z.uuid(),
    ...postOf,
    term: z.string(),
    plannedOn: localDate,
    decisionNumber: z.string().min(1),
    reviewId: z.uuid().nullable(),
  }),
});

/**
 * A person out of a post's plan: removed by a review (`review`), or by themselves — a discipline of
 * reprimand or heavier, a vetting concluded "not meeting the standard", a confidence vote with more
 * than 1/2 low (plans of higher posts). occurredOn = removedOn.
 */
export const PlanningEntryRemoved = defineEvent({
  service: 'cadre',
  aggregate: 'planning',
  name: 'removed',
  version: 1,
  schema: z.object({
    entryId: z.uuid(),
    personId: z.uuid(),
    ...postOf,
    term: z.string(),
    removedOn: localDate,
    reason: z.enum(PLANNING_EXIT_REASONS),
    /** The review's decision, the discipline's or the vetting conclusion's number; the vote's plan number if any. */
    decisionNumber: z.string().nullable(),
    /** The review, discipline decision, vetting case or vote it came from. */
    sourceId: z.string().nullable(),
  }),
});

/** Rà soát, bổ sung quy hoạch: one review decision. occurredOn = decidedOn. */
export const PlanningReviewed = defineEvent({
  service: 'cadre',
  aggregate: 'planning',
  name: 'reviewed',
  version: 1,
  schema: z.object({
    reviewId: z.uuid(),
    orgId: z.uuid(),
    year: z.number().int(),
    terms: z.array(z.string()),
    decidedOn: localDate,
    decisionNumber: z.string().min(1),
    added: z.number().int(),
    removed: z.number().int(),
  }),
});

/** A confidence vote on one person's post, valid or not (no quorum). occurredOn = heldOn. */
export const ConfidenceVoteRecorded = defineEvent({
  service: 'cadre',
  aggregate: 'confidenceVote',
  name: 'recorded',
  version: 1,
  schema: z.object({
    voteId: z.uuid(),
    personId: z.uuid(),
    ...postOf,
    heldOn: localDate,
    summoned: z.number().int(),
    attended: z.number().int(),
    ballots: z.number().int(),
    high: z.number().int(),
    normal: z.number().int(),
    low: z.number().int(),
    valid: z.boolean(),
    result: z.enum(CONFIDENCE_VOTE_RESULTS),
  }),
});

/** The standing committee's decision on a flagged vote. occurredOn = decidedOn. */
export const ConfidenceVoteDecided = defineEvent({
  service: 'cadre',
  aggregate: 'confidenceVote',
  name: 'decided',
  version: 1,
  schema: z.object({
    voteId: z.uuid(),
    personId: z.uuid(),
    orgId: z.uuid(),
    result: z.enum(CONFIDENCE_VOTE_RESULTS),
    decidedOn: localDate,
    decisionNumber: z.string().min(1),
    outcome: z.enum(VOTE_DECISION_OUTCOMES),
  }),
});

export const PLANNING_EVENTS = [PersonPlanned, PlanningEntryRemoved, PlanningReviewed, ConfidenceVoteRecorded, ConfidenceVoteDecided] as const;
