import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import { CANDIDATE_PATTERNS, DomainError, introducersBody, nominateCandidateSchema, resolutionBody, sympathizerBody, vettingBody } from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã quần chúng không hợp lệ', en: 'Invalid candidate id' }]) });

/** The way to admission: nomination, sympathizer list and mentor, vetting, introducers, chi bộ resolution. */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Đoàn thể giới thiệu quần chúng ưu tú / Nominate a candidate' })
  @ApiZodBody(nominateCandidateSchema)
  nominate(@Body(new ZodPipe(nominateCandidateSchema)) body: z.infer<typeof nominateCandidateSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(CANDIDATE_PATTERNS.nominate, body, caller);
  }

  @Get(':id')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Hồ sơ quần chúng / A candidate' })
  get(@Param('id', uuid) id: string, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(CANDIDATE_PATTERNS.get, { candidateId: id }, caller);
  }

  @Post(':id/sympathizer')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Vào danh sách cảm tình Đảng, phân công đảng viên giúp đỡ / Sympathizer list and mentor' })
  @ApiZodBody(sympathizerBody)
  sympathizer(@Param('id', uuid) id: string, @Body(new ZodPipe(sympathizerBody)) body: z.infer<typeof sympathizerBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(CANDIDATE_PATTERNS.listSympathizer, { ...body, candidateId: id }, caller);
  }

  @Post(':id/vetting')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Thẩm tra lý lịch / Political vetting' })
  @ApiZodBody(vettingBody)
  vetting(@Param('id', uuid) id: string, @Body(new ZodPipe(vettingBody)) body: z.infer<typeof vettingBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(CANDIDATE_PATTERNS.recordVetting, { ...body, candidateId: id }, caller);
  }

  @Post(':id/introducers')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Người giới thiệu / Introducers' })
  @ApiZodBody(introducersBody)
  introducers(@Param('id', uuid) id: string, @Body(new ZodPipe(introducersBody)) body: z.infer<typeof introducersBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(CANDIDATE_PATTERNS.recordIntroducers, { ...body, candidateId: id }, caller);
  }

  @Post(':id/resolution')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Nghị quyết chi bộ đề nghị kết nạp / Chi bộ resolution' })
  @ApiZodBody(resolutionBody)
  resolution(@Param('id', uuid) id: string, @Body(new ZodPipe(resolutionBody)) body: z.infer<typeof resolutionBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(CANDIDATE_PATTERNS.recordResolution, { ...body, candidateId: id }, caller);
  }
}
