import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';
import { courseCategorySchema, courseRequirementSchema } from './course-types';

/**
 * Who an event is about. `personId` is membership's id (members and candidates); people not yet
 * known to membership carry their citizen ID, name and birth date so they can be matched later.
 */
export const trainingPersonSchema = z.object({
  personId: z.string().nullable(),
  citizenId: z.string().nullable(),
  fullName: z.string().nullable(),
  dateOfBirth: localDate.nullable(),
});
export type TrainingPerson = z.infer<typeof trainingPersonSchema>;

/** What reporting needs to classify a fact without asking: the course type and its category. */
const course = {
  courseTypeCode: z.string(),
  category: courseCategorySchema,
};

const classState = {
  classId: z.uuid(),
  ...course,
  title: z.string(),
  /** The class counts in the year it opens. */
  openedOn: localDate,
  endsOn: localDate.nullable(),
  cohortLabel: z.string().nullable(),
  hostSchool: z.string().nullable(),
  partnerSchool: z.string().nullable(),
  location: z.string().nullable(),
  capacity: z.number().int().nullable(),
  servedOrgIds: z.array(z.string()),
};

/** occurredOn = the day the course type was added. */
export const CourseTypeAdded = defineEvent({
  service: 'training',
  aggregate: 'courseType',
  name: 'added',
  version: 1,
  schema: z.object({
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    category: courseCategorySchema,
    certificateValidityMonths: z.number().int().nullable(),
    requiredFor: courseRequirementSchema.nullable(),
  }),
});

/** occurredOn = openedOn. */
export const ClassOpened = defineEvent({ service: 'training', aggregate: 'class', name: 'opened', version: 1, schema: z.object(classState) });

/**
 * A correction of a class; the data is the whole new state (a consumer replaces its copy).
 * occurredOn = the new openedOn, so a class moved to another year moves with it.
 */
export const ClassUpdated = defineEvent({
  service: 'training',
  aggregate: 'class',
  name: 'updated',
  version: 1,
  schema: z.object({ ...classState, previousOpenedOn: localDate, changed: z.array(z.string()) }),
});

const enrollmentRef = {
  enrollmentId: z.uuid(),
  classId: z.uuid(),
  ...course,
  /** Students count by the day their class opened. */
  classOpenedOn: localDate,
  person: trainingPersonSchema,
};

/** occurredOn = enrolledOn. */
export const StudentEnrolled = defineEvent({
  service: 'training',
  aggregate: 'enrollment',
  name: 'enrolled',
  version: 1,
  schema: z.object({ ...enrollmentRef, enrolledOn: localDate, orgId: z.string().nullable(), source: z.enum(['single', 'import']) }),
});

/** occurredOn = recordedOn. */
export const AttendanceRecorded = defineEvent({
  service: 'training',
  aggregate: 'enrollment',
  name: 'attendanceRecorded',
  version: 1,
  schema: z.object({
    ...enrollmentRef,
    attendance: z.enum(['attending', 'partial', 'absent', 'withdrawn']),
    sessionsAttended: z.number().int().nullable(),
    sessionsTotal: z.number().int().nullable(),
    recordedOn: localDate,
  }),
});

/** occurredOn = completedOn. */
export const StudentCompleted = defineEvent({
  service: 'training',
  aggregate: 'enrollment',
  name: 'completed',
  version: 1,
  schema: z.object({
    ...enrollmentRef,
    completedOn: localDate,
    result: z.enum(['passed', 'failed']),
    grade: z.enum(['excellent', 'good', 'fair', 'average']).nullable(),
  }),
});

/**
 * Thôi học. The student still counts among the class's students (the year-end report counts
 * enrollments); a withdrawn enrollment cannot complete. occurredOn = withdrawnOn.
 */
export const StudentWithdrawn = defineEvent({
  service: 'training',
  aggregate: 'enrollment',
  name: 'withdrawn',
  version: 1,
  schema: z.object({ ...enrollmentRef, withdrawnOn: localDate, reason: z.string(), orgId: z.string().nullable() }),
});

/**
 * What membership keeps to check admission (nhận thức về Đảng) and conversion (LLCT cho đảng
 * viên mới). occurredOn = issuedOn; validUntil = the day before the validity anniversary, or null.
 */
export const CertificateIssued = defineEvent({
  service: 'training',
  aggregate: 'certificate',
  name: 'issued',
  version: 1,
  schema: z.object({
    ...enrollmentRef,
    certificateNumber: z.string(),
    issuedOn: localDate,
    validUntil: localDate.nullable(),
    requiredFor: courseRequirementSchema.nullable(),
  }),
});

/** A registration for a course of a later year. occurredOn = registeredOn. */
export const RegistrationMade = defineEvent({
  service: 'training',
  aggregate: 'registration',
  name: 'made',
  version: 1,
  schema: z.object({
    registrationId: z.uuid(),
    ...course,
    forYear: z.number().int(),
    person: trainingPersonSchema,
    registeredOn: localDate,
    orgId: z.string().nullable(),
  }),
});

/** A person sent to a course run by another institution. occurredOn = sentOn (the decision). */
export const PersonSent = defineEvent({
  service: 'training',
  aggregate: 'sending',
  name: 'made',
  version: 1,
  schema: z.object({
    sendingId: z.uuid(),
    ...course,
    person: trainingPersonSchema,
    sentOn: localDate,
    institution: z.string(),
    decisionNumber: z.string().nullable(),
    orgId: z.string().nullable(),
  }),
});

/** A training session for chi bộ secretaries. occurredOn = heldOn. */
export const SecretarySessionHeld = defineEvent({
  service: 'training',
  aggregate: 'secretarySession',
  name: 'held',
  version: 1,
  schema: z.object({
    sessionId: z.uuid(),
    ...course,
    title: z.string(),
    heldOn: localDate,
    endsOn: localDate.nullable(),
    attendeeCount: z.number().int(),
  }),
});

/** One secretary at a session. occurredOn = heldOn. */
export const SecretarySessionAttended = defineEvent({
  service: 'training',
  aggregate: 'secretarySession',
  name: 'attended',
  version: 1,
  schema: z.object({
    attendanceId: z.uuid(),
    sessionId: z.uuid(),
    ...course,
    heldOn: localDate,
    person: trainingPersonSchema,
    orgId: z.string().nullable(),
  }),
});

export const TRAINING_EVENTS = [
  CourseTypeAdded,
  ClassOpened,
  ClassUpdated,
  StudentEnrolled,
  AttendanceRecorded,
  StudentCompleted,
  StudentWithdrawn,
  CertificateIssued,
  RegistrationMade,
  PersonSent,
  SecretarySessionHeld,
  SecretarySessionAttended,
] as const;
