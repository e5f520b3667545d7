import { useQueries } from '@tanstack/react-query';
import { fetchDeadlines, fetchMissingDossiers, fetchTransfers, TRANSFERS_KEY } from '../../api/transfers';
import { isStateTab, TRANSFER_TABS, type TransferTab } from './transfer-model';

/** How many rows each tab holds for the organization and date chosen (one row asked per tab: the total comes with it). */
export function useTabCounts(scope: { orgId?: string; asOf?: string }): Partial<Record<TransferTab, number>> {
  const results = useQueries({
    queries: TRANSFER_TABS.map((tab) => ({
      queryKey: [...TRANSFERS_KEY, 'count', tab, scope],
      queryFn: ({ signal }: { signal: AbortSignal }) => {
        const query = { ...scope, page: 1, pageSize: 1 };
        if (tab === 'deadlines') return fetchDeadlines(query, signal);
        if (tab === 'missingDossiers') return fetchMissingDossiers(query, signal);
        return fetchTransfers({ ...query, state: isStateTab(tab) ? tab : undefined }, signal);
      },
      staleTime: 30_000,
    })),
  });
  return Object.fromEntries(TRANSFER_TABS.flatMap((tab, i) => (results[i].data ? [[tab, results[i].data.total]] : [])));
}
