import { api, unwrap, type Answer } from './client';

export type MetricCatalogue = Answer<'get', '/api/reports/metrics'>;
export type MetricDefinition = MetricCatalogue['metrics'][number];
export type YearEndReport = Answer<'get', '/api/reports/year-end/{year}'>;
export type Reconciliation = YearEndReport['reconciliation'];
export type ReconciliationTerm = keyof Reconciliation;
export type ReportInconsistency = YearEndReport['inconsistencies'][number];

export const fetchMetricCatalogue = (signal?: AbortSignal) => unwrap(api.GET('/api/reports/metrics', { signal }));

export const fetchYearEnd = (year: number, orgId: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/reports/year-end/{year}', { params: { path: { year }, query: { orgId } }, signal }));

/** The years with recorded facts within the caller's scope, newest first. */
export const fetchReportYears = (signal?: AbortSignal) => unwrap(api.GET('/api/reports/years', { signal }));
