import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CASES_KEY, fetchDisciplineProposals, type DisciplineProposal, type DisciplineProposalQuery } from '../../api/discipline';
import { formatNumber } from '../../format';
import { DataTable, type DataColumn } from '../../ui/data-table';
import type { TableState } from '../../ui/url-state';
import { OrgLabel, PersonLink } from './bits';

/** The query of the view: the list's own sort is the conclusion date, oldest first unless the reader turned it. */
export function proposalQuery(state: TableState, orgId: string | undefined): DisciplineProposalQuery {
  return { page: state.page, pageSize: state.pageSize, sort: 'closedOn', order: state.sort === 'closedOn' ? state.order : 'asc', orgId };
}

/**
 * The cases page's "waiting for a discipline decision" view: violations concluded with no
 * discipline recorded for them yet, the longest waiting first (the Standing Committee's home
 * card leads here). The server decides what waits; the page only shows it.
 */
export function AwaitingDiscipline({ state, onState, orgId, toolbar }: { state: TableState; onState: (patch: Partial<TableState>) => void; orgId: string | undefined; toolbar: ReactNode }) {
  const { t } = useTranslation();
  const query = proposalQuery(state, orgId);
  const proposals = useQuery({ queryKey: [...CASES_KEY, 'awaitingDiscipline', query], queryFn: ({ signal }) => fetchDisciplineProposals(query, signal), placeholderData: keepPreviousData });

  const columns: DataColumn<DisciplineProposal>[] = [
    { key: 'person', title: t('discipline.cases.columns.person'), value: (p) => p.person.fullName ?? '', render: (p) => <PersonLink person={p.person} /> },
    { key: 'decisionNumber', title: t('discipline.cases.columns.decisionNumber'), value: (p) => p.decisionNumber, render: (p) => <Link to={`/inspection/cases/${p.caseId}`}>{p.decisionNumber}</Link> },
    { key: 'closedOn', title: t('discipline.cases.columns.closedOn'), sortKey: 'closedOn', value: (p) => p.closedOn },
    {
      key: 'daysWaiting',
      title: t('discipline.awaiting.daysWaiting'),
      align: 'right',
      value: (p) => p.daysWaiting,
      render: (p) => t('discipline.awaiting.days', { n: formatNumber(p.daysWaiting) }),
    },
    { key: 'org', title: t('discipline.cases.columns.org'), width: 240, value: (p) => p.orgName ?? '', render: (p) => <OrgLabel id={p.orgId} known={p.orgName ?? undefined} /> },
  ];

  return (
    <DataTable<DisciplineProposal>
      label={t('discipline.awaiting.label')}
      exportName={t('discipline.awaiting.exportName')}
      columns={columns}
      rowKey={(p) => p.caseId}
      state={{ ...state, sort: 'closedOn', order: query.order ?? 'asc' }}
      onState={onState}
      toolbar={toolbar}
      data={proposals.data}
      fetchPage={(page, pageSize) => fetchDisciplineProposals({ ...query, page, pageSize })}
      loading={proposals.isFetching}
      error={proposals.error}
      onRetry={() => void proposals.refetch()}
      empty={!proposals.data ? <span /> : <span className="discipline-empty">{t('discipline.awaiting.empty')}</span>}
    />
  );
}
