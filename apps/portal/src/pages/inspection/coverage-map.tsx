import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Progress, Segmented, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { fetchCoverage, type CoverageItem } from '../../api/inspection';
import { can } from '../../auth/permissions';
import { useAuth } from '../../auth/auth-context';
import { formatLocalDate, formatNumber, formatPercent, todayInVietnam } from '../../format';
import { useOrgKindLabel } from '../../i18n/localize';
import { ErrorNotice } from '../../layout/notices';
import { coverageDay, groupCoverage } from './coverage-groups';

type Status = 'all' | 'surveyed' | 'remaining';

/**
 * The coverage of the dossier surveys as the organization tree: under each parent, its grassroots
 * organizations by kind, each a tile — surveyed (green, with the last survey's day) or not yet
 * (amber) on the chosen day. One request: the coverage route gives every grassroots organization
 * with its parent, so the whole organization list is never downloaded.
 */
export function CoverageMap({ year }: { year: number }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const { me } = useAuth();
  const writes = can(me, 'inspection:write');
  const [params, setParams] = useSearchParams();
  const asOf = coverageDay(params.get('asOf') ?? undefined, year, todayInVietnam());
  const status: Status = params.get('status') === 'surveyed' || params.get('status') === 'remaining' ? (params.get('status') as Status) : 'all';
  const coverage = useQuery({ queryKey: ['inspection', 'coverage', asOf], queryFn: ({ signal }) => fetchCoverage(asOf, signal), placeholderData: keepPreviousData });
  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const c = coverage.data;
  const groups = c ? groupCoverage(c.items, status === 'all' ? undefined : status) : [];

  return (
    <section aria-labelledby="coverage-title" className="inspection-coverage">
      <h2 id="coverage-title" className="inspection-h2">
        {t('inspection.coverage.title', { date: formatLocalDate(asOf) })}
      </h2>
      <div className="inspection-toolbar">
        <label className="inspection-filter" htmlFor="coverage-as-of">
          <span>{t('inspection.coverage.asOf')}</span>
          <DatePicker
            id="coverage-as-of"
            format={['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY']}
            value={dayjs(asOf)}
            allowClear={false}
            onChange={(d) => d && set('asOf', d.format('YYYY-MM-DD'))}
          />
        </label>
        <Segmented<Status>
          aria-label={t('inspection.coverage.show')}
          value={status}
          onChange={(v) => set('status', v === 'all' ? null : v)}
          options={[
            { value: 'all', label: t('inspection.coverage.all') },
            { value: 'surveyed', label: t('inspection.coverage.surveyed') },
            { value: 'remaining', label: t('inspection.coverage.remaining') },
          ]}
        />
      </div>
      {coverage.isError && <ErrorNotice error={coverage.error} onRetry={() => void coverage.refetch()} />}
      {coverage.isPending && <Skeleton active />}
      {c && (
        <>
          <div className="inspection-coverage-counts" role="status" id="coverage-counts">
            <strong>{t('inspection.coverage.counts', { surveyed: formatNumber(c.surveyed), remaining: formatNumber(c.remaining), total: formatNumber(c.grassroots) })}</strong>
            <span className="muted">{t('inspection.coverage.share', { share: formatPercent(c.grassroots ? c.surveyed / c.grassroots : 0) })}</span>
            <Progress percent={c.grassroots ? Math.round((c.surveyed / c.grassroots) * 100) : 0} showInfo={false} strokeColor="#237804" railColor="#ffd591" aria-hidden="true" />
          </div>
          <p className="inspection-legend">
            <span className="coverage-tile-sample coverage-surveyed" aria-hidden="true" /> {t('inspection.coverage.legendSurveyed')}
            <span className="coverage-tile-sample coverage-remaining" aria-hidden="true" /> {t('inspection.coverage.legendRemaining')}
          </p>
          {c.grassroots === 0 && <p>{t('inspection.coverage.none')}</p>}
          {groups.map((g) => (
            <div key={g.parentId ?? 'root'} className="coverage-parent" role="group" aria-labelledby={`coverage-parent-${g.parentId ?? 'root'}`}>
              <h3 id={`coverage-parent-${g.parentId ?? 'root'}`}>
                {g.parentName ?? t('inspection.coverage.noParent')}{' '}
                <span className="muted">{t('inspection.coverage.groupCounts', { surveyed: formatNumber(g.surveyed), total: formatNumber(g.total) })}</span>
              </h3>
              {g.kinds.map((k) => (
                <div key={k.kind} className="coverage-kind">
                  <h4>
                    {kindLabel(k.kind)} <span className="muted">{t('inspection.coverage.groupCounts', { surveyed: formatNumber(k.surveyed), total: formatNumber(k.total) })}</span>
                  </h4>
                  {k.items.length === 0 ? (
                    <p className="muted">{t(status === 'remaining' ? 'inspection.coverage.allSurveyed' : 'inspection.coverage.noneShown')}</p>
                  ) : (
                    <ul className="coverage-tiles">
                      {k.items.map((item) => (
                        <li key={item.orgId}>
                          <CoverageTile item={item} link={writes && item.surveys === 0 ? `new?${new URLSearchParams({ ...Object.fromEntries(params), orgId: item.orgId })}` : null} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/** One organization: its name and, in words, surveyed on which day (how many times) or not yet. */
function CoverageTile({ item, link }: { item: CoverageItem; link: string | null }) {
  const { t } = useTranslation();
  const surveyed = item.surveys > 0;
  const body = (
    <>
      <span className="coverage-name">{item.name}</span>
      <span className="coverage-state">
        {surveyed ? <CheckCircleFilled aria-hidden="true" /> : <ClockCircleOutlined aria-hidden="true" />}{' '}
        {surveyed
          ? t('inspection.coverage.tileSurveyed', { date: formatLocalDate(item.lastSurveyedOn), n: item.surveys })
          : t('inspection.coverage.tileRemaining')}
      </span>
    </>
  );
  const className = `coverage-tile ${surveyed ? 'coverage-surveyed' : 'coverage-remaining'}`;
  return link ? (
    <Link to={link} className={className} title={t('inspection.coverage.recordFor', { name: item.name })}>
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  );
}
