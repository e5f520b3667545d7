import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import { BADGE_PATTERNS, badgeAwardSchema, badgeCaseSchema, badgeEligibleQuery } from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

/** Huy hiệu Đảng: who is due on an occasion, recording awards, early / posthumous cases. */
@ApiTags('badges')
@ApiBearerAuth()
@Controller('badges')
export class BadgesController {
  constructor(private readonly services: ServiceClient) {}

  @Get('eligible')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Đảng viên đủ điều kiện xét tặng Huy hiệu vào dịp 3/2, 19/5, 2/9, 7/11 / Members due a badge on an occasion' })
  @ApiZodQuery(badgeEligibleQuery)
  eligible(@Query(new ZodPipe(badgeEligibleQuery)) query: z.infer<typeof badgeEligibleQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(BADGE_PATTERNS.eligible, query, caller);
  }

  @Post('awards')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Ghi nhận trao tặng Huy hiệu (mỗi mốc một lần) / Record a badge award (one per level)' })
  @ApiZodBody(badgeAwardSchema)
  award(@Body(new ZodPipe(badgeAwardSchema)) body: z.infer<typeof badgeAwardSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(BADGE_PATTERNS.award, body, caller);
  }

  @Post('cases')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Trường hợp bệnh nặng (trao sớm) hoặc từ trần (truy tặng) / Seriously ill or posthumous case' })
  @ApiZodBody(badgeCaseSchema)
  recordCase(@Body(new ZodPipe(badgeCaseSchema)) body: z.infer<typeof badgeCaseSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(BADGE_PATTERNS.recordCase, body, caller);
  }
}
