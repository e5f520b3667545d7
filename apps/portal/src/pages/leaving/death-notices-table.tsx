import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { fetchDeathNotices, type DeathNotice, type NoticeQuery } from '../../api/leaving';
import { useAuth } from '../../auth/auth-context';
import { IfAllowed } from '../../auth/guards';
import { can } from '../../auth/permissions';
import { formatLocalDate, formatNumber } from '../../format';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { DeadlineCell, useDeadlineLabel } from '../probation/deadline-cell';

type Status = DeathNotice['status'];
const FILTERS = ['orgId', 'status'] as const;
const isStatus = (s: string | undefined): s is Status => s === 'due' || s === 'overdue';

/** Deaths whose notice and dossier are not sent up yet: due within 30 working days, then overdue. */
export function DeathNoticesTable() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const deadlineLabel = useDeadlineLabel();
  const { me } = useAuth();
  const [state, setState] = useTableState(FILTERS, { defaultSort: { sort: 'deadline', order: 'asc' } });
  const orgId = state.filters.orgId;
  const status = isStatus(state.filters.status) ? state.filters.status : undefined;
  const query = { ...listParams(state), orgId, status } as NoticeQuery;
  const notices = useQuery({ queryKey: ['deaths', 'notices', query], queryFn: ({ signal }) => fetchDeathNotices(query, signal), placeholderData: keepPreviousData });
  const count = (s: Status) => ({ orgId, status: s, page: 1, pageSize: 1 }) as NoticeQuery;
  const overdue = useQuery({ queryKey: ['deaths', 'notices', count('overdue')], queryFn: ({ signal }) => fetchDeathNotices(count('overdue'), signal) });
  const due = useQuery({ queryKey: ['deaths', 'notices', count('due')], queryFn: ({ signal }) => fetchDeathNotices(count('due'), signal) });
  const asOf = notices.data?.asOf ?? '';
  const n = (total: number | undefined) => (total === undefined ? '…' : formatNumber(total));

  const actions: DataColumn<DeathNotice> = {
    key: 'actions',
    title: t('leaving.notices.actions'),
    fixed: 'right',
    render: (r) => (
      <IfAllowed permission="members:write">
        <Button id={`leaving-notice-${r.personId}`} aria-label={t('leaving.notices.sentOf', { name: r.fullName })} onClick={() => navigate(`notice/${r.personId}${search}`)}>
          {t('leaving.notices.sent')}
        </Button>
      </IfAllowed>
    ),
  };

  const columns: DataColumn<DeathNotice>[] = [
    { key: 'fullName', title: t('leaving.notices.fullName'), sortKey: 'fullName', value: (r) => r.fullName, render: (r) => <Link to={`/members/${r.personId}`}>{r.fullName}</Link> },
    { key: 'org', title: t('leaving.notices.orgName'), width: 240, value: (r) => r.orgName ?? '' },
    { key: 'dateOfDeath', title: t('leaving.notices.dateOfDeath'), value: (r) => r.dateOfDeath },
    { key: 'deadline', title: t('leaving.notices.deadline'), sortKey: 'deadline', value: (r) => r.deadline, render: (r) => <DeadlineCell deadline={r.deadline} asOf={asOf} status={r.status} /> },
    { key: 'status', title: t('leaving.notices.statusColumn'), optional: true, value: (r) => deadlineLabel(r.deadline, asOf, r.status) },
    { key: 'regulation', title: t('leaving.notices.regulation'), optional: true, value: (r) => r.regulation },
  ];
  // no empty "actions" column for those who may only read
  if (can(me, 'members:write')) columns.push(actions);


  const toolbar = (
    <div className="worklist-filters">
      <div className="worklist-filter">
        <label htmlFor="notices-org">{t('leaving.notices.org')}</label>
        <OrgPicker id="notices-org" value={orgId} placeholder={t('leaving.notices.orgPlaceholder')} onChange={(id) => setState({ filters: { ...state.filters, orgId: id ?? '' } })} />
      </div>
      <div className="worklist-filter">
        <span id="notices-status-label">{t('leaving.notices.status')}</span>
        <Segmented
          aria-labelledby="notices-status-label"
          value={status ?? 'all'}
          onChange={(v) => setState({ filters: { ...state.filters, status: v === 'all' ? '' : String(v) } })}
          options={[
            { value: 'all', label: t('leaving.notices.all', { count: n(overdue.data && due.data ? overdue.data.total + due.data.total : undefined) }) },
            { value: 'overdue', label: t('leaving.notices.overdue', { count: n(overdue.data?.total) }) },
            { value: 'due', label: t('leaving.notices.due', { count: n(due.data?.total) }) },
          ]}
        />
      </div>
    </div>
  );

  return (
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('leaving.notices.heading')}</h2>
      <p className="muted">
        {t('leaving.notices.help')} {asOf && t('leaving.notices.asOf', { date: formatLocalDate(asOf) })}
      </p>
      <DataTable<DeathNotice>
        label={t('leaving.notices.label')}
        exportName={t('leaving.notices.exportName')}
        columns={columns}
        rowKey={(r) => r.personId}
        state={state}
        onState={setState}
        toolbar={toolbar}
        data={notices.data}
        fetchPage={(page, pageSize) => fetchDeathNotices({ ...query, page, pageSize })}
        loading={notices.isFetching}
        error={notices.error}
        onRetry={() => void notices.refetch()}
        empty={!notices.data ? <span /> : <span className="worklist-empty">{orgId || status ? t('leaving.notices.emptyFiltered') : t('leaving.notices.empty')}</span>}
      />
    </section>
  );
}
