import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { Button, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { CASES_KEY, fetchCases, fetchDisciplineProposals, type CaseQuery, type CaseView } from '../../api/discipline';
import { IfAllowed } from '../../auth/guards';
import { formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { AwaitingDiscipline } from './awaiting-discipline';
import { CaseStatusTag, OrgLabel, PersonLink } from './bits';
import { useOrgNames } from './org-names';

const FILTERS = ['status', 'orgId'] as const;
const STATUSES = ['open', 'closed'] as const;
type Status = (typeof STATUSES)[number];
const isStatus = (s: string | undefined): s is Status => (STATUSES as readonly string[]).includes(s ?? '');
/** Not a status of the case: concluded with a violation and no discipline recorded yet (its own list). */
const AWAITING = 'awaitingDiscipline';

/**
 * Kiểm tra đảng viên khi có dấu hiệu vi phạm: the cases in progress and concluded, newest first,
 * with their counts; and those concluded with a violation still waiting for a discipline decision
 * (`?status=awaitingDiscipline`, the Standing Committee's home card). Opening one is a drawer over
 * the list (`cases/new`).
 */
export function CasesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('discipline.cases.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const orgName = useOrgNames();
  const [state, setState] = useTableState(FILTERS, { defaultSort: { sort: 'openedOn', order: 'desc' } });
  const awaiting = state.filters.status === AWAITING;
  const status = isStatus(state.filters.status) ? state.filters.status : undefined;
  const orgId = state.filters.orgId;
  const query = { ...listParams(state), status, orgId } as CaseQuery;
  const cases = useQuery({ queryKey: [...CASES_KEY, query], queryFn: ({ signal }) => fetchCases(query, signal), placeholderData: keepPreviousData, enabled: !awaiting });
  const counts = useQueries({
    queries: [
      ...[undefined, ...STATUSES].map((s) => {
        const q = { status: s, orgId, page: 1, pageSize: 1 } as CaseQuery;
        return { queryKey: [...CASES_KEY, q], queryFn: ({ signal }: { signal: AbortSignal }) => fetchCases(q, signal) };
      }),
      { queryKey: [...CASES_KEY, AWAITING, 'count', orgId], queryFn: ({ signal }: { signal: AbortSignal }) => fetchDisciplineProposals({ orgId, page: 1, pageSize: 1 }, signal) },
    ],
  });
  const n = (i: number) => (counts[i].data ? formatNumber(counts[i].data.total) : '…');

  const columns: DataColumn<CaseView>[] = [
    { key: 'person', title: t('discipline.cases.columns.person'), value: (c) => c.person.fullName ?? '', render: (c) => <PersonLink person={c.person} /> },
    { key: 'decisionNumber', title: t('discipline.cases.columns.decisionNumber'), value: (c) => c.decisionNumber, render: (c) => <Link to={`/inspection/cases/${c.id}`}>{c.decisionNumber}</Link> },
    { key: 'openedOn', title: t('discipline.cases.columns.openedOn'), sortKey: 'openedOn', value: (c) => c.openedOn },
    {
      key: 'status',
      title: t('discipline.cases.columns.status'),
      value: (c) => t(`discipline.caseStatus.${c.status}`),
      render: (c) => (
        <CaseStatusTag status={c.status} />
      ),
    },
    { key: 'closedOn', title: t('discipline.cases.columns.closedOn'), sortKey: 'closedOn', value: (c) => c.closedOn },
    { key: 'outcome', title: t('discipline.cases.columns.outcome'), value: (c) => (c.outcome ? t(`discipline.caseOutcome.${c.outcome}`) : '') },
    { key: 'org', title: t('discipline.cases.columns.org'), width: 240, value: (c) => orgName(c.orgId) ?? '', render: (c) => <OrgLabel id={c.orgId} known={orgName(c.orgId)} /> },
  ];

  const toolbar = (
    <div className="discipline-filters">
      <div className="discipline-filter">
        <span id="cases-status-label">{t('discipline.cases.status')}</span>
        <Segmented
          aria-labelledby="cases-status-label"
          value={awaiting ? AWAITING : (status ?? 'all')}
          onChange={(v) => setState({ filters: { ...state.filters, status: v === 'all' ? '' : String(v) } })}
          options={[
            { value: 'all', label: `${t('discipline.common.all')} (${n(0)})` },
            { value: 'open', label: `${t('discipline.caseStatus.open')} (${n(1)})` },
            { value: 'closed', label: `${t('discipline.caseStatus.closed')} (${n(2)})` },
            { value: AWAITING, label: `${t('discipline.awaiting.filter')} (${n(3)})` },
          ]}
        />
      </div>
      <div className="discipline-filter">
        <label htmlFor="cases-org">{t('discipline.cases.org')}</label>
        <OrgPicker id="cases-org" value={orgId} placeholder={t('discipline.common.allOrgs')} onChange={(id) => setState({ filters: { ...state.filters, orgId: id ?? '' } })} />
      </div>
    </div>
  );

  return (
    <Page
      id="cases"
      title={t('discipline.cases.title')}
      intro={t('discipline.cases.intro')}
      actions={
        <IfAllowed permission="inspection:write">
          <Button id="cases-open" type="primary" onClick={() => navigate(`/inspection/cases/new${search}`)}>
            {t('discipline.cases.open')}
          </Button>
        </IfAllowed>
      }
    >
      {awaiting ? (
        <AwaitingDiscipline state={state} onState={setState} orgId={orgId} toolbar={toolbar} />
      ) : (
        <DataTable<CaseView>
          label={t('discipline.cases.label')}
          exportName={t('discipline.cases.exportName')}
          columns={columns}
          rowKey={(c) => c.id}
          state={state}
          onState={setState}
          toolbar={toolbar}
          data={cases.data}
          fetchPage={(page, pageSize) => fetchCases({ ...query, page, pageSize })}
          loading={cases.isFetching}
          error={cases.error}
          onRetry={() => void cases.refetch()}
          empty={!cases.data ? <span /> : <span className="discipline-empty">{status || orgId ? t('discipline.cases.emptyFiltered') : t('discipline.cases.empty')}</span>}
        />
      )}
      <Outlet />
    </Page>
  );
}
