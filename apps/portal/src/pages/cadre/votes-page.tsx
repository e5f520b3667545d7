import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { fetchFlaggedVotes, fetchVotes, VOTE_RESULT_VALUES, VOTE_STATUS_VALUES, type ConfidenceVote, type VoteResult, type VoteStatus } from '../../api/cadre';
import { IfAllowed } from '../../auth/guards';
import { formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { LinkButton } from '../members/link-button';
import { Filter, useListYear, YearSelect } from './bits';
import { ResultTag, StatusTag } from './vote-tags';
import { useCadreLabels } from './use-labels';
import './cadre.css';

const FILTERS = ['orgId', 'result', 'status'] as const;
const SORT = { sort: 'heldOn', order: 'desc' } as const;

const latestYear = (signal?: AbortSignal) => fetchVotes({ page: 1, pageSize: 1, sort: 'heldOn', order: 'desc' }, signal).then((p) => (p.items[0] ? Number(p.items[0].heldOn.slice(0, 4)) : null));

/**
 * Lấy phiếu tín nhiệm: each vote's result sheet in a line (attendance and the three levels written
 * `12/15 = 80,0%`), whether it had its quorum, and the votes flagged for the Standing Committee.
 */
export function VotesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cadre.votes.title'));
  const { search } = useLocation();
  const [params, setParams] = useSearchParams();
  const flagged = params.get('view') === 'flagged';
  const count = useQuery({ queryKey: ['cadre', 'votes', 'flagged', 'count'], queryFn: ({ signal }) => fetchFlaggedVotes({ page: 1, pageSize: 1 }, signal).then((p) => p.total), staleTime: 30_000 });
  return (
    <Page
      id="cadre-votes"
      title={t('cadre.votes.title')}
      intro={t('cadre.votes.intro')}
      actions={
        <IfAllowed permission="cadre:write">
          <LinkButton id="cadre-vote-new" type="primary" to={`new${search}`}>
            {t('cadre.votes.new')}
          </LinkButton>
        </IfAllowed>
      }
    >
      <div className="cadre-views">
        <Segmented
          aria-label={t('cadre.votes.views')}
          value={flagged ? 'flagged' : 'all'}
          onChange={(v) => setParams(new URLSearchParams(v === 'flagged' ? { view: 'flagged' } : {}))}
          options={[
            { value: 'all', label: t('cadre.votes.all') },
            { value: 'flagged', label: t('cadre.votes.flagged', { n: formatNumber(count.data ?? 0) }) },
          ]}
        />
      </div>
      {flagged ? <FlaggedVotes /> : <AllVotes />}
      <Outlet />
    </Page>
  );
}

function useVoteColumns(): DataColumn<ConfidenceVote>[] {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  return [
    {
      key: 'person',
      title: t('cadre.votes.columns.person'),
      sortKey: 'fullName',
      value: (v) => v.person.fullName ?? '',
      render: (v) => (
        <>
          <Link to={`/cadre/votes/${v.id}`} className="cadre-strong-link">
            {v.person.fullName ?? t('cadre.unknownPerson')}
          </Link>
          <div className="muted">
            {labels.post(v.post)} · {v.orgName ?? t('cadre.unknownOrg')}
          </div>
        </>
      ),
    },
    { key: 'post', title: t('cadre.votes.columns.post'), value: (v) => labels.post(v.post), optional: true },
    { key: 'org', title: t('cadre.votes.columns.org'), value: (v) => v.orgName ?? '', optional: true },
    { key: 'heldOn', title: t('cadre.votes.columns.heldOn'), sortKey: 'heldOn', value: (v) => v.heldOn },
    { key: 'attendance', title: t('cadre.votes.columns.attendance'), value: (v) => v.sheet.attendance },
    { key: 'high', title: t('cadre.votes.columns.high'), value: (v) => v.sheet.high },
    { key: 'normal', title: t('cadre.votes.columns.normal'), value: (v) => v.sheet.normal, optional: true },
    { key: 'low', title: t('cadre.votes.columns.low'), sortKey: 'low', value: (v) => v.sheet.low },
    { key: 'result', title: t('cadre.votes.columns.result'), value: (v) => labels.voteResult(v.result), render: (v) => <ResultTag vote={v} /> },
    { key: 'status', title: t('cadre.votes.columns.status'), value: (v) => labels.voteStatus(v.status), render: (v) => <StatusTag vote={v} /> },
  ];
}

