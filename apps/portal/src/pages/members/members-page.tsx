import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { fetchMembers, MEMBER_PAGE_SIZE, MEMBER_STATUSES, type MembershipStatus } from '../../api/members';
import { formatLocalDate, formatNumber } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { useDocumentTitle } from '../../layout/use-document-title';
import { MemberDrawer } from './member-drawer';
import { MemberFilters, type MemberFilterValues } from './member-filters';
import { Pagination } from './pagination';
import { useOrgOptions } from './use-org-names';
import { Page } from '../../layout/page';

/** The filters live in the address (`?q=&orgId=&status=&page=`), so a member's page links back to the same list. */
function readFilters(params: URLSearchParams): MemberFilterValues & { page: number } {
  const status = params.get('status') ?? '';
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    orgId: params.get('orgId') ?? '',
    status: (MEMBER_STATUSES as readonly string[]).includes(status) ? (status as MembershipStatus) : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function MembersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('members.title'));
  const { id } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { orgs, nameOf } = useOrgOptions();
  const query = { q: filters.q || undefined, orgId: filters.orgId || undefined, status: filters.status || undefined, page: filters.page, pageSize: MEMBER_PAGE_SIZE };
  const members = useQuery({
    queryKey: ['members', 'list', query],
    queryFn: ({ signal }) => fetchMembers(query, signal),
    placeholderData: keepPreviousData,
  });

  const apply = (next: MemberFilterValues & { page?: number }) => {
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.orgId) search.set('orgId', next.orgId);
    if (next.status) search.set('status', next.status);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  const listSearch = params.toString() ? `?${params.toString()}` : '';
  const pages = members.data ? Math.max(1, Math.ceil(members.data.total / members.data.pageSize)) : 1;

  return (
    <Page id="members" title={t('members.title')} intro={t('members.intro')}>
      <MemberFilters key={filters.q} value={filters} orgs={orgs} onChange={(v) => apply({ ...v, page: 1 })} />

      {members.isPending && <Loading />}
      {members.isError && <ErrorNotice error={members.error} onRetry={() => void members.refetch()} />}
      {members.data && (
        <>
          <p className="muted" role="status">
            {t('members.total', { count: formatNumber(members.data.total) })}
          </p>
          {members.data.items.length === 0 ? (
            <p className="empty">{t('members.empty')}</p>
          ) : (
            <div className="table-wrap" aria-busy={members.isPlaceholderData}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('members.columns.fullName')}</th>
                    <th scope="col">{t('members.columns.dateOfBirth')}</th>
                    <th scope="col">{t('members.columns.org')}</th>
                    <th scope="col">{t('members.columns.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {members.data.items.map((m) => (
                    <tr key={m.id} className={m.id === id ? 'selected' : undefined}>
                      <td>
                        <Link to={`/members/${m.id}${listSearch}`}>{m.fullName}</Link>
                      </td>
                      <td className="nowrap">{formatLocalDate(m.dateOfBirth)}</td>
                      <td>{nameOf(m.orgId) || <span className="muted small">{m.orgId}</span>}</td>
                      <td>{t(`members.status.${m.status}`, { defaultValue: m.status })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 && <Pagination page={filters.page} pages={pages} onPage={(page) => apply({ ...filters, page })} />}
        </>
      )}
      {id && <MemberDrawer id={id} orgName={nameOf} onClose={() => navigate(`/members${listSearch}`)} />}
    </Page>
  );
}
