import { useTranslation } from 'react-i18next';
import { useMetricLabel, type Definitions } from './use-metric-label';

/** Why some figures read "chưa có dữ liệu": the metrics no connected module feeds yet. */
export function PendingList({ pending, definitions }: { pending: string[]; definitions: Definitions }) {
  const { t } = useTranslation();
  const label = useMetricLabel(definitions);
  if (pending.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="pending-title">
      <h2 id="pending-title">
        <sup aria-hidden="true">*</sup> {t('reports.pendingTitle')}
      </h2>
      <p className="muted">{t('reports.pendingIntro')}</p>
      <ul className="columns">
        {pending.map((key) => (
          <li key={key}>{label(key)}</li>
        ))}
      </ul>
    </section>
  );
}
