import { z } from 'zod';
import { dateSchema, nullableDateSchema } from '../membership/views';
import { paged } from '../routes/conventions';
import { ATTENDANCE, COMPLETION_RESULTS, GRADES } from './commands';
import { COURSE_CATEGORIES, COURSE_REQUIREMENTS } from './course-types';

/**
 * Response shapes training's routes share. Dates are `YYYY-MM-DD`; what may be unknown is `null`.
 * Training's organization ids are membership's, kept as text (training also records people of
 * organizations it has no copy of yet).
 */
const category = z.enum(COURSE_CATEGORIES);
const result = z.enum(COMPLETION_RESULTS);
const grade = z.enum(GRADES);
/** `enrolled` until attendance is first recorded. */
const attendance = z.enum(['enrolled', ...ATTENDANCE]);

/**
 * The same object without its component name, for a route answering it whole: nestjs-zod (5.5)
 * documents a named schema at a response's root as a reference to itself.
 */
export const unnamed = <S extends z.ZodObject>(schema: S) => z.object(schema.shape as S['shape']);

/** A person as training recorded them: membership's id when known, else the citizen ID. */
export const trainingPersonViewSchema = z
  .object({ personId: z.string().nullable(), citizenId: z.string().nullable(), fullName: z.string().nullable(), dateOfBirth: nullableDateSchema })
  .meta({ id: 'TrainingPerson' });

/** A person as a spreadsheet row names them (only what the row gives). */
export const trainingPersonRefViewSchema = z
  .object({ personId: z.string().optional(), citizenId: z.string().optional(), fullName: z.string().optional(), dateOfBirth: dateSchema.optional() })
  .meta({ id: 'TrainingPersonRef' });

export const courseTypeViewSchema = z
  .object({
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    category,
    certificateValidityMonths: z.number().int().nullable(),
    requiredFor: z.enum(COURSE_REQUIREMENTS).nullable(),
  })
  .meta({ id: 'TrainingCourseType' });

export const classCountsSchema = z
  .object({
    /** Everyone enrolled, withdrawn included: the students of the class. */
    students: z.number().int(),
    withdrawn: z.number().int(),
    completed: z.number().int(),
    passed: z.number().int(),
    certificates: z.number().int(),
  })
  .meta({ id: 'TrainingClassCounts' });

export const classViewSchema = z
  .object({
    id: z.uuid(),
    courseTypeCode: z.string(),
    title: z.string(),
    openedOn: dateSchema,
    endsOn: nullableDateSchema,
    cohortLabel: z.string().nullable(),
    hostSchool: z.string().nullable(),
    partnerSchool: z.string().nullable(),
    location: z.string().nullable(),
    capacity: z.number().int().nullable(),
    servedOrgIds: z.array(z.string()),
    notes: z.string().nullable(),
    courseTypeNameVi: z.string(),
    category,
    counts: classCountsSchema,
  })
  .meta({ id: 'TrainingClass' });

/** Whether the caller sees the whole bloc or their own subtree (then counted by their own students). */
export const trainingScopeSchema = z.enum(['bloc', 'subtree']);

const completionFields = {
  completedOn: nullableDateSchema,
  result: result.nullable(),
  grade: grade.nullable(),
  certificateNumber: z.string().nullable(),
  certificateIssuedOn: nullableDateSchema,
  certificateValidUntil: nullableDateSchema,
};

export const classStudentSchema = z
  .object({
    enrollmentId: z.uuid(),
    person: trainingPersonViewSchema,
    orgId: z.string().nullable(),
    enrolledOn: dateSchema,
    attendance,
    withdrawnOn: nullableDateSchema,
    withdrawalReason: z.string().nullable(),
    ...completionFields,
  })
  .meta({ id: 'TrainingClassStudent' });

export const enrollmentViewSchema = z
  .object({
    enrollmentId: z.uuid(),
    classId: z.uuid(),
    person: trainingPersonViewSchema,
    orgId: z.string().nullable(),
    enrolledOn: dateSchema,
    attendance,
    sessionsAttended: z.number().int().nullable(),
    sessionsTotal: z.number().int().nullable(),
    withdrawnOn: nullableDateSchema,
    withdrawalReason: z.string().nullable(),
    ...completionFields,
  });

/** A problem of an imported sheet, for a person to fix in Excel. */
export const trainingImportErrorSchema = z
  .object({
    /** Excel's row number (1 = the header row); null for a problem of the whole file. */
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    problem: z.string(),
    problemEn: z.string(),
  })
  .meta({ id: 'TrainingImportError' });

/** The counts and problems of a preview; a staged one also names its upload. */
const previewCounts = { classId: z.uuid(), totalRows: z.number().int(), validRows: z.number().int(), errors: z.array(trainingImportErrorSchema) };
const stagedHead = {
  ...previewCounts,
  uploadId: z.uuid(),
  fileName: z.string(),
  /** Every problem found; `errors` holds the first ones. */
  errorCount: z.number().int(),
  truncated: z.boolean(),
};

