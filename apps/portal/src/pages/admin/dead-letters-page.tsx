import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchDeadLetters, retryDeadLetter, type DeadLetter } from '../../api/gateway';
import { formatDateTime, formatLocalDate, formatNumber } from '../../format';
import { useErrorMessage } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import './admin.css';

const DEAD_LETTERS_KEY = ['admin', 'dead-letters'] as const;
/** The stream is read forward, not paged: the oldest this many, which is more than a bad day makes. */
const READ_LIMIT = 500;

const byText = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '', 'vi');

export function DeadLettersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('deadLetters.title'));
  const [state, setState] = useTableState([], { defaultSort: { sort: 'seq', order: 'asc' } });
  const letters = useQuery({ queryKey: [...DEAD_LETTERS_KEY, 'list'], queryFn: ({ signal }) => fetchDeadLetters(READ_LIMIT, signal) });

  const columns: DataColumn<DeadLetter>[] = [
    { key: 'seq', title: t('deadLetters.columns.seq'), align: 'right', value: (l) => l.seq, compare: (a, b) => a.seq - b.seq },
    {
      key: 'event',
      title: t('deadLetters.columns.event'),
      value: (l) => l.eventType,
      compare: (a, b) => byText(a.eventType, b.eventType),
      render: (l) => (
        <>
          <code>{l.eventType ?? '—'}</code>
          {l.eventId && (
            <div className="muted small">
              <span className="visually-hidden">{t('deadLetters.columns.eventId')}: </span>
              <code>{l.eventId}</code>
            </div>
          )}
        </>
      ),
    },
    {
      key: 'consumer',
      title: t('deadLetters.columns.consumer'),
      value: (l) => l.consumer,
      compare: (a, b) => byText(a.consumer, b.consumer),
      render: (l) => (
        <>
          <code>{l.consumer}</code>
          <div className="muted small" title={l.sourceSubject}>
            <span className="visually-hidden">{t('deadLetters.columns.source')}: </span>
            {l.sourceStream} #{formatNumber(l.sourceSeq)}
          </div>
        </>
      ),
    },
    { key: 'attempts', title: t('deadLetters.columns.attempts'), align: 'right', value: (l) => l.attempts, compare: (a, b) => a.attempts - b.attempts },
    { key: 'error', title: t('deadLetters.columns.error'), value: (l) => l.error, render: (l) => <ErrorText error={l.error} /> },
    {
      key: 'occurredOn',
      title: t('deadLetters.columns.occurredOn'),
      value: (l) => l.occurredOn,
      compare: (a, b) => byText(a.occurredOn, b.occurredOn),
      render: (l) => <span className="nowrap">{formatLocalDate(l.occurredOn)}</span>,
    },
    {
      key: 'deadLetteredAt',
      title: t('deadLetters.columns.deadLetteredAt'),
      value: (l) => formatDateTime(l.deadLetteredAt),
      compare: (a, b) => byText(a.deadLetteredAt, b.deadLetteredAt),
      render: (l) => <span className="nowrap">{formatDateTime(l.deadLetteredAt)}</span>,
    },
    { key: 'actions', title: t('deadLetters.columns.actions'), render: (l) => <RetryButton letter={l} /> },
  ];

  const shown = letters.data?.items.length ?? 0;
  const total = letters.data?.total ?? 0;

  return (
    <Page id="dead-letters" title={t('deadLetters.title')} intro={t('deadLetters.intro')}>
      {letters.data && total > shown && (
        <Alert type="info" showIcon className="admin-note" title={t('deadLetters.partial', { shown: formatNumber(shown), n: formatNumber(total) })} />
      )}
      <DataTable<DeadLetter>
        label={t('deadLetters.tableLabel')}
        exportName={t('deadLetters.exportName')}
        columns={columns}
        rowKey={(l) => l.seq}
        state={state}
        onState={setState}
        rows={letters.data?.items}
        loading={letters.isFetching}
        error={letters.error}
        onRetry={() => void letters.refetch()}
        empty={letters.isPending ? <span /> : <span className="table-empty">{t('deadLetters.empty')}</span>}
        toolbar={letters.data && <span className="muted">{t('deadLetters.total', { n: formatNumber(total) })}</span>}
      />
    </Page>
  );
}

/** The first line of a stack trace in the cell, the whole of it on demand. */
function ErrorText({ error }: { error: string }) {
  const { t } = useTranslation();
  const first = error.split('\n')[0];
  return (
    <span className="dead-letter-error">
      <Typography.Text>{first.length > 80 ? `${first.slice(0, 79)}…` : first}</Typography.Text>{' '}
      <Popover trigger="click" content={<pre className="dead-letter-stack">{error}</pre>} title={t('deadLetters.columns.error')}>
        <Button type="link" size="small">
          {t('deadLetters.showError')}
        </Button>
      </Popover>
    </span>
  );
}

function RetryButton({ letter }: { letter: DeadLetter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  // a mutation per row, so each button shows its own progress
  const retry = useMutation({
    mutationFn: () => retryDeadLetter(letter.seq),
    onSuccess: async () => {
      void message.success(t('deadLetters.retried', { seq: formatNumber(letter.seq) }));
      await queryClient.invalidateQueries({ queryKey: DEAD_LETTERS_KEY });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  return (
    <Button
      id={`dead-letter-retry-${letter.seq}`}
      onClick={() => retry.mutate()}
      loading={retry.isPending}
      disabled={retry.isSuccess}
      aria-label={t('deadLetters.retryLabel', { seq: formatNumber(letter.seq) })}
    >
      {retry.isPending ? t('deadLetters.retrying') : t('deadLetters.retry')}
    </Button>
  );
}
