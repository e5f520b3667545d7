import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { fetchEntries, fetchHolders, fetchVettingHistory, fetchVotes, type ConfidenceVote, type HolderRow, type PlanningEntry, type VettingCase } from '../../api/cadre';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { ToneTag } from './bits';
import { boardPath } from './plans-list';
import { useCadreLabels } from './use-labels';
import { ResultTag } from './vote-tags';
import { ResultTag as VettingResultTag, VettingStatusTag } from './vetting-tags';
import './cadre.css';

/**
 * Công tác cán bộ on a member's record: the posts they hold today, their plans (with the exits),
 * their confidence votes, and — for `vetting:read` only — their vetting cases.
 */
export function RecordCadre({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <>
      <Section title={t('cadre.record.posts')}>
        <Holdings personId={personId} />
      </Section>
      <Section title={t('cadre.record.plans')}>
        <Plans personId={personId} />
      </Section>
      <Section title={t('cadre.record.votes')}>
        <Votes personId={personId} />
      </Section>
      {can(me, 'vetting:read') && (
        <Section title={t('cadre.record.vetting')}>
          <Vetting personId={personId} />
        </Section>
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="cadre-record-section">
      <Typography.Title level={3} className="card-heading">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

function Holdings({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  const q = useQuery({ queryKey: ['cadre', 'holders', personId], queryFn: ({ signal }) => fetchHolders({ personId, page: 1, pageSize: 50 }, signal) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} />;
  return (
    <Table<HolderRow>
      size="small"
      rowKey="id"
      dataSource={q.data.items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadre.record.noPosts')} /> }}
      columns={[
        { key: 'post', title: t('cadre.committee.columns.post'), render: (_, h) => labels.post(h.post) },
        { key: 'committee', title: t('cadre.record.committee'), render: (_, h) => <Link to={`/cadre/committees/${h.committeeId}`}>{`${labels.kind(h.kind)} — ${h.orgName ?? ''} (${h.term})`}</Link> },
        { key: 'from', title: t('cadre.committee.columns.from'), render: (_, h) => formatLocalDate(h.from) },
        { key: 'started', title: t('cadre.committee.columns.started'), render: (_, h) => `${labels.mode(h.startMode)} · ${h.started.number}` },
      ]}
    />
  );
}

function Plans({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  const q = useQuery({ queryKey: ['cadre', 'entries', 'person', personId], queryFn: ({ signal }) => fetchEntries({ personId, status: 'all', page: 1, pageSize: 100, sort: 'plannedOn', order: 'desc' }, signal) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} />;
  return (
    <Table<PlanningEntry>
      size="small"
      rowKey="id"
      dataSource={q.data.items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadre.record.noPlans')} /> }}
      columns={[
        { key: 'post', title: t('cadre.plans.columns.post'), render: (_, e) => <Link to={boardPath(e)}>{`${labels.post(e.post)} — ${e.orgName ?? ''}`}</Link> },
        { key: 'term', title: t('cadre.term'), render: (_, e) => e.term },
        { key: 'plannedOn', title: t('cadre.board.columns.plannedOn'), render: (_, e) => `${formatLocalDate(e.plannedOn)} · ${e.decisionNumber}` },
        {
          key: 'status',
          title: t('cadre.board.columns.status'),
          render: (_, e) =>
            e.status === 'in_plan' ? (
              <ToneTag tone="ok">{t('cadre.board.inPlan')}</ToneTag>
            ) : (
              <>
                <ToneTag tone="neutral">{t('cadre.board.outOn', { date: formatLocalDate(e.exit?.on) })}</ToneTag> {e.exit && labels.exitReason(e.exit.reason)}
              </>
            ),
        },
      ]}
    />
  );
}

function Votes({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  const q = useQuery({ queryKey: ['cadre', 'votes', 'person', personId], queryFn: ({ signal }) => fetchVotes({ personId, page: 1, pageSize: 50, sort: 'heldOn', order: 'desc' }, signal) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} />;
  return (
    <Table<ConfidenceVote>
      size="small"
      rowKey="id"
      dataSource={q.data.items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadre.record.noVotes')} /> }}
      columns={[
        { key: 'heldOn', title: t('cadre.votes.columns.heldOn'), render: (_, v) => <Link to={`/cadre/votes/${v.id}`}>{formatLocalDate(v.heldOn)}</Link> },
        { key: 'post', title: t('cadre.votes.columns.post'), render: (_, v) => `${labels.post(v.post)} — ${v.orgName ?? ''}` },
        { key: 'low', title: t('cadre.votes.columns.low'), render: (_, v) => v.sheet.low },
        { key: 'result', title: t('cadre.votes.columns.result'), render: (_, v) => <ResultTag vote={v} /> },
      ]}
    />
  );
}

function Vetting({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  const q = useQuery({ queryKey: ['cadre', 'vetting', 'person', personId], queryFn: ({ signal }) => fetchVettingHistory(personId, signal), retry: false });
  if (q.isPending) return <Loading />;
  // a person the cadre service has not heard of has no case
  if (q.isError && !(q.error instanceof ApiError && q.error.status === 404)) return <ErrorNotice error={q.error} />;
  const cases = q.data?.cases ?? [];
  return (
    <Table<VettingCase>
      size="small"
      rowKey="id"
      dataSource={cases}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadre.record.noVetting')} /> }}
      columns={[
        { key: 'openedOn', title: t('cadre.vetting.columns.openedOn'), render: (_, c) => <Link to={`/cadre/vetting/cases/${c.id}`}>{formatLocalDate(c.openedOn)}</Link> },
        { key: 'purpose', title: t('cadre.vetting.columns.purpose'), render: (_, c) => labels.purpose(c.purpose) },
        { key: 'status', title: t('cadre.vetting.columns.status'), render: (_, c) => <VettingStatusTag status={c.status} /> },
        { key: 'result', title: t('cadre.vetting.columns.conclusion'), render: (_, c) => c.conclusion && <VettingResultTag result={c.conclusion.result} /> },
      ]}
    />
  );
}
