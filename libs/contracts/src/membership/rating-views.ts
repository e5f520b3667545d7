import { z } from 'zod';
import { paged } from '../routes/conventions';
import { RATING_EXCLUSION_REASONS, RATING_GROUPINGS, RATING_STAGES } from './rating-commands';
import { RATING_LEVELS, ratingQuotaOverrideSchema } from './rating-events';
import { dateSchema } from './views';

/** What the rating routes answer: a round, its peer groups with their quota, its subjects, summaries. */
const level = z.enum(RATING_LEVELS);
const text = z.object({ vi: z.string(), en: z.string() });
const actor = z.object({ userId: z.string(), username: z.string() });

/** Which regulation rates the year, and how: by criteria (before 2025) or by points (from 2025). */
export const ratingRuleSetSchema = z
  .object({
    year: z.number().int(),
    /** 31/12 of the year: the rule in force then decides. */
    ratingDate: dateSchema,
    kind: z.enum(['criteria', 'points']),
    regulation: z.string(),
    description: text,
    /** Points only: the thresholds (≥ 90 excellent, 70–89,99 good, 50–69,99 completed). */
    thresholds: z.object({ excellentFrom: z.number(), goodFrom: z.number(), completedFrom: z.number(), maxScore: z.number() }).nullable(),
    quota: z.object({ percentOfGoodOrBetter: z.number().int(), regulation: z.string() }),
    disqualifier: z.object({ disciplinedMembersPercentAbove: z.number().int(), regulation: z.string() }),
  })
  .meta({ id: 'RatingRuleSet' });

const stageCounts = z.object({ subjects: z.number().int(), selfRated: z.number().int(), proposed: z.number().int(), decided: z.number().int() });

export const ratingRoundSchema = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    name: z.string(),
    /** null = the whole bloc. */
    scopeOrgId: z.uuid().nullable(),
    scopeName: z.string().nullable(),
    asOf: dateSchema,
    deadlines: z.object({ selfRating: dateSchema, proposal: dateSchema, decision: dateSchema }),
    peerGroups: z.object({
      grassroots: z.enum(RATING_GROUPINGS.grassroots),
      dependentCells: z.enum(RATING_GROUPINGS.dependentCells),
      members: z.enum(RATING_GROUPINGS.members),
    }),
    ruleSet: ratingRuleSetSchema,
    /** Members of the scope not rated: exempted, suspended, admitted less than 6 months before `asOf`… */
    excludedMembers: z.number().int(),
    orgs: stageCounts,
    members: stageCounts,
    /**
     * Subjects (organizations and members) past the deadline of their next step today: not
     * self-rated after `deadlines.selfRating`, self-rated and not proposed after `proposal`,
     * proposed and not decided after `decision`. Guidance from the round's plan: nothing is
     * refused after a deadline.
     */
    overdue: z.object({ selfRating: z.number().int(), proposal: z.number().int(), decision: z.number().int() }),
    openedBy: actor,
    createdAt: z.string(),
  })
  .meta({ id: 'RatingRound' });

export const ratingRoundPageSchema = paged(ratingRoundSchema);

/** The excellent quota of one peer group on the decisions recorded so far. */
export const ratingQuotaSchema = z
  .object({
    percent: z.number().int(),
    /** Decided good or better (excellent included). */
    goodOrBetter: z.number().int(),
    /** floor(percent × goodOrBetter). */
    allowed: z.number().int(),
    /** Decided excellent. */
    used: z.number().int(),
    /** Of `used`, decided beyond the quota with a recorded override. */
    overrides: z.number().int(),
    exceeded: z.boolean(),
    /** The same on the proposals (what the group asks for, before the decisions). */
    proposed: z.object({ goodOrBetter: z.number().int(), excellent: z.number().int(), allowed: z.number().int() }),
    regulation: z.string(),
  })
  .meta({ id: 'RatingQuota' });

const levelCounts = z.object({ excellent: z.number().int(), good: z.number().int(), completed: z.number().int(), not_completed: z.number().int() });

export const ratingPeerGroupSchema = z
  .object({
    key: z.string(),
    kind: z.enum(['org', 'member']),
    label: text,
    /** The organization the group is counted under (the đảng bộ cơ sở of its chi bộ, the members' TCCSĐ); null for a round-wide group. */
    anchorOrgId: z.uuid().nullable(),
    subjects: z.number().int(),
    selfRated: z.number().int(),
    proposed: z.number().int(),
    decided: z.number().int(),
    decidedByLevel: levelCounts,
    quota: ratingQuotaSchema,
  })
  .meta({ id: 'RatingPeerGroup' });

