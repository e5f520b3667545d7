import { useQueries, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { COMPLAINTS_KEY, DISCIPLINES_KEY, fetchComplaint, fetchDiscipline } from '../../api/discipline';

/** The discipline of the address (`/inspection/disciplines/:id`) and its complaints, shared by its page and drawers. */
export function useDiscipline() {
  const { id = '' } = useParams<{ id: string }>();
  const query = useQuery({ queryKey: [...DISCIPLINES_KEY, 'one', id], queryFn: ({ signal }) => fetchDiscipline(id, signal), enabled: Boolean(id) });
  const complaints = useQueries({
    queries: (query.data?.complaintIds ?? []).map((cid) => ({
      queryKey: [...COMPLAINTS_KEY, 'one', cid],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchComplaint(cid, signal),
    })),
  });
  return { id, query, complaints: complaints.flatMap((c) => (c.data ? [c.data] : [])), complaintsLoading: complaints.some((c) => c.isPending) };
}
