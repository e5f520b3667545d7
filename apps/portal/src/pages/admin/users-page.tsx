import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { fetchUsers, type AdminUser, type UsersQuery } from '../../api/gateway';
import { IfAllowed } from '../../auth/guards';
import { formatDateTime } from '../../format';
import { useRoleLabel } from '../../i18n/localize';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { OrgScopeName } from './org-scope-name';
import { UserRowActions } from './user-row-actions';
import { UserStatus, useStatusText } from './user-status';
import { USERS_KEY } from './users-query';
import './admin.css';

const FILTERS = ['q'] as const;
const DEFAULT_SORT = { sort: 'username', order: 'asc' } as const;

export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const roleLabel = useRoleLabel();
  const statusText = useStatusText();
  const [state, setState] = useTableState(FILTERS, { defaultSort: DEFAULT_SORT });
  const query = listParams(state) as UsersQuery;
  const users = useQuery({
    queryKey: [...USERS_KEY, 'list', query],
    queryFn: ({ signal }) => fetchUsers(query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: DataColumn<AdminUser>[] = [
    {
      key: 'username',
      title: t('users.columns.username'),
      sortKey: 'username',
      width: 150,
      value: (u) => u.username,
      // the username opens the edit drawer, the other commands sit under it: the table keeps to
      // a tablet's width without hiding its actions past a horizontal scroll
      render: (u) => (
        <>
          <Link id={`user-edit-${u.id}`} to={{ pathname: `/admin/users/${u.id}/edit`, search }} aria-label={t('users.editLabel', { username: u.username })}>
            <code>{u.username}</code>
          </Link>
          <UserRowActions user={u} />
        </>
      ),
    },
    { key: 'fullName', title: t('users.columns.fullName'), sortKey: 'fullName', width: 150, value: (u) => u.fullName },
    {
      key: 'roles',
      title: t('users.columns.roles'),
      width: 170,
      value: (u) => [u.roles.map(roleLabel).join(', '), u.orgScopeId].filter(Boolean).join(' — '),
      render: (u) => (
        <>
          <Space size={[0, 4]} wrap>
            {u.roles.map((r) => (
              <Tag key={r}>{roleLabel(r)}</Tag>
            ))}
          </Space>
          <div className="user-scope">
            <span className="visually-hidden">{t('users.columns.orgScope')}: </span>
            <OrgScopeName orgId={u.orgScopeId} />
          </div>
        </>
      ),
    },
    { key: 'status', title: t('users.columns.status'), width: 120, value: statusText, render: (u) => <UserStatus user={u} /> },
    {
      key: 'lastLoginAt',
      title: t('users.columns.lastLoginAt'),
      sortKey: 'lastLoginAt',
      width: 110,
      value: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.neverLoggedIn')),
      render: (u) => (u.lastLoginAt ? <DateTime instant={u.lastLoginAt} /> : <span className="muted">{t('users.neverLoggedIn')}</span>),
    },
    { key: 'createdAt', title: t('users.columns.createdAt'), sortKey: 'createdAt', optional: true, value: (u) => formatDateTime(u.createdAt) },
  ];

  return (
    <Page
      id="users"
      title={t('users.title')}
      intro={t('users.intro')}
      actions={
        <IfAllowed permission="users:manage">
          <Button id="users-create" type="primary" onClick={() => navigate({ pathname: '/admin/users/new', search })}>
            {t('users.create')}
          </Button>
        </IfAllowed>
      }
    >
      <DataTable<AdminUser>
        label={t('users.tableLabel')}
        exportName={t('users.exportName')}
        columns={columns}
        rowKey={(u) => u.id}
        state={state}
        onState={setState}
        data={users.data}
        fetchPage={(page, pageSize) => fetchUsers({ ...query, page, pageSize })}
        loading={users.isFetching}
        error={users.error}
        onRetry={() => void users.refetch()}
        // nothing said while the first page is on its way: "no users" would be wrong for a second
        empty={users.isPending ? <span /> : <span className="table-empty">{state.filters.q ? t('users.emptySearch') : t('users.empty')}</span>}
        toolbar={
          <Input.Search
            key={state.filters.q ?? ''}
            aria-label={t('users.search')}
            placeholder={t('users.search')}
            defaultValue={state.filters.q}
            allowClear
            enterButton
            style={{ width: 360, maxWidth: '100%' }}
            onSearch={(q) => setState({ filters: { q: q.trim() } })}
          />
        }
      />
      <Outlet />
    </Page>
  );
}

/** `07/12/2026` over `09:22:14`: a narrow column on a tablet. */
function DateTime({ instant }: { instant: string }) {
  const [day, time] = formatDateTime(instant).split(' ');
  return (
    <>
      <span className="nowrap">{day}</span>
      <br />
      <span className="nowrap">{time}</span>
    </>
  );
}
