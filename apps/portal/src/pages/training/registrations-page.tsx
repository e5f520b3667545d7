import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchRegistrations, type Registration, type RegistrationQuery } from '../../api/training';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { PeopleListFrame } from './people-list';
import { yearOf } from './training-year';
import { useCourseTypes, useOrgNames } from './use-training-data';

const FILTERS = ['year', 'courseTypeCode', 'orgId'] as const;
const SORT = { sort: 'registeredOn', order: 'asc' } as const;

/** Đăng ký học: who registered for the courses of a year (registered the year before, usually). */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const courseTypes = useCourseTypes();
  const orgName = useOrgNames();
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const year = yearOf(state.filters.year);
  const { year: _year, ...filters } = state.filters;
  const query = { ...listParams({ ...state, filters }), forYear: year } as RegistrationQuery;
  const list = useQuery({ queryKey: ['training', 'registrations', query], queryFn: ({ signal }) => fetchRegistrations(query, signal), placeholderData: keepPreviousData });
  const columns: DataColumn<Registration>[] = [
    { key: 'fullName', title: t('training.people.fullName'), sortKey: 'fullName', value: (r) => r.person.fullName },
    { key: 'dateOfBirth', title: t('training.people.dateOfBirth'), value: (r) => r.person.dateOfBirth },
    { key: 'citizenId', title: t('training.people.citizenId'), value: (r) => r.person.citizenId, optional: true },
    { key: 'courseType', title: t('training.courseType'), value: (r) => courseTypes.name(r.courseTypeCode) },
    { key: 'org', title: t('training.org'), value: (r) => orgName(r.orgId) },
    { key: 'registeredOn', title: t('training.registrations.registeredOn'), sortKey: 'registeredOn', value: (r) => r.registeredOn },
    { key: 'note', title: t('training.registrations.note'), value: (r) => r.note, optional: true },
  ];
  return (
    <PeopleListFrame
      year={year}
      yearLabel={t('training.forYear')}
      state={state}
      onState={setState}
      command={{ id: 'training-register', label: t('training.registrations.new') }}
      table={(toolbar) => (
        <DataTable<Registration>
          label={t('training.registrations.label', { year })}
          exportName={t('training.registrations.exportName', { year })}
          columns={columns}
          rowKey={(r) => r.registrationId}
          state={state}
          onState={setState}
          data={list.data}
          fetchPage={(page, pageSize) => fetchRegistrations({ ...query, page, pageSize })}
          loading={list.isFetching}
          error={list.error}
          onRetry={() => void list.refetch()}
          empty={t('training.registrations.empty', { year })}
          toolbar={toolbar}
        />
      )}
    />
  );
}
