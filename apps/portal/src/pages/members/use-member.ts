import { useQuery } from '@tanstack/react-query';
import { fetchMember } from '../../api/members';

/** One person with their timeline; the record page and its drawers share it (one request). */
export function useMember(id: string) {
  return useQuery({ queryKey: ['members', 'detail', id], queryFn: ({ signal }) => fetchMember(id, signal) });
}
