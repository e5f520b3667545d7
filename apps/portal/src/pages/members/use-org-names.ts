import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchOrgs, type OrgView } from '../../api/orgs';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';

/** Today's organizations (for the filter and for names in the table), when the user may read them. */
export function useOrgOptions(): { orgs: OrgView[]; nameOf: (id: string) => string } {
  const { me } = useAuth();
  const query = useQuery({
    queryKey: ['orgs', 'list', 'today'],
    queryFn: ({ signal }) => fetchOrgs({}, signal),
    enabled: can(me, 'orgs:read'),
    staleTime: 5 * 60_000,
  });
  return useMemo(() => {
    const orgs = query.data?.items ?? [];
    const names = new Map(orgs.map((o) => [o.id, o.name]));
    return { orgs, nameOf: (id: string) => names.get(id) ?? '' };
  }, [query.data]);
}
