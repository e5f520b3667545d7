import { useTranslation } from 'react-i18next';
import type { OrgView } from '../../api/orgs';
import { formatLocalDate, formatNumber } from '../../format';
import { useOrgKindLabel } from '../../i18n/localize';
import { countGrassrootsByKind } from './org-tree';

/** How many đảng bộ cơ sở and chi bộ cơ sở there are on the date, and their total. */
export function GrassrootsCounts({ items, asOf }: { items: readonly OrgView[]; asOf: string }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const counts = countGrassrootsByKind(items);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <div className="panel">
      <h2>{t('orgs.countsTitle', { date: formatLocalDate(asOf) })}</h2>
      <dl className="stats">
        {counts.map((c) => (
          <div key={c.kind} className="stat">
            <dt>{kindLabel(c.kind)}</dt>
            <dd>{formatNumber(c.count)}</dd>
          </div>
        ))}
        <div className="stat stat-total">
          <dt>{t('orgs.grassrootsTotal')}</dt>
          <dd>{formatNumber(total)}</dd>
        </div>
      </dl>
    </div>
  );
}
