import { useQuery } from '@tanstack/react-query';
import { fetchDossier } from '../../api/dossier';

/** A person's dossier. Every read is audited, so it is read only when someone opens it and kept for a while. */
export function useDossier(personId: string) {
  return useQuery({ queryKey: ['dossier', personId], queryFn: ({ signal }) => fetchDossier(personId, signal), staleTime: 5 * 60_000 });
}
