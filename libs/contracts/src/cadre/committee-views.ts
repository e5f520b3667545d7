import { z } from 'zod';
import { paged } from '../routes/conventions';
import { COMMITTEE_DECIDING_BODIES, CONSOLIDATION_MODES, HOLDING_END_REASONS } from './committee-schemas';
import { COMMITTEE_KINDS, POSTS } from './posts';

/** Answers of the committees routes. Dates are `YYYY-MM-DD`; unknown is `null`. */
const date = z.string().meta({ format: 'date' });

/** A person as the cadre service knows them from membership's events (null fields: not heard of yet). */
export const committeePersonSchema = z
  .object({
    personId: z.uuid(),
    fullName: z.string().nullable(),
    dateOfBirth: date.nullable(),
    /** Their organization as last known. */
    orgId: z.string().nullable(),
    /** Membership's status as last known (probationary, official, died, struckOff…). */
    status: z.string().nullable(),
  })
  .meta({ id: 'CadrePerson' });

export const COMMITTEE_DECISION_TYPES = ['election', 'consolidation', 'departure'] as const;

/** A decision as a holding cites it: its number, date and body. */
export const committeeDecisionRefSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(COMMITTEE_DECISION_TYPES),
    number: z.string(),
    date,
    /** Null for an election (the congress elected; `number` is the recognising decision). */
    decidingBody: z.enum(COMMITTEE_DECIDING_BODIES).nullable(),
  })
  .meta({ id: 'CadreCommitteeDecisionRef' });

/** One person on one post for one stretch of days, and the decisions that began and ended it. */
export const holdingViewSchema = z
  .object({
    id: z.uuid(),
    person: committeePersonSchema,
    post: z.enum(POSTS),
    /** First day on the post. */
    from: date,
    /** The day they left (no longer held from that day); null while held. */
    to: date.nullable(),
    /** elected at the congress, or the consolidation's mode. */
    startMode: z.enum(['elected', ...CONSOLIDATION_MODES]),
    started: committeeDecisionRefSchema,
    ended: committeeDecisionRefSchema.nullable(),
    endReason: z.enum(HOLDING_END_REASONS).nullable(),
    /** replace: whom this holder replaced. */
    replacedPersonId: z.uuid().nullable(),
    /** The day membership says they stopped being a party member, when they did (a post to consolidate). */
    notMemberSince: date.nullable(),
  })
  .meta({ id: 'CadreCommitteeHolding' });

/** A post of a committee on a day: its seats, who holds it, how many seats are vacant. */
export const postSlotSchema = z
  .object({
    post: z.enum(POSTS),
    /** Seats decided at the congress, plus those added by consolidation (mode add) up to the day. */
    seats: z.number().int(),
    holders: z.array(holdingViewSchema),
    vacancies: z.number().int(),
  })
  .meta({ id: 'CadrePostSlot' });

export const committeeViewSchema = z
  .object({
    id: z.uuid(),
    orgId: z.uuid(),
    /** As the organization replica knew it on `asOf` (its last name if it had ended). */
    orgName: z.string().nullable(),
    orgKind: z.string().nullable(),
    grassroots: z.boolean(),
    /** The bloc's own committee (Ban Chấp hành Đảng bộ Khối, UBKT Đảng ủy Khối). */
    blocLevel: z.boolean(),
    kind: z.enum(COMMITTEE_KINDS),
    term: z.string(),
    electedOn: date,
    decisionNumber: z.string(),
    decisionDate: date,
    /** The day `posts` describe. */
    asOf: date,
    posts: z.array(postSlotSchema),
    holders: z.number().int(),
    seats: z.number().int(),
    vacancies: z.number().int(),
    /** The last decision that changed it (election, consolidation, departure). */
    lastChangeOn: date,
  })
  .meta({ id: 'CadreCommittee' });

export const committeePageSchema = paged(committeeViewSchema);

/** One person named by a consolidation decision. */
export const consolidationItemViewSchema = z
  .object({
    holdingId: z.uuid(),
    person: committeePersonSchema,
    post: z.enum(POSTS),
    mode: z.enum(CONSOLIDATION_MODES),
    /** replace: who left the post, and why. */
    replaced: committeePersonSchema.nullable(),
    replacedReason: z.enum(HOLDING_END_REASONS).nullable(),
    /** The post they held on the same committee until this decision (a member made deputy secretary). */
    previousPost: z.enum(POSTS).nullable(),
    /** They were on no post of this committee the day before: the committee gained a member. */
    joinsCommittee: z.boolean(),
  })
  .meta({ id: 'CadreConsolidationItem' });

/** A decision on a committee: a consolidation with the people it names, or a departure. */
export const committeeDecisionViewSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(COMMITTEE_DECISION_TYPES),
    committeeId: z.uuid(),
    orgId: z.uuid(),
    orgName: z.string().nullable(),
    grassroots: z.boolean(),
    blocLevel: z.boolean(),
    kind: z.enum(COMMITTEE_KINDS),
    term: z.string(),
    number: z.string(),
    date,
    decidingBody: z.enum(COMMITTEE_DECIDING_BODIES).nullable(),
    note: z.string().nullable(),
    items: z.array(consolidationItemViewSchema),
    /** Holders who left by this decision without being replaced in it (a departure; a consolidation has none). */
    departures: z.array(z.object({ holdingId: z.uuid(), person: committeePersonSchema, post: z.enum(POSTS), reason: z.enum(HOLDING_END_REASONS) })),
  })
  .meta({ id: 'CadreCommitteeDecision' });

export const consolidationPageSchema = paged(committeeDecisionViewSchema);

export const committeeDetailSchema = committeeViewSchema
  .extend({
    /** Every holding of the term, by post then first day. */
    history: z.array(holdingViewSchema),
    /** Its election, consolidations and departures, oldest first. */
    decisions: z.array(committeeDecisionViewSchema),
  })
  .meta({ id: 'CadreCommitteeDetail' });

/** A figure of the summary: people (distinct) consolidated, in how many organizations, by how many decisions. */
const tally = z.object({ people: z.number().int(), orgs: z.number().int(), decisions: z.number().int() });

/**
 * Consolidations of a period, counted as the year-end report counts them (`cadre.consolidated.*`,
 * `cadre.bloc*.added`): by decision date; grassroots = executive committees of organizations that
 * were grassroots on the day; the bloc's committees apart, counting the people who joined them.
 */
export const consolidationSummarySchema = z
  .object({
    from: date,
    to: date,
    /** Cấp ủy viên, bí thư, phó bí thư kiện toàn at grassroots organizations' executive committees. */
    grassroots: tally,
    /** Grassroots organizations' inspection committees (not in the report's figure). */
    grassrootsInspection: tally,
    /** Below the grassroots (chi bộ trực thuộc, đảng bộ bộ phận). */
    below: tally,
    bloc: z.object({
      executive: z.object({ added: z.number().int(), people: z.number().int(), decisions: z.number().int() }),
      inspection: z.object({ added: z.number().int(), people: z.number().int(), decisions: z.number().int() }),
    }),
    /** The report's sentence. */
    text: z.object({ vi: z.string(), en: z.string() }),
  })
  .meta({ id: 'CadreConsolidationSummary' });

/** One holding on a day with its committee and organization: who holds what. */
export const holderRowSchema = holdingViewSchema
  .extend({ committeeId: z.uuid(), orgId: z.uuid(), orgName: z.string().nullable(), kind: z.enum(COMMITTEE_KINDS), term: z.string(), blocLevel: z.boolean() })
  .meta({ id: 'CadreHolder' });

export const holderPageSchema = paged(holderRowSchema).extend({ asOf: date });
