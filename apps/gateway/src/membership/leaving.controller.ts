import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import { asOfQuery, deathNoticeBody, diedBody, DomainError, exemptBody, leaveBody, LEAVING_PATTERNS, strikeOffBody, STRIKE_OFF_REASONS } from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã người không hợp lệ', en: 'Invalid person id' }]) });

/** Leaving the Party (xóa tên, cho ra khỏi Đảng, từ trần) and exemption from activities (miễn sinh hoạt). */
@ApiTags('leaving')
@ApiBearerAuth()
@Controller()
export class LeavingController {
  constructor(private readonly services: ServiceClient) {}

  @Get('leaving/strike-off-reasons')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Danh mục lý do xóa tên / Strike-off reasons' })
  reasons() {
    return STRIKE_OFF_REASONS;
  }

  @Post('members/:id/strike-off')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Xóa tên (lý do theo danh mục) / Strike off (reason from the code list)' })
  @ApiZodBody(strikeOffBody)
  strikeOff(@Param('id', uuid) id: string, @Body(new ZodPipe(strikeOffBody)) body: z.infer<typeof strikeOffBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(LEAVING_PATTERNS.strikeOff, { ...body, personId: id }, caller);
  }

  @Post('members/:id/leave')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Cho ra khỏi Đảng (tự nguyện, không có vi phạm) / Allowed to leave (voluntary, without violations)' })
  @ApiZodBody(leaveBody)
  leave(@Param('id', uuid) id: string, @Body(new ZodPipe(leaveBody)) body: z.infer<typeof leaveBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(LEAVING_PATTERNS.leave, { ...body, personId: id }, caller);
  }

  @Post('members/:id/death')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Đảng viên từ trần (thông báo trong 30 ngày làm việc) / A member died (notice within 30 working days)' })
  @ApiZodBody(diedBody)
  died(@Param('id', uuid) id: string, @Body(new ZodPipe(diedBody)) body: z.infer<typeof diedBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(LEAVING_PATTERNS.died, { ...body, personId: id }, caller);
  }

  @Post('deaths/:id/notice')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Đã gửi thông báo, hồ sơ đảng viên từ trần / The death notice was sent up' })
  @ApiZodBody(deathNoticeBody)
  deathNotice(@Param('id', uuid) id: string, @Body(new ZodPipe(deathNoticeBody)) body: z.infer<typeof deathNoticeBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(LEAVING_PATTERNS.deathNotice, { ...body, personId: id }, caller);
  }

  @Get('deaths/notices')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Thông báo đảng viên từ trần đến hạn, quá hạn / Death notices due or overdue' })
  @ApiZodQuery(asOfQuery)
  notices(@Query(new ZodPipe(asOfQuery)) query: z.infer<typeof asOfQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(LEAVING_PATTERNS.deathNotices, query, caller);
  }

  @Post('members/:id/exemption')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Miễn sinh hoạt (từ ngày – đến ngày) / Exemption from activities' })
  @ApiZodBody(exemptBody)
  exempt(@Param('id', uuid) id: string, @Body(new ZodPipe(exemptBody)) body: z.infer<typeof exemptBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(LEAVING_PATTERNS.exempt, { ...body, personId: id }, caller);
  }
}
