import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchOutcomes, OUTCOMES_KEY, type DisciplineOutcome, type DisciplineQuery } from '../../api/discipline';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { useOutcomeColumns } from './discipline-columns';
import { DISCIPLINE_FILTERS, DisciplineFilters, disciplineFilters } from './discipline-filters';

/**
 * Kết quả kỷ luật for those who read members (the Organization Board, a secretary in their
 * subtree): who was disciplined, the penalty, the decision and whether it holds — never the
 * violation, the proposal or the deliberations (the service does not send them).
 */
export function OutcomesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('discipline.outcomes.title'));
  const [state, setState] = useTableState(DISCIPLINE_FILTERS, { defaultSort: { sort: 'decidedOn', order: 'desc' } });
  const filters = disciplineFilters(state.filters);
  const query = { ...listParams(state), ...filters } as DisciplineQuery;
  const list = useQuery({ queryKey: [...OUTCOMES_KEY, query], queryFn: ({ signal }) => fetchOutcomes(query, signal), placeholderData: keepPreviousData });
  const columns = useOutcomeColumns<DisciplineOutcome>((d) => d.decisionNumber);
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <Page id="outcomes" title={t('discipline.outcomes.title')} intro={t('discipline.outcomes.intro')}>
      <DataTable<DisciplineOutcome>
        label={t('discipline.outcomes.label')}
        exportName={t('discipline.outcomes.exportName')}
        columns={columns}
        rowKey={(d) => d.id}
        state={state}
        onState={setState}
        toolbar={<DisciplineFilters idPrefix="outcomes" state={state} onState={setState} />}
        data={list.data}
        fetchPage={(page, pageSize) => fetchOutcomes({ ...query, page, pageSize })}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={!list.data ? <span /> : <span className="discipline-empty">{filtered ? t('discipline.outcomes.emptyFiltered') : t('discipline.outcomes.empty')}</span>}
      />
    </Page>
  );
}
