import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import { asOfQuery, convertBody, DomainError, PROBATION_PATTERNS, removeFromProbationBody } from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã người không hợp lệ', en: 'Invalid person id' }]) });

/** Thời kỳ dự bị: reviews due, conversion to official, removal from the probationary list; party age. */
@ApiTags('probation')
@ApiBearerAuth()
@Controller()
export class ProbationController {
  constructor(private readonly services: ServiceClient) {}

  @Get('probation/reviews')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Đảng viên dự bị đến hạn, quá hạn xét chính thức (30 ngày làm việc) / Probation reviews due or overdue' })
  @ApiZodQuery(asOfQuery)
  reviews(@Query(new ZodPipe(asOfQuery)) query: z.infer<typeof asOfQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(PROBATION_PATTERNS.reviews, query, caller);
  }

  @Post('probation/:personId/convert')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Công nhận đảng viên chính thức (ngày chính thức = lễ kết nạp + 12 tháng) / Convert to official (official on ceremony + 12 months)' })
  @ApiZodBody(convertBody)
  convert(@Param('personId', uuid) personId: string, @Body(new ZodPipe(convertBody)) body: z.infer<typeof convertBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(PROBATION_PATTERNS.convert, { ...body, personId }, caller);
  }

  @Post('probation/:personId/remove')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Xóa tên khỏi danh sách đảng viên dự bị / Strike off the probationary list' })
  @ApiZodBody(removeFromProbationBody)
  remove(@Param('personId', uuid) personId: string, @Body(new ZodPipe(removeFromProbationBody)) body: z.infer<typeof removeFromProbationBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(PROBATION_PATTERNS.removeFromProbation, { ...body, personId }, caller);
  }

  @Get('members/:id/party-age')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Tuổi đảng tại một ngày / Party age as of a date' })
  @ApiZodQuery(asOfQuery)
  partyAge(@Param('id', uuid) id: string, @Query(new ZodPipe(asOfQuery)) query: z.infer<typeof asOfQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(PROBATION_PATTERNS.partyAge, { ...query, personId: id }, caller);
  }
}
