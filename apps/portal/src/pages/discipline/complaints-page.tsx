import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { Button, Segmented, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { COMPLAINTS_KEY, fetchComplaints, type ComplaintQuery, type ComplaintView } from '../../api/discipline';
import { useAuth } from '../../auth/auth-context';
import { IfAllowed } from '../../auth/guards';
import { can } from '../../auth/permissions';
import { formatLocalDate, formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { DeadlineCell, PersonLink, useDeadlineWords } from './bits';
import { COMPLAINT_TABS, readKind, readTab, tabQuery, type ComplaintTab } from './complaint-tabs';

const FILTERS = ['tab', 'kind'] as const;

/**
 * Tố cáo, khiếu nại with their statutory deadlines: tabs for those pending within their deadline,
 * those overdue, and all, each with its count; receiving one and settling one are drawers.
 * A complaint against a discipline is settled on the discipline's page (its ruling).
 */
export function ComplaintsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('discipline.complaints.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const { me } = useAuth();
  const words = useDeadlineWords();
  const [state, setState] = useTableState(FILTERS, { defaultSort: { sort: 'deadline', order: 'asc' } });
  const tab = readTab(state.filters.tab);
  const kind = readKind(state.filters.kind);
  const query = { ...listParams(state), tab: undefined, ...tabQuery(tab), kind } as ComplaintQuery;
  const list = useQuery({ queryKey: [...COMPLAINTS_KEY, query], queryFn: ({ signal }) => fetchComplaints(query, signal), placeholderData: keepPreviousData });
  const counts = useQueries({
    queries: COMPLAINT_TABS.map((key) => {
      const q = { ...tabQuery(key), kind, page: 1, pageSize: 1 } as ComplaintQuery;
      return { queryKey: [...COMPLAINTS_KEY, q], queryFn: ({ signal }: { signal: AbortSignal }) => fetchComplaints(q, signal) };
    }),
  });
  const asOf = list.data?.asOf ?? '';

  const kindLabel = (c: ComplaintView) => (c.disciplineId ? t('discipline.kind.discipline') : t(`discipline.kind.${c.kind}`));
  const outcome = (c: ComplaintView) =>
    c.ruling ? `${t(`discipline.ruling.${c.ruling}`)}${c.newLevel ? ` → ${t(`discipline.penalty.${c.newLevel}`)}` : ''}` : c.outcome ? t(`discipline.complaintOutcome.${c.outcome}`) : '';
  const settle = (c: ComplaintView) => (c.disciplineId ? `/inspection/disciplines/${c.disciplineId}/complaints/${c.id}/ruling` : `/inspection/complaints/${c.id}/resolve${search}`);

  const columns: DataColumn<ComplaintView>[] = [
    { key: 'kind', title: t('discipline.complaints.columns.kind'), value: kindLabel },
    { key: 'person', title: t('discipline.complaints.columns.person'), value: (c) => c.person?.fullName ?? '', render: (c) => <PersonLink person={c.person} /> },
    { key: 'deadline', title: t('discipline.complaints.columns.deadline'), sortKey: 'deadline', value: (c) => c.deadline, render: (c) => <DeadlineCell complaint={c} asOf={asOf} /> },
    { key: 'complainant', title: t('discipline.complaints.columns.complainant'), optional: true, value: (c) => c.complainant ?? '' },
    { key: 'receivedOn', title: t('discipline.complaints.columns.receivedOn'), sortKey: 'receivedOn', value: (c) => c.receivedOn },
    { key: 'summary', title: t('discipline.complaints.columns.summary'), width: 280, value: (c) => c.summary, render: (c) => <span className="discipline-summary">{c.summary}</span> },
    { key: 'resolvingLevel', title: t('discipline.complaints.columns.resolvingLevel'), optional: true, value: (c) => t(`discipline.level.${c.resolvingLevel}`) },
    { key: 'deadlineStatus', title: t('discipline.complaints.columns.deadlineStatus'), optional: true, value: (c) => (asOf ? words(c, asOf) : '') },
    { key: 'workingDays', title: t('discipline.complaints.columns.workingDays'), optional: true, align: 'right', value: (c) => c.workingDays },
    { key: 'status', title: t('discipline.complaints.columns.status'), value: (c) => t(`discipline.complaintStatus.${c.status}`) },
    { key: 'resolvedOn', title: t('discipline.complaints.columns.resolvedOn'), optional: tab !== 'all', value: (c) => c.resolvedOn },
    { key: 'outcome', title: t('discipline.complaints.columns.outcome'), optional: tab !== 'all', value: outcome },
    { key: 'regulation', title: t('discipline.complaints.columns.regulation'), optional: true, value: (c) => c.regulation },
  ];
  if (can(me, 'inspection:write')) {
    columns.push({
      key: 'actions',
      title: t('discipline.common.actions'),
      fixed: 'right',
      render: (c) =>
        c.status === 'pending' && (
          <Button id={`complaint-resolve-${c.id}`} aria-label={t('discipline.complaints.resolveOf', { name: c.person?.fullName ?? '' })} onClick={() => navigate(settle(c))}>
            {t('discipline.complaints.resolve')}
          </Button>
        ),
    });
  }

  const tabLabel = (key: ComplaintTab, i: number) => {
    const total = counts[i].data?.total;
    return (
      <span>
        {t(`discipline.complaints.tabs.${key}`)}
        {total !== undefined && <span className={`discipline-tab-count${key === 'overdue' && total > 0 ? ' discipline-tab-count-alert' : ''}`}>{formatNumber(total)}</span>}
      </span>
    );
  };

  const toolbar = (
    <div className="discipline-filters">
      <div className="discipline-filter">
        <span id="complaints-kind-label">{t('discipline.complaints.kindFilter')}</span>
        <Segmented
          aria-labelledby="complaints-kind-label"
          value={kind ?? 'all'}
          onChange={(v) => setState({ filters: { ...state.filters, kind: v === 'all' ? '' : String(v) } })}
          options={[
            { value: 'all', label: t('discipline.common.all') },
            { value: 'to_cao', label: t('discipline.kind.to_cao') },
            { value: 'khieu_nai', label: t('discipline.kind.khieu_nai') },
          ]}
        />
      </div>
      {asOf && (
        <p className="muted" role="status">
          {t('discipline.common.asOf', { date: formatLocalDate(asOf) })}
        </p>
      )}
    </div>
  );

  return (
    <Page
      id="complaints"
      title={t('discipline.complaints.title')}
      intro={t('discipline.complaints.intro')}
      actions={
        <IfAllowed permission="inspection:write">
          <Button id="complaints-new" type="primary" onClick={() => navigate(`/inspection/complaints/new${search}`)}>
            {t('discipline.complaints.new')}
          </Button>
        </IfAllowed>
      }
    >
      <Tabs
        aria-label={t('discipline.complaints.tabsLabel')}
        activeKey={tab}
        onChange={(key) => setState({ filters: { ...state.filters, tab: key === 'due' ? '' : key } })}
        items={COMPLAINT_TABS.map((key, i) => ({ key, label: tabLabel(key, i) }))}
      />
      <DataTable<ComplaintView>
        label={t('discipline.complaints.label')}
        exportName={t('discipline.complaints.exportName')}
        columns={columns}
        rowKey={(c) => c.id}
        state={state}
        onState={setState}
        toolbar={toolbar}
        data={list.data}
        fetchPage={(page, pageSize) => fetchComplaints({ ...query, page, pageSize })}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={!list.data ? <span /> : <span className="discipline-empty">{t(`discipline.complaints.empty.${tab}`)}</span>}
      />
      <Outlet />
    </Page>
  );
}