const rosterRowSchema = z.object({ row: z.number().int(), person: trainingPersonRefViewSchema, orgId: z.string().nullable() });
export const enrollmentPreviewSchema = z.object({ ...previewCounts, sample: z.array(rosterRowSchema) });
export const enrollmentUploadPreviewSchema = z.object({ ...stagedHead, sample: z.array(rosterRowSchema) });

const resultRowSchema = z.object({
  row: z.number().int(),
  enrollmentId: z.uuid(),
  completedOn: dateSchema,
  result,
  grade: grade.nullable(),
  certificateNumber: z.string().nullable(),
  certificateIssuedOn: nullableDateSchema,
});
export const resultsPreviewSchema = z.object({ ...previewCounts, sample: z.array(resultRowSchema) });
export const resultsUploadPreviewSchema = z
  .object({
    ...stagedHead,
    /** The dates given for rows leaving them blank; the commit uses these. */
    completedOn: nullableDateSchema,
    certificateIssuedOn: nullableDateSchema,
    sample: z.array(resultRowSchema),
  });

/** What recording a class's results answers, whichever way they came. */
export const recordedResultsSchema = z
  .object({
    classId: z.uuid(),
    recorded: z.number().int(),
    passed: z.number().int(),
    failed: z.number().int(),
    certificates: z.number().int(),
    items: z.array(
      z.object({
        enrollmentId: z.uuid(),
        personId: z.string().nullable(),
        citizenId: z.string().nullable(),
        completedOn: dateSchema,
        result,
        grade: grade.nullable(),
        certificateNumber: z.string().nullable(),
        certificateIssuedOn: nullableDateSchema,
        certificateValidUntil: nullableDateSchema,
      }),
    ),
  });

export const registrationViewSchema = z
  .object({
    registrationId: z.uuid(),
    courseTypeCode: z.string(),
    forYear: z.number().int(),
    person: trainingPersonViewSchema,
    registeredOn: dateSchema,
    orgId: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'TrainingRegistration' });

export const sendingViewSchema = z
  .object({
    sendingId: z.uuid(),
    courseTypeCode: z.string(),
    person: trainingPersonViewSchema,
    sentOn: dateSchema,
    institution: z.string(),
    decisionNumber: z.string().nullable(),
    orgId: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'TrainingSending' });

export const secretarySessionViewSchema = z.object({
  sessionId: z.uuid(),
  courseTypeCode: z.string(),
  category,
  title: z.string(),
  heldOn: dateSchema,
  endsOn: nullableDateSchema,
  location: z.string().nullable(),
  attendeeCount: z.number().int(),
});

export const personHistoryViewSchema = z.object({
  person: trainingPersonViewSchema,
  classes: z.array(
    z.object({
      enrollmentId: z.uuid(),
      classId: z.uuid(),
      courseTypeCode: z.string(),
      courseTypeNameVi: z.string(),
      title: z.string(),
      openedOn: dateSchema,
      endsOn: nullableDateSchema,
      cohortLabel: z.string().nullable(),
      enrolledOn: dateSchema,
      orgId: z.string().nullable(),
      attendance,
      withdrawnOn: nullableDateSchema,
      ...completionFields,
    }),
  ),
  registrations: z.array(z.object({ registrationId: z.uuid(), courseTypeCode: z.string(), forYear: z.number().int(), registeredOn: dateSchema })),
  sendings: z.array(z.object({ sendingId: z.uuid(), courseTypeCode: z.string(), sentOn: dateSchema, institution: z.string(), decisionNumber: z.string().nullable() })),
  secretarySessions: z.array(z.object({ sessionId: z.uuid(), courseTypeCode: z.string(), title: z.string(), heldOn: dateSchema })),
});

export const lackingResponseSchema = z.object({
  courseTypeCode: z.string(),
  courseTypeNameVi: z.string(),
  asOf: dateSchema,
  orgId: z.string().nullable(),
  /** Each person without a valid completion: personId, or citizen ID when training knows no personId. */
  lacking: z.array(z.string()),
  people: z.array(
    z.object({
      personId: z.string().nullable(),
      citizenId: z.string().nullable(),
      fullName: z.string().nullable(),
      orgId: z.string().nullable(),
      status: z.enum(['valid', 'expired', 'missing']),
      certificateNumber: z.string().nullable(),
      issuedOn: nullableDateSchema,
      validUntil: nullableDateSchema,
      completedOn: nullableDateSchema,
    }),
  ),
});

export const classListSchema = paged(classViewSchema).extend({
  year: z.number().int(),
  scope: trainingScopeSchema,
  /** Over every class of the filter, not only this page. */
  byCourseType: z.array(z.object({ courseTypeCode: z.string(), nameVi: z.string(), category, classes: z.number().int(), students: z.number().int() })),
});
