import { useTranslation } from 'react-i18next';
import { useOrgKindLabel } from '../../i18n/localize';
import { BarChart } from '../../layout/bar-chart';
import { orgKindGroups, trainingGroups } from './chart-data';

/** Training classes and students by course type; grassroots organizations by kind. */
export function ReportCharts({ metrics }: { metrics: Readonly<Record<string, number | null>> }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const training = trainingGroups(metrics).map((g) => ({ ...g, label: t(`reports.courses.${g.code}`) }));
  const orgKinds = orgKindGroups(metrics).map((g) => ({ ...g, label: kindLabel(g.kind) }));
  const hasAny = (groups: { values: (number | null)[] }[]) => groups.some((g) => g.values.some((v) => v !== null));

  return (
    <div className="charts">
      <div className="panel">
        {hasAny(training) ? (
          <BarChart
            title={t('reports.chartTraining')}
            noDataText={t('reports.noData')}
            series={[
              { label: t('reports.classes'), className: 'bar-a' },
              { label: t('reports.students'), className: 'bar-b' },
            ]}
            groups={training}
          />
        ) : (
          <p className="empty">
            {t('reports.chartTraining')}: {t('reports.chartNoData')}
          </p>
        )}
      </div>
      <div className="panel">
        {hasAny(orgKinds) ? (
          <BarChart title={t('reports.chartOrgs')} noDataText={t('reports.noData')} series={[{ label: t('reports.chartOrgs'), className: 'bar-a' }]} groups={orgKinds} />
        ) : (
          <p className="empty">
            {t('reports.chartOrgs')}: {t('reports.chartNoData')}
          </p>
        )}
      </div>
    </div>
  );
}
