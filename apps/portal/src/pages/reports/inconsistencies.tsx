import { useTranslation } from 'react-i18next';
import type { ReportInconsistency } from '../../api/reports';
import { formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { useMetricLabel, type Definitions } from './use-metric-label';

/** Figures that contradict each other, shown first and highlighted. */
export function Inconsistencies({ items, definitions }: { items: ReportInconsistency[]; definitions: Definitions }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const label = useMetricLabel(definitions);
  if (items.length === 0) return null;
  return (
    <section className="notice notice-warning" role="alert" aria-labelledby="inconsistencies-title">
      <h2 id="inconsistencies-title">{t('reports.inconsistenciesTitle')}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.code}-${item.keys.join(',')}`}>
            <strong>{localize(item.message)}</strong> — {t('reports.inconsistencyValues', { expected: formatNumber(item.expected), actual: formatNumber(item.actual) })}
            {item.keys.length > 0 && <div className="small">{item.keys.map(label).join(', ')}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
