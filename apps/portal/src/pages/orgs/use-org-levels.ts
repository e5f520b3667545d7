import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { fetchOrgChildren, type OrgView } from '../../api/orgs';

/** The query of one level of the tree on a date: shared by the tree and the reveal of a selection. */
export const levelQuery = (asOf: string, parentId: string | null) => ({
  queryKey: ['orgs', 'children', asOf, parentId] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchOrgChildren(parentId, asOf, signal),
  staleTime: 60_000,
});

/**
 * The levels of the tree read so far on `asOf`: the top, and the children of every open node —
 * never the whole bloc at once. `load` reads a level ahead (when a node is opened).
 */
export function useOrgLevels(asOf: string, open: readonly string[]) {
  const queryClient = useQueryClient();
  const parents = useMemo(() => [null, ...open], [open]);
  const { levels, top } = useQueries({
    queries: parents.map((p) => levelQuery(asOf, p)),
    // one map of the levels read, rebuilt only when a level's data changes (structural sharing)
    combine: (results) => {
      const map = new Map<string | null, readonly OrgView[]>();
      results.forEach((r, i) => {
        if (r.data) map.set(parents[i], r.data);
      });
      return { levels: map, top: results[0] };
    },
  });
  const load = useCallback((parentId: string) => queryClient.fetchQuery(levelQuery(asOf, parentId)).then(() => undefined), [queryClient, asOf]);
  return { levels, top, load };
}
