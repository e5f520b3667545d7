import { z } from 'zod';
import { optionalText } from '../fields';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';
import { isLocalDate, localDate } from '../local-date';
import { COURSE_TYPE_CODE, courseCategorySchema, courseRequirementSchema } from './course-types';

const text = (max: number) => z.string().trim().min(1).max(max);
const code = z.string().regex(COURSE_TYPE_CODE, { message: bilingual('Mã loại lớp chỉ gồm chữ thường, số và dấu gạch ngang', 'Course type code: lowercase letters, digits and dashes') });
const year = z.coerce.number().int().min(1930).max(2100);

export const CITIZEN_ID = /^\d{12}$/;
export const citizenIdSchema = z.string().regex(CITIZEN_ID, { message: bilingual('Số CCCD phải gồm đúng 12 chữ số', 'Citizen ID must be exactly 12 digits') });

/**
 * A person as training knows them: a member or candidate by membership's `personId`, or someone
 * not yet known to membership (a university student, …) by citizen ID, full name and birth date.
 */
export const personRefSchema = z
  .object({
    personId: z.string().trim().min(1).max(64).optional(),
    citizenId: citizenIdSchema.optional(),
    fullName: z.string().trim().min(1).max(120).optional(),
    dateOfBirth: factDate.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.personId) return;
    if (!p.citizenId) {
      ctx.addIssue({ code: 'custom', path: ['citizenId'], message: bilingual('Cần mã người (personId) hoặc số CCCD', 'Either personId or citizenId is required') });
      return;
    }
    if (!p.fullName) ctx.addIssue({ code: 'custom', path: ['fullName'], message: bilingual('Người chưa có mã cần họ và tên', 'fullName is required without a personId') });
    if (!p.dateOfBirth) ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: bilingual('Người chưa có mã cần ngày sinh', 'dateOfBirth is required without a personId') });
  });
export type PersonRef = z.infer<typeof personRefSchema>;

export const addCourseTypeSchema = z.object({
  code,
  nameVi: text(200),
  nameEn: text(200),
  category: courseCategorySchema,
  certificateValidityMonths: z.number().int().min(1).max(1200).nullable().default(null),
  requiredFor: courseRequirementSchema.nullable().default(null),
});
export type AddCourseTypeCommand = z.infer<typeof addCourseTypeSchema>;

const classFields = {
  courseTypeCode: code,
  title: text(300),
  /** The class counts in the year it opens. */
  openedOn: factDate,
  endsOn: localDate.nullish().transform((v) => v ?? null),
  /** e.g. "khóa 2022–2024" */
  cohortLabel: optionalText(100),
  hostSchool: optionalText(300),
  partnerSchool: optionalText(300),
  location: optionalText(300),
  capacity: z.number().int().min(1).max(10_000).nullish().transform((v) => v ?? null),
  /** Organization ids the class serves (membership's ids). */
  servedOrgIds: z.array(z.string().trim().min(1).max(64)).max(500).default([]),
  notes: optionalText(2000),
};

const endsAfterOpening = (c: { openedOn?: string; endsOn?: string | null }) =>
  !c.openedOn || !c.endsOn || !isLocalDate(c.openedOn) || !isLocalDate(c.endsOn) || c.endsOn >= c.openedOn;
const endsAfterOpeningIssue = {
  path: ['endsOn'],
  message: bilingual('Ngày kết thúc không được trước ngày khai giảng', 'endsOn must not be before openedOn'),
};

export const openClassSchema = z.object(classFields).refine(endsAfterOpening, endsAfterOpeningIssue);
export type OpenClassCommand = z.infer<typeof openClassSchema>;