function AllVotes() {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  const { year, ready, latest, setYear } = useListYear(['votes'], latestYear);
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const { orgId, result: rawResult, status: rawStatus } = state.filters;
  const result = VOTE_RESULT_VALUES.includes(rawResult as VoteResult) ? (rawResult as VoteResult) : undefined;
  const status = VOTE_STATUS_VALUES.includes(rawStatus as VoteStatus) ? (rawStatus as VoteStatus) : undefined;
  const query = { ...listParams({ ...state, filters: {} }), year, orgId, result, status } as Parameters<typeof fetchVotes>[0];
  const votes = useQuery({ queryKey: ['cadre', 'votes', query], queryFn: ({ signal }) => fetchVotes(query, signal), placeholderData: keepPreviousData, enabled: ready });
  const setFilter = (patch: Record<string, string | undefined>) => setState({ filters: { ...state.filters, ...patch } as Record<string, string> });
  return (
    <DataTable<ConfidenceVote>
      label={t('cadre.votes.label', { year })}
      exportName={t('cadre.votes.exportName', { year })}
      columns={useVoteColumns()}
      rowKey={(v) => v.id}
      state={state}
      onState={setState}
      data={votes.data}
      fetchPage={(page, pageSize) => fetchVotes({ ...query, page, pageSize })}
      loading={votes.isFetching}
      error={votes.error}
      onRetry={() => void votes.refetch()}
      empty={t('cadre.votes.empty', { year })}
      rowClassName={(v) => (v.flagged ? 'cadre-row-flagged' : '')}
      toolbar={
        <>
          <YearSelect id="cadre-votes-year" value={year} latest={latest} onChange={setYear} />
          <Filter id="cadre-votes-org" label={t('cadre.org')}>
            <OrgPicker id="cadre-votes-org" value={orgId} onChange={(v) => setFilter({ orgId: v })} />
          </Filter>
          <Filter id="cadre-votes-result" label={t('cadre.votes.result')}>
            <Select
              id="cadre-votes-result"
              value={result ?? ''}
              style={{ width: 240 }}
              onChange={(v: string) => setFilter({ result: v || undefined })}
              options={[{ value: '', label: t('cadre.all') }, ...VOTE_RESULT_VALUES.map((r) => ({ value: r, label: labels.voteResult(r) }))]}
            />
          </Filter>
          <Filter id="cadre-votes-status" label={t('cadre.votes.status')}>
            <Select
              id="cadre-votes-status"
              value={status ?? ''}
              style={{ width: 220 }}
              onChange={(v: string) => setFilter({ status: v || undefined })}
              options={[{ value: '', label: t('cadre.all') }, ...VOTE_STATUS_VALUES.map((s) => ({ value: s, label: labels.voteStatus(s) }))]}
            />
          </Filter>
        </>
      }
    />
  );
}

/** The Standing Committee's worklist: more than half low confidence, not decided yet, oldest first. */
function FlaggedVotes() {
  const { t } = useTranslation();
  const [state, setState] = useTableState(['orgId'], { defaultSort: { sort: 'heldOn', order: 'asc' } });
  const query = { ...listParams({ ...state, filters: {} }), orgId: state.filters.orgId } as Parameters<typeof fetchFlaggedVotes>[0];
  const votes = useQuery({ queryKey: ['cadre', 'votes', 'flagged', query], queryFn: ({ signal }) => fetchFlaggedVotes(query, signal), placeholderData: keepPreviousData });
  return (
    <DataTable<ConfidenceVote>
      label={t('cadre.votes.flaggedLabel')}
      exportName={t('cadre.votes.flaggedExportName')}
      columns={useVoteColumns()}
      rowKey={(v) => v.id}
      state={state}
      onState={setState}
      data={votes.data}
      fetchPage={(page, pageSize) => fetchFlaggedVotes({ ...query, page, pageSize })}
      loading={votes.isFetching}
      error={votes.error}
      onRetry={() => void votes.refetch()}
      empty={t('cadre.votes.flaggedEmpty')}
      toolbar={
        <Filter id="cadre-flagged-org" label={t('cadre.org')}>
          <OrgPicker id="cadre-flagged-org" value={state.filters.orgId} onChange={(v) => setState({ filters: { orgId: v ?? '' } })} />
        </Filter>
      }
    />
  );
}
