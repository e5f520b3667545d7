import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchPeerGroups, RATING_KEY, type PeerGroup, type Round } from '../../api/rating';
import { formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import { boardPath, QuotaLine } from './bits';

/** Proposed and not yet decided (a re-proposal of a decided subject counts once it is proposed again). */
export const waitingIn = (g: Pick<PeerGroup, 'proposed' | 'decided'>): number => Math.max(0, g.proposed - g.decided);

export const usePeerGroups = (roundId: string) =>
  useQuery({ queryKey: [...RATING_KEY, 'peerGroups', roundId], queryFn: ({ signal }) => fetchPeerGroups(roundId, signal), enabled: Boolean(roundId) });

/**
 * The peer groups of a round, each with its progress and its excellent quota (used / allowed);
 * `compact` (the decisions worklist) keeps what a decision needs: what waits, and the quota decided and proposed.
 */
export function PeerGroupsTable({ round, only, compact = false }: { round: Pick<Round, 'id' | 'name'>; only?: (g: PeerGroup) => boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const groups = usePeerGroups(round.id);
  const [state, setState] = useTableState([], { prefix: 'g' });
  const rows = (groups.data?.items ?? []).filter((g) => !only || only(g));
  const n = formatNumber;

  const columns: DataColumn<PeerGroup>[] = [
    {
      key: 'group',
      title: t('rating.groups.columns.group'),
      value: (g) => localize(g.label),
      compare: (a, b) => localize(a.label).localeCompare(localize(b.label), 'vi'),
      render: (g) => <Link to={boardPath(round.id, g.key)}>{localize(g.label)}</Link>,
    },
    { key: 'kind', title: t('rating.groups.columns.kind'), optional: compact, value: (g) => t(`rating.kind.${g.kind}`), compare: (a, b) => a.kind.localeCompare(b.kind) },
    { key: 'subjects', title: t('rating.groups.columns.subjects'), align: 'right', optional: compact, value: (g) => g.subjects, compare: (a, b) => a.subjects - b.subjects },
    { key: 'proposed', title: t('rating.groups.columns.proposed'), align: 'right', optional: true, value: (g) => g.proposed },
    { key: 'waiting', title: t('rating.groups.columns.waiting'), align: 'right', value: (g) => waitingIn(g), compare: (a, b) => waitingIn(a) - waitingIn(b) },
    { key: 'decided', title: t('rating.groups.columns.decided'), align: 'right', value: (g) => g.decided, render: (g) => `${n(g.decided)}/${n(g.subjects)}` },
    {
      key: 'byLevel',
      title: t('rating.groups.columns.byLevel'),
      optional: compact,
      value: (g) => `${g.decidedByLevel.excellent} / ${g.decidedByLevel.good} / ${g.decidedByLevel.completed} / ${g.decidedByLevel.not_completed}`,
      render: (g) => <span className="rating-nowrap">{`${n(g.decidedByLevel.excellent)} / ${n(g.decidedByLevel.good)} / ${n(g.decidedByLevel.completed)} / ${n(g.decidedByLevel.not_completed)}`}</span>,
    },
    {
      key: 'quota',
      title: t('rating.groups.columns.quota'),
      value: (g) => `${g.quota.used}/${g.quota.allowed}`,
      compare: (a, b) => a.quota.allowed - a.quota.used - (b.quota.allowed - b.quota.used),
      render: (g) => <QuotaLine quota={g.quota} />,
    },
    {
      key: 'proposedQuota',
      title: t('rating.groups.columns.proposedQuota'),
      optional: !compact,
      value: (g) => `${g.quota.proposed.excellent}/${g.quota.proposed.allowed}`,
      render: (g) => (
        <span className={`rating-nowrap${g.quota.proposed.excellent > g.quota.proposed.allowed ? ' rating-quota-exceeded' : ''}`}>
          {t('rating.quota.proposedShort', { excellent: n(g.quota.proposed.excellent), allowed: n(g.quota.proposed.allowed), percent: g.quota.percent, goodOrBetter: n(g.quota.proposed.goodOrBetter) })}
        </span>
      ),
    },
  ];

  return (
    <DataTable<PeerGroup>
      label={t('rating.groups.label')}
      exportName={t('rating.groups.exportName')}
      columns={columns}
      rowKey={(g) => g.key}
      state={state}
      onState={setState}
      rows={groups.data ? rows : undefined}
      loading={groups.isFetching}
      error={groups.error}
      onRetry={() => void groups.refetch()}
      empty={t('rating.groups.empty')}
    />
  );
}
