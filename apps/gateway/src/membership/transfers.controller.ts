import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import {
  arriveBody,
  DomainError,
  followUpBody,
  headcountQuery,
  hopBody,
  startInternalSchema,
  startTemporarySchema,
  TRANSFER_PATTERNS,
  transferInSchema,
  transferListQuery,
  transferOutSchema,
} from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã chuyển sinh hoạt không hợp lệ', en: 'Invalid transfer id' }]) });

/**
 * Chuyển sinh hoạt đảng (official out / in / internal with its in-transit state, temporary), the
 * deadlines, the 3-month dossier check, and the headcount that counts every member exactly once.
 * Registered before MembersController so that `members/headcount` is not taken for `members/:id`.
 */
@ApiTags('transfers')
@ApiBearerAuth()
@Controller()
export class TransfersController {
  constructor(private readonly services: ServiceClient) {}

  @Get('members/headcount')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Số đảng viên của tổ chức tại một ngày (người đang chuyển được tính đúng một lần) / Members counted in an organization on a date (in transit counted exactly once)' })
  @ApiZodQuery(headcountQuery)
  headcount(@Query(new ZodPipe(headcountQuery)) query: z.infer<typeof headcountQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.headcount, query, caller);
  }

  @Post('transfers/out')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Chuyển sinh hoạt ra ngoài Đảng bộ Khối (hiệu lực ngày ký giấy giới thiệu) / Transfer out of the bloc (effective on the letter date)' })
  @ApiZodBody(transferOutSchema)
  out(@Body(new ZodPipe(transferOutSchema)) body: z.infer<typeof transferOutSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.transferOut, body, caller);
  }

  @Post('transfers/in')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Tiếp nhận đảng viên chuyển đến (hiệu lực ngày tiếp nhận) / Transfer into the bloc (effective on arrival)' })
  @ApiZodBody(transferInSchema)
  in(@Body(new ZodPipe(transferInSchema)) body: z.infer<typeof transferInSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.transferIn, body, caller);
  }

  @Post('transfers/internal')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Chuyển sinh hoạt nội bộ: rời nơi đi, đang trên đường / Internal transfer: departure, in transit' })
  @ApiZodBody(startInternalSchema)
  internal(@Body(new ZodPipe(startInternalSchema)) body: z.infer<typeof startInternalSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.startInternal, body, caller);
  }

  @Post('transfers/temporary')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Chuyển sinh hoạt tạm thời (3 tháng – 1 năm; học tập đến 2 năm) / Temporary transfer' })
  @ApiZodBody(startTemporarySchema)
  temporary(@Body(new ZodPipe(startTemporarySchema)) body: z.infer<typeof startTemporarySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.startTemporary, body, caller);
  }

  @Get('transfers/deadlines')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Xuất trình giấy giới thiệu (30 ngày làm việc), bắt đầu sinh hoạt (60) đến hạn, quá hạn / Letter and activity deadlines due or overdue' })
  @ApiZodQuery(transferListQuery)
  deadlines(@Query(new ZodPipe(transferListQuery)) query: z.infer<typeof transferListQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.deadlines, query, caller);
  }

  @Get('transfers/missing-dossiers')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Đảng viên chuyển đến quá 3 tháng chưa nộp hồ sơ / Transferred in, dossier missing after 3 months' })
  @ApiZodQuery(transferListQuery)
  missingDossiers(@Query(new ZodPipe(transferListQuery)) query: z.infer<typeof transferListQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.missingDossiers, query, caller);
  }

  @Get('transfers/:id')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Một lần chuyển sinh hoạt với các ô của giấy giới thiệu / A transfer with its letter boxes' })
  get(@Param('id', uuid) id: string, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.get, { transferId: id }, caller);
  }

  @Post('transfers/:id/hops')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Một ô của giấy giới thiệu "10 ô" (cấp ủy chuyển tiếp) / A box of the 10-box letter' })
  @ApiZodBody(hopBody)
  hop(@Param('id', uuid) id: string, @Body(new ZodPipe(hopBody)) body: z.infer<typeof hopBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.recordHop, { ...body, transferId: id }, caller);
  }

  @Post('transfers/:id/arrive')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Đảng viên đến nơi mới, xuất trình giấy (hiệu lực ngày đến) / Arrival at the destination (effective that day)' })
  @ApiZodBody(arriveBody)
  arrive(@Param('id', uuid) id: string, @Body(new ZodPipe(arriveBody)) body: z.infer<typeof arriveBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.arrive, { ...body, transferId: id }, caller);
  }

  @Post('transfers/:id/follow-up')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Ngày bắt đầu sinh hoạt, ngày nhận hồ sơ / Activity started, dossier received' })
  @ApiZodBody(followUpBody)
  followUp(@Param('id', uuid) id: string, @Body(new ZodPipe(followUpBody)) body: z.infer<typeof followUpBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(TRANSFER_PATTERNS.followUp, { ...body, transferId: id }, caller);
  }
}
