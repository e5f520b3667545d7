import { z } from 'zod';
import { paged } from '../routes/conventions';
import { COMPLAINT_KINDS } from './events';
import { CASE_OUTCOMES, COMPLAINT_OUTCOMES, COMPLAINT_RESOLVING_LEVELS, DISCIPLINE_DECIDING_BODIES, DISCIPLINE_PENALTIES, DISCIPLINE_RULINGS, DISCIPLINE_SUBJECT_KINDS } from './discipline-schemas';

const date = z.string();

/** A person as the inspection service knows them from membership's events (null: not heard of yet). */
export const inspectedPersonSchema = z.object({
  personId: z.uuid(),
  fullName: z.string().nullable(),
  dateOfBirth: date.nullable(),
  /** Their organization as last known. */
  orgId: z.string().nullable(),
  /** Membership's status as last known (masses, candidate, probationary, official, expelled…). */
  status: z.string().nullable(),
});

/** An inspection case in full: only for `inspection:read` (the grounds are confidential while it is open). */
export const caseViewSchema = z.object({
  id: z.uuid(),
  person: inspectedPersonSchema,
  /** The person's organization when the case was opened: what a secretary's scope is judged on. */
  orgId: z.string().nullable(),
  openedOn: date,
  decisionNumber: z.string(),
  grounds: z.string(),
  status: z.enum(['open', 'closed']),
  closedOn: date.nullable(),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  conclusion: z.string().nullable(),
});

/** A closed case as its conclusion is told to the member's organization: no grounds. */
export const conclusionViewSchema = z.object({
  id: z.uuid(),
  person: inspectedPersonSchema,
  orgId: z.string().nullable(),
  openedOn: date,
  closedOn: date,
  outcome: z.enum(CASE_OUTCOMES),
  conclusion: z.string(),
});

/**
 * A case concluded with a violation and no discipline recorded for it yet (none, or only annulled
 * ones): a discipline proposal waiting for the competent body's decision.
 */
export const disciplineProposalViewSchema = z.object({
  caseId: z.uuid(),
  person: inspectedPersonSchema,
  /** The person's organization when the case was opened, and its name as the replica knows it. */
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  /** The decision that opened the case. */
  decisionNumber: z.string(),
  openedOn: date,
  closedOn: date,
  conclusion: z.string(),
  /** Calendar days from the conclusion to `asOf`. */
  daysWaiting: z.number().int(),
});

const disciplineStatus = z.enum(['in_force', 'annulled', 'replaced']);

/** What a discipline decided, as the Organization Board and a secretary may know it: no violation, no proposal, no deliberation. */
export const disciplineOutcomeSchema = z.object({
  id: z.uuid(),
  subject: z.enum(DISCIPLINE_SUBJECT_KINDS),
  /** The member disciplined; null for an organization. */
  person: inspectedPersonSchema.nullable(),
  /** The member's organization, or the organization disciplined. */
  orgId: z.string().nullable(),
  level: z.enum(DISCIPLINE_PENALTIES),
  decidedOn: date,
  decisionNumber: z.string(),
  effectiveOn: date,
  periodMonths: z.number().int().nullable(),
  /** The last day it holds, when it has a period. */
  endsOn: date.nullable(),
  /** in_force; annulled (it never held); replaced by a lighter one on a complaint. */
  status: disciplineStatus,
  annulledOn: date.nullable(),
  /** The discipline that replaced it (lessened on a complaint). */
  replacedBy: z.uuid().nullable(),
});

/** A discipline in full, for `discipline:read`. */
export const disciplineViewSchema = disciplineOutcomeSchema.extend({
  caseId: z.uuid().nullable(),
  violation: z.string(),
  proposedLevel: z.enum(DISCIPLINE_PENALTIES).nullable(),
  decidingBody: z.enum(DISCIPLINE_DECIDING_BODIES),
  /** The regulation the deciding body's competence was checked against. */
  competenceRegulation: z.string(),
  annulmentDecisionNumber: z.string().nullable(),
  /** The discipline it replaces (this one lessened it). */
  replaces: z.uuid().nullable(),
  complaintIds: z.array(z.uuid()),
});

export const complaintViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(COMPLAINT_KINDS),
  /** A complaint against this discipline decision (khiếu nại kỷ luật), else null. */
  disciplineId: z.uuid().nullable(),
  person: inspectedPersonSchema.nullable(),
  orgId: z.string().nullable(),
  receivedOn: date,
  complainant: z.string().nullable(),
  summary: z.string(),
  resolvingLevel: z.enum(COMPLAINT_RESOLVING_LEVELS),
  /** The last day to settle it, in working days from its receipt, and the regulation. */
  deadline: date,
  workingDays: z.number().int(),
  regulation: z.string(),
  /** due / overdue (pending, on `asOf`); on_time / overdue (settled). */
  deadlineStatus: z.enum(['due', 'overdue', 'on_time']),
  status: z.enum(['pending', 'resolved']),
  resolvedOn: date.nullable(),
  outcome: z.enum(COMPLAINT_OUTCOMES).nullable(),
  ruling: z.enum(DISCIPLINE_RULINGS).nullable(),
  newLevel: z.enum(DISCIPLINE_PENALTIES).nullable(),
  decisionNumber: z.string().nullable(),
  conclusion: z.string().nullable(),
});

export const casePageSchema = paged(caseViewSchema);
export const conclusionPageSchema = paged(conclusionViewSchema);
export const disciplinePageSchema = paged(disciplineViewSchema);
export const disciplineOutcomePageSchema = paged(disciplineOutcomeSchema);
export const disciplineProposalPageSchema = paged(disciplineProposalViewSchema).extend({ asOf: date });
export const complaintPageSchema = paged(complaintViewSchema).extend({ asOf: date });
