import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { RequirePermissions } from '@party/auth';
import {
  addCourseTypeSchema,
  attendanceBodySchema,
  completeBodySchema,
  DomainError,
  enrollBodySchema,
  importBodySchema,
  lackingSchema,
  listClassesSchema,
  listRegistrationsSchema,
  listSendingsSchema,
  openClassSchema,
  personHistorySchema,
  recordResultsBodySchema,
  recordSecretarySessionSchema,
  registerSchema,
  resultsImportBodySchema,
  resultsTemplateQuery,
  resultsUploadFieldsSchema,
  sendSchema,
  StagedFile,
  TRAINING_PATTERNS as P,
  updateClassBodySchema,
  UPLOAD_MAX_BYTES,
  validate,
  withdrawBodySchema,
} from '@party/contracts';
import { Caller, CurrentCaller } from '../http/caller';
import { ApiZodBody, ApiZodQuery, openApiSchema, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';
import { ReceivedFile, StagedFiles } from '../services/staged-files';

const uuid = (field: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field, vi: 'Mã không hợp lệ', en: 'Invalid id' }]) });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE_FIELD = { type: 'string', format: 'binary', description: '.xlsx (first sheet, header row first); at most 20 MB' };
const DATE_FIELD = (description: string) => ({ type: 'string', format: 'date', description });
const upload = FileInterceptor('file', { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1 } });

/**
 * The request body of a preview that takes the file either way: multipart `file` (the primary
 * way: staged in chunks, answered with an `uploadId` to commit) or, for small files, the older
 * JSON `{ fileBase64 }` (the whole file inside one NATS message, so ≈ 700 KB at most).
 */
function previewBody(multipart: Record<string, unknown>, json: z.ZodType) {
  return {
    required: true,
    content: {
      'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: FILE_FIELD, ...multipart } } },
      'application/json': { schema: openApiSchema(json) },
    },
  };
}

const noFile = () => DomainError.validation([{ field: 'file', vi: 'Cần gửi tệp trong trường "file" (multipart/form-data)', en: 'Send the file in the "file" field (multipart/form-data)' }]);

/**
 * Training (đào tạo, bồi dưỡng): validates early, forwards to the training service, which checks
 * permissions and rules again and owns the data. Spreadsheets come as multipart `file`, staged in
 * training's own tables in ≤ 256 KiB chunks (never a whole file in one NATS message), previewed,
 * then committed by `uploadId`; the older JSON `{ fileBase64 }` routes stay for small files.
 */
@ApiTags('training')
@ApiBearerAuth()
@Controller('training')
export class TrainingController {
  constructor(
    private readonly services: ServiceClient,
    private readonly files: StagedFiles,
  ) {}

