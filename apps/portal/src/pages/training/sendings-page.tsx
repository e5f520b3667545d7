import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchSendings, type Sending, type SendingQuery } from '../../api/training';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { PeopleListFrame } from './people-list';
import { yearOf } from './training-year';
import { useCourseTypes, useOrgNames } from './use-training-data';

const FILTERS = ['year', 'courseTypeCode', 'orgId'] as const;
const SORT = { sort: 'sentOn', order: 'asc' } as const;

/** Cử đi học: people sent in a year to courses others run (trung cấp, cao cấp…). */
export function SendingsPage() {
  const { t } = useTranslation();
  const courseTypes = useCourseTypes();
  const orgName = useOrgNames();
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const year = yearOf(state.filters.year);
  const { year: _year, ...filters } = state.filters;
  const query = { ...listParams({ ...state, filters }), year } as SendingQuery;
  const list = useQuery({ queryKey: ['training', 'sendings', query], queryFn: ({ signal }) => fetchSendings(query, signal), placeholderData: keepPreviousData });
  const columns: DataColumn<Sending>[] = [
    { key: 'fullName', title: t('training.people.fullName'), sortKey: 'fullName', value: (r) => r.person.fullName },
    { key: 'dateOfBirth', title: t('training.people.dateOfBirth'), value: (r) => r.person.dateOfBirth },
    { key: 'citizenId', title: t('training.people.citizenId'), value: (r) => r.person.citizenId, optional: true },
    { key: 'courseType', title: t('training.courseType'), value: (r) => courseTypes.name(r.courseTypeCode) },
    { key: 'institution', title: t('training.sendings.institution'), value: (r) => r.institution },
    { key: 'decisionNumber', title: t('training.sendings.decisionNumber'), value: (r) => r.decisionNumber },
    { key: 'sentOn', title: t('training.sendings.sentOn'), sortKey: 'sentOn', value: (r) => r.sentOn },
    { key: 'org', title: t('training.org'), value: (r) => orgName(r.orgId), optional: true },
    { key: 'note', title: t('training.sendings.note'), value: (r) => r.note, optional: true },
  ];
  return (
    <PeopleListFrame
      year={year}
      state={state}
      onState={setState}
      command={{ id: 'training-send', label: t('training.sendings.new') }}
      table={(toolbar) => (
        <DataTable<Sending>
          label={t('training.sendings.label', { year })}
          exportName={t('training.sendings.exportName', { year })}
          columns={columns}
          rowKey={(r) => r.sendingId}
          state={state}
          onState={setState}
          data={list.data}
          fetchPage={(page, pageSize) => fetchSendings({ ...query, page, pageSize })}
          loading={list.isFetching}
          error={list.error}
          onRetry={() => void list.refetch()}
          empty={t('training.sendings.empty', { year })}
          toolbar={toolbar}
        />
      )}
    />
  );
}
