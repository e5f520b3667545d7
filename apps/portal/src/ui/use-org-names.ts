import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchOrgs } from '../api/orgs';
import { useAuth } from '../auth/auth-context';
import { can } from '../auth/permissions';

/** An organization's name by id, from today's list in the user's scope. */
export interface OrgNames {
  (id: string | null | undefined): string | undefined;
  /** The list has been read (or cannot be): an id missing from it is worth asking alone. */
  loaded: boolean;
}

/**
 * Names for the organization columns of the lists whose rows carry only an `orgId`: one cached
 * read of today's organizations, shared by every page (one query key), never a dropdown of them.
 * Lists should come to carry `orgName` themselves (probation and death notices do).
 */
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
    const nameOf = (id: string | null | undefined) => (id ? names.get(id) : undefined);
    return Object.assign(nameOf, { loaded: !query.isPending || !query.isEnabled });
  }, [query.data, query.isPending, query.isEnabled]);
}
