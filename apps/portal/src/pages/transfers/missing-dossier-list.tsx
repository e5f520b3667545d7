import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { fetchMissingDossiers, TRANSFERS_KEY, type MissingDossier, type MissingDossierQuery } from '../../api/transfers';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber } from '../../format';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { missingTone } from './transfer-model';
import { OrgName } from './transfer-bits';
import { useOrgNames } from './use-org-names';

/** The three-monthly check: members transferred in whose dossier has not arrived, the longest waiting first. */
export function MissingDossierList({ scope }: { scope: { orgId?: string; asOf?: string } }) {
  const { t } = useTranslation();
  const location = useLocation();
  const nameOf = useOrgNames();
  const [state, onState] = useTableState([], { defaultSort: { sort: 'arrivedOn', order: 'asc' } });
  const query = { ...listParams(state), ...scope } as MissingDossierQuery;
  const list = useQuery({ queryKey: [...TRANSFERS_KEY, 'missing', query], queryFn: ({ signal }) => fetchMissingDossiers(query, signal), placeholderData: keepPreviousData });
  const back = encodeURIComponent(location.pathname + location.search);

  const columns: DataColumn<MissingDossier>[] = [
    {
      key: 'fullName',
      title: t('transfers.columns.fullName'),
      sortKey: 'fullName',
      value: (r) => r.fullName,
      render: (r) => <Link to={`/transfers/${r.transferId}?back=${back}`}>{r.fullName}</Link>,
    },
    { key: 'fromCommittee', title: t('transfers.columns.fromCommittee'), value: (r) => r.fromCommittee ?? '', width: 220 },
    { key: 'toOrg', title: t('transfers.columns.toOrg'), value: (r) => (r.toOrgId ? (nameOf(r.toOrgId) ?? '') : ''), render: (r) => (r.toOrgId ? <OrgName id={r.toOrgId} /> : '—'), width: 280 },
    { key: 'arrivedOn', title: t('transfers.columns.arrivedOn'), sortKey: 'arrivedOn', value: (r) => r.arrivedOn, render: (r) => formatLocalDate(r.arrivedOn) },
    {
      key: 'monthsWaiting',
      title: t('transfers.columns.monthsWaiting'),
      align: 'right',
      value: (r) => r.monthsWaiting,
      render: (r) => <Tag color={missingTone(r.monthsWaiting)}>{formatNumber(r.monthsWaiting)}</Tag>,
    },
    {
      key: 'action',
      title: t('transfers.columns.action'),
      render: (r) => (
        <IfAllowed permission="members:write">
          <Link id={`dossier-${r.transferId}`} to={`/transfers/${r.transferId}/follow-up?back=${back}`}>
            {t('transfers.lists.recordDossier')}
          </Link>
        </IfAllowed>
      ),
    },
  ];

  return (
    <>
      {list.data && <p className="muted">{t('transfers.lists.missingIntro', { date: formatLocalDate(list.data.arrivedOnOrBefore), regulation: list.data.regulation })}</p>}
      <DataTable<MissingDossier>
        label={t('transfers.lists.missing')}
        exportName={t('transfers.lists.missingExport')}
        columns={columns}
        rowKey={(r) => r.transferId}
        state={state}
        onState={onState}
        data={list.data}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        fetchPage={(page, pageSize) => fetchMissingDossiers({ ...query, page, pageSize })}
        empty={t('transfers.lists.emptyMissing')}
      />
    </>
  );
}
