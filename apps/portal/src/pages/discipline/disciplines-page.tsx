import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { DISCIPLINES_KEY, fetchDisciplines, type DisciplineQuery, type DisciplineView } from '../../api/discipline';
import { IfAllowed } from '../../auth/guards';
import { formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { useOutcomeColumns } from './discipline-columns';
import { DISCIPLINE_FILTERS, DisciplineFilters, disciplineFilters } from './discipline-filters';

/**
 * Kỷ luật đảng viên, tổ chức đảng in full (discipline:read): the decisions, newest first, with
 * their penalty, deciding body, validity and complaints; recording one is a drawer over the list.
 */
export function DisciplinesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('discipline.disciplines.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const [state, setState] = useTableState(DISCIPLINE_FILTERS, { defaultSort: { sort: 'decidedOn', order: 'desc' } });
  const filters = disciplineFilters(state.filters);
  const query = { ...listParams(state), ...filters } as DisciplineQuery;
  const list = useQuery({ queryKey: [...DISCIPLINES_KEY, query], queryFn: ({ signal }) => fetchDisciplines(query, signal), placeholderData: keepPreviousData });
  const filtered = Object.values(filters).some((v) => v !== undefined);

  const columns: DataColumn<DisciplineView>[] = [
    ...useOutcomeColumns<DisciplineView>((d) => <Link to={`/inspection/disciplines/${d.id}`}>{d.decisionNumber}</Link>),
    { key: 'decidingBody', title: t('discipline.disciplines.columns.decidingBody'), optional: true, value: (d) => t(`discipline.body.${d.decidingBody}`) },
    { key: 'proposedLevel', title: t('discipline.disciplines.columns.proposedLevel'), optional: true, value: (d) => (d.proposedLevel ? t(`discipline.penalty.${d.proposedLevel}`) : '') },
    {
      key: 'complaints',
      title: t('discipline.disciplines.columns.complaints'),
      align: 'right',
      value: (d) => d.complaintIds.length,
      render: (d) => (d.complaintIds.length ? t('discipline.disciplines.complaintCount', { count: d.complaintIds.length, formatted: formatNumber(d.complaintIds.length) }) : ''),
    },
  ];

  return (
    <Page
      id="disciplines"
      title={t('discipline.disciplines.title')}
      intro={t('discipline.disciplines.intro')}
      actions={
        <IfAllowed permission="inspection:write">
          <Button id="disciplines-decide" type="primary" onClick={() => navigate(`/inspection/disciplines/new${search}`)}>
            {t('discipline.disciplines.decide')}
          </Button>
        </IfAllowed>
      }
    >
      <DataTable<DisciplineView>
        label={t('discipline.disciplines.label')}
        exportName={t('discipline.disciplines.exportName')}
        columns={columns}
        rowKey={(d) => d.id}
        state={state}
        onState={setState}
        toolbar={<DisciplineFilters idPrefix="disciplines" state={state} onState={setState} />}
        data={list.data}
        fetchPage={(page, pageSize) => fetchDisciplines({ ...query, page, pageSize })}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={!list.data ? <span /> : <span className="discipline-empty">{filtered ? t('discipline.disciplines.emptyFiltered') : t('discipline.disciplines.empty')}</span>}
      />
      <Outlet />
    </Page>
  );
}
