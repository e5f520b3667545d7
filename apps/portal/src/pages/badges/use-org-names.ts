import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchOrgs } from '../../api/orgs';

/** The names of the organizations in the user's scope (a candidate carries only its `orgId`). */
export function useOrgNames(): (orgId: string) => string {
  const orgs = useQuery({ queryKey: ['orgs', 'all-names'], queryFn: ({ signal }) => fetchOrgs({}, signal), staleTime: 5 * 60_000 });
  const data = orgs.data;
  return useCallback((orgId: string) => data?.items.find((o) => o.id === orgId)?.name ?? '', [data]);
}
