import { useQuery } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { searchOrgsOn } from '../../api/orgs';
import { formatLocalDate, formatNumber } from '../../format';
import { useOrgKindLabel } from '../../i18n/localize';
import { ErrorNotice, Loading } from '../../layout/notices';

/** Organizations on the date whose name holds the words typed (accents ignored), to pick one. */
export function OrgSearchResults({ q, asOf, selectedId, onSelect, onClear }: { q: string; asOf: string; selectedId: string | null; onSelect: (id: string) => void; onClear: () => void }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const found = useQuery({ queryKey: ['orgs', 'search', asOf, q], queryFn: ({ signal }) => searchOrgsOn(q, asOf, signal), staleTime: 30_000 });
  return (
    <div className="orgs-search-results">
      {found.isPending && <Loading />}
      {found.isError && <ErrorNotice error={found.error} onRetry={() => void found.refetch()} />}
      {found.data && (
        <>
          <p role="status" className="orgs-muted">
            {found.data.total === 0
              ? t('orgs.searchNone', { date: formatLocalDate(asOf) })
              : t('orgs.searchFound', { n: formatNumber(found.data.total), date: formatLocalDate(asOf) })}
            {found.data.total > found.data.items.length && ` ${t('orgs.searchMore', { shown: found.data.items.length })}`}
          </p>
          <ul className="orgs-result-list">
            {found.data.items.map((o) => (
              <li key={o.id}>
                <button type="button" className={o.id === selectedId ? 'orgs-result selected' : 'orgs-result'} aria-current={o.id === selectedId || undefined} onClick={() => onSelect(o.id)}>
                  <span className="orgs-tree-name">{o.name}</span>
                  <Tag className="orgs-kind-tag">{kindLabel(o.kind)}</Tag>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <Button onClick={onClear}>{t('orgs.clearSearch')}</Button>
    </div>
  );
}
