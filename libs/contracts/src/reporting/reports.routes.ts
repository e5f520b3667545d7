import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { reportYearSchema, yearEndQuerySchema } from './commands';
import { metricCatalogueSchema, rebuildResultSchema, reportingStatusSchema, reportYearsSchema, yearEndReportSchema } from './views';

/**
 * Reports (báo cáo): the metric catalogue and the year-end figures, computed by the reporting
 * service from its own read model (the caller's organization scope is applied there), and the
 * read model's operation.
 */
export const REPORTS_ROUTES = {
  metrics: defineRoute({
    service: 'reporting',
    method: 'GET',
    path: 'reports/metrics',
    pattern: 'reporting.metrics',
    permission: 'reports:read',
    tag: 'reports',
    summary: 'Danh mục chỉ tiêu báo cáo / The metric catalogue',
    response: metricCatalogueSchema,
  }),
  years: defineRoute({
    service: 'reporting',
    method: 'GET',
    path: 'reports/years',
    pattern: 'reporting.years',
    permission: 'reports:read',
    tag: 'reports',
    summary: 'Các năm có dữ liệu đã ghi nhận trong phạm vi của bạn, mới nhất trước / The years with recorded facts within your scope, newest first',
    description: 'By the facts’ dates in the world: organization events, member facts, classes (by opening date), registrations, sendings, secretaries’ sessions. A secretary: the organizations ever in their subtree.',
    response: reportYearsSchema,
  }),
  yearEnd: defineRoute({
    service: 'reporting',
    method: 'GET',
    path: 'reports/year-end/:year',
    pattern: 'reporting.yearEnd',
    permission: 'reports:read',
    tag: 'reports',
    summary: 'Số liệu báo cáo cuối năm / Year-end figures (orgId: one subtree; default: your whole scope)',
    description:
      'Stocks as of 31/12 by the tree that day; flows by the facts’ dates in the world in the year. A key with no calculator yet is `null` and listed under `pending`. `completeness` says up to which event of each source the figures are complete and whether the read model is behind.',
    params: z.strictObject({ year: reportYearSchema }),
    query: yearEndQuerySchema,
    response: yearEndReportSchema,
    timeoutMs: 30_000,
  }),
  status: defineRoute({
    service: 'reporting',
    method: 'GET',
    path: 'reports/status',
    pattern: 'reporting.status',
    permission: 'reports:read',
    tag: 'reports',
    summary: 'Tình trạng dữ liệu báo cáo: đã cập nhật đến sự kiện nào, còn bao nhiêu sự kiện chờ / Read-model status: up to which event it is complete, and what is still waiting',
    description: 'Readable by whoever reads reports: whether the figures include the last command recorded. Every report carries the same `completeness`.',
    response: reportingStatusSchema,
  }),
  rebuild: defineRoute({
    service: 'reporting',
    method: 'POST',
    path: 'reports/rebuild',
    pattern: 'reporting.rebuild',
    permission: 'system:operate',
    tag: 'reports',
    summary: 'Dựng lại dữ liệu báo cáo từ đầu luồng sự kiện / Rebuild the read model from the start of the streams',
    description: 'Stops the reporting consumers, empties the read model and their inbox rows, and replays the streams from the start; the status is `seeding` until caught up.',
    status: 202,
    // not the pipeline's transaction: the consumers restart only after the emptying has committed (RebuildService)
    kind: 'query',
    response: rebuildResultSchema,
    timeoutMs: 60_000,
  }),
};

