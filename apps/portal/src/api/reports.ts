import { saveBlob } from '../ui/export-xlsx';
import { errorFromAnswer } from './api-error';
import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

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

/** Report jobs: exports made in the background (workbook, PDF), scheduled runs and their files. */
export type ReportJob = Answer<'get', '/api/reports/jobs/{id}'>;
export type ReportJobFile = ReportJob['files'][number];
export type ReportRuns = Answer<'get', '/api/reports/jobs'>;
export type ReportSchedule = ReportRuns['schedules'][number];
export type StartReportJob = RequestBody<'post', '/api/reports/jobs'>;

export const startReportJob = (body: StartReportJob) => unwrap(api.POST('/api/reports/jobs', { body }));

export const fetchReportJob = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/reports/jobs/{id}', { params: { path: { id } }, signal }));

export const fetchReportRuns = (query: Query<'get', '/api/reports/jobs'>, signal?: AbortSignal) => unwrap(api.GET('/api/reports/jobs', { params: { query }, signal }));

/** A file of a job, through the gateway with the session's token, handed to the browser as a download. */
export async function downloadReportFile(job: Pick<ReportJob, 'id'>, file: Pick<ReportJobFile, 'name'>): Promise<void> {
  const blob = await unwrap(api.GET('/api/reports/jobs/{id}/files/{name}', { params: { path: { id: job.id, name: file.name } }, parseAs: 'blob' })) as unknown as Blob;
  saveBlob(blob, file.name);
}

/** Opens a PDF or HTML file of a job in a new tab (to read or print it). */
export async function openReportFile(job: Pick<ReportJob, 'id'>, file: Pick<ReportJobFile, 'name' | 'contentType'>): Promise<void> {
  const tab = window.open('', '_blank');
  const blob = (await unwrap(api.GET('/api/reports/jobs/{id}/files/{name}', { params: { path: { id: job.id, name: file.name } }, parseAs: 'blob' }))) as unknown as Blob;
  const url = URL.createObjectURL(new Blob([blob], { type: file.contentType }));
  if (tab) tab.location.href = url;
  else window.location.assign(url);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Follows a job through the gateway's event stream (`text/event-stream`, read with fetch so the
 * session's token goes with it; `EventSource` cannot send it): `onJob` with each state until the
 * job ends or `signal` aborts.
 */
export async function followReportJob(id: string, onJob: (job: ReportJob) => void, signal: AbortSignal): Promise<void> {
  const { response } = await api.GET('/api/reports/jobs/{id}/events', { params: { path: { id } }, parseAs: 'stream', signal, headers: { Accept: 'text/event-stream' } });
  if (!response.ok || !response.body) throw errorFromAnswer(response.status, await response.json().catch(() => undefined));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const data = buffer
        .slice(0, end)
        .split('\n')
        .find((l) => l.startsWith('data: '));
      buffer = buffer.slice(end + 2);
      if (data) onJob(JSON.parse(data.slice(6)) as ReportJob);
    }
  }
}
