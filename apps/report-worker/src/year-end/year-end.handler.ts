import { REPORTS_ROUTES, todayInVietnam, YearEndReportJob, type ReportJobResult, type YearEndReport } from '@party/contracts';
import { handle } from '@party/messaging';
import type { ResultStore } from '../infra/result-store';
import type { ServiceCalls } from '../infra/service-calls';
import { progressOf } from '../infra/progress';
import type { WorkerEnv } from '../worker-env';
import { metricLabel } from './labels';
import { buildNarrative } from './narrative';
import { narrativeHtml } from './html';
import { narrativePdf } from './pdf';
import { yearEndWorkbook } from './workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SUMMARY_KEYS = ['orgs.grassroots', 'members.total', 'members.admitted', 'members.madeOfficial'];

/**
 * The year-end report job: the figures from the reporting service (its `GET /reports/year-end`
 * answer, the same JSON the page shows), then the workbook, the PDF and the HTML narrative,
 * stored together at the end.
 */
export function yearEndHandler(deps: { calls: ServiceCalls; store: ResultStore; env: WorkerEnv }) {
  return handle(YearEndReportJob, async (p, job): Promise<ReportJobResult> => {
    const step = progressOf(job, deps.env.JOB_STEP_DELAY_MS);
    await step(5);
    const report = await deps.calls.ask<YearEndReport>(REPORTS_ROUTES.yearEnd.pattern, { year: p.year, ...(p.orgId ? { orgId: p.orgId } : {}) }, String(job.id));
    await step(35);
    const at = new Date().toISOString();
    const narrative = buildNarrative(report, todayInVietnam(new Date(at)));
    const xlsx = await yearEndWorkbook(report, narrative, { at, watermark: p.watermark });
    await step(55);
    const pdf = await narrativePdf(narrative, { at });
    await step(80);
    const html = Buffer.from(narrativeHtml(narrative), 'utf8');
    await step(90);
    const base = `bao-cao-cuoi-nam-${p.year}${p.orgId ? `-${p.orgId.slice(0, 8)}` : ''}`;
    const title = (what: string, en: string) => ({ vi: `${what} năm ${p.year} — ${narrative.scopeName}`, en: `${en} ${p.year} — ${narrative.scopeName}` });
    const files = await deps.store.store(String(job.id), [
      { name: `${base}.xlsx`, title: title('Số liệu báo cáo (Excel)', 'Year-end figures (Excel)'), contentType: XLSX, permission: 'reports:read', bytes: xlsx },
      { name: `${base}.pdf`, title: title('Báo cáo kết quả (PDF)', 'Year-end report (PDF)'), contentType: 'application/pdf', permission: 'reports:read', bytes: pdf },
      { name: `${base}.html`, title: title('Báo cáo kết quả (HTML)', 'Year-end report (HTML)'), contentType: 'text/html; charset=utf-8', permission: 'reports:read', bytes: html },
    ]);
    await job.updateProgress(100);
    return {
      files,
      summary: SUMMARY_KEYS.map((key) => ({ label: metricLabel(key), value: typeof report.metrics[key] === 'number' ? (report.metrics[key] as number) : null })),
      complete: report.completeness.complete,
    };
  });
}
