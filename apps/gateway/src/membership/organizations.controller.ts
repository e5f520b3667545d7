import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import {
  DomainError,
  dissolveOrgBody,
  establishOrgSchema,
  handInOrgSchema,
  handOverOrgBody,
  listOrgsQuery,
  mergeOrgsSchema,
  moveOrgBody,
  ORG_PATTERNS,
  orgAsOfQuery,
  renameOrgBody,
  splitOrgBody,
} from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã tổ chức không hợp lệ', en: 'Invalid organization id' }]),
});

/**
 * Party organizations (tổ chức đảng): the tree, its effective-dated history and its life events.
 * Bodies are validated here early and again by the membership service, which owns the rules and
 * the caller's organization scope.
 */
@ApiTags('organizations')
@ApiBearerAuth()
@Controller('orgs')
export class OrganizationsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @RequirePermissions('orgs:read')
  @ApiOperation({ summary: 'Cây tổ chức đảng tại một ngày / The organization tree as of a date' })
  @ApiZodQuery(listOrgsQuery)
  list(@Query(new ZodPipe(listOrgsQuery)) query: z.infer<typeof listOrgsQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.list, query, caller);
  }

  @Post()
  @RequirePermissions('orgs:write')
  @ApiOperation({ summary: 'Thành lập tổ chức đảng / Establish an organization' })
  @ApiZodBody(establishOrgSchema)
  establish(@Body(new ZodPipe(establishOrgSchema)) body: z.infer<typeof establishOrgSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.establish, body, caller);
  }

  @Post('handed-in')
  @RequirePermissions('orgs:write')
  @ApiOperation({ summary: 'Tiếp nhận tổ chức đảng từ cấp ủy khác bàn giao / Receive an organization handed in by another committee' })
  @ApiZodBody(handInOrgSchema)
  handIn(@Body(new ZodPipe(handInOrgSchema)) body: z.infer<typeof handInOrgSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.handIn, body, caller);
  }

  @Post('merge')
  @RequirePermissions('orgs:write')
  @ApiOperation({ summary: 'Hợp nhất, sáp nhập tổ chức đảng / Merge organizations' })
  @ApiZodBody(mergeOrgsSchema)
  merge(@Body(new ZodPipe(mergeOrgsSchema)) body: z.infer<typeof mergeOrgsSchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.merge, body, caller);
  }

  @Get(':id')
  @RequirePermissions('orgs:read')
  @ApiOperation({ summary: 'Tổ chức tại một ngày, cấp trên và lịch sử / An organization as of a date, its ancestors and history' })
  @ApiZodQuery(orgAsOfQuery)
  get(@Param('id', uuid) id: string, @Query(new ZodPipe(orgAsOfQuery)) query: z.infer<typeof orgAsOfQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.get, { ...query, orgId: id }, caller);
  }

  @Get(':id/subtree')
  @RequirePermissions('orgs:read')
  @ApiOperation({ summary: 'Mã các tổ chức thuộc cây con tại một ngày / Ids of the subtree as of a date' })
  @ApiZodQuery(orgAsOfQuery)
  subtree(@Param('id', uuid) id: string, @Query(new ZodPipe(orgAsOfQuery)) query: z.infer<typeof orgAsOfQuery>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.subtree, { ...query, orgId: id }, caller);
  }

  @Post(':id/rename')
  @HttpCode(200)
  @RequirePermissions('orgs:write')
  @ApiOperation({ summary: 'Đổi tên / Rename' })
  @ApiZodBody(renameOrgBody)
  rename(@Param('id', uuid) id: string, @Body(new ZodPipe(renameOrgBody)) body: z.infer<typeof renameOrgBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.rename, { ...body, orgId: id }, caller);
  }

  @Post(':id/move')
  @HttpCode(200)
  @RequirePermissions('orgs:write')
  @ApiOperation({ summary: 'Chuyển trực thuộc tổ chức cấp trên khác / Re-parent' })
  @ApiZodBody(moveOrgBody)
  move(@Param('id', uuid) id: string, @Body(new ZodPipe(moveOrgBody)) body: z.infer<typeof moveOrgBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.move, { ...body, orgId: id }, caller);
  }

  @Post(':id/split')
  @HttpCode(200)
  @RequirePermissions('orgs:write')
  @ApiOperation({ summary: 'Chia tách / Split into several' })
  @ApiZodBody(splitOrgBody)
  split(@Param('id', uuid) id: string, @Body(new ZodPipe(splitOrgBody)) body: z.infer<typeof splitOrgBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.split, { ...body, orgId: id }, caller);
  }

  @Post(':id/dissolve')
  @HttpCode(200)
  @RequirePermissions('orgs:write')
  @ApiOperation({ summary: 'Giải thể / Dissolve' })
  @ApiZodBody(dissolveOrgBody)
  dissolve(@Param('id', uuid) id: string, @Body(new ZodPipe(dissolveOrgBody)) body: z.infer<typeof dissolveOrgBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.dissolve, { ...body, orgId: id }, caller);
  }

  @Post(':id/hand-over')
  @HttpCode(200)
  @RequirePermissions('orgs:write')
  @ApiOperation({ summary: 'Bàn giao cho cấp ủy khác (cùng đảng viên) / Hand over to another superior committee, with members' })
  @ApiZodBody(handOverOrgBody)
  handOver(@Param('id', uuid) id: string, @Body(new ZodPipe(handOverOrgBody)) body: z.infer<typeof handOverOrgBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(ORG_PATTERNS.handOver, { ...body, orgId: id }, caller);
  }
}
