import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { fetchDeadlines, TRANSFERS_KEY, type DeadlineQuery, type TransferDeadline } from '../../api/transfers';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, todayInVietnam } from '../../format';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { DeadlineTag, KindTag, OrgName } from './transfer-bits';
import { useOrgNames } from './use-org-names';

const FILTERS = ['stage', 'status'] as const;
const STAGES = ['presentLetter', 'startActivity'] as const;
const STATUSES = ['due', 'overdue'] as const;
const pick = <T extends string>(values: readonly T[], v: string | undefined): T | undefined => (values.includes(v as T) ? (v as T) : undefined);

/**
 * The letter to present (30 working days) and the activity to start (60), due or overdue, the
 * nearest first; each row leads to the command that settles it.
 */
export function DeadlineList({ scope }: { scope: { orgId?: string; asOf?: string } }) {
  const { t } = useTranslation();
  const location = useLocation();
  const nameOf = useOrgNames();
  const [state, onState] = useTableState(FILTERS, { defaultSort: { sort: 'deadline', order: 'asc' } });
  const stage = pick(STAGES, state.filters.stage);
  const status = pick(STATUSES, state.filters.status);
  const query = { ...listParams(state), ...scope, stage, status } as DeadlineQuery;
  const list = useQuery({ queryKey: [...TRANSFERS_KEY, 'deadlines', query], queryFn: ({ signal }) => fetchDeadlines(query, signal), placeholderData: keepPreviousData });
  const asOf = list.data?.asOf ?? scope.asOf ?? todayInVietnam();
  const back = encodeURIComponent(location.pathname + location.search);

  const columns: DataColumn<TransferDeadline>[] = [
    {
      key: 'fullName',
      title: t('transfers.columns.fullName'),
      sortKey: 'fullName',
      value: (r) => r.fullName,
      render: (r) => <Link to={`/transfers/${r.transferId}?back=${back}`}>{r.fullName}</Link>,
    },
    { key: 'kind', title: t('transfers.columns.kind'), value: (r) => t(`transfers.kind.${r.kind}`), render: (r) => <KindTag kind={r.kind} />, optional: true },
    { key: 'stage', title: t('transfers.columns.stage'), value: (r) => t(`transfers.stage.${r.stage}`), render: (r) => t(`transfers.stage.${r.stage}`) },
    { key: 'deadline', title: t('transfers.columns.deadline'), sortKey: 'deadline', value: (r) => r.deadline, render: (r) => <DeadlineTag status={r.status} deadline={r.deadline} asOf={asOf} /> },
    { key: 'to', title: t('transfers.columns.to'), value: (r) => (r.toOrgId ? (nameOf(r.toOrgId) ?? '') : ''), render: (r) => (r.toOrgId ? <OrgName id={r.toOrgId} /> : '—'), width: 240 },
    { key: 'from', title: t('transfers.columns.fromDate'), value: (r) => r.from, render: (r) => formatLocalDate(r.from) },
    { key: 'workingDays', title: t('transfers.columns.workingDays'), value: (r) => r.workingDays, align: 'right', optional: true },
    { key: 'status', title: t('transfers.columns.deadlineStatus'), value: (r) => t(`transfers.deadline.${r.status}`), optional: true },
    { key: 'regulation', title: t('transfers.columns.regulation'), value: (r) => r.regulation, render: (r) => <span className="small">{r.regulation}</span>, optional: true },
    {
      key: 'action',
      title: t('transfers.columns.action'),
      render: (r) => (
        <IfAllowed permission="members:write">
          <Link
            id={`deadline-${r.transferId}-${r.stage}`}
            to={`/transfers/${r.transferId}/${r.stage === 'presentLetter' ? 'arrive' : 'follow-up'}?back=${back}`}
          >
            {t(r.stage === 'presentLetter' ? 'transfers.lists.recordArrival' : 'transfers.lists.recordActivity')}
          </Link>
        </IfAllowed>
      ),
    },
  ];

  return (
    <>
      <p className="muted">{t('transfers.lists.deadlinesIntro')}</p>
      <DataTable<TransferDeadline>
        label={t('transfers.lists.deadlines')}
        exportName={t('transfers.lists.deadlinesExport')}
        columns={columns}
        rowKey={(r) => `${r.transferId}-${r.stage}`}
        rowClassName={(r) => `deadline-${r.status}`}
        state={state}
        onState={onState}
        data={list.data}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        fetchPage={(page, pageSize) => fetchDeadlines({ ...query, page, pageSize })}
        empty={t('transfers.lists.emptyDeadlines')}
        toolbar={
          <Space wrap>
            <Select
              aria-label={t('transfers.filters.stage')}
              style={{ minWidth: 220 }}
              value={stage ?? ''}
              onChange={(v: string) => onState({ filters: { ...state.filters, stage: v } })}
              options={[{ value: '', label: t('transfers.filters.allStages') }, ...STAGES.map((s) => ({ value: s, label: t(`transfers.stage.${s}`) }))]}
            />
            <Select
              aria-label={t('transfers.filters.status')}
              style={{ minWidth: 200 }}
              value={status ?? ''}
              onChange={(v: string) => onState({ filters: { ...state.filters, status: v } })}
              options={[{ value: '', label: t('transfers.filters.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`transfers.deadline.${s}`) }))]}
            />
          </Space>
        }
      />
    </>
  );
}
