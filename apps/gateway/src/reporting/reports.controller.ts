import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { RequirePermissions } from '@party/auth';
import { REPORTING_PATTERNS as P, yearEndQuerySchema } from '@party/contracts';
import { Caller, CurrentCaller } from '../http/caller';
import { ApiZodQuery, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

/**
 * Reports (báo cáo): the metric catalogue and the year-end figures, computed by the reporting
 * service from its read model; the caller's organization scope is applied there.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly services: ServiceClient) {}

  @Get('metrics')
  @RequirePermissions('reports:read')
  @ApiOperation({ summary: 'Danh mục chỉ tiêu báo cáo / The metric catalogue' })
  metrics(@CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.metrics, {}, caller);
  }

  @Get('years')
  @RequirePermissions('reports:read')
  @ApiOperation({
    summary: 'Các năm có dữ liệu đã ghi nhận trong phạm vi của bạn, mới nhất trước / The years with recorded facts within your scope, newest first',
  })
  years(@CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.years, {}, caller);
  }

  @Get('year-end/:year')
  @RequirePermissions('reports:read')
  @ApiOperation({ summary: 'Số liệu báo cáo cuối năm / Year-end figures (orgId: one subtree; default: your whole scope)' })
  @ApiZodQuery(yearEndQuerySchema)
  yearEnd(@Param('year') year: string, @Query(new ZodPipe(yearEndQuerySchema)) query: z.infer<typeof yearEndQuerySchema>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.yearEnd, { ...query, year }, caller, { timeoutMs: 30_000 });
  }

  @Get('status')
  @RequirePermissions('system:operate')
  @ApiOperation({ summary: 'Tình trạng dữ liệu báo cáo (độ trễ) / Read-model status (consumer lag)' })
  status(@CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.status, {}, caller);
  }

  @Post('rebuild')
  @HttpCode(202)
  @RequirePermissions('system:operate')
  @ApiOperation({ summary: 'Dựng lại dữ liệu báo cáo từ đầu luồng sự kiện / Rebuild the read model from the start of the streams' })
  rebuild(@CurrentCaller() caller: Caller) {
    return this.services.forCaller(P.rebuild, {}, caller, { timeoutMs: 60_000 });
  }
}
