import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { fetchMember } from '../../api/members';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';

/** A mentor's or introducer's name, linked to their member record (their id until it is read). */
export function PersonName({ id }: { id: string }) {
  const { me } = useAuth();
  const person = useQuery({ queryKey: ['members', 'one', id], queryFn: ({ signal }) => fetchMember(id, signal), enabled: can(me, 'members:read'), staleTime: 5 * 60_000 });
  return <Link to={`/members/${id}`}>{person.data?.fullName ?? '…'}</Link>;
}
