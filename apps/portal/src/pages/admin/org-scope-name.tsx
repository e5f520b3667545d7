import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchOrg } from '../../api/orgs';

/** The name of a secretary's organization (read once, shared with the org picker's cache). */
export function OrgScopeName({ orgId }: { orgId: string | null }) {
  const { t } = useTranslation();
  const org = useQuery({
    queryKey: ['orgs', 'one', orgId],
    queryFn: ({ signal }) => fetchOrg(orgId as string, undefined, signal),
    enabled: Boolean(orgId),
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (!orgId) return <span className="muted">{t('users.wholeBloc')}</span>;
  // an id the organizations service no longer knows still says which one it was
  return <>{org.data?.name ?? orgId}</>;
}
