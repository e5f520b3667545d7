import { z } from 'zod';
import { paged } from '../routes/conventions';
import { VETTING_BASES, VETTING_PURPOSES, VETTING_RESULTS } from './vetting-events';
import { VETTING_OPINIONS, VETTING_STATUSES } from './vetting-schemas';

/**
 * What the vetting routes answer. All of it is confidential (`vetting:read`: the Organization
 * Board and the Standing Committee): the police's opinion and the conclusion's text above all.
 */
const date = z.string();

/** A person as the cadre service knows them from membership's events (null: not heard of yet). */
export const vettedPersonSchema = z.object({
  personId: z.uuid(),
  fullName: z.string().nullable(),
  dateOfBirth: date.nullable(),
  /** Their organization as last known. */
  orgId: z.string().nullable(),
  /** Membership's status as last known (masses, candidate, probationary, official, died…). */
  status: z.string().nullable(),
});

export const vettingRequestRefSchema = z.object({ id: z.uuid(), letterNumber: z.string(), sentOn: date });

export const vettingReplySchema = z.object({
  replyNumber: z.string(),
  repliedOn: date,
  opinion: z.enum(VETTING_OPINIONS),
  /** The police's opinion summarised (confidential); null when nothing was noted. */
  summary: z.string().nullable(),
});

export const vettingConclusionSchema = z.object({
  conclusionNumber: z.string(),
  concludedOn: date,
  result: z.enum(VETTING_RESULTS),
  basis: z.enum(VETTING_BASES),
  /** The earlier case whose request it rests on (basis earlier_request), when recorded here. */
  basisCaseId: z.uuid().nullable(),
  /** The earlier letter in words, when not recorded here. */
  basisNote: z.string().nullable(),
  text: z.string(),
  /** A remark about this person in a conclusion about many. */
  note: z.string().nullable(),
});

export const vettingCaseViewSchema = z.object({
  id: z.uuid(),
  person: vettedPersonSchema,
  /** The person's organization when the case was opened. */
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  purpose: z.enum(VETTING_PURPOSES),
  purposeNote: z.string().nullable(),
  openedOn: date,
  status: z.enum(VETTING_STATUSES),
  /** The letter to the police that named this person. */
  request: vettingRequestRefSchema.nullable(),
  reply: vettingReplySchema.nullable(),
  conclusion: vettingConclusionSchema.nullable(),
});
export const vettingCasePageSchema = paged(vettingCaseViewSchema);

/** One step of a case as recorded, who recorded it and when. */
export const vettingHistoryEntrySchema = z.object({
  step: z.enum(['opened', 'requestSent', 'replyReceived', 'concluded']),
  /** The date of the step in the world. */
  on: date,
  /** The letter, reply or conclusion number; null for the opening. */
  number: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const vettingCaseDetailSchema = vettingCaseViewSchema.extend({
  history: z.array(vettingHistoryEntrySchema),
  /** The person's other cases, newest first (purpose, dates, result). */
  otherCases: z.array(z.object({ id: z.uuid(), purpose: z.enum(VETTING_PURPOSES), openedOn: date, status: z.enum(VETTING_STATUSES), sentOn: date.nullable(), concludedOn: date.nullable(), result: z.enum(VETTING_RESULTS).nullable() })),
});

export const vettingPersonHistorySchema = z.object({
  person: vettedPersonSchema,
  /** Newest first. */
  cases: z.array(vettingCaseViewSchema),
  /** The latest conclusion on the person, if any. */
  latest: z.object({ caseId: z.uuid(), concludedOn: date, result: z.enum(VETTING_RESULTS) }).nullable(),
});

export const vettingRequestViewSchema = vettingRequestRefSchema.extend({
  /** People (cases) the letter named. */
  people: z.number().int(),
  replied: z.number().int(),
  concluded: z.number().int(),
});
export const vettingRequestPageSchema = paged(vettingRequestViewSchema);
export const vettingRequestDetailSchema = vettingRequestViewSchema.extend({ cases: z.array(vettingCaseViewSchema) });

export const vettingRequestSentSchema = z.object({ id: z.uuid(), people: z.number().int() });
export const vettingCasesOpenedSchema = z.object({ ids: z.array(z.uuid()) });
export const vettingRepliesRecordedSchema = z.object({ replied: z.number().int(), noIssue: z.number().int(), issuesNoted: z.number().int() });
export const vettingCasesConcludedSchema = z.object({ concluded: z.number().int(), meets: z.number().int(), notMeets: z.number().int() });

const byPurpose = z.object(Object.fromEntries(VETTING_PURPOSES.map((p) => [p, z.number().int()])) as Record<(typeof VETTING_PURPOSES)[number], z.ZodNumber>);

/**
 * A year's vetting in figures. `people` counts a person once (as the year-end report does:
 * `vetting.requestsToPolice`, `vetting.concluded`); the other counts are cases.
 */
export const vettingSummarySchema = z.object({
  year: z.number().int(),
  orgId: z.string().nullable(),
  requests: z.object({ letters: z.number().int(), people: z.number().int(), byPurpose }),
  replies: z.object({ cases: z.number().int(), noIssue: z.number().int(), issuesNoted: z.number().int() }),
  conclusions: z.object({
    people: z.number().int(),
    cases: z.number().int(),
    meets: z.number().int(),
    notMeets: z.number().int(),
    byBasis: z.object({ request: z.number().int(), earlier_request: z.number().int(), records: z.number().int() }),
    byPurpose,
  }),
  /** Cases not concluded on 31/12 of the year (opened on or before it). */
  openAtYearEnd: z.number().int(),
});
