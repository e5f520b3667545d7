import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import { ADMISSION_PATTERNS, admitSchema, ceremonyBody, deadlinesQuery, DomainError } from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã người không hợp lệ', en: 'Invalid person id' }]) });

/** Kết nạp đảng viên: the decision, the ceremony, and the deadlines between them. */
@ApiTags('admissions')
@ApiBearerAuth()
@Controller('admissions')
export class AdmissionsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Quyết định kết nạp (kiểm tra điều kiện tại ngày chi bộ xét) / Admit a candidate (conditions checked on the vote date)' })
  @ApiZodBody(admitSchema)
  admit(@Body(new ZodPipe(admitSchema)) body: z.infer<typeof admitSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ADMISSION_PATTERNS.admit, body, caller);
  }

  @Get('deadlines')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Quyết định và lễ kết nạp đến hạn, quá hạn (ngày làm việc) / Admission decisions and ceremonies due or overdue' })
  @ApiZodQuery(deadlinesQuery)
  deadlines(@Query(new ZodPipe(deadlinesQuery)) query: z.infer<typeof deadlinesQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ADMISSION_PATTERNS.deadlines, query, caller);
  }

  @Post(':personId/ceremony')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Lễ kết nạp (thời gian dự bị tính từ ngày này) / The admission ceremony (probation counts from it)' })
  @ApiZodBody(ceremonyBody)
  ceremony(@Param('personId', uuid) personId: string, @Body(new ZodPipe(ceremonyBody)) body: z.infer<typeof ceremonyBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ADMISSION_PATTERNS.recordCeremony, { ...body, personId }, caller);
  }
}
