import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchReview, fetchReviews, type PlanningEntry, type ReviewSummary } from '../../api/cadre';
import { formatNumber, todayInVietnam } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { Filter, PersonLink } from './bits';
import { yearFrom } from './cadre-model';
import { useCadreLabels } from './use-labels';

const FILTERS = ['orgId', 'year'] as const;
const SORT = { sort: 'decidedOn', order: 'desc' } as const;

/** Các đợt rà soát, bổ sung quy hoạch: each decision with who it added and who it took out. */
export function PlanReviews() {
  const { t } = useTranslation();
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const { orgId, year: rawYear } = state.filters;
  const year = yearFrom(rawYear) ?? undefined;
  const query = { ...listParams({ ...state, filters: {} }), orgId, year } as Parameters<typeof fetchReviews>[0];
  const reviews = useQuery({ queryKey: ['cadre', 'reviews', query], queryFn: ({ signal }) => fetchReviews(query, signal), placeholderData: keepPreviousData });
  const setFilter = (patch: Record<string, string | undefined>) => setState({ filters: { ...state.filters, ...patch } as Record<string, string> });
  const thisYear = Number(todayInVietnam().slice(0, 4));

  const columns: DataColumn<ReviewSummary>[] = [
    { key: 'decidedOn', title: t('cadre.reviews.columns.decidedOn'), sortKey: 'decidedOn', value: (r) => r.decidedOn },
    { key: 'number', title: t('cadre.reviews.columns.number'), value: (r) => r.decisionNumber },
    { key: 'title', title: t('cadre.reviews.columns.title'), value: (r) => r.title },
    { key: 'org', title: t('cadre.reviews.columns.org'), value: (r) => r.orgName ?? '' },
    { key: 'terms', title: t('cadre.reviews.columns.terms'), value: (r) => r.terms.join(', ') },
    { key: 'added', title: t('cadre.reviews.columns.added'), align: 'right', value: (r) => r.added },
    { key: 'removed', title: t('cadre.reviews.columns.removed'), align: 'right', value: (r) => r.removed },
  ];

  return (
    <DataTable<ReviewSummary>
      label={t('cadre.reviews.label')}
      exportName={t('cadre.reviews.exportName')}
      columns={columns}
      rowKey={(r) => r.id}
      state={state}
      onState={setState}
      data={reviews.data}
      fetchPage={(page, pageSize) => fetchReviews({ ...query, page, pageSize })}
      loading={reviews.isFetching}
      error={reviews.error}
      onRetry={() => void reviews.refetch()}
      empty={t('cadre.reviews.empty')}
      expandable={{ expandedRowRender: (r) => <ReviewDetail id={r.id} />, rowExpandable: (r) => r.added + r.removed > 0 }}
      toolbar={
        <>
          <Filter id="cadre-reviews-year" label={t('cadre.year')}>
            <Select
              id="cadre-reviews-year"
              value={year ?? ''}
              onChange={(v: number | '') => setFilter({ year: v ? String(v) : undefined })}
              style={{ width: 120 }}
              options={[{ value: '', label: t('cadre.allYears') }, ...Array.from({ length: 10 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))]}
            />
          </Filter>
          <Filter id="cadre-reviews-org" label={t('cadre.org')}>
            <OrgPicker id="cadre-reviews-org" value={orgId} onChange={(v) => setFilter({ orgId: v })} />
          </Filter>
        </>
      }
    />
  );
}

function ReviewDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const review = useQuery({ queryKey: ['cadre', 'review', id], queryFn: ({ signal }) => fetchReview(id, signal) });
  if (review.isPending) return <Loading />;
  if (review.isError) return <ErrorNotice error={review.error} />;
  const r = review.data;
  return (
    <div className="cadre-review-detail">
      {r.note && <p>{r.note}</p>}
      <h3 className="cadre-h3">{t('cadre.reviews.added', { n: formatNumber(r.additions.length) })}</h3>
      <EntryList entries={r.additions} />
      <h3 className="cadre-h3">{t('cadre.reviews.removed', { n: formatNumber(r.removals.length) })}</h3>
      <EntryList entries={r.removals} withReason />
    </div>
  );
}

function EntryList({ entries, withReason }: { entries: PlanningEntry[]; withReason?: boolean }) {
  const labels = useCadreLabels();
  return (
    <ul className="cadre-plain-list">
      {entries.map((e) => (
        <li key={e.id}>
          <PersonLink person={e.person} /> — {labels.post(e.post)}, {e.orgName} ({e.term})
          {withReason && e.exit?.note && <span className="muted"> · {e.exit.note}</span>}
        </li>
      ))}
    </ul>
  );
}
