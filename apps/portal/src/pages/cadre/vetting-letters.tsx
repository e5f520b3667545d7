import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchVettingRequest, fetchVettingRequests, type VettingRequest } from '../../api/cadre';
import { formatNumber } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { useCadreLabels } from './use-labels';
import { VettingStatusTag } from './vetting-tags';

const SORT = { sort: 'sentOn', order: 'desc' } as const;

/** Công văn xin ý kiến Công an of the year: each letter with how many people it named, replied and concluded. */
export function VettingLetters({ year }: { year: number }) {
  const { t } = useTranslation();
  const [state, setState] = useTableState([], { defaultSort: SORT, prefix: 'l' });
  const query = { ...listParams({ ...state, filters: {} }), year } as Parameters<typeof fetchVettingRequests>[0];
  const letters = useQuery({ queryKey: ['cadre', 'vetting', 'requests', query], queryFn: ({ signal }) => fetchVettingRequests(query, signal), placeholderData: keepPreviousData });
  const columns: DataColumn<VettingRequest>[] = [
    { key: 'letterNumber', title: t('cadre.letters.columns.number'), sortKey: 'letterNumber', value: (r) => r.letterNumber },
    { key: 'sentOn', title: t('cadre.letters.columns.sentOn'), sortKey: 'sentOn', value: (r) => r.sentOn },
    { key: 'people', title: t('cadre.letters.columns.people'), align: 'right', value: (r) => r.people },
    { key: 'replied', title: t('cadre.letters.columns.replied'), align: 'right', value: (r) => r.replied, render: (r) => `${formatNumber(r.replied)}/${formatNumber(r.people)}` },
    { key: 'concluded', title: t('cadre.letters.columns.concluded'), align: 'right', value: (r) => r.concluded, render: (r) => `${formatNumber(r.concluded)}/${formatNumber(r.people)}` },
  ];
  return (
    <DataTable<VettingRequest>
      label={t('cadre.letters.label', { year })}
      exportName={t('cadre.letters.exportName', { year })}
      columns={columns}
      rowKey={(r) => r.id}
      state={state}
      onState={setState}
      data={letters.data}
      fetchPage={(page, pageSize) => fetchVettingRequests({ ...query, page, pageSize })}
      loading={letters.isFetching}
      error={letters.error}
      onRetry={() => void letters.refetch()}
      empty={t('cadre.letters.empty', { year })}
      expandable={{ expandedRowRender: (r) => <LetterCases id={r.id} /> }}
    />
  );
}

function LetterCases({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  const letter = useQuery({ queryKey: ['cadre', 'vetting', 'request', id], queryFn: ({ signal }) => fetchVettingRequest(id, signal) });
  if (letter.isPending) return <Loading />;
  if (letter.isError) return <ErrorNotice error={letter.error} />;
  return (
    <ul className="cadre-plain-list">
      {letter.data.cases.map((c) => (
        <li key={c.id}>
          <Link to={`/cadre/vetting/cases/${c.id}`}>{c.person.fullName ?? t('cadre.unknownPerson')}</Link> <span className="muted">— {labels.purpose(c.purpose)}</span> <VettingStatusTag status={c.status} />
        </li>
      ))}
    </ul>
  );
}
