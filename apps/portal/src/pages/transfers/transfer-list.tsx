import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { fetchTransfers, TRANSFER_KINDS, TRANSFERS_KEY, type Transfer, type TransferKind, type TransferQuery, type TransferState } from '../../api/transfers';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { formatLocalDate } from '../../format';
import { KindTag, Place, placeText, StatusTag } from './transfer-bits';
import { useOrgNames } from './use-org-names';

const FILTERS = ['kind'] as const;
const date = (v: string | null) => (v ? formatLocalDate(v) : '');

/** The transfers in one state (or all), with the two ends by name; the row opens the transfer and its letter. */
export function TransferList({ state: transferState, scope }: { state: TransferState | undefined; scope: { orgId?: string; asOf?: string } }) {
  const { t } = useTranslation();
  const location = useLocation();
  const nameOf = useOrgNames();
  const [state, onState] = useTableState(FILTERS, { defaultSort: { sort: 'departedOn', order: 'desc' } });
  const kind = TRANSFER_KINDS.includes(state.filters.kind as TransferKind) ? (state.filters.kind as TransferKind) : undefined;
  const query = { ...listParams(state), ...scope, kind, state: transferState } as TransferQuery;
  const list = useQuery({ queryKey: [...TRANSFERS_KEY, 'list', query], queryFn: ({ signal }) => fetchTransfers(query, signal), placeholderData: keepPreviousData });
  const back = encodeURIComponent(location.pathname + location.search);

  const columns: DataColumn<Transfer>[] = [
    {
      key: 'fullName',
      title: t('transfers.columns.fullName'),
      sortKey: 'fullName',
      value: (r) => r.fullName,
      render: (r) => <Link to={`/transfers/${r.id}?back=${back}`}>{r.fullName}</Link>,
    },
    { key: 'kind', title: t('transfers.columns.kind'), value: (r) => t(`transfers.kind.${r.kind}`), render: (r) => <KindTag kind={r.kind} /> },
    { key: 'from', title: t('transfers.columns.from'), value: (r) => placeText(nameOf, r.fromOrgId, r.fromCommittee), render: (r) => <Place orgId={r.fromOrgId} committee={r.fromCommittee} />, width: 260 },
    { key: 'to', title: t('transfers.columns.to'), value: (r) => placeText(nameOf, r.toOrgId, r.toCommittee), render: (r) => <Place orgId={r.toOrgId} committee={r.toCommittee} />, width: 260 },
    { key: 'letterNumber', title: t('transfers.columns.letterNumber'), value: (r) => r.letterNumber, render: (r) => r.letterNumber },
    { key: 'departedOn', title: t('transfers.columns.departedOn'), sortKey: 'departedOn', value: (r) => r.departedOn, render: (r) => date(r.departedOn) },
    { key: 'arrivedOn', title: t('transfers.columns.arrivedOn'), value: (r) => r.arrivedOn, render: (r) => date(r.arrivedOn) },
    { key: 'effectiveOn', title: t('transfers.columns.effectiveOn'), sortKey: 'effectiveOn', value: (r) => r.effectiveOn, render: (r) => date(r.effectiveOn), optional: true },
    { key: 'untilOn', title: t('transfers.columns.untilOn'), value: (r) => r.untilOn, render: (r) => date(r.untilOn), optional: true },
    { key: 'activityStartedOn', title: t('transfers.columns.activityStartedOn'), value: (r) => r.activityStartedOn, render: (r) => date(r.activityStartedOn), optional: true },
    { key: 'dossierReceivedOn', title: t('transfers.columns.dossierReceivedOn'), value: (r) => r.dossierReceivedOn, render: (r) => date(r.dossierReceivedOn), optional: true },
    { key: 'hops', title: t('transfers.columns.hops'), value: (r) => r.hops.length, align: 'right', optional: true },
    { key: 'status', title: t('transfers.columns.status'), value: (r) => t(`transfers.status.${r.status}`), render: (r) => <StatusTag status={r.status} /> },
  ];

  const empty = transferState === 'inTransit' ? 'emptyInTransit' : transferState === 'overdue' ? 'emptyOverdue' : 'empty';
  return (
    <DataTable<Transfer>
      label={t('transfers.lists.transfers')}
      exportName={t('transfers.lists.transfersExport')}
      columns={columns}
      rowKey={(r) => r.id}
      state={state}
      onState={onState}
      data={list.data}
      loading={list.isFetching}
      error={list.error}
      onRetry={() => void list.refetch()}
      fetchPage={(page, pageSize) => fetchTransfers({ ...query, page, pageSize })}
      empty={t(`transfers.lists.${empty}`)}
      toolbar={
        <Select
          aria-label={t('transfers.filters.kind')}
          style={{ minWidth: 200 }}
          value={kind ?? ''}
          onChange={(v: string) => onState({ filters: { ...state.filters, kind: v } })}
          options={[{ value: '', label: t('transfers.filters.allKinds') }, ...TRANSFER_KINDS.map((k) => ({ value: k, label: t(`transfers.kind.${k}`) }))]}
        />
      }
    />
  );
}
