import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { attendanceBodySchema, completeBodySchema, enrollBodySchema, importBodySchema, withdrawBodySchema } from './commands';
import { classParams, classUploadParams, enrollmentParams } from './params';
import { enrollmentViewSchema } from './views';

/** Ghi danh, chuyên cần, hoàn thành, thôi học: one student at a time, or a whole roster from Excel. */
export const ENROLLMENT_ROUTES = {
  enroll: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/classes/:id/enrollments',
    pattern: 'training.enrollment.enroll',
    permission: 'training:write',
    tag: 'training',
    summary: 'Ghi danh một người / Enroll one person (personId, or citizen ID + name + birth date)',
    description:
      'The student counts in `orgId` when given, else in the person’s organization on the enrollment date by membership’s records (training keeps a copy from its events); someone those records do not place is refused (422, field `orgId`) until one is named. A secretary enrolls people of their own subtree only. `id` is the enrollment’s, as `enrollmentId`.',
    params: classParams,
    body: enrollBodySchema,
    response: enrollmentViewSchema.extend({ id: z.uuid() }),
    status: 201,
    examples: { body: { person: { citizenId: '001203004567', fullName: 'Lê Thị Bình', dateOfBirth: '2003-04-05' }, orgId: '0190b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b' } },
  }),
  commitEnrollmentUpload: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/classes/:id/enrollments/import/:uploadId/commit',
    pattern: 'training.enrollment.commitUpload',
    permission: 'training:write',
    tag: 'training',
    summary: 'Ghi danh từ tệp đã xem trước: tất cả hoặc không / Enroll from the previewed file: every row or none',
    description:
      'Only the user who uploaded it, for the class it was previewed for, within 24 hours; the staged file goes with the commit. ' +
      '422 with one field per problem (`row N: <column>`) and nothing written when any row is wrong; 403 naming the rows outside a secretary’s organizations; 404 for another user’s or a used file.',
    params: classUploadParams,
    response: z.object({ uploadId: z.uuid(), classId: z.uuid(), enrolled: z.number().int() }),
    timeoutMs: 180_000,
  }),
  commitImport: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/classes/:id/enrollments/import',
    pattern: 'training.enrollment.commitImport',
    permission: 'training:write',
    tag: 'training',
    summary: 'Ghi danh từ Excel gửi dạng base64 (tệp nhỏ), tất cả hoặc không / Enroll from a small base64 .xlsx, all or nothing',
    description: 'Kept for small files (≈ 700 KB): prefer the multipart preview and `…/enrollments/import/{uploadId}/commit`.',
    params: classParams,
    body: importBodySchema,
    response: z.object({ classId: z.uuid(), enrolled: z.number().int() }),
    status: 201,
    timeoutMs: 60_000,
    deprecated: true,
  }),
  withdraw: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/enrollments/:id/withdrawal',
    pattern: 'training.enrollment.withdraw',
    permission: 'training:write',
    tag: 'training',
    summary: 'Thôi học (ngày, lý do) / Withdraw a student (date, reason)',
    description: 'The student stays counted among the class’s students, frees a seat and can no longer complete.',
    params: enrollmentParams,
    body: withdrawBodySchema,
    response: enrollmentViewSchema,
  }),
  recordAttendance: defineRoute({
    service: 'training',
    method: 'PATCH',
    path: 'training/enrollments/:id/attendance',
    pattern: 'training.enrollment.recordAttendance',
    permission: 'training:write',
    tag: 'training',
    summary: 'Ghi nhận chuyên cần / Record attendance',
    params: enrollmentParams,
    body: attendanceBodySchema,
    response: enrollmentViewSchema,
  }),
  complete: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/enrollments/:id/completion',
    pattern: 'training.enrollment.complete',
    permission: 'training:write',
    tag: 'training',
    summary: 'Ghi nhận hoàn thành, kết quả, giấy chứng nhận / Record completion, result, certificate',
    params: enrollmentParams,
    body: completeBodySchema,
    response: enrollmentViewSchema,
  }),
};
