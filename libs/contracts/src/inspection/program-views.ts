import { z } from 'zod';
import { paged } from '../routes/conventions';
import { PROGRAM_KINDS, PROGRAM_MODES, PROGRAM_PHASES, TEAM_ROLES } from './program-schemas';

/** Answers of the programs' and surveys' routes. Dates are `YYYY-MM-DD`; unknown is `null`. */
const date = z.string().meta({ format: 'date' });
const nullableDate = date.nullable();

export const TARGET_STATUSES = ['planned', 'in_progress', 'concluded'] as const;

export const programViewSchema = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    kind: z.enum(PROGRAM_KINDS),
    mode: z.enum(PROGRAM_MODES),
    title: z.string(),
    documentNumber: z.string().nullable(),
    issuedOn: nullableDate,
    targets: z.number().int(),
    concluded: z.number().int(),
    /** Progress of its targets: phases done of all their phases (five a target). */
    phasesDone: z.number().int(),
    phasesTotal: z.number().int(),
    /** Phases of its open targets due before today and not done. */
    overduePhases: z.number().int(),
  })
  .meta({ id: 'InspectionProgram' });

export const targetSummarySchema = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    orgId: z.uuid(),
    /** As the organization replica last knew it. */
    orgName: z.string().nullable(),
    subject: z.string(),
    targetsCommittee: z.boolean(),
    targetsSecretary: z.boolean(),
    status: z.enum(TARGET_STATUSES),
    /** The first phase not yet done; null once concluded. */
    nextPhase: z.enum(PROGRAM_PHASES).nullable(),
    /** Of its five phases, those done; and those due before today and not done. */
    phasesDone: z.number().int(),
    overduePhases: z.number().int(),
    /** Due date of the next phase (null when none is set or all are done). */
    nextDueOn: nullableDate,
    conclusionDate: nullableDate,
  })
  .meta({ id: 'InspectionTargetSummary' });

export const programDetailSchema = programViewSchema.extend({ targetList: z.array(targetSummarySchema) }).meta({ id: 'InspectionProgramDetail' });

export const phaseViewSchema = z.object({
  phase: z.enum(PROGRAM_PHASES),
  dueOn: nullableDate,
  doneOn: nullableDate,
  /** Due before the day asked about (today) and not done. */
  overdue: z.boolean(),
});

export const recommendationViewSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  dueOn: nullableDate,
  closedOn: nullableDate,
  followUps: z.array(z.object({ followedUpOn: date, note: z.string(), closes: z.boolean() })),
});

export const targetViewSchema = targetSummarySchema
  .extend({
    year: z.number().int(),
    kind: z.enum(PROGRAM_KINDS),
    mode: z.enum(PROGRAM_MODES),
    team: z.array(z.object({ fullName: z.string(), role: z.enum(TEAM_ROLES) })),
    phases: z.array(phaseViewSchema),
    findings: z.array(z.object({ recordedOn: date, text: z.string() })),
    conclusion: z.object({ number: z.string(), date, text: z.string() }).nullable(),
    recommendations: z.array(recommendationViewSchema),
  })
  .meta({ id: 'InspectionTarget' });

export const overduePhaseSchema = z
  .object({
    targetId: z.uuid(),
    programId: z.uuid(),
    year: z.number().int(),
    kind: z.enum(PROGRAM_KINDS),
    orgId: z.uuid(),
    orgName: z.string().nullable(),
    subject: z.string(),
    phase: z.enum(PROGRAM_PHASES),
    dueOn: date,
    daysOverdue: z.number().int(),
  })
  .meta({ id: 'InspectionOverduePhase' });

export const overduePhasesSchema = paged(overduePhaseSchema).extend({ asOf: date });

/** What the Organization Board and a secretary may read: a concluded target's outcome, not its findings, team or steps. */
export const outcomeViewSchema = z
  .object({
    targetId: z.uuid(),
    year: z.number().int(),
    kind: z.enum(PROGRAM_KINDS),
    mode: z.enum(PROGRAM_MODES),
    orgId: z.uuid(),
    orgName: z.string().nullable(),
    subject: z.string(),
    targetsCommittee: z.boolean(),
    targetsSecretary: z.boolean(),
    conclusionNumber: z.string(),
    conclusionDate: date,
    conclusion: z.string(),
    recommendations: z.array(z.object({ text: z.string(), dueOn: nullableDate, closedOn: nullableDate })),
  })
  .meta({ id: 'InspectionOutcome' });

export const surveyViewSchema = z
  .object({
    id: z.uuid(),
    orgId: z.uuid(),
    orgName: z.string().nullable(),
    surveyedOn: date,
    team: z.array(z.string()),
    findings: z.string(),
    instruction: z.object({ number: z.string(), date }).nullable(),
  })
  .meta({ id: 'DossierSurvey' });

export const coverageItemSchema = z
  .object({
    orgId: z.uuid(),
    name: z.string(),
    kind: z.string(),
    /** Its parent on `asOf` (the bloc committee, or a grassroots committee above it): the coverage is grouped by it. */
    parentId: z.string().nullable(),
    parentName: z.string().nullable(),
    surveys: z.number().int(),
    lastSurveyedOn: nullableDate,
  })
  .meta({ id: 'DossierSurveyCoverageItem' });

/** Of the grassroots organizations existing on `asOf`: those ever surveyed up to that day, and those left. */
export const coverageSchema = paged(coverageItemSchema).extend({
  asOf: date,
  grassroots: z.number().int(),
  surveyed: z.number().int(),
  remaining: z.number().int(),
});

export const instructionIssuedSchema = z.object({ surveys: z.number().int(), instructionNumber: z.string(), instructionDate: date });
