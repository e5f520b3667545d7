import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { fetchMembers, MEMBER_STATUSES, type MemberQuery, type MembershipStatus } from '../../api/members';
import { IfAllowed } from '../../auth/guards';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { useMemberColumns } from './member-columns';
import { LinkButton } from './link-button';
import { MEMBER_FILTER_KEYS, MemberFilterBar } from './member-filters';
import './members.css';

const DEFAULT_SORT = { sort: 'fullName', order: 'asc' as const };

/** `/members`: everyone in the user's scope, searched and filtered, every choice in the address. */
export function MembersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('members.title'));
  const { search } = useLocation();
  const [state, setState] = useTableState(MEMBER_FILTER_KEYS, { defaultSort: DEFAULT_SORT });
  const { status, ...filters } = state.filters;
  // an unknown status in a hand-typed address is ignored rather than sent (the API would refuse it)
  const validStatus = (MEMBER_STATUSES as string[]).includes(status ?? '') ? (status as MembershipStatus) : undefined;
  const query = { ...listParams({ ...state, filters }), status: validStatus } as MemberQuery;
  const members = useQuery({
    queryKey: ['members', 'list', query],
    queryFn: ({ signal }) => fetchMembers(query, signal),
    placeholderData: keepPreviousData,
  });
  const columns = useMemberColumns(search);

  return (
    <Page
      id="members"
      title={t('members.title')}
      intro={t('members.intro')}
      actions={
        <IfAllowed permission="members:write">
          <Space wrap>
            <LinkButton type="primary" to={`new${search}`} id="members-new">
              {t('members.actions.newPerson')}
            </LinkButton>
            <LinkButton to={`existing${search}`} id="members-existing">
              {t('members.actions.existing')}
            </LinkButton>
          </Space>
        </IfAllowed>
      }
    >
      <DataTable
        label={t('members.listLabel')}
        exportName={t('members.exportName')}
        columns={columns}
        rowKey={(m) => m.id}
        state={state}
        onState={setState}
        data={members.data}
        fetchPage={(page, pageSize) => fetchMembers({ ...query, page, pageSize })}
        loading={members.isFetching}
        error={members.error}
        onRetry={() => void members.refetch()}
        empty={t('members.empty')}
        toolbar={<MemberFilterBar value={state.filters} onChange={(next) => setState({ filters: next as Record<string, string> })} />}
      />
      <Outlet />
    </Page>
  );
}
