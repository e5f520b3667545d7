import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchOrgs } from '../../api/orgs';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';

/**
 * Today's organizations by id, for the names of a transfer's two ends (the same cached list the
 * members' page reads). An organization that has ended since is looked up one by one (`OrgName`).
 */
export interface OrgNames {
  (id: string | null): string | undefined;
  /** The list has been read (or cannot be): an id missing from it is worth asking alone. */
  loaded: boolean;
}

export function useOrgNames(): OrgNames {
  const { me } = useAuth();
  const query = useQuery({
    queryKey: ['orgs', 'list', 'today'],
    queryFn: ({ signal }) => fetchOrgs({}, signal),
    enabled: can(me, 'orgs:read'),
    staleTime: 5 * 60_000,
  });
  return useMemo(() => {
    const names = new Map((query.data?.items ?? []).map((o) => [o.id, o.name]));
    const nameOf = (id: string | null) => (id ? names.get(id) : undefined);
    return Object.assign(nameOf, { loaded: !query.isPending || !query.isEnabled });
  }, [query.data, query.isPending, query.isEnabled]);
}
