import { z } from 'zod';
import { MEMBERSHIP_STATUSES } from './member-commands';

/**
 * Response shapes membership's routes share. Dates are `YYYY-MM-DD` strings (local dates in the
 * world); a field that may be unknown is `null`, never missing.
 */
const date = z.string().meta({ format: 'date' });
const nullableDate = date.nullable();

/** A person as the clerk sees them: identity, statistics dimensions, where and what they are. */
export const personViewSchema = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    dateOfBirth: date,
    gender: z.string(),
    citizenId: z.string(),
    ethnicity: z.string(),
    religion: z.string(),
    hometown: z.string(),
    generalEducation: z.string(),
    professionalEducation: z.string().nullable(),
    theoryLevel: z.string().nullable(),
    occupation: z.string().nullable(),
    position: z.string().nullable(),
    orgId: z.uuid(),
    status: z.enum(MEMBERSHIP_STATUSES),
    admissionDecisionDate: nullableDate,
    admissionDecisionNumber: z.string().nullable(),
    ceremonyDate: nullableDate,
    officialDate: nullableDate,
  })
  .meta({ id: 'Person' });
export type PersonViewOut = z.infer<typeof personViewSchema>;

/** One finding of a rule, as a refusal or a warning lists it. */
export const ruleFindingSchema = z.object({ code: z.string(), ruleId: z.string(), regulation: z.string(), vi: z.string(), en: z.string() }).meta({ id: 'RuleFinding' });

export { date as dateSchema, nullableDate as nullableDateSchema };
