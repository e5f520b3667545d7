import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Card, Col, Row, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchHealth, fetchUsers, HEALTH_REFRESH_MS, INFRA_NAMES, SERVICE_NAMES } from '../../api/gateway';
import { countDeadLetters } from '../../api/home';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { formatNumber } from '../../format';
import { useErrorMessage } from '../../layout/notices';

/** The administrator's home: is everything up, how many accounts, how many events failed. */
export function SystemSummary() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const operates = can(me, 'system:operate');
  const managesUsers = can(me, 'users:manage');

  return (
    <section aria-labelledby="home-system-title" className="home-section">
      <h2 id="home-system-title">{t('home.system.title')}</h2>
      <Row gutter={[16, 16]}>
        {operates && (
          <Col xs={24} lg={12} xl={8}>
            <HealthCard />
          </Col>
        )}
        {managesUsers && (
          <Col xs={24} lg={12} xl={8}>
            <UsersCard />
          </Col>
        )}
        {operates && (
          <Col xs={24} lg={12} xl={8}>
            <DeadLettersCard />
          </Col>
        )}
      </Row>
    </section>
  );
}

function SummaryCard({ id, title, link, children }: { id: string; title: string; link: ReactNode; children: ReactNode }) {
  return (
    <Card
      className="todo-card"
      role="region"
      aria-labelledby={`${id}-title`}
      title={
        <h3 id={`${id}-title`} className="todo-card-title">
          {title}
        </h3>
      }
    >
      {children}
      <p className="home-more">{link}</p>
    </Card>
  );
}

function HealthCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  // the status page's query: both show the same reading
  const health = useQuery({ queryKey: ['health'], queryFn: ({ signal }) => fetchHealth(signal), refetchInterval: HEALTH_REFRESH_MS, retry: false });
  const parts = health.data
    ? [
        ...SERVICE_NAMES.map((n) => ({ label: t(`status.services.${n}`), state: health.data.services[n] })),
        ...INFRA_NAMES.map((n) => ({ label: t(`status.infra.${n}`), state: health.data.infra[n] })),
      ]
    : [];
  const down = parts.filter((p) => p.state !== 'up');
  return (
    <SummaryCard id="home-health" title={t('home.system.health')} link={<Link to="/admin/status" id="home-open-status">{t('home.system.openStatus')}</Link>}>
      {health.isPending && <Skeleton active paragraph={{ rows: 1 }} title={false} />}
      {health.isError && <Alert type="error" showIcon role="alert" title={errorMessage(health.error)} />}
      {health.data && (
        <>
          <p className="system-overall">
            <Badge status={health.data.status === 'up' ? 'success' : health.data.status === 'down' ? 'error' : 'processing'} text={t(`status.overall.${health.data.status}`)} />
          </p>
          <p className="muted">{t('home.system.componentsUp', { up: formatNumber(parts.length - down.length), total: formatNumber(parts.length) })}</p>
          {down.length > 0 && <p className="system-down">{t('home.system.downList', { names: down.map((p) => p.label).join(', ') })}</p>}
        </>
      )}
    </SummaryCard>
  );
}

function UsersCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const users = useQuery({ queryKey: ['admin', 'users', 'count'], queryFn: ({ signal }) => fetchUsers({ page: 1, pageSize: 1 }, signal) });
  return (
    <SummaryCard id="home-users" title={t('home.system.users')} link={<Link to="/admin/users" id="home-open-users">{t('home.system.openUsers')}</Link>}>
      {users.isPending && <Skeleton active paragraph={{ rows: 1 }} title={false} />}
      {users.isError && <Alert type="error" showIcon role="alert" title={errorMessage(users.error)} />}
      {users.data && <p className="system-figure">{t('home.system.usersCount', { n: formatNumber(users.data.total) })}</p>}
    </SummaryCard>
  );
}

function DeadLettersCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const letters = useQuery({ queryKey: ['admin', 'dead-letters', 'count'], queryFn: ({ signal }) => countDeadLetters(signal) });
  return (
    <SummaryCard
      id="home-dead-letters"
      title={t('home.system.deadLetters')}
      link={<Link to="/admin/dead-letters" id="home-open-dead-letters">{t('home.system.openDeadLetters')}</Link>}
    >
      {letters.isPending && <Skeleton active paragraph={{ rows: 1 }} title={false} />}
      {letters.isError && <Alert type="error" showIcon role="alert" title={errorMessage(letters.error)} />}
      {letters.data !== undefined &&
        (letters.data === 0 ? (
          <p className="todo-nothing">{t('home.system.deadLettersNone')}</p>
        ) : (
          <p className="system-figure system-figure-bad">{t('home.system.deadLettersCount', { n: formatNumber(letters.data) })}</p>
        ))}
    </SummaryCard>
  );
}
