import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '../../api/reports';
import { formatNumber } from '../../format';
import { summarizeReconciliation } from './report-model';

/** Opening + increases − decreases = closing, term by term, with the computed closing beside the given one. */
export function ReconciliationTable({ reconciliation }: { reconciliation: Reconciliation | null | undefined }) {
  const { t } = useTranslation();
  const summary = summarizeReconciliation(reconciliation);
  if (!summary.present) return null;
  const show = (v: number | null) => (v === null ? t('reports.noData') : formatNumber(v));
  const closing = summary.lines.find((l) => l.term === 'closing')?.value ?? null;

  return (
    <section className="panel" aria-labelledby="reconciliation-title">
      <h2 id="reconciliation-title">{t('reports.reconciliationTitle')}</h2>
      <p className="muted">{t('reports.reconciliationIntro')}</p>
      <table className="reconciliation">
        <tbody>
          {summary.lines.map((line) => (
            <tr key={line.term} className={line.term === 'closing' ? (summary.mismatch ? 'total mismatch' : 'total') : undefined}>
              <td className="sign" aria-hidden="true">
                {line.sign === 1 ? '+' : line.sign === -1 ? '−' : line.term === 'closing' ? '=' : ''}
              </td>
              <th scope="row">{t(`reports.terms.${line.term}`)}</th>
              <td className={line.value === null ? 'numeric muted' : 'numeric'}>{show(line.value)}</td>
            </tr>
          ))}
          {summary.computed !== null && (
            <tr className="muted">
              <td />
              <th scope="row">{t('reports.reconciliationComputed')}</th>
              <td className="numeric">{formatNumber(summary.computed)}</td>
            </tr>
          )}
        </tbody>
      </table>
      {summary.mismatch && closing !== null && summary.computed !== null && (
        <p className="notice notice-warning" role="alert">
          {t('reports.reconciliationMismatch', { closing: formatNumber(closing), computed: formatNumber(summary.computed) })}
        </p>
      )}
      {summary.computed === null && <p className="muted small">{t('reports.reconciliationMissing')}</p>}
    </section>
  );
}
