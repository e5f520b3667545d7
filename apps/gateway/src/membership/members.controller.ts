import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import { createPersonSchema, DomainError, listMembersQuery, MEMBER_PATTERNS, registerExistingMemberSchema } from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã người không hợp lệ', en: 'Invalid person id' }]) });

/**
 * People (quần chúng, candidates, members): records, the member list and search, a member with
 * their timeline. Validated here early and again by membership, which owns the rules and scope.
 */
@ApiTags('members')
@ApiBearerAuth()
@Controller()
export class MembersController {
  constructor(private readonly services: ServiceClient) {}

  @Post('people')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Tạo hồ sơ người (quần chúng) / Record a person' })
  @ApiZodBody(createPersonSchema)
  createPerson(@Body(new ZodPipe(createPersonSchema)) body: z.infer<typeof createPersonSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(MEMBER_PATTERNS.createPerson, body, caller);
  }

  @Get('people/code-lists')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Danh mục: dân tộc, tôn giáo, trình độ… / Code lists of the statistics dimensions' })
  codeLists(@CurrentCaller() caller: Caller) {
    return this.services.forCaller(MEMBER_PATTERNS.codeLists, {}, caller);
  }

  @Post('members/existing')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Ghi nhận đảng viên chính thức đã có (không tính là kết nạp) / Register an existing official member (never an admission)' })
  @ApiZodBody(registerExistingMemberSchema)
  registerExisting(@Body(new ZodPipe(registerExistingMemberSchema)) body: z.infer<typeof registerExistingMemberSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(MEMBER_PATTERNS.registerExisting, body, caller);
  }

  @Get('members')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Danh sách, tìm kiếm đảng viên và quần chúng / List and search people' })
  @ApiZodQuery(listMembersQuery)
  list(@Query(new ZodPipe(listMembersQuery)) query: z.infer<typeof listMembersQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(MEMBER_PATTERNS.list, query, caller);
  }

  @Get('members/:id')
  @RequirePermissions('members:read')
  @ApiOperation({ summary: 'Hồ sơ và dòng thời gian / A person with their timeline' })
  get(@Param('id', uuid) id: string, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(MEMBER_PATTERNS.get, { personId: id }, caller);
  }
}
