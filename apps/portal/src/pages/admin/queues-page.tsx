import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Segmented, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchQueueJobs, fetchQueueOverview, retryQueueJob, type QueueJob, type QueueState } from '../../api/gateway';
import { formatDateTime, formatNumber } from '../../format';
import { useErrorMessage } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import './admin.css';

const QUEUES_KEY = ['admin', 'queues'] as const;
const STATES: QueueState[] = ['failed', 'active', 'waiting', 'delayed', 'completed', 'prioritized'];
const REFRESH_MS = 5000;

/** The failure as a person reads it: ours are JSON with both languages, BullMQ's own are plain. */
function reasonText(reason: string | null, lang: 'vi' | 'en'): string {
  if (!reason) return '';
  try {
    const parsed = JSON.parse(reason) as { vi?: string; en?: string };
    return parsed[lang] ?? reason;
  } catch {
    return reason;
  }
}

/**
 * The administrator's queue dashboard (what bull-board shows, behind the portal's own sign-in):
 * jobs by state, workers connected, the schedules and their next fire, the jobs of one state
 * with their failure, and a retry for a failed one.
 */
export function QueuesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  useDocumentTitle(t('queues.title'));
  const [stateFilter, setStateFilter] = useState<QueueState>('failed');
  const [table, setTable] = useTableState([], { defaultSort: { sort: 'createdAt', order: 'desc' } });
  const overview = useQuery({ queryKey: [...QUEUES_KEY, 'overview'], queryFn: ({ signal }) => fetchQueueOverview(signal), refetchInterval: REFRESH_MS });
  const jobs = useQuery({ queryKey: [...QUEUES_KEY, 'jobs', stateFilter], queryFn: ({ signal }) => fetchQueueJobs(stateFilter, 100, signal), refetchInterval: REFRESH_MS });
  const stateLabel = (s: string) => t(`queues.states.${s as QueueState}`, { defaultValue: s });

  const columns: DataColumn<QueueJob>[] = [
    { key: 'id', title: t('queues.columns.id'), value: (j) => j.id, render: (j) => <code className="queue-job-id">{j.id}</code> },
    { key: 'name', title: t('queues.columns.name'), value: (j) => j.name, render: (j) => <code>{j.name}</code> },
    { key: 'progress', title: t('queues.columns.progress'), align: 'right', value: (j) => j.progress, compare: (a, b) => a.progress - b.progress, render: (j) => `${j.progress}%` },
    { key: 'attempts', title: t('queues.columns.attempts'), align: 'right', value: (j) => `${j.attemptsMade}/${j.attempts}` },
    {
      key: 'createdAt',
      title: t('queues.columns.createdAt'),
      value: (j) => formatDateTime(j.createdAt),
      compare: (a, b) => a.createdAt.localeCompare(b.createdAt),
      render: (j) => <span className="nowrap">{formatDateTime(j.createdAt)}</span>,
    },
    { key: 'finishedAt', title: t('queues.columns.finishedAt'), value: (j) => formatDateTime(j.finishedAt), render: (j) => <span className="nowrap">{formatDateTime(j.finishedAt)}</span> },
    { key: 'reason', title: t('queues.columns.reason'), value: (j) => reasonText(j.failedReason, lang), render: (j) => <Typography.Text>{reasonText(j.failedReason, lang)}</Typography.Text> },
    ...(stateFilter === 'failed' ? [{ key: 'actions', title: t('queues.columns.actions'), render: (j: QueueJob) => <RetryJob job={j} /> }] : []),
  ];

  const data = overview.data;
  return (
    <Page id="queues" title={t('queues.title')} intro={t('queues.intro')}>
      {overview.isError && <Alert type="error" showIcon className="admin-note" title={String(overview.error)} />}
      {data && (
        <>
          {data.workers === 0 ? (
            <Alert type="warning" showIcon className="admin-note" title={t('queues.noWorker')} />
          ) : (
            <p className="muted">{t('queues.workers', { n: formatNumber(data.workers) })}</p>
          )}
          <div className="queue-counts" aria-label={t('queues.counts')} role="group">
            {STATES.map((s) => (
              <Statistic key={s} title={stateLabel(s)} value={formatNumber(data.counts[s] ?? 0)} />
            ))}
          </div>
          <h2 className="admin-heading">{t('queues.schedulers')}</h2>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={data.schedulers}
            columns={[
              { key: 'key', title: t('queues.columns.key'), render: (_, s) => <code>{s.key}</code> },
              { key: 'pattern', title: t('queues.columns.pattern'), render: (_, s) => <code>{s.pattern}</code> },
              { key: 'next', title: t('queues.columns.next'), render: (_, s) => `${formatDateTime(s.next)} (${s.timeZone ?? ''})` },
            ]}
          />
        </>
      )}
      <h2 className="admin-heading">{t('queues.tableLabel', { state: stateLabel(stateFilter) })}</h2>
      <DataTable<QueueJob>
        label={t('queues.tableLabel', { state: stateLabel(stateFilter) })}
        exportName={t('queues.exportName', { state: stateFilter })}
        columns={columns}
        rowKey={(j) => j.id}
        state={table}
        onState={setTable}
        rows={jobs.data?.items}
        loading={jobs.isFetching}
        error={jobs.error}
        onRetry={() => void jobs.refetch()}
        empty={jobs.isPending ? <span /> : <span className="table-empty">{t('queues.empty')}</span>}
        toolbar={<Segmented<QueueState> value={stateFilter} onChange={setStateFilter} options={STATES.map((s) => ({ value: s, label: stateLabel(s) }))} />}
      />
    </Page>
  );
}

function RetryJob({ job }: { job: QueueJob }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const retry = useMutation({
    mutationFn: () => retryQueueJob(job.id),
    onSuccess: () => {
      void message.success(t('queues.retried', { id: job.id }));
      void client.invalidateQueries({ queryKey: QUEUES_KEY });
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
  return (
    <Button size="small" onClick={() => retry.mutate()} loading={retry.isPending}>
      {t('queues.retry')}
    </Button>
  );
}
