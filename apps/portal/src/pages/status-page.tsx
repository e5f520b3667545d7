import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchHealth, INFRA_NAMES, SERVICE_NAMES, type UpDown } from '../api/gateway';
import { formatTime } from '../format';
import { ErrorNotice, Loading } from '../layout/notices';
import { useDocumentTitle } from '../layout/use-document-title';
import { Page } from '../layout/page';

export const HEALTH_REFRESH_MS = 10_000;

export function StatusPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('status.title'));
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: HEALTH_REFRESH_MS,
    // Keep polling in a background tab: the page is left open on a wall screen.
    refetchIntervalInBackground: true,
    retry: false,
  });

  const data = health.data;
  // When the last poll failed, the components shown are no longer known to be up.
  const stale = health.isError;

  return (
    <Page
      id="status"
      title={t('status.title')}
      intro={t('status.intro')}
      actions={
        <>
          {health.dataUpdatedAt > 0 && (
            <span className="muted" aria-live="polite">
              {t('status.updatedAt', { time: formatTime(health.dataUpdatedAt) })}
            </span>
          )}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void health.refetch()}
            disabled={health.isFetching}
          >
            {health.isFetching ? t('status.refreshing') : t('status.refresh')}
          </button>
        </>
      }
    >

      {health.isPending && <Loading />}
      {health.isError && <ErrorNotice error={health.error} />}

      {data && (
        <>
          <p className={`overall overall-${stale ? 'unknown' : data.status}`} role="status">
            {stale ? t('status.unreachable') : t(`status.overall.${data.status}`)}
          </p>
          <div className="status-grid">
            <StatusGroup
              title={t('status.servicesTitle')}
              rows={SERVICE_NAMES.map((name) => ({
                name,
                label: t(`status.services.${name}`),
                state: stale ? undefined : data.services[name],
              }))}
            />
            <StatusGroup
              title={t('status.infraTitle')}
              rows={INFRA_NAMES.map((name) => ({
                name,
                label: t(`status.infra.${name}`),
                state: stale ? undefined : data.infra[name],
              }))}
            />
          </div>
        </>
      )}
    </Page>
  );
}

interface StatusRow {
  name: string;
  label: string;
  state: UpDown | undefined;
}

function StatusGroup({ title, rows }: { title: string; rows: StatusRow[] }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="status-list">
        {rows.map((row) => (
          <li key={row.name}>
            <span>
              {row.label}
              <code className="status-code">{row.name}</code>
            </span>
            <StatusBadge state={row.state} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function StatusBadge({ state }: { state: UpDown | undefined }) {
  const { t } = useTranslation();
  const kind = state ?? 'unknown';
  return (
    <span className={`badge badge-${kind}`}>
      <span className="badge-dot" aria-hidden="true" />
      {t(`status.badge.${kind}`)}
    </span>
  );
}
