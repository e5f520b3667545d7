import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchEntries, PLANNING_EXIT_REASON_VALUES, type PlanningEntry, type PlanningExitReason } from '../../api/cadre';
import { formatLocalDate, todayInVietnam } from '../../format';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { Filter, PersonLink, TermSelect } from './bits';
import { yearFrom } from './cadre-model';
import { boardPath } from './plans-list';
import { useCadreLabels } from './use-labels';

const FILTERS = ['orgId', 'term', 'reason', 'year'] as const;
const SORT = { sort: 'endedOn', order: 'desc' } as const;

/** Who left a plan, when and why: a review's decision, a discipline, a vetting conclusion, a confidence vote. */
export function PlanExits() {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const { orgId, term, reason: rawReason, year: rawYear } = state.filters;
  const reason = PLANNING_EXIT_REASON_VALUES.includes(rawReason as PlanningExitReason) ? (rawReason as PlanningExitReason) : undefined;
  const year = yearFrom(rawYear) ?? undefined;
  const query = { ...listParams({ ...state, filters: {} }), orgId, term, reason, year, status: 'out' } as Parameters<typeof fetchEntries>[0];
  const entries = useQuery({ queryKey: ['cadre', 'entries', query], queryFn: ({ signal }) => fetchEntries(query, signal), placeholderData: keepPreviousData });
  const setFilter = (patch: Record<string, string | undefined>) => setState({ filters: { ...state.filters, ...patch } as Record<string, string> });
  const thisYear = Number(todayInVietnam().slice(0, 4));

  const columns: DataColumn<PlanningEntry>[] = [
    { key: 'person', title: t('cadre.exits.columns.person'), sortKey: 'fullName', value: (e) => e.person.fullName ?? '', render: (e) => <PersonLink person={e.person} /> },
    {
      key: 'post',
      title: t('cadre.exits.columns.post'),
      value: (e) => `${labels.post(e.post)} — ${e.orgName ?? ''} (${e.term})`,
      render: (e) => (
        <>
          <Link to={boardPath(e)}>{labels.post(e.post)}</Link>
          <div className="muted">
            {e.orgName ?? t('cadre.unknownOrg')} · {e.term}
          </div>
        </>
      ),
    },
    { key: 'plannedOn', title: t('cadre.exits.columns.plannedOn'), sortKey: 'plannedOn', value: (e) => e.plannedOn },
    { key: 'endedOn', title: t('cadre.exits.columns.endedOn'), sortKey: 'endedOn', value: (e) => e.exit?.on ?? null },
    { key: 'reason', title: t('cadre.exits.columns.reason'), value: (e) => (e.exit ? labels.exitReason(e.exit.reason) : '') },
    {
      key: 'basis',
      title: t('cadre.exits.columns.basis'),
      value: (e) => [e.exit?.note, e.exit?.decisionNumber, e.exit?.regulation].filter(Boolean).join(' · '),
      render: (e) =>
        e.exit && (
          <>
            {e.exit.note && <div>{e.exit.note}</div>}
            {e.exit.decisionNumber && <div className="muted">{e.exit.decisionNumber}</div>}
            {e.exit.regulation && <div className="muted">{t('ui.form.regulation', { regulation: e.exit.regulation })}</div>}
            {e.exit.basisAnnulledOn && <div className="muted">{t('cadre.exits.annulled', { date: formatLocalDate(e.exit.basisAnnulledOn) })}</div>}
          </>
        ),
    },
  ];

  return (
    <DataTable<PlanningEntry>
      label={t('cadre.exits.label')}
      exportName={t('cadre.exits.exportName')}
      columns={columns}
      rowKey={(e) => e.id}
      state={state}
      onState={setState}
      data={entries.data}
      fetchPage={(page, pageSize) => fetchEntries({ ...query, page, pageSize })}
      loading={entries.isFetching}
      error={entries.error}
      onRetry={() => void entries.refetch()}
      empty={t('cadre.exits.empty')}
      toolbar={
        <>
          <Filter id="cadre-exits-year" label={t('cadre.year')}>
            <Select
              id="cadre-exits-year"
              value={year ?? ''}
              onChange={(v: number | '') => setFilter({ year: v ? String(v) : undefined })}
              style={{ width: 120 }}
              options={[{ value: '', label: t('cadre.allYears') }, ...Array.from({ length: 10 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))]}
            />
          </Filter>
          <Filter id="cadre-exits-reason" label={t('cadre.exits.reason')}>
            <Select
              id="cadre-exits-reason"
              value={reason ?? ''}
              onChange={(v: string) => setFilter({ reason: v || undefined })}
              style={{ width: 220 }}
              options={[{ value: '', label: t('cadre.all') }, ...PLANNING_EXIT_REASON_VALUES.map((r) => ({ value: r, label: labels.exitReason(r) }))]}
            />
          </Filter>
          <Filter id="cadre-exits-org" label={t('cadre.org')}>
            <OrgPicker id="cadre-exits-org" value={orgId} onChange={(v) => setFilter({ orgId: v })} />
          </Filter>
          <Filter id="cadre-exits-term" label={t('cadre.term')}>
            <TermSelect id="cadre-exits-term" value={term} onChange={(v) => setFilter({ term: v })} all />
          </Filter>
        </>
      }
    />
  );
}