export const ratingPeerGroupsSchema = z.object({ roundId: z.uuid(), year: z.number().int(), items: z.array(ratingPeerGroupSchema) });

/** The three steps of a round, in order, each with its deadline. */
export const RATING_STEPS = ['selfRating', 'proposal', 'decision'] as const;

const assessedSchema = z.object({ level, score: z.number().nullable(), basis: z.string().nullable() });

/** One reason a subject may not be rated above "not completed". */
export const ratingDisqualifierSchema = z
  .object({
    code: z.enum(['MEMBER_DISCIPLINED', 'ORG_DISCIPLINED', 'LEADERSHIP_DISCIPLINED', 'MEMBERS_DISCIPLINED_OVER_LIMIT']),
    vi: z.string(),
    en: z.string(),
    regulation: z.string(),
  })
  .meta({ id: 'RatingDisqualifier' });

export const ratingSubjectSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['org', 'member']),
    /** Members only. */
    personId: z.uuid().nullable(),
    /** The organization rated, or the member's organization. */
    orgId: z.uuid(),
    /** The person's or the organization's name. */
    name: z.string(),
    orgName: z.string(),
    orgKind: z.string(),
    grassrootsOrgId: z.uuid().nullable(),
    peerGroup: z.string(),
    stage: z.enum(RATING_STAGES),
    excluded: z.object({ reason: z.string(), label: text, note: z.string().nullable(), decisionNumber: z.string().nullable() }).nullable(),
    selfRating: assessedSchema.extend({ recordedOn: dateSchema }).nullable(),
    proposal: assessedSchema.extend({ meetingDate: dateSchema, proposedBy: actor }).nullable(),
    decision: z
      .object({
        level,
        score: z.number().nullable(),
        decisionNumber: z.string(),
        decisionDate: dateSchema,
        revision: z.number().int(),
        decidedBy: actor,
        override: ratingQuotaOverrideSchema.extend({ recordedAt: z.string() }).nullable(),
      })
      .nullable(),
    disqualifiers: z.array(ratingDisqualifierSchema),
    /** The highest level the subject may be decided at: not_completed when disqualified. */
    maxLevel: level,
    /** Organizations: subjects of its subtree not decided yet (it can be decided only at 0). */
    pendingBelow: z.object({ members: z.number().int(), orgs: z.number().int() }).nullable(),
    /** Organizations: the secretary recorded for the leadership disqualifier. */
    secretaryPersonId: z.uuid().nullable(),
    /** The round's deadline for the subject's next step and whether it has passed today (guidance: nothing is refused after it); null once decided or not rated. */
    due: z.object({ step: z.enum(RATING_STEPS), on: dateSchema, overdue: z.boolean() }).nullable(),
  })
  .meta({ id: 'RatingSubject' });

/** A page of a round's subjects; `group` is the peer group asked for (`peerGroup=`), with its quota. */
export const ratingSubjectPageSchema = paged(ratingSubjectSchema).extend({
  roundId: z.uuid(),
  year: z.number().int(),
  group: ratingPeerGroupSchema.nullable(),
});

/** Counts and shares per level, as the Vietnamese report writes them ("143/151 = 94,7%"). */
export const ratingLevelSummarySchema = z
  .object({
    /** Rated in the round (excluded members not counted). */
    subjects: z.number().int(),
    decided: z.number().int(),
    notDecided: z.number().int(),
    excellent: z.number().int(),
    good: z.number().int(),
    goodOrBetter: z.number().int(),
    completed: z.number().int(),
    notCompleted: z.number().int(),
    /** Shares of the decided, rounded half up: `143/151 = 94,7%`. */
    shares: z.object({ goodOrBetter: z.string(), excellent: z.string(), good: z.string(), completed: z.string(), notCompleted: z.string() }),
  })
  .meta({ id: 'RatingLevelSummary' });

export const ratingSummarySchema = z
  .object({
    roundId: z.uuid(),
    year: z.number().int(),
    asOf: dateSchema,
    /** The subtree summarized; null = the whole round. */
    orgId: z.uuid().nullable(),
    orgName: z.string().nullable(),
    regulation: z.string(),
    /** Đảng bộ cơ sở and chi bộ cơ sở (TCCSĐ): the report's line. */
    grassroots: ratingLevelSummarySchema,
    /** Chi bộ trực thuộc. */
    dependentCells: ratingLevelSummarySchema,
    members: ratingLevelSummarySchema,
    excludedMembers: z.number().int(),
    /** The report's sentence, e.g. "151 TCCSĐ được đánh giá xếp loại, trong đó: Hoàn thành tốt nhiệm vụ trở lên: 143/151 = 94,7% …". */
    text: z.object({ grassroots: z.string(), members: z.string() }),
    /** Each grassroots organization of the subtree: its own level and its members'. */
    byGrassroots: z.array(
      z.object({
        orgId: z.uuid(),
        name: z.string(),
        orgKind: z.string(),
        decision: level.nullable(),
        members: ratingLevelSummarySchema,
      }),
    ),
  })
  .meta({ id: 'RatingSummary' });

