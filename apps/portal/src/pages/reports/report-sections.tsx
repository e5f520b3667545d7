import { METRIC_UNIT_LABELS } from '@party/contracts';
import { useTranslation } from 'react-i18next';
import type { YearEndReport } from '../../api/reports';
import { formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { shareText } from './report-model';
import { useMetricLabel, type Definitions } from './use-metric-label';

/** Every section of the report, each a table of its metrics with value and unit. */
export function ReportSections({ report, definitions }: { report: YearEndReport; definitions: Definitions }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const label = useMetricLabel(definitions);
  const pending = new Set(report.pending);

  return (
    <>
      {report.sections.map((section) => (
        <section key={section.key} className="panel report-section" aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`}>{localize(section.title)}</h2>
          {section.metrics.length === 0 ? (
            <p className="empty">{t('reports.sectionEmpty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.metric')}</th>
                    <th scope="col" className="numeric">{t('reports.value')}</th>
                    <th scope="col">{t('reports.unit')}</th>
                  </tr>
                </thead>
                <tbody>
                  {section.metrics.map((key) => {
                    const value = report.metrics[key] ?? null;
                    const def = definitions.get(key);
                    const share = shareText(key, report.metrics);
                    return (
                      <tr key={key} className={value === null ? 'no-data' : undefined}>
                        <th scope="row" className="metric-label" title={def ? localize(def.definition) : undefined}>
                          {label(key)}
                        </th>
                        <td className="numeric">
                          {value === null ? (
                            <span className="muted">
                              {t('reports.noData')}
                              {pending.has(key) && <sup aria-hidden="true">*</sup>}
                            </span>
                          ) : (
                            (share ?? formatNumber(value))
                          )}
                        </td>
                        <td className="muted">{def ? localize(METRIC_UNIT_LABELS[def.unit]) : ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
