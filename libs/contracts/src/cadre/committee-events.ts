import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';
import { COMMITTEE_DECIDING_BODIES, CONSOLIDATION_MODES, HOLDING_END_REASONS } from './committee-schemas';
import { COMMITTEE_KINDS, POSTS } from './posts';

/**
 * What the cadre service tells others about committees (cấp ủy, ủy ban kiểm tra) per organization
 * and term. Together they rebuild who held which post on any day: `committee.elected` opens the
 * holdings named at the congress, `committee.consolidated` opens one per person a consolidation
 * names, `committee.holderLeft` closes one (a replacement, a departure, a move to another post on
 * the same committee, the next term's election). A holding is keyed by `holdingId`.
 *
 * Each names the organization as the cadre service's copy of the tree saw it on the day
 * (`orgKind`, `grassroots`, and `blocLevel` for the bloc's own Ban Chấp hành / UBKT Đảng ủy Khối),
 * so a consumer without a tree of its own can count them.
 */
const committee = {
  committeeId: z.uuid(),
  orgId: z.uuid(),
  /** Membership's organization kind on the day (bloc_committee, grassroots_committee, grassroots_cell…). */
  orgKind: z.string(),
  grassroots: z.boolean(),
  /** The organization is the bloc itself: its executive committee or its inspection committee. */
  blocLevel: z.boolean(),
  kind: z.enum(COMMITTEE_KINDS),
  /** `2020-2025` */
  term: z.string(),
};

/**
 * A committee elected for a term (đại hội), with the people elected to each post. occurredOn =
 * electedOn, the first day they hold their posts; the decision is the superior's recognition.
 */
export const CommitteeElected = defineEvent({
  service: 'cadre',
  aggregate: 'committee',
  name: 'elected',
  version: 1,
  schema: z.object({
    ...committee,
    electedOn: localDate,
    decisionId: z.uuid(),
    decisionNumber: z.string().min(1),
    decisionDate: localDate,
    /** Seats per post decided at the congress (posts of the committee's kind). */
    seats: z.partialRecord(z.enum(POSTS), z.number().int()),
    holders: z.array(z.object({ holdingId: z.uuid(), personId: z.uuid(), post: z.enum(POSTS) })),
  }),
});

/**
 * Kiện toàn: one person given a post by a consolidation decision (one event per person the
 * decision names). occurredOn = decisionDate. `mode` says how: fill a vacancy, add a seat, or
 * replace `replacedPersonId` (whose leaving is its own `committee.holderLeft`). `joinsCommittee`:
 * they held no post on this committee the day before (the bloc's "bổ sung Ủy viên Ban Chấp hành"
 * counts these); `previousPost`: the post they left on it by this decision (a member elected
 * deputy secretary).
 */
export const CommitteeConsolidated = defineEvent({
  service: 'cadre',
  aggregate: 'committee',
  name: 'consolidated',
  version: 1,
  schema: z.object({
    ...committee,
    decisionId: z.uuid(),
    decisionNumber: z.string().min(1),
    decisionDate: localDate,
    decidingBody: z.enum(COMMITTEE_DECIDING_BODIES),
    holdingId: z.uuid(),
    personId: z.uuid(),
    post: z.enum(POSTS),
    mode: z.enum(CONSOLIDATION_MODES),
    /** mode = replace. */
    replacement: z.boolean(),
    replacedPersonId: z.uuid().nullable(),
    replacedHoldingId: z.uuid().nullable(),
    previousPost: z.enum(POSTS).nullable(),
    joinsCommittee: z.boolean(),
  }),
});

/**
 * A holder leaves a post. occurredOn = leftOn, the first day they no longer hold it (the decision
 * date; for `term_ended`, the next term's election). `leavesCommittee` is false when they only
 * moved to another post on the same committee (`moved_post`).
 */
export const CommitteeHolderLeft = defineEvent({
  service: 'cadre',
  aggregate: 'committee',
  name: 'holderLeft',
  version: 1,
  schema: z.object({
    ...committee,
    holdingId: z.uuid(),
    personId: z.uuid(),
    post: z.enum(POSTS),
    heldFrom: localDate,
    leftOn: localDate,
    reason: z.enum(HOLDING_END_REASONS),
    /** The decision that ended it (a consolidation, a departure, or the next term's election). */
    decisionId: z.uuid(),
    decisionNumber: z.string().min(1),
    leavesCommittee: z.boolean(),
  }),
});

export const COMMITTEE_EVENTS = [CommitteeElected, CommitteeConsolidated, CommitteeHolderLeft] as const;
