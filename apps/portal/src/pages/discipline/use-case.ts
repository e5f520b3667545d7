import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { CASES_KEY, fetchCase } from '../../api/discipline';

/** The case of the address (`/inspection/cases/:id`), shared by its page and its drawer. */
export function useCase() {
  const { id = '' } = useParams<{ id: string }>();
  const query = useQuery({ queryKey: [...CASES_KEY, 'one', id], queryFn: ({ signal }) => fetchCase(id, signal), enabled: Boolean(id) });
  return { id, query };
}
