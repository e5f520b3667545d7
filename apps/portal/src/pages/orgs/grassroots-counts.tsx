import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { countOrgs } from '../../api/orgs';
import { formatLocalDate, formatNumber } from '../../format';

const KINDS = ['grassroots_committee', 'grassroots_cell'] as const;

/**
 * How many đảng bộ cơ sở and chi bộ cơ sở there are on the date, their total and all organizations
 * of the tree, in one line above the tree: totals asked of the API (one row each), never counted
 * from the whole list.
 */
export function GrassrootsCounts({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const [committees, cells, all] = useQueries({
    queries: [...KINDS.map((kind) => ({ kind })), {}].map((filter) => ({
      queryKey: ['orgs', 'count', asOf, filter],
      queryFn: ({ signal }: { signal: AbortSignal }) => countOrgs({ ...filter, asOf }, signal),
      staleTime: 60_000,
    })),
  });
  const n = (v: number | undefined) => <strong>{v === undefined ? '…' : formatNumber(v)}</strong>;
  const grassroots = committees.data !== undefined && cells.data !== undefined ? committees.data + cells.data : undefined;
  return (
    <p className="orgs-counts" aria-label={t('orgs.counts.label', { date: formatLocalDate(asOf) })}>
      <span>
        {n(committees.data)} {t('orgs.counts.grassroots_committee')}
      </span>
      <span>
        {n(cells.data)} {t('orgs.counts.grassroots_cell')}
      </span>
      <span>
        ({n(grassroots)} {t('orgs.counts.grassrootsTotal')})
      </span>
      <span>
        {n(all.data)} {t('orgs.counts.all')}
      </span>
    </p>
  );
}
