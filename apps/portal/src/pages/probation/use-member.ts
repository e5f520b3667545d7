import { useQuery } from '@tanstack/react-query';
import { fetchMember } from '../../api/members';

/** The member a command drawer is about, by the address's id (shared cache with the member record). */
export function useMember(personId: string | undefined) {
  return useQuery({ queryKey: ['members', 'one', personId], queryFn: ({ signal }) => fetchMember(personId as string, signal), enabled: Boolean(personId) });
}
