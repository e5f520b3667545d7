import { useQuery } from '@tanstack/react-query';
import { fetchOrg } from '../../api/orgs';

/** An organization's name from its id (cached with the org picker's look-ups); the id while it loads. */
export function OrgName({ id }: { id: string }) {
  const org = useQuery({ queryKey: ['orgs', 'one', id], queryFn: ({ signal }) => fetchOrg(id, undefined, signal), staleTime: 5 * 60_000 });
  return <>{org.data?.name ?? ''}</>;
}
