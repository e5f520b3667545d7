import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  sendSchema,
  TRAINING_PATTERNS as P,
  updateClassBodySchema,
  withdrawBodySchema,
} from '@party/contracts';
import { Caller, CurrentCaller } from '../http/caller';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = (field: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field, vi: 'Mã không hợp lệ', en: 'Invalid id' }]) });

/**
 * Training (đào tạo, bồi dưỡng): validates early, forwards to the training service, which checks
 * permissions and rules again and owns the data. The spreadsheet import takes the file as base64
 * in JSON (the gateway's JSON limit is 1 MB, so about 700 KB of .xlsx) until multipart is installed.
 */
@ApiTags('training')
@ApiBearerAuth()
@Controller('training')
export class TrainingController {
  constructor(private readonly services: ServiceClient) {}

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
  @ApiOperation({ summary: 'Xem trước ghi danh từ Excel, báo lỗi từng dòng / Preview an .xlsx enrollment, row-by-row errors' })
  @ApiZodBody(importBodySchema)
  previewImport(@Param('id', uuid('classId')) classId: string, @Body(new ZodPipe(importBodySchema)) body: z.infer<typeof importBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.previewImport, { ...body, classId }, caller, { timeoutMs: 30_000 });
  }

  @Post('classes/:id/enrollments/import')
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Ghi danh từ Excel, tất cả hoặc không / Enroll from .xlsx, all or nothing' })
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
  @ApiOperation({ summary: 'Mẫu bảng kết quả (.xlsx, base64) với học viên còn phải ghi nhận / The results sheet to fill in' })
  resultsTemplate(@Param('id', uuid('classId')) classId: string, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.resultsTemplate, { classId }, caller, { timeoutMs: 30_000 });
  }

  @Post('classes/:id/results/import/preview')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Xem trước bảng kết quả Excel, báo lỗi từng dòng / Preview an .xlsx results sheet, row-by-row errors' })
  @ApiZodBody(resultsImportBodySchema)
  previewResults(@Param('id', uuid('classId')) classId: string, @Body(new ZodPipe(resultsImportBodySchema)) body: z.infer<typeof resultsImportBodySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.previewResultsImport, { ...body, classId }, caller, { timeoutMs: 30_000 });
  }

  @Post('classes/:id/results/import')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @ApiOperation({ summary: 'Ghi nhận kết quả từ Excel, tất cả hoặc không / Record results from .xlsx, all or nothing' })
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
