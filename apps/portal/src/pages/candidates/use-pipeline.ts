import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { fetchAdmissionDeadlines, fetchCandidates, type AdmissionDeadline, type CandidateQuery, type CandidateSummary } from '../../api/candidates';
import { useOrgNames as useSharedOrgNames } from '../../ui/use-org-names';
import { BOARD_STEPS, PIPELINE_STAGES, type BoardStep } from './pipeline';

/** The page's filters, kept in the address: organization, name, and board or list. */
export function usePipelineFilters() {
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? undefined;
  const q = params.get('q') ?? undefined;
  const view: 'board' | 'list' = params.get('view') === 'list' ? 'list' : 'board';
  const set = useCallback(
    (patch: Partial<Record<'orgId' | 'q' | 'view', string | undefined>>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [k, v] of Object.entries(patch)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          // a new filter shows the list from its first page
          next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { orgId, q, view, set };
}

/** What each column of the board reads: the pipeline by stage, then the admitted by their ceremony. */
const COLUMN_QUERY: Record<BoardStep, CandidateQuery> = {
  ...(Object.fromEntries(PIPELINE_STAGES.map((stage) => [stage, { stage, status: 'inPipeline', sort: 'nominatedOn', pageSize: 500 }])) as Record<(typeof PIPELINE_STAGES)[number], CandidateQuery>),
  decision: { status: 'admitted', ceremony: 'pending', sort: 'nominatedOn', pageSize: 500 },
  // history, not work: the latest ceremonies only (the list view has them all)
  ceremony: { ceremony: 'held', sort: 'ceremonyDate', order: 'desc', pageSize: 20 },
};

export interface BoardColumn {
  step: BoardStep;
  items: CandidateSummary[];
  total: number;
  loading: boolean;
  error: unknown;
  refetch: () => void;
}

/** Every column of the board, each its own query (a failing one does not blank the others). */
export function useBoardColumns(filters: { orgId?: string; q?: string }): BoardColumn[] {
  const results = useQueries({
    queries: BOARD_STEPS.map((step) => {
      const query: CandidateQuery = { ...COLUMN_QUERY[step], orgId: filters.orgId, q: filters.q || undefined };
      return { queryKey: ['candidates', 'list', query], queryFn: ({ signal }: { signal: AbortSignal }) => fetchCandidates(query, signal), staleTime: 15_000 };
    }),
  });
  return BOARD_STEPS.map((step, i) => {
    const r = results[i];
    return { step, items: r.data?.items ?? [], total: r.data?.total ?? 0, loading: r.isPending, error: r.error, refetch: () => void r.refetch() };
  });
}

/** Decisions and ceremonies due or overdue, by person (a person has at most one open at a time). */
export function useDeadlines(orgId: string | undefined) {
  const query = useQuery({
    queryKey: ['admissions', 'deadlines', { orgId }],
    queryFn: ({ signal }) => fetchAdmissionDeadlines({ orgId, pageSize: 500 }, signal),
    staleTime: 60_000,
  });
  return useMemo(() => {
    const byPerson = new Map<string, AdmissionDeadline>((query.data?.items ?? []).map((d) => [d.personId, d]));
    return { byPerson, asOf: query.data?.asOf, error: query.error };
  }, [query.data, query.error]);
}

/** Today's organizations' names, when the user may read them (cards and rows name the chi bộ). */
export function useOrgNames(): (id: string) => string {
  const names = useSharedOrgNames();
  return (id) => names(id) ?? '';
}

/** The people code lists, one hook for the whole portal. */
export { useCodeLists, type CodeListName } from '../members/use-code-lists';
