import type { MetricCatalogueView, ReportYears, YearEndReport } from '@party/contracts';
import { api } from './client';
import { queryString } from './orgs';

export type { MetricCatalogueView, Reconciliation, ReportInconsistency, ReportYears, YearEndReport } from '@party/contracts';

export const fetchMetricCatalogue = (signal?: AbortSignal) => api<MetricCatalogueView>('/api/reports/metrics', { signal });

export const fetchYearEnd = (year: number, orgId: string | undefined, signal?: AbortSignal) =>
  api<YearEndReport>(`/api/reports/year-end/${year}${queryString({ orgId })}`, { signal });

/** The years with recorded facts within the caller's scope, newest first. */
export const fetchReportYears = (signal?: AbortSignal) => api<ReportYears>('/api/reports/years', { signal });