  @Get('course-types')
  @RequirePermissions('training:read')
  @ApiOperation({ summary: 'Loại lớp / Course types' })
  courseTypes(@CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.listCourseTypes, {}, caller);
  }

  @Post('course-types')
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Thêm loại lớp / Add a course type' })
  @ApiZodBody(addCourseTypeSchema)
  addCourseType(@Body(new ZodPipe(addCourseTypeSchema)) body: z.infer<typeof addCourseTypeSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.addCourseType, body, caller);
  }

  @Get('classes')
  @RequirePermissions('training:read')
  @ApiOperation({ summary: 'Lớp khai giảng trong năm, có số học viên / Classes opened in a year with student counts' })
  @ApiZodQuery(listClassesSchema)
  listClasses(@Query(new ZodPipe(listClassesSchema)) query: z.infer<typeof listClassesSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.listClasses, query, caller);
  }

  @Post('classes')
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Mở lớp / Open a class' })
  @ApiZodBody(openClassSchema)
  openClass(@Body(new ZodPipe(openClassSchema)) body: z.infer<typeof openClassSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.openClass, body, caller);
  }

  @Get('classes/:id')
  @RequirePermissions('training:read')
  @ApiOperation({ summary: 'Lớp và học viên / A class and its students' })
  getClass(@Param('id', uuid('classId')) classId: string, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.getClass, { classId }, caller);
  }

  @Patch('classes/:id')
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Sửa thông tin lớp / Update a class' })
  @ApiZodBody(updateClassBodySchema)
  updateClass(@Param('id', uuid('classId')) classId: string, @Body(new ZodPipe(updateClassBodySchema)) body: z.infer<typeof updateClassBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.updateClass, { ...body, classId }, caller);
  }

  @Post('classes/:id/enrollments')
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Ghi danh một người / Enroll one person (personId, or citizen ID + name + birth date)' })
  @ApiZodBody(enrollBodySchema)
  enroll(@Param('id', uuid('classId')) classId: string, @Body(new ZodPipe(enrollBodySchema)) body: z.infer<typeof enrollBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.enroll, { ...body, classId }, caller);
  }

  @Post('classes/:id/enrollments/import/preview')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @UseInterceptors(upload)
  @ApiOperation({
    summary: 'Xem trước ghi danh từ tệp Excel (multipart "file"): lỗi từng dòng, chưa ghi gì / Preview an .xlsx enrollment roster (multipart "file"): row-by-row problems, nothing written',
    description:
      'Send the .xlsx as multipart `file` (up to 20 MB, staged in training in chunks). Returns `{uploadId, fileName, classId, totalRows, validRows, errorCount, ' +
      'errors: [{row, column, problem, problemEn}], truncated, sample}`; then `POST …/enrollments/import/{uploadId}/commit`. ' +
      'Columns by header (accents and case ignored): Mã người, Số CCCD, Họ và tên, Ngày sinh, Mã tổ chức. ' +
      'A JSON body `{fileBase64}` is still taken for small files (≈ 700 KB): it answers without `uploadId` and commits with `POST …/enrollments/import`.',
    requestBody: previewBody({}, importBodySchema),
  })
  async previewImport(@Param('id', uuid('classId')) classId: string, @UploadedFile() file: ReceivedFile | undefined, @Req() req: Request, @CurrentCaller() caller: Caller) {
    if (req.is('multipart/form-data')) {
      if (!file?.buffer?.length) throw noFile();
      const uploadId = await this.files.upload('training', file, caller);
      return this.services.forCaller(P.previewEnrollmentUpload, { classId, uploadId }, caller, { timeoutMs: 120_000 });
    }
    const body = validate(importBodySchema, req.body ?? {});
    return this.services.forCaller(P.previewImport, { ...body, classId }, caller, { timeoutMs: 30_000 });
  }

  @Post('classes/:id/enrollments/import/:uploadId/commit')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @ApiOperation({
    summary: 'Ghi danh từ tệp đã xem trước: tất cả hoặc không / Enroll from the previewed file: every row or none',
    description:
      'Only the user who uploaded it, for the class it was previewed for, within 24 hours. Returns `{uploadId, classId, enrolled}` and removes the staged file; ' +
      '422 with one field per problem (`row N: <column>`) and nothing written when any row is wrong; 403 naming the rows outside a secretary’s organizations; 404 for another user’s or a used file.',
  })
  commitImportUpload(@Param('id', uuid('classId')) classId: string, @Param('uploadId', uuid('uploadId')) uploadId: string, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.commitEnrollmentUpload, { classId, uploadId }, caller, { timeoutMs: 180_000 });
  }

  @Post('classes/:id/enrollments/import')
  @RequirePermissions('training:write')
  @ApiOperation({
    summary: 'Ghi danh từ Excel gửi dạng base64 (tệp nhỏ), tất cả hoặc không / Enroll from a small base64 .xlsx, all or nothing',
    description: 'Kept for small files (≈ 700 KB): prefer the multipart preview and `…/enrollments/import/{uploadId}/commit`.',
    deprecated: true,
  })
  @ApiZodBody(importBodySchema)
  commitImport(@Param('id', uuid('classId')) classId: string, @Body(new ZodPipe(importBodySchema)) body: z.infer<typeof importBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.commitImport, { ...body, classId }, caller, { timeoutMs: 60_000 });
  }

  @Post('classes/:id/results')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @ApiOperation({
    summary: 'Ghi nhận kết quả cả lớp, tất cả hoặc không / Record a class’s results (many completions and certificates), all or nothing',
    description:
      'Each item names a student by enrollmentId, personId or citizenId; completedOn / certificateIssuedOn default to the request’s. Any problem → 422 with one field per problem (`results.<i>.<field>`) and nothing recorded.',
  })
  @ApiZodBody(recordResultsBodySchema)
  recordResults(@Param('id', uuid('classId')) classId: string, @Body(new ZodPipe(recordResultsBodySchema)) body: z.infer<typeof recordResultsBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.recordResults, { ...body, classId }, caller, { timeoutMs: 60_000 });
  }

  @Get('classes/:id/results/template')
  @RequirePermissions('training:write')
  @ApiZodQuery(resultsTemplateQuery)
  @ApiProduces(XLSX, 'application/json')
  @ApiOperation({
    summary: 'Mẫu bảng kết quả với học viên còn phải ghi nhận (?format=xlsx: tải tệp) / The results sheet to fill in (?format=xlsx: a file download)',
    description: 'With `format=xlsx`: the .xlsx as an attachment. Without it: `{classId, fileName, students, fileBase64}` (JSON, as before).',
  })
  async resultsTemplate(@Param('id', uuid('classId')) classId: string, @Query(new ZodPipe(resultsTemplateQuery)) query: z.infer<typeof resultsTemplateQuery>, @CurrentCaller() caller: Caller) {
    if (query.format !== 'xlsx') return this.services.forCaller(P.resultsTemplate, { classId }, caller, { timeoutMs: 30_000 });
    const staged = await this.services.forCaller<StagedFile>(P.resultsTemplateFile, { classId }, caller, { timeoutMs: 60_000 });
    const bytes = await this.files.download('training', staged, caller);
    return new StreamableFile(bytes, { type: staged.contentType, disposition: `attachment; filename="${staged.fileName}"`, length: bytes.length });
  }

  @Post('classes/:id/results/import/preview')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @UseInterceptors(upload)
  @ApiOperation({
    summary: 'Xem trước bảng kết quả Excel (multipart "file"): lỗi từng dòng, chưa ghi gì / Preview an .xlsx results sheet (multipart "file"): row-by-row problems, nothing written',
    description:
      'Send the sheet as multipart `file`, with `completedOn` / `certificateIssuedOn` (YYYY-MM-DD) for rows leaving them blank. Returns `{uploadId, fileName, classId, totalRows, validRows, ' +
      'errorCount, errors: [{row, column, problem, problemEn}], truncated, completedOn, certificateIssuedOn, sample}`; then `POST …/results/import/{uploadId}/commit` records it with those dates. ' +
      'A JSON body `{fileBase64, completedOn?, certificateIssuedOn?}` is still taken for small files (commit with `POST …/results/import`).',
    requestBody: previewBody(
      { completedOn: DATE_FIELD('Completion date of rows without one'), certificateIssuedOn: DATE_FIELD('Certificate date of rows with a number and no date') },
      resultsImportBodySchema,
    ),
  })
  async previewResults(@Param('id', uuid('classId')) classId: string, @UploadedFile() file: ReceivedFile | undefined, @Req() req: Request, @CurrentCaller() caller: Caller) {
    if (req.is('multipart/form-data')) {
      const fields = validate(resultsUploadFieldsSchema, req.body ?? {});
      if (!file?.buffer?.length) throw noFile();
      const uploadId = await this.files.upload('training', file, caller);
      return this.services.forCaller(P.previewResultsUpload, { classId, uploadId, ...fields }, caller, { timeoutMs: 120_000 });
    }
    const body = validate(resultsImportBodySchema, req.body ?? {});
    return this.services.forCaller(P.previewResultsImport, { ...body, classId }, caller, { timeoutMs: 30_000 });
  }

  @Post('classes/:id/results/import/:uploadId/commit')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @ApiOperation({
    summary: 'Ghi nhận bảng kết quả đã xem trước: tất cả hoặc không / Record the previewed results sheet: every row or none',
    description:
      'Only the user who uploaded it, for the class it was previewed for, with the dates given at the preview. Answers as `POST …/results` plus `uploadId` and removes the staged file; ' +
      '422 with one field per problem (`row N: <column>`) and nothing written; 404 for another user’s or a used file.',
  })
  commitResultsUpload(@Param('id', uuid('classId')) classId: string, @Param('uploadId', uuid('uploadId')) uploadId: string, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.commitResultsUpload, { classId, uploadId }, caller, { timeoutMs: 180_000 });
  }

  @Post('classes/:id/results/import')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @ApiOperation({
    summary: 'Ghi nhận kết quả từ Excel gửi dạng base64 (tệp nhỏ), tất cả hoặc không / Record results from a small base64 .xlsx, all or nothing',
    description: 'Kept for small files (≈ 700 KB): prefer the multipart preview and `…/results/import/{uploadId}/commit`.',
    deprecated: true,
  })
  @ApiZodBody(resultsImportBodySchema)
  commitResults(@Param('id', uuid('classId')) classId: string, @Body(new ZodPipe(resultsImportBodySchema)) body: z.infer<typeof resultsImportBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.commitResultsImport, { ...body, classId }, caller, { timeoutMs: 60_000 });
  }

  @Post('enrollments/:id/withdrawal')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Thôi học (ngày, lý do) / Withdraw a student (date, reason)' })
  @ApiZodBody(withdrawBodySchema)
  withdraw(@Param('id', uuid('enrollmentId')) enrollmentId: string, @Body(new ZodPipe(withdrawBodySchema)) body: z.infer<typeof withdrawBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.withdraw, { ...body, enrollmentId }, caller);
  }

  @Patch('enrollments/:id/attendance')
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Ghi nhận chuyên cần / Record attendance' })
  @ApiZodBody(attendanceBodySchema)
  attendance(@Param('id', uuid('enrollmentId')) enrollmentId: string, @Body(new ZodPipe(attendanceBodySchema)) body: z.infer<typeof attendanceBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.recordAttendance, { ...body, enrollmentId }, caller);
  }

  @Post('enrollments/:id/completion')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Ghi nhận hoàn thành, kết quả, giấy chứng nhận / Record completion, result, certificate' })
  @ApiZodBody(completeBodySchema)
  complete(@Param('id', uuid('enrollmentId')) enrollmentId: string, @Body(new ZodPipe(completeBodySchema)) body: z.infer<typeof completeBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.complete, { ...body, enrollmentId }, caller);
  }

  @Get('registrations')
  @RequirePermissions('training:read')
  @ApiOperation({ summary: 'Đăng ký học cho một năm / Registrations for a year' })
  @ApiZodQuery(listRegistrationsSchema)
  listRegistrations(@Query(new ZodPipe(listRegistrationsSchema)) query: z.infer<typeof listRegistrationsSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.listRegistrations, query, caller);
  }

  @Post('registrations')
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Đăng ký học năm sau / Register for a later course' })
  @ApiZodBody(registerSchema)
  register(@Body(new ZodPipe(registerSchema)) body: z.infer<typeof registerSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.register, body, caller);
  }

  @Get('sendings')
  @RequirePermissions('training:read')
  @ApiOperation({ summary: 'Người được cử đi học trong năm / People sent in a year' })
  @ApiZodQuery(listSendingsSchema)
  listSendings(@Query(new ZodPipe(listSendingsSchema)) query: z.infer<typeof listSendingsSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.listSendings, query, caller);
  }

  @Post('sendings')
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Cử người đi học lớp do nơi khác mở / Send a person to a course run by others' })
  @ApiZodBody(sendSchema)
  send(@Body(new ZodPipe(sendSchema)) body: z.infer<typeof sendSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.send, body, caller);
  }

  @Post('secretary-sessions')
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Buổi bồi dưỡng bí thư chi bộ và người dự / A chi bộ secretaries session and its attendees' })
  @ApiZodBody(recordSecretarySessionSchema)
  secretarySession(@Body(new ZodPipe(recordSecretarySessionSchema)) body: z.infer<typeof recordSecretarySessionSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.recordSecretarySession, body, caller);
  }

  @Get('people/history')
  @RequirePermissions('training:read')
  @ApiOperation({ summary: 'Quá trình học của một người / A person’s training history' })
  @ApiZodQuery(personHistorySchema as unknown as z.ZodObject)
  history(@Query(new ZodPipe(personHistorySchema)) query: z.infer<typeof personHistorySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.personHistory, query, caller);
  }

  @Post('people/lacking')
  @HttpCode(200)
  @RequirePermissions('training:read')
  @ApiOperation({ summary: 'Ai trong danh sách / trong một tổ chức còn thiếu một khóa học / Who in a list or an organization’s subtree lacks a course' })
  @ApiZodBody(lackingSchema)
  lacking(@Body(new ZodPipe(lackingSchema)) body: z.infer<typeof lackingSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.lacking, body, caller);
  }
}
