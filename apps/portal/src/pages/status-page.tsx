import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchHealth, HEALTH_REFRESH_MS, INFRA_NAMES, SERVICE_NAMES, type Health, type UpDown } from '../api/gateway';
import { formatTime } from '../format';
import { useErrorMessage } from '../layout/notices';
import { Page } from '../layout/page';
import { useDocumentTitle } from '../layout/use-document-title';
import './admin/admin.css';

export { HEALTH_REFRESH_MS };

/** The overall line's colour: everything up, something down, or the first load still running. */
const OVERALL_TYPE: Record<Health['status'], 'success' | 'error' | 'info'> = { up: 'success', down: 'error', seeding: 'info' };

export function StatusPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
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
        <Space wrap>
          {health.dataUpdatedAt > 0 && (
            <Typography.Text type="secondary" aria-live="polite">
              {t('status.updatedAt', { time: formatTime(health.dataUpdatedAt) })}
            </Typography.Text>
          )}
          <Button id="status-refresh" onClick={() => void health.refetch()} loading={health.isFetching}>
            {health.isFetching ? t('status.refreshing') : t('status.refresh')}
          </Button>
        </Space>
      }
    >
      {health.isPending && <Skeleton active />}
      {stale && <Alert type="error" showIcon role="alert" className="status-overall" title={t('status.unreachable')} description={errorMessage(health.error)} />}
      {data && !stale && <Alert type={OVERALL_TYPE[data.status]} showIcon role="status" className="status-overall" title={t(`status.overall.${data.status}`)} />}

      {data && (
        <Row gutter={[16, 16]} className="status-cards">
          <Col xs={24} lg={12}>
            <StatusGroup
              id="status-services"
              title={t('status.servicesTitle')}
              rows={SERVICE_NAMES.map((name) => ({ name, label: t(`status.services.${name}`), state: stale ? undefined : data.services[name] }))}
            />
          </Col>
          <Col xs={24} lg={12}>
            <StatusGroup
              id="status-infra"
              title={t('status.infraTitle')}
              rows={INFRA_NAMES.map((name) => ({ name, label: t(`status.infra.${name}`), state: stale ? undefined : data.infra[name] }))}
            />
          </Col>
        </Row>
      )}
    </Page>
  );
}

interface StatusRow {
  name: string;
  label: string;
  state: UpDown | undefined;
}

function StatusGroup({ id, title, rows }: { id: string; title: string; rows: StatusRow[] }) {
  return (
    <Card
      role="region"
      aria-labelledby={`${id}-title`}
      title={
        <h2 id={`${id}-title`} className="status-card-title">
          {title}
        </h2>
      }
    >
      <ul className="status-rows">
        {rows.map((row) => (
          <li key={row.name}>
            <span>
              <span className="status-label">{row.label}</span>
              <code className="status-code">{row.name}</code>
            </span>
            <StatusBadge state={row.state} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

const BADGE_STATUS = { up: 'success', down: 'error', unknown: 'default' } as const;

function StatusBadge({ state }: { state: UpDown | undefined }) {
  const { t } = useTranslation();
  const kind = state ?? 'unknown';
  return <Badge status={BADGE_STATUS[kind]} text={t(`status.badge.${kind}`)} />;
}
