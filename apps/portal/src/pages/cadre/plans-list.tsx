import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { COMMITTEE_KIND_VALUES, fetchPlans, type CommitteeKind, type PostPlan } from '../../api/cadre';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { Choice, Filter, TermSelect, ToneTag } from './bits';
import { capUse } from './cadre-model';
import { useCadreLabels } from './use-labels';

const FILTERS = ['orgId', 'term', 'kind'] as const;

/** The board's address of one post's plan. */
export function boardPath(p: { orgId: string; committeeKind: CommitteeKind; post: string; term: string }): string {
  return `/cadre/planning/board?${new URLSearchParams({ orgId: p.orgId, kind: p.committeeKind, post: p.post, term: p.term }).toString()}`;
}

/** One line per post with a plan: how many are in it of the 3 allowed, how many left, who. */
export function PlansList() {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  const [state, setState] = useTableState(FILTERS);
  const { orgId, term, kind: rawKind } = state.filters;
  const kind = COMMITTEE_KIND_VALUES.includes(rawKind as CommitteeKind) ? (rawKind as CommitteeKind) : undefined;
  const query = { ...listParams({ ...state, filters: {} }), orgId, term, committeeKind: kind } as Parameters<typeof fetchPlans>[0];
  const plans = useQuery({ queryKey: ['cadre', 'plans', query], queryFn: ({ signal }) => fetchPlans(query, signal), placeholderData: keepPreviousData });
  const setFilter = (patch: Record<string, string | undefined>) => setState({ filters: { ...state.filters, ...patch } as Record<string, string> });

  const columns: DataColumn<PostPlan>[] = [
    {
      key: 'post',
      title: t('cadre.plans.columns.post'),
      sortKey: 'post',
      value: (p) => labels.post(p.post),
      render: (p) => (
        <Link to={boardPath(p)} className="cadre-strong-link">
          {labels.post(p.post)}
        </Link>
      ),
    },
    { key: 'org', title: t('cadre.plans.columns.org'), sortKey: 'orgName', value: (p) => p.orgName ?? '' },
    { key: 'kind', title: t('cadre.plans.columns.kind'), value: (p) => labels.kind(p.committeeKind), optional: true },
    { key: 'term', title: t('cadre.plans.columns.term'), value: (p) => p.term },
    {
      key: 'inPlan',
      title: t('cadre.plans.columns.inPlan'),
      sortKey: 'inPlan',
      value: (p) => p.inPlan,
      render: (p) => {
        const cap = capUse({ used: p.inPlan, allowed: p.allowed });
        return <ToneTag tone={cap.over ? 'bad' : cap.full ? 'warn' : 'neutral'}>{t('cadre.board.peopleCap', { use: cap.text })}</ToneTag>;
      },
    },
    { key: 'people', title: t('cadre.plans.columns.people'), value: (p) => p.people.map((x) => x.fullName ?? '').join('; ') },
    { key: 'out', title: t('cadre.plans.columns.out'), align: 'right', value: (p) => p.out },
  ];

  return (
    <DataTable<PostPlan>
      label={t('cadre.plans.label')}
      exportName={t('cadre.plans.exportName')}
      columns={columns}
      rowKey={(p) => `${p.orgId}|${p.committeeKind}|${p.post}|${p.term}`}
      state={state}
      onState={setState}
      data={plans.data}
      fetchPage={(page, pageSize) => fetchPlans({ ...query, page, pageSize })}
      loading={plans.isFetching}
      error={plans.error}
      onRetry={() => void plans.refetch()}
      empty={t('cadre.plans.empty')}
      toolbar={
        <>
          <Filter id="cadre-plans-org" label={t('cadre.org')}>
            <OrgPicker id="cadre-plans-org" value={orgId} onChange={(v) => setFilter({ orgId: v })} />
          </Filter>
          <Filter id="cadre-plans-term" label={t('cadre.term')}>
            <TermSelect id="cadre-plans-term" value={term} onChange={(v) => setFilter({ term: v })} all />
          </Filter>
          <Choice
            label={t('cadre.committees.kindFilter')}
            value={kind ?? 'all'}
            onChange={(v: string) => setFilter({ kind: v === 'all' ? undefined : v })}
            options={[{ value: 'all', label: t('cadre.all') }, ...COMMITTEE_KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))]}
          />
        </>
      }
    />
  );
}
