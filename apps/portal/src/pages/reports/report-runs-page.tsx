import { useQuery } from '@tanstack/react-query';
import { Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchReportRuns, type ReportJob, type ReportSchedule } from '../../api/reports';
import { formatDateTime, formatLocalDate } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import { ReportFiles } from './report-export';
import { jobError, jobPeriod } from './report-job-view';
import './reports.css';

type Trigger = 'all' | 'schedule' | 'demand';

/** The scheduled runs (and those asked for), newest first, each with its files; the schedules and their next fire above. */
export function ReportRunsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  useDocumentTitle(t('reportJobs.runs.title'));
  const [trigger, setTrigger] = useState<Trigger>('all');
  const [state, setState] = useTableState([], { defaultSort: { sort: 'createdAt', order: 'desc' } });
  const runs = useQuery({
    queryKey: ['reports', 'runs', trigger],
    queryFn: ({ signal }) => fetchReportRuns({ limit: 100, ...(trigger === 'all' ? {} : { trigger }) }, signal),
    // a run in progress moves on its own
    refetchInterval: (q) => (q.state.data?.items.some((j) => j.state === 'active' || j.state === 'waiting' || j.state === 'delayed') ? 3000 : 30_000),
  });

  const period = (j: ReportJob) => {
    const p = jobPeriod(j);
    if (!p) return '';
    return t(`reportJobs.runs.${p.key}`, { year: p.value, date: formatLocalDate(String(p.value)) });
  };
  const columns: DataColumn<ReportJob>[] = [
    {
      key: 'title',
      title: t('reportJobs.runs.columns.title'),
      value: (j) => j.title[lang],
      render: (j) => (
        <>
          {j.title[lang]}
          <div className="muted small">{j.orgId ? j.orgId : t('reportJobs.runs.wholeBloc')}</div>
        </>
      ),
    },
    { key: 'for', title: t('reportJobs.runs.columns.for'), value: period },
    { key: 'trigger', title: t('reportJobs.runs.trigger'), value: (j) => t(`reportJobs.runs.triggers.${j.trigger}`) },
    {
      key: 'createdAt',
      title: t('reportJobs.runs.columns.createdAt'),
      value: (j) => formatDateTime(j.createdAt),
      compare: (a, b) => a.createdAt.localeCompare(b.createdAt),
      render: (j) => <span className="nowrap">{formatDateTime(j.createdAt)}</span>,
    },
    {
      key: 'state',
      title: t('reportJobs.runs.columns.state'),
      value: (j) => t(`reportJobs.states.${j.state}`),
      render: (j) => (
        <>
          {t(`reportJobs.states.${j.state}`)}
          {j.state !== 'completed' && j.progress > 0 && ` · ${j.progress}%`}
          {jobError(j, lang) && <div className="report-run-error">{jobError(j, lang)}</div>}
        </>
      ),
    },
    { key: 'by', title: t('reportJobs.runs.columns.by'), value: (j) => j.requestedBy ?? t('reportJobs.runs.triggers.schedule') },
    { key: 'files', title: t('reportJobs.runs.columns.files'), render: (j) => <ReportFiles job={j} compact /> },
  ];

  return (
    <Page id="report-runs" title={t('reportJobs.runs.title')} intro={t('reportJobs.runs.intro')}>
      <h2 className="report-runs-heading">{t('reportJobs.runs.schedulesTitle')}</h2>
      <Table<ReportSchedule>
        size="small"
        rowKey="key"
        pagination={false}
        loading={runs.isPending}
        dataSource={runs.data?.schedules}
        columns={[
          { key: 'title', title: t('reportJobs.runs.schedule'), render: (_, s) => s.title[lang] },
          { key: 'next', title: `${t('reportJobs.runs.next')} (${t('reportJobs.runs.timeZone')})`, render: (_, s) => (s.next ? formatDateTime(s.next) : t('reportJobs.runs.notRegistered')) },
        ]}
      />
      <h2 className="report-runs-heading">{t('reportJobs.runs.runsTitle')}</h2>
      <DataTable<ReportJob>
        label={t('reportJobs.runs.runsLabel')}
        exportName={t('reportJobs.runs.exportName')}
        columns={columns}
        rowKey={(j) => j.id}
        state={state}
        onState={setState}
        rows={runs.data?.items}
        loading={runs.isFetching}
        error={runs.error}
        onRetry={() => void runs.refetch()}
        empty={runs.isPending ? <span /> : <span className="table-empty">{t('reportJobs.runs.empty')}</span>}
        toolbar={
          <Segmented<Trigger>
            value={trigger}
            onChange={setTrigger}
            options={[
              { value: 'all', label: t('reportJobs.runs.filterAll') },
              { value: 'schedule', label: t('reportJobs.runs.triggers.schedule') },
              { value: 'demand', label: t('reportJobs.runs.triggers.demand') },
            ]}
          />
        }
      />
    </Page>
  );
}
