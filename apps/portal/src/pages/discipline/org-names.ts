import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchOrgs } from '../../api/orgs';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';

/**
 * Today's organizations by id, for the organization column of the lists (one cached read, the
 * same the other lists share). An organization that has ended since is looked up alone (`OrgLabel`).
 */
export function useOrgNames(): (id: string | null | undefined) => string | undefined {
  const { me } = useAuth();
  const query = useQuery({ queryKey: ['orgs', 'list', 'today'], queryFn: ({ signal }) => fetchOrgs({}, signal), enabled: can(me, 'orgs:read'), staleTime: 5 * 60_000 });
  return useMemo(() => {
    const names = new Map((query.data?.items ?? []).map((o) => [o.id, o.name]));
    return (id) => (id ? names.get(id) : undefined);
  }, [query.data]);
}