/** A proposal waiting for the superior committee's decision (the Standing Committee's home). */
export const ratingPendingDecisionSchema = z
  .object({
    roundId: z.uuid(),
    year: z.number().int(),
    subjectId: z.uuid(),
    kind: z.enum(['org', 'member']),
    personId: z.uuid().nullable(),
    orgId: z.uuid(),
    name: z.string(),
    orgName: z.string(),
    peerGroup: z.string(),
    proposal: assessedSchema.extend({ meetingDate: dateSchema }),
    /** A re-decision is waiting when the proposal came after a decision. */
    currentDecision: level.nullable(),
    disqualified: z.boolean(),
    /** Organizations: not until every subject below is decided. */
    readyToDecide: z.boolean(),
    pendingBelow: z.number().int(),
    decisionDue: dateSchema,
    overdue: z.boolean(),
  })
  .meta({ id: 'RatingPendingDecision' });

export const ratingPendingPageSchema = paged(ratingPendingDecisionSchema).extend({
  /** Waiting, on every page: by kind. */
  totals: z.object({ orgs: z.number().int(), members: z.number().int(), readyOrgs: z.number().int() }),
});

/** What a self-rating or proposal list answers. */
export const ratingBatchResultSchema = z.object({
  roundId: z.uuid(),
  recorded: z.number().int(),
  /** Rows identical to what was recorded: nothing written. */
  unchanged: z.number().int(),
});

export const ratingDecisionResultSchema = z.object({
  roundId: z.uuid(),
  decisionNumber: z.string(),
  decisionDate: dateSchema,
  /** First decisions. */
  decided: z.number().int(),
  /** Re-decisions: each replaces an earlier level (its event says so). */
  replaced: z.number().int(),
  /** Rows identical to the decision recorded: no event. */
  unchanged: z.number().int(),
  overrides: z.number().int(),
});

export const ratingExclusionResultSchema = z.object({ roundId: z.uuid(), excluded: z.number().int(), unchanged: z.number().int() });
export const ratingSecretariesResultSchema = z.object({ roundId: z.uuid(), recorded: z.number().int() });

/**
 * What a round's refresh did (`subjects/refresh`): who the round's rules now include that it did
 * not list (admitted or transferred in after it opened), who left (transferred out, died, struck
 * off…: no longer rated, `excluded.reason` = `left`), who came back. Counted within the caller's
 * scope; a second refresh with nothing changed counts zeros.
 */
export const ratingRefreshResultSchema = z.object({
  roundId: z.uuid(),
  /** The round's date: the roster is taken on it, as when the round opened. */
  asOf: dateSchema,
  added: z.object({
    orgs: z.number().int(),
    /** Members added and rated. */
    members: z.number().int(),
    /** Members added but not rated by the round's rules (admitted less than 6 months before, exempted). */
    excludedMembers: z.number().int(),
  }),
  /** Members no longer in the roster, now marked not rated. */
  left: z.number().int(),
  /** Members no longer in the roster but already decided: the decision stands, they stay rated. */
  leftDecided: z.number().int(),
  /** Members marked as left before and in the roster again. */
  returned: z.number().int(),
  /** In the roster, but rated in another round of the year (a subject is rated once a year): not added. */
  inAnotherRound: z.number().int(),
});

export const RATING_EXCLUSION_LABELS: Readonly<Record<(typeof RATING_EXCLUSION_REASONS)[number] | 'exempted' | 'newlyAdmitted' | 'left', { vi: string; en: string }>> = {
  exempted: { vi: 'Miễn sinh hoạt đảng', en: 'Exempted from activities' },
  suspended: { vi: 'Đình chỉ sinh hoạt đảng', en: 'Suspended' },
  newlyAdmitted: { vi: 'Kết nạp chưa đủ 6 tháng', en: 'Admitted less than 6 months before' },
  left: { vi: 'Không còn sinh hoạt trong phạm vi của đợt (chuyển đi, từ trần, xóa tên…)', en: 'No longer in the round’s scope (transferred out, died, struck off…)' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
};
