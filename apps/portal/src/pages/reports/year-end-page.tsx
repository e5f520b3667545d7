import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMetricCatalogue, fetchReportYears, fetchYearEnd } from '../../api/reports';
import { formatDateTime, formatLocalDate, formatNumber } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { useDocumentTitle } from '../../layout/use-document-title';
import { Inconsistencies } from './inconsistencies';
import { PendingList } from './pending-list';
import { ReportOrgChoice, useReportOrg } from './report-org-choice';
import { ReconciliationTable } from './reconciliation-table';
import { ReportCharts } from './report-charts';
import { ReportSections } from './report-sections';
import { completenessSummary } from './report-completeness';
import { defaultReportYear, reportYearChoices } from './report-years';
import { Page } from '../../layout/page';
import { ReportExport } from './report-export';
import './reports.css';

export function YearEndPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'));
  // the years with recorded facts decide the year the page opens on (last year when they cannot be read)
  const factYears = useQuery({ queryKey: ['reports', 'years'], queryFn: ({ signal }) => fetchReportYears(signal), staleTime: 5 * 60_000 });
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? defaultReportYear(factYears.data?.years ?? []);
  const [orgId, setOrgId] = useReportOrg();
  const catalogue = useQuery({ queryKey: ['reports', 'metrics'], queryFn: ({ signal }) => fetchMetricCatalogue(signal), staleTime: 60 * 60_000 });
  const report = useQuery({
    queryKey: ['reports', 'year-end', year, orgId],
    queryFn: ({ signal }) => fetchYearEnd(year, orgId, signal),
    // not for a default year about to change
    enabled: chosenYear !== null || !factYears.isPending,
  });
  const definitions = useMemo(() => new Map((catalogue.data?.metrics ?? []).map((m) => [m.key, m])), [catalogue.data]);
  const years = useMemo(() => reportYearChoices(factYears.data?.years ?? []), [factYears.data]);

  return (
    <Page id="year-end" title={t('reports.title')} intro={t('reports.intro')}>
      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor="report-year">{t('reports.year')}</label>
          <select id="report-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.withFacts.length > 0 && (
              <optgroup label={t('reports.yearsWithFacts')}>
                {years.withFacts.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </optgroup>
            )}
            {years.others.length > 0 && (
              <optgroup label={t('reports.otherYears')}>
                {years.others.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <ReportOrgChoice value={orgId} onChange={setOrgId} />
      </div>
      <ReportExport year={year} orgId={orgId} />

      {catalogue.isError && <ErrorNotice error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
      {report.isPending && <Loading />}
      {report.isError && <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <>
          <p className="muted">
            {t('reports.asOf', { date: formatLocalDate(report.data.asOf) })}
            {report.data.scope.name && report.data.scope.orgCount !== null && (
              <> · {t('reports.scopeOrgs', { name: report.data.scope.name, count: formatNumber(report.data.scope.orgCount) })}</>
            )}
          </p>
          <CompletenessNotice report={report.data} />
          <Inconsistencies items={report.data.inconsistencies} definitions={definitions} />
          <ReportCharts metrics={report.data.metrics} />
          <ReportSections report={report.data} definitions={definitions} />
          <ReconciliationTable reconciliation={report.data.reconciliation} />
          <PendingList pending={report.data.pending} definitions={definitions} />
        </>
      )}
    </Page>
  );
}

/** Whether the figures include every command recorded so far, or the read model is still catching up. */
function CompletenessNotice({ report }: { report: { completeness: Parameters<typeof completenessSummary>[0] } }) {
  const { t } = useTranslation();
  const c = completenessSummary(report.completeness);
  if (c.complete) {
    return (
      <p className="notice notice-success" role="status">
        {c.lastRecordedAt ? t('reports.completeUpTo', { time: formatDateTime(c.lastRecordedAt) }) : t('reports.completeEmpty')}
      </p>
    );
  }
  return (
    <p className="notice notice-warning" role="status">
      {t('reports.behind', { count: c.waiting, waiting: formatNumber(c.waiting) })}
    </p>
  );
}
