import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Segmented, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchPending, fetchRounds, RATING_KEY, type Pending, type PendingQuery } from '../../api/rating';
import { formatLocalDate, formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { boardPath, LevelTag, StateTag } from './bits';
import { PeerGroupsTable, usePeerGroups, waitingIn } from './peer-groups-table';
import './rating.css';

const FILTERS = ['roundId', 'kind'] as const;
const ALL = 'all';
const KINDS = ['org', 'member'] as const;

/**
 * Chờ Ban Thường vụ quyết định (`rating:approve`): how many proposals wait, the peer groups of a
 * round that have some (each with its quota, each opening its board where the list is decided
 * at once), and every proposal waiting with its deadline, whether it is a re-decision, whether
 * a discipline caps it, and for an organization whether everything below it is decided.
 */
export function DecisionsPage() {
  const { t } = useTranslation();
  const localize = useLocalize();
  useDocumentTitle(t('rating.decisions.title'));
  const [state, setState] = useTableState(FILTERS, { defaultSort: { sort: 'peerGroup', order: 'asc' } });
  const rounds = useQuery({ queryKey: [...RATING_KEY, 'rounds', 'latest'], queryFn: ({ signal }) => fetchRounds({ page: 1, pageSize: 50, sort: 'createdAt', order: 'desc' }, signal), staleTime: 60_000 });
  const latest = rounds.data?.items[0]?.id;
  const chosen = state.filters.roundId;
  const roundId = chosen === ALL ? undefined : (chosen ?? latest);
  const kind = KINDS.find((k) => k === state.filters.kind);

  // opened from the menu: the latest round, written into the address so a link shows the same
  useEffect(() => {
    if (!chosen && latest) setState({ filters: { ...state.filters, roundId: latest } });
  }, [chosen, latest]);

  const { roundId: _r, kind: _k, ...rest } = state.filters;
  const query = { ...listParams({ ...state, filters: rest }), roundId, kind } as PendingQuery;
  const pending = useQuery({ queryKey: [...RATING_KEY, 'pending', query], queryFn: ({ signal }) => fetchPending(query, signal), placeholderData: keepPreviousData, enabled: !rounds.isPending });
  const groups = usePeerGroups(roundId ?? '');
  const groupLabel = (key: string) => {
    const g = groups.data?.items.find((x) => x.key === key);
    return g ? localize(g.label) : key;
  };
  const round = rounds.data?.items.find((r) => r.id === roundId);
  const totals = pending.data?.totals;

  const columns: DataColumn<Pending>[] = [
    { key: 'name', title: t('rating.decisions.columns.name'), sortKey: 'name', value: (p) => p.name },
    { key: 'kind', title: t('rating.decisions.columns.kind'), value: (p) => t(`rating.kind.${p.kind}`) },
    { key: 'org', title: t('rating.decisions.columns.org'), value: (p) => p.orgName },
    {
      key: 'group',
      title: t('rating.decisions.columns.group'),
      sortKey: 'peerGroup',
      value: (p) => groupLabel(p.peerGroup),
      render: (p) => <Link to={boardPath(p.roundId, p.peerGroup)}>{groupLabel(p.peerGroup)}</Link>,
    },
    { key: 'proposal', title: t('rating.decisions.columns.proposal'), value: (p) => p.proposal.level, render: (p) => <LevelTag level={p.proposal.level} score={p.proposal.score} /> },
    {
      key: 'current',
      title: t('rating.decisions.columns.current'),
      value: (p) => p.currentDecision ?? '',
      render: (p) =>
        p.currentDecision ? (
          <>
            <LevelTag level={p.currentDecision} /> <StateTag tone="warn">{t('rating.decisions.redecision')}</StateTag>
          </>
        ) : (
          t('rating.common.none')
        ),
    },
    {
      key: 'state',
      title: t('rating.decisions.columns.state'),
      value: (p) => [p.readyToDecide ? t('rating.decisions.ready') : t('rating.decisions.notReady', { n: p.pendingBelow }), p.disqualified ? t('rating.decisions.disqualified') : ''].filter(Boolean).join('; '),
      render: (p) => (
        <>
          {p.readyToDecide ? <StateTag tone="ok">{t('rating.decisions.ready')}</StateTag> : <StateTag tone="neutral">{t('rating.decisions.notReady', { n: formatNumber(p.pendingBelow) })}</StateTag>}
          {p.disqualified && <StateTag tone="late">{t('rating.decisions.disqualified')}</StateTag>}
        </>
      ),
    },
    {
      key: 'due',
      title: t('rating.decisions.columns.due'),
      value: (p) => p.decisionDue,
      render: (p) => (p.overdue ? <StateTag tone="late">{t('rating.decisions.overdue', { date: formatLocalDate(p.decisionDue) })}</StateTag> : formatLocalDate(p.decisionDue)),
    },
  ];

  return (
    <Page id="rating-decisions" title={t('rating.decisions.title')} intro={t('rating.decisions.intro')}>
      {totals && (
        <Alert
          type={totals.members + totals.orgs > 0 ? 'warning' : 'success'}
          showIcon
          className="rating-after"
          title={<span id="rating-decisions-totals">{t('rating.decisions.totals', { members: formatNumber(totals.members), orgs: formatNumber(totals.orgs), ready: formatNumber(totals.readyOrgs) })}</span>}
        />
      )}
      <div className="rating-choose">
        <label className="rating-filter" htmlFor="rating-decisions-round">
          <span>{t('rating.decisions.round')}</span>
          <Select
            id="rating-decisions-round"
            style={{ minWidth: 280 }}
            value={chosen === ALL ? ALL : roundId}
            loading={rounds.isPending}
            onChange={(v: string) => setState({ filters: { ...state.filters, roundId: v } })}
            options={[{ value: ALL, label: t('rating.decisions.allRounds') }, ...(rounds.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.name} (${r.scopeName ?? t('rating.common.wholeBloc')})` }))]}
          />
        </label>
        <Segmented
          aria-label={t('rating.decisions.kindFilter')}
          value={kind ?? ALL}
          onChange={(v) => setState({ filters: { ...state.filters, kind: v === ALL ? '' : String(v) } })}
          options={[{ value: ALL, label: t('rating.common.all') }, ...KINDS.map((k) => ({ value: k, label: t(`rating.kind.${k}`) }))]}
        />
      </div>
      {round && (
        <section aria-labelledby="rating-decisions-groups">
          <h2 id="rating-decisions-groups" className="rating-h2">
            {t('rating.decisions.groupsTitle')} — {round.name}
          </h2>
          {groups.data && groups.data.items.every((g) => waitingIn(g) === 0) ? (
            <p className="rating-muted">{t('rating.decisions.groupsEmpty')}</p>
          ) : (
            <PeerGroupsTable round={round} only={(g) => waitingIn(g) > 0} compact />
          )}
        </section>
      )}
      <h2 className="rating-h2">{t('rating.decisions.listTitle')}</h2>
      <DataTable<Pending>
        label={t('rating.decisions.label')}
        exportName={t('rating.decisions.exportName')}
        columns={columns}
        rowKey={(p) => p.subjectId}
        state={state}
        onState={setState}
        data={pending.data}
        fetchPage={(page, pageSize) => fetchPending({ ...query, page, pageSize })}
        loading={pending.isFetching}
        error={pending.error}
        onRetry={() => void pending.refetch()}
        rowClassName={(p) => (p.overdue ? 'rating-row-overdue' : '')}
        empty={t('rating.decisions.empty')}
      />
    </Page>
  );
}
