import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchOverduePhases, type OverduePhase } from '../../api/inspection';
import { formatLocalDate, formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { ToneTag } from './tone-tag';
import { useInspectionLabels } from './use-labels';
import './inspection.css';

const SORT = { sort: 'dueOn', order: 'asc' } as const;

/** Các bước quá hạn: phases due before today and not done, the longest overdue first — the committee's to-do list. */
export function OverduePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('inspection.overdue.title'));
  const labels = useInspectionLabels();
  const [state, setState] = useTableState([], { defaultSort: SORT });
  const query = listParams(state) as Parameters<typeof fetchOverduePhases>[0];
  const list = useQuery({ queryKey: ['inspection', 'overdue', query], queryFn: ({ signal }) => fetchOverduePhases(query, signal), placeholderData: keepPreviousData });

  const columns: DataColumn<OverduePhase>[] = [
    {
      key: 'org',
      title: t('inspection.targets.columns.org'),
      sortKey: 'orgName',
      value: (r) => r.orgName ?? '',
      render: (r) => <Link to={`/inspection/targets/${r.targetId}`}>{r.orgName ?? t('inspection.unknownOrg')}</Link>,
    },
    { key: 'kind', title: t('inspection.programs.columns.kind'), value: (r) => labels.kind(r.kind) },
    { key: 'year', title: t('inspection.year'), value: (r) => r.year, optional: true },
    { key: 'phase', title: t('inspection.overdue.columns.phase'), value: (r) => labels.phase(r.phase) },
    { key: 'dueOn', title: t('inspection.overdue.columns.dueOn'), sortKey: 'dueOn', value: (r) => r.dueOn },
    {
      key: 'days',
      title: t('inspection.overdue.columns.days'),
      value: (r) => r.daysOverdue,
      align: 'right',
      render: (r) => <ToneTag tone="late">{t('inspection.overdue.days', { n: formatNumber(r.daysOverdue) })}</ToneTag>,
    },
    { key: 'subject', title: t('inspection.targets.columns.subject'), value: (r) => r.subject, optional: true },
  ];

  return (
    <Page
      id="inspection-overdue"
      title={t('inspection.overdue.title')}
      intro={
        <>
          <Link to="/inspection/programs">{t('inspection.overdue.back')}</Link> · {t('inspection.overdue.intro', { date: formatLocalDate(list.data?.asOf) })}
        </>
      }
    >
      <DataTable<OverduePhase>
        label={t('inspection.overdue.title')}
        exportName={t('inspection.overdue.exportName')}
        columns={columns}
        rowKey={(r) => `${r.targetId}-${r.phase}`}
        state={state}
        onState={setState}
        data={list.data}
        fetchPage={(page, pageSize) => fetchOverduePhases({ ...query, page, pageSize })}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={t('inspection.overdue.empty')}
      />
    </Page>
  );
}
