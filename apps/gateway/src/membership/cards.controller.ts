import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import { CARD_PATTERNS, DomainError, issueCardBody, reissueCardBody } from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã người không hợp lệ', en: 'Invalid person id' }]) });

/** Thẻ đảng viên: first issue, reissue (damaged / lost), only for official members. */
@ApiTags('cards')
@ApiBearerAuth()
@Controller('members/:id/cards')
export class CardsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Các thẻ đảng viên đã cấp / Cards issued to the member' })
  list(@Param('id', uuid) id: string, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(CARD_PATTERNS.list, { personId: id }, caller);
  }

  @Post()
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Cấp thẻ đảng viên (chỉ đảng viên chính thức) / Issue a party card (official members only)' })
  @ApiZodBody(issueCardBody)
  issue(@Param('id', uuid) id: string, @Body(new ZodPipe(issueCardBody)) body: z.infer<typeof issueCardBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(CARD_PATTERNS.issue, { ...body, personId: id }, caller);
  }

  @Post('reissue')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Cấp lại thẻ đảng viên (hỏng / mất) / Reissue a card (damaged / lost)' })
  @ApiZodBody(reissueCardBody)
  reissue(@Param('id', uuid) id: string, @Body(new ZodPipe(reissueCardBody)) body: z.infer<typeof reissueCardBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(CARD_PATTERNS.reissue, { ...body, personId: id }, caller);
  }
}
