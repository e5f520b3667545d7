import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';
import { orgKindSchema } from './organization-kinds';

/**
 * Events of people, candidates and members. Each carries `personId` (the key other services use)
 * and the organization, so a projection counts without asking back. occurredOn is the date the
 * fact happened in the world (nomination, vote, decision…), stated per event.
 */
const who = { personId: z.uuid(), orgId: z.uuid() };

/** A person record created (occurredOn = the day it was recorded: it has no date in the world). */
export const PersonRecorded = defineEvent({
  service: 'membership',
  aggregate: 'person',
  name: 'recorded',
  version: 1,
  schema: z.object({
    ...who,
    citizenId: z.string(),
    fullName: z.string(),
    dateOfBirth: localDate,
    gender: z.string(),
    ethnicity: z.string(),
    religion: z.string(),
    generalEducation: z.string(),
    professionalEducation: z.string().nullable(),
    theoryLevel: z.string().nullable(),
  }),
});

/**
 * A member already in the Party, recorded with their history (roster, back-fill).
 * occurredOn = the admission decision date; it is NEVER an admission of any year — reporting
 * counts `members.admitted` from `member.admitted` only. `officialDate` null = still
 * probationary (a later `member.madeOfficial` converts them, counted in its own year). Widened
 * from non-null within v1: every earlier event still validates, and the only consumer
 * (reporting) reads the person and the organization, not the official date.
 */
export const MemberRegistered = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'registered',
  version: 1,
  schema: z.object({
    ...who,
    orgKind: orgKindSchema.nullable(),
    admissionDecisionDate: localDate,
    ceremonyDate: localDate.nullable(),
    officialDate: localDate.nullable(),
    source: z.literal('existing'),
  }),
});

/** Kết nạp: occurredOn = the admission decision date (party age counts from it). */
export const MemberAdmitted = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'admitted',
  version: 1,
  schema: z.object({
    ...who,
    candidateId: z.uuid(),
    /** Kind of the organization on the decision date (chi bộ trực thuộc, chi bộ cơ sở…). */
    orgKind: orgKindSchema.nullable(),
    voteDate: localDate,
    admissionDecisionDate: localDate,
    decisionNumber: z.string(),
    /** Probation counts from it; null until the ceremony is held. */
    ceremonyDate: localDate.nullable(),
    needsHigherApproval: z.boolean(),
  }),
});

/** Lễ kết nạp recorded after the decision. occurredOn = the ceremony date. */
export const MemberCeremonyHeld = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'ceremonyHeld',
  version: 1,
  schema: z.object({ ...who, admissionDecisionDate: localDate, ceremonyDate: localDate }),
});

const candidate = { ...who, candidateId: z.uuid() };

/** occurredOn = nominatedOn. */
export const CandidateNominated = defineEvent({
  service: 'membership',
  aggregate: 'candidate',
  name: 'nominated',
  version: 1,
  schema: z.object({ ...candidate, nominatedBy: z.string(), nominatedOn: localDate }),
});

/** Put on the list of sympathizers (quần chúng cảm tình Đảng) with a mentor. occurredOn = listedOn. */
export const CandidateSympathizerListed = defineEvent({
  service: 'membership',
  aggregate: 'candidate',
  name: 'sympathizerListed',
  version: 1,
  schema: z.object({ ...candidate, listedOn: localDate, mentorPersonId: z.uuid() }),
});

/** Political vetting (thẩm tra lý lịch). occurredOn = concludedOn, or the recording day while pending. */
export const CandidateVettingRecorded = defineEvent({
  service: 'membership',
  aggregate: 'candidate',
  name: 'vettingRecorded',
  version: 1,
  schema: z.object({ ...candidate, status: z.enum(['pending', 'concluded']), concludedOn: localDate.nullable() }),
});

/** occurredOn = the day recorded. */
export const CandidateIntroducersRecorded = defineEvent({
  service: 'membership',
  aggregate: 'candidate',
  name: 'introducersRecorded',
  version: 1,
  schema: z.object({
    ...candidate,
    introducers: z.array(z.object({ kind: z.string(), personId: z.uuid().nullable(), togetherSince: localDate.nullable(), organization: z.string().nullable() })),
  }),
});

/** The chi bộ resolution proposing admission. occurredOn = the vote date. */
export const CandidateResolutionPassed = defineEvent({
  service: 'membership',
  aggregate: 'candidate',
  name: 'resolutionPassed',
  version: 1,
  schema: z.object({ ...candidate, voteDate: localDate, resolutionNumber: z.string().nullable(), officialMembers: z.number().int(), votesFor: z.number().int() }),
});

export const MEMBER_EVENTS = [
  PersonRecorded,
  MemberRegistered,
  MemberAdmitted,
  MemberCeremonyHeld,
  CandidateNominated,
  CandidateSympathizerListed,
  CandidateVettingRecorded,
  CandidateIntroducersRecorded,
  CandidateResolutionPassed,
] as const;
