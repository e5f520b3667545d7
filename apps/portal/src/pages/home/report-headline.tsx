import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Skeleton, Statistic } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchMetricCatalogue, fetchReportYears, fetchYearEnd } from '../../api/reports';
import { formatLocalDate, formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { useErrorMessage } from '../../layout/notices';
import { defaultReportYear } from '../reports/report-years';

/** The figures a reader of the year-end report looks for first, in the report's order. */
export const HEADLINE_METRICS = [
  'members.total',
  'orgs.grassroots',
  'members.admitted',
  'members.madeOfficial',
  'transfers.in',
  'transfers.out',
  'badges.awarded',
  'deaths',
] as const;

/** A few figures of the last finished year's report, for roles that read reports and do no casework. */
export function ReportHeadline() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const errorMessage = useErrorMessage();
  const years = useQuery({ queryKey: ['reports', 'years'], queryFn: ({ signal }) => fetchReportYears(signal), staleTime: 5 * 60_000 });
  const year = years.data ? defaultReportYear(years.data.years) : null;
  // the same query key as the report page: opening it afterwards shows the figures at once
  const report = useQuery({
    queryKey: ['reports', 'year-end', year, undefined],
    queryFn: ({ signal }) => fetchYearEnd(year as number, undefined, signal),
    enabled: year !== null,
  });
  const catalogue = useQuery({ queryKey: ['reports', 'metrics'], queryFn: ({ signal }) => fetchMetricCatalogue(signal), staleTime: 60 * 60_000 });
  const labels = useMemo(() => new Map((catalogue.data?.metrics ?? []).map((m) => [m.key, m.label])), [catalogue.data]);
  const error = years.error ?? report.error;

  return (
    <section aria-labelledby="home-report-title" className="home-section">
      <h2 id="home-report-title">{year ? t('home.report.title', { year }) : t('nav.reports')}</h2>
      {report.data && <p className="muted">{t('home.report.intro', { date: formatLocalDate(report.data.asOf) })}</p>}
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(error)}
          action={<Button onClick={() => void (years.isError ? years.refetch() : report.refetch())}>{t('common.retry')}</Button>}
        />
      )}
      {!error && (years.isPending || report.isPending) && <Skeleton active />}
      {report.data && (
        <>
          <Row gutter={[16, 16]}>
            {HEADLINE_METRICS.map((key) => {
              const value = report.data.metrics[key];
              const label = labels.get(key);
              return (
                <Col key={key} xs={12} md={6}>
                  <Card className="headline-card">
                    <Statistic
                      title={label ? localize(label) : key}
                      value={value === null || value === undefined ? t('home.report.noData') : formatNumber(value)}
                    />
                  </Card>
                </Col>
              );
            })}
          </Row>
          <p className="home-more">
            <Link to="/reports/year-end" id="home-open-report">
              {t('home.report.open', { year })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
