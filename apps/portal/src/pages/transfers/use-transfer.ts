import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { fetchTransfer, TRANSFERS_KEY } from '../../api/transfers';

/** The transfer of the address (`/transfers/:id/...`), shared with its page through the cache. */
export function useTransfer() {
  const { id = '' } = useParams();
  const transfer = useQuery({ queryKey: [...TRANSFERS_KEY, 'one', id], queryFn: ({ signal }) => fetchTransfer(id, signal) });
  return { id, transfer };
}