export const updateClassBodySchema = z
  .object({
    courseTypeCode: classFields.courseTypeCode.optional(),
    title: classFields.title.optional(),
    openedOn: factDate.optional(),
    endsOn: z.union([localDate, z.null()]).optional(),
    cohortLabel: z.string().trim().max(100).nullable().optional(),
    hostSchool: z.string().trim().max(300).nullable().optional(),
    partnerSchool: z.string().trim().max(300).nullable().optional(),
    location: z.string().trim().max(300).nullable().optional(),
    capacity: z.number().int().min(1).max(10_000).nullable().optional(),
    servedOrgIds: z.array(z.string().trim().min(1).max(64)).max(500).optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .refine(endsAfterOpening, endsAfterOpeningIssue);

export const listClassesSchema = z.object({
  year,
  courseTypeCode: code.optional(),
});
export type ListClassesQuery = z.infer<typeof listClassesSchema>;

export const enrollBodySchema = z.object({
  person: personRefSchema,
  /** Defaults to the day the class opened. */
  enrolledOn: factDate.optional(),
  orgId: z.string().trim().min(1).max(64).nullish().transform((v) => v ?? null),
});

export const ATTENDANCE = ['attending', 'partial', 'absent', 'withdrawn'] as const;
export const attendanceBodySchema = z.object({
  attendance: z.enum(ATTENDANCE),
  sessionsAttended: z.number().int().min(0).max(1000).nullish().transform((v) => v ?? null),
  sessionsTotal: z.number().int().min(1).max(1000).nullish().transform((v) => v ?? null),
  recordedOn: factDate,
});

export const COMPLETION_RESULTS = ['passed', 'failed'] as const;
export const GRADES = ['excellent', 'good', 'fair', 'average'] as const;
export const completeBodySchema = z
  .object({
    completedOn: factDate,
    result: z.enum(COMPLETION_RESULTS),
    grade: z.enum(GRADES).nullish().transform((v) => v ?? null),
    certificateNumber: z.string().trim().min(1).max(60).nullish().transform((v) => v ?? null),
    /** Defaults to the completion date when a certificate number is given. */
    certificateIssuedOn: factDate.nullish().transform((v) => v ?? null),
  })
  .superRefine((c, ctx) => {
    if (c.result === 'failed' && c.certificateNumber) {
      ctx.addIssue({ code: 'custom', path: ['certificateNumber'], message: bilingual('Học viên không đạt thì không cấp giấy chứng nhận', 'No certificate for a failed result') });
    }
    if (c.certificateIssuedOn && !c.certificateNumber) {
      ctx.addIssue({ code: 'custom', path: ['certificateNumber'], message: bilingual('Có ngày cấp thì cần số giấy chứng nhận', 'certificateNumber is required with certificateIssuedOn') });
    }
  });

/** The spreadsheet, base64; the gateway's JSON body limit (1 MB) caps it at about 700 KB. */
export const importBodySchema = z.object({
  fileBase64: z
    .string()
    .min(1)
    .max(1_000_000)
    .regex(/^[A-Za-z0-9+/\r\n]+={0,2}\s*$/, { message: bilingual('Tệp phải được mã hóa base64', 'The file must be base64-encoded') }),
});

export const registerSchema = z.object({
  courseTypeCode: code,
  /** The year of the course registered for (e.g. 2024 for a registration made in 2023). */
  forYear: z.number().int().min(1930).max(2100),
  person: personRefSchema,
  registeredOn: factDate,
  orgId: z.string().trim().min(1).max(64).nullish().transform((v) => v ?? null),
  note: optionalText(1000),
});
export type RegisterCommand = z.infer<typeof registerSchema>;

export const listRegistrationsSchema = z.object({ forYear: year, courseTypeCode: code.optional() });
export type ListRegistrationsQuery = z.infer<typeof listRegistrationsSchema>;

export const sendSchema = z.object({
  courseTypeCode: code,
  person: personRefSchema,
  /** The date of the sending decision. */
  sentOn: factDate,
  /** Who runs the course, e.g. "Học viện Chính trị khu vực I". */
  institution: text(300),
  decisionNumber: optionalText(60),
  orgId: z.string().trim().min(1).max(64).nullish().transform((v) => v ?? null),
  note: optionalText(1000),
});
export type SendCommand = z.infer<typeof sendSchema>;

export const listSendingsSchema = z.object({ year, courseTypeCode: code.optional() });
export type ListSendingsQuery = z.infer<typeof listSendingsSchema>;

export const recordSecretarySessionSchema = z.object({
  courseTypeCode: code.default('nghiep-vu-cong-tac-dang'),
  title: text(300),
  heldOn: factDate,
  endsOn: localDate.nullish().transform((v) => v ?? null),
  location: optionalText(300),
  notes: optionalText(2000),
  attendees: z
    .array(personRefSchema.and(z.object({ orgId: z.string().trim().min(1).max(64).nullish().transform((v) => v ?? null) })))
    .min(1)
    .max(2000),
});
export type RecordSecretarySessionCommand = z.infer<typeof recordSecretarySessionSchema>;

export const personHistorySchema = z
  .object({ personId: z.string().trim().min(1).max(64).optional(), citizenId: citizenIdSchema.optional() })
  .refine((q) => !!q.personId || !!q.citizenId, {
    path: ['personId'],
    message: bilingual('Cần mã người (personId) hoặc số CCCD', 'Either personId or citizenId is required'),
  });
export type PersonHistoryQuery = z.infer<typeof personHistorySchema>;

/**
 * Who lacks a course on a date. `personIds`: people the caller names (membership's candidates or
 * probationary members); `orgId`: the people training knows in that organization's subtree on
 * `asOf` (by the organization of their latest training record), through training's copy of the
 * organization tree. Either or both.
 */
export const lackingSchema = z
  .object({
    personIds: z.array(z.string().trim().min(1).max(64)).max(5000).default([]),
    orgId: z.string().trim().min(1).max(64).optional(),
    courseTypeCode: code,
    /** The date the certificate must be valid on (e.g. the vote date); today in Vietnam by default. */
    asOf: localDate.optional(),
  })
  .refine((q) => q.personIds.length > 0 || !!q.orgId, {
    path: ['personIds'],
    message: bilingual('Cần danh sách mã người (personIds) hoặc mã tổ chức (orgId)', 'Either personIds or orgId is required'),
  });
export type LackingQuery = z.infer<typeof lackingSchema>;

/** Withdrawal (thôi học): the student stays counted in the class they enrolled in, and cannot complete it. */
export const withdrawBodySchema = z.object({
  withdrawnOn: factDate,
  reason: text(1000),
});

/**
 * Lines in one results request or sheet. Request and reply each ride one NATS message (1 MB at
 * most): 2,000 lines stay well under it; a bigger class is recorded in several lists.
 */
export const MAX_RESULTS = 2000;

/**
 * One student's result in a class's results sheet. The student is named by `enrollmentId`, or by
 * `personId` / `citizenId` as enrolled; several of them must name the same enrollment.
 */
export const resultItemSchema = z
  .object({
    enrollmentId: z.uuid().optional(),
    personId: z.string().trim().min(1).max(64).optional(),
    citizenId: citizenIdSchema.optional(),
    /** Defaults to the request's `completedOn`. */
    completedOn: factDate.optional(),
    result: z.enum(COMPLETION_RESULTS),
    grade: z.enum(GRADES).nullish().transform((v) => v ?? null),
    certificateNumber: z.string().trim().min(1).max(60).nullish().transform((v) => v ?? null),
    /** Defaults to the request's `certificateIssuedOn`, then to the completion date. */
    certificateIssuedOn: factDate.nullish().transform((v) => v ?? null),
  })
  .superRefine((c, ctx) => {
    if (!c.enrollmentId && !c.personId && !c.citizenId) {
      ctx.addIssue({ code: 'custom', path: ['enrollmentId'], message: bilingual('Cần mã ghi danh, mã người hoặc số CCCD', 'One of enrollmentId, personId or citizenId is required') });
    }
    if (c.result === 'failed' && c.certificateNumber) {
      ctx.addIssue({ code: 'custom', path: ['certificateNumber'], message: bilingual('Học viên không đạt thì không cấp giấy chứng nhận', 'No certificate for a failed result') });
    }
    if (c.certificateIssuedOn && !c.certificateNumber) {
      ctx.addIssue({ code: 'custom', path: ['certificateNumber'], message: bilingual('Có ngày cấp thì cần số giấy chứng nhận', 'certificateNumber is required with certificateIssuedOn') });
    }
  });
export type ResultItem = z.infer<typeof resultItemSchema>;

export const recordResultsBodySchema = z
  .object({
    /** The completion date of every item that gives none (e.g. the closing day). */
    completedOn: factDate.optional(),
    /** The certificate date of every item with a certificate number and no date of its own. */
    certificateIssuedOn: factDate.optional(),
    results: z.array(resultItemSchema).min(1).max(MAX_RESULTS),
  })
  .superRefine((b, ctx) => {
    if (b.completedOn) return;
    b.results.forEach((r, i) => {
      if (!r.completedOn) {
        ctx.addIssue({ code: 'custom', path: ['results', i, 'completedOn'], message: bilingual('Thiếu ngày hoàn thành (ở dòng này hoặc chung cho cả danh sách)', 'completedOn is missing (on the item or for the whole list)') });
      }
    });
  });

/** The results sheet, base64, with the dates that apply to rows leaving them blank. */
export const resultsImportBodySchema = importBodySchema.extend({
  completedOn: factDate.optional(),
  certificateIssuedOn: factDate.optional(),
});
