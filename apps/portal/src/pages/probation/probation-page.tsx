import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { fetchReviews, type ProbationReview, type ReviewQuery, type ReviewStatus } from '../../api/probation';
import { useAuth } from '../../auth/auth-context';
import { IfAllowed } from '../../auth/guards';
import { can } from '../../auth/permissions';
import { formatLocalDate, formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { DeadlineCell, useDeadlineLabel } from './deadline-cell';

const FILTERS = ['orgId', 'status'] as const;
const STATUSES: ReviewStatus[] = ['overdue', 'due'];
const isStatus = (s: string | undefined): s is ReviewStatus => (STATUSES as string[]).includes(s ?? '');

/**
 * Probationary members whose 12 months have ended and who wait for the chi bộ's review, the most
 * urgent deadline first; each row leads to the conversion or the removal (drawers over the list).
 */
export function ProbationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('probation.title'));
  const { search } = useLocation();
  const navigate = useNavigate();
  const deadlineLabel = useDeadlineLabel();
  const { me } = useAuth();
  const [state, setState] = useTableState(FILTERS, { defaultSort: { sort: 'reviewDeadline', order: 'asc' } });
  const orgId = state.filters.orgId;
  const status = isStatus(state.filters.status) ? state.filters.status : undefined;
  const query: ReviewQuery = { ...listParams(state), orgId, status } as ReviewQuery;

  const reviews = useQuery({ queryKey: ['probation', 'reviews', query], queryFn: ({ signal }) => fetchReviews(query, signal), placeholderData: keepPreviousData });
  // the counts of the status filter, for the same organization
  const count = (s: ReviewStatus) => ({ orgId, status: s, page: 1, pageSize: 1 }) as ReviewQuery;
  const overdue = useQuery({ queryKey: ['probation', 'reviews', count('overdue')], queryFn: ({ signal }) => fetchReviews(count('overdue'), signal) });
  const due = useQuery({ queryKey: ['probation', 'reviews', count('due')], queryFn: ({ signal }) => fetchReviews(count('due'), signal) });
  const asOf = reviews.data?.asOf ?? overdue.data?.asOf ?? '';
  const n = (total: number | undefined) => (total === undefined ? '…' : formatNumber(total));

  const actions: DataColumn<ProbationReview> = {
    key: 'actions',
    title: t('probation.table.actions'),
    fixed: 'right',
    render: (r) => (
      <IfAllowed permission="members:write">
        <span className="row-actions">
          <Button id={`probation-convert-${r.personId}`} aria-label={t('probation.actions.convertOf', { name: r.fullName })} onClick={() => navigate(`${r.personId}/convert${search}`)}>
            {t('probation.actions.convert')}
          </Button>
          <Button id={`probation-remove-${r.personId}`} danger aria-label={t('probation.actions.removeOf', { name: r.fullName })} onClick={() => navigate(`${r.personId}/remove${search}`)}>
            {t('probation.actions.remove')}
          </Button>
        </span>
      </IfAllowed>
    ),
  };

  const columns: DataColumn<ProbationReview>[] = [
    { key: 'fullName', title: t('probation.table.fullName'), sortKey: 'fullName', value: (r) => r.fullName, render: (r) => <Link to={`/members/${r.personId}`}>{r.fullName}</Link> },
    { key: 'org', title: t('probation.table.org'), width: 240, value: (r) => r.orgName ?? '' },
    { key: 'ceremonyDate', title: t('probation.table.ceremonyDate'), value: (r) => r.ceremonyDate },
    { key: 'officialDate', title: t('probation.table.officialDate'), value: (r) => r.officialDate },
    {
      key: 'reviewDeadline',
      title: t('probation.table.reviewDeadline'),
      sortKey: 'reviewDeadline',
      value: (r) => r.reviewDeadline,
      render: (r) => <DeadlineCell deadline={r.reviewDeadline} asOf={asOf} status={r.status} />,
    },
    { key: 'status', title: t('probation.table.status'), optional: true, value: (r) => deadlineLabel(r.reviewDeadline, asOf, r.status) },
    { key: 'regulation', title: t('probation.table.regulation'), optional: true, value: (r) => r.regulation },
  ];
  // no empty "actions" column for those who may only read
  if (can(me, 'members:write')) columns.push(actions);


  const toolbar = (
    <div className="worklist-filters">
      <div className="worklist-filter">
        <label htmlFor="probation-org">{t('probation.filters.org')}</label>
        <OrgPicker id="probation-org" value={orgId} placeholder={t('probation.filters.orgPlaceholder')} onChange={(id) => setState({ filters: { ...state.filters, orgId: id ?? '' } })} />
      </div>
      <div className="worklist-filter">
        <span id="probation-status-label">{t('probation.filters.status')}</span>
        <Segmented
          aria-labelledby="probation-status-label"
          value={status ?? 'all'}
          onChange={(v) => setState({ filters: { ...state.filters, status: v === 'all' ? '' : String(v) } })}
          options={[
            { value: 'all', label: t('probation.filters.all', { count: n(overdue.data && due.data ? overdue.data.total + due.data.total : undefined) }) },
            { value: 'overdue', label: t('probation.filters.overdue', { count: n(overdue.data?.total) }) },
            { value: 'due', label: t('probation.filters.due', { count: n(due.data?.total) }) },
          ]}
        />
      </div>
    </div>
  );

  return (
    <Page id="probation" title={t('probation.title')} intro={t('probation.intro')}>
      {asOf && (
        <p className="muted" role="status">
          {t('probation.asOf', { date: formatLocalDate(asOf) })}
        </p>
      )}
      <DataTable<ProbationReview>
        label={t('probation.table.label')}
        exportName={t('probation.table.exportName')}
        columns={columns}
        rowKey={(r) => r.personId}
        state={state}
        onState={setState}
        toolbar={toolbar}
        data={reviews.data}
        fetchPage={(page, pageSize) => fetchReviews({ ...query, page, pageSize })}
        loading={reviews.isFetching}
        error={reviews.error}
        onRetry={() => void reviews.refetch()}
        empty={!reviews.data ? <span /> : <span className="worklist-empty">{orgId || status ? t('probation.table.emptyFiltered') : t('probation.table.empty')}</span>}
      />
      <Outlet />
    </Page>
  );
}
