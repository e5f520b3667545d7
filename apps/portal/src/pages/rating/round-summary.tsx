import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { fetchSummary, LEVEL_CODES, RATING_KEY, type LevelSummary, type Round, type Summary } from '../../api/rating';
import { formatNumber } from '../../format';
import { useOrgKindLabel } from '../../i18n/localize';
import { BarChart } from '../../layout/bar-chart';
import { ErrorNotice, Loading } from '../../layout/notices';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { useTableState } from '../../ui/url-state';
import { LevelTag } from './bits';

type Line = { key: 'grassroots' | 'dependentCells' | 'members'; figures: LevelSummary };
type Share = keyof LevelSummary['shares'];
const SHARE_COLUMNS: { key: Share; count: (s: LevelSummary) => number }[] = [
  { key: 'goodOrBetter', count: (s) => s.goodOrBetter },
  { key: 'excellent', count: (s) => s.excellent },
  { key: 'good', count: (s) => s.good },
  { key: 'completed', count: (s) => s.completed },
  { key: 'notCompleted', count: (s) => s.notCompleted },
];

/**
 * Tổng hợp kết quả xếp loại of a round, or of one organization's subtree (`?orgId=`): the count
 * and share at each level, written as the report writes them (`143/151 = 94,7%`), the report's
 * own sentences, a chart by level, and each grassroots organization's line.
 */
export function RoundSummary({ round }: { round: Pick<Round, 'id' | 'year'> }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? undefined;
  const summary = useQuery({ queryKey: [...RATING_KEY, 'summary', round.id, orgId ?? null], queryFn: ({ signal }) => fetchSummary(round.id, orgId, signal) });
  const [linesState, setLinesState] = useTableState([], { prefix: 'l' });
  const [byState, setByState] = useTableState([], { prefix: 's' });

  const setOrg = (id: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (id) next.set('orgId', id);
      else next.delete('orgId');
      return next;
    });

  const picker = (
    <label className="rating-filter" htmlFor="rating-summary-org">
      <span>{t('rating.summary.org')}</span>
      <span style={{ minWidth: 320 }}>
        <OrgPicker id="rating-summary-org" value={orgId} onChange={setOrg} placeholder={t('rating.summary.orgPlaceholder')} />
      </span>
    </label>
  );

  if (summary.isPending) return <Loading />;
  if (summary.isError) return <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;
  const lines: Line[] = [
    { key: 'grassroots', figures: s.grassroots },
    { key: 'dependentCells', figures: s.dependentCells },
    { key: 'members', figures: s.members },
  ];

  const lineColumns: DataColumn<Line>[] = [
    { key: 'line', title: t('rating.summary.columns.line'), value: (l) => t(`rating.summary.${l.key}`) },
    { key: 'subjects', title: t('rating.summary.columns.subjects'), align: 'right', value: (l) => l.figures.subjects },
    { key: 'decided', title: t('rating.summary.columns.decided'), align: 'right', value: (l) => l.figures.decided },
    ...SHARE_COLUMNS.map(
      (c): DataColumn<Line> => ({
        key: c.key,
        title: t(`rating.summary.columns.${c.key}`),
        align: 'right',
        value: (l) => c.count(l.figures),
        render: (l) => <span className="rating-nowrap">{l.figures.shares[c.key] || formatNumber(c.count(l.figures))}</span>,
      }),
    ),
  ];

  type ByRow = Summary['byGrassroots'][number];
  const byColumns: DataColumn<ByRow>[] = [
    { key: 'name', title: t('rating.summary.byColumns.name'), value: (g) => g.name, compare: (a, b) => a.name.localeCompare(b.name, 'vi') },
    { key: 'kind', title: t('rating.summary.byColumns.kind'), value: (g) => kindLabel(g.orgKind) },
    {
      key: 'decision',
      title: t('rating.summary.byColumns.decision'),
      value: (g) => (g.decision ? LEVEL_CODES[g.decision] : ''),
      render: (g) => (g.decision ? <LevelTag level={g.decision} /> : t('rating.common.none')),
    },
    { key: 'members', title: t('rating.summary.byColumns.members'), align: 'right', value: (g) => g.members.subjects, compare: (a, b) => a.members.subjects - b.members.subjects },
    {
      key: 'membersGood',
      title: t('rating.summary.byColumns.membersGood'),
      align: 'right',
      value: (g) => g.members.goodOrBetter,
      render: (g) => <span className="rating-nowrap">{g.members.shares.goodOrBetter || formatNumber(g.members.goodOrBetter)}</span>,
    },
    {
      key: 'membersExcellent',
      title: t('rating.summary.byColumns.membersExcellent'),
      align: 'right',
      value: (g) => g.members.excellent,
      render: (g) => <span className="rating-nowrap">{g.members.shares.excellent || formatNumber(g.members.excellent)}</span>,
    },
  ];

  // a line with nothing decided has no figure yet ("chưa có"), not a zero
  const levelGroups = (of: LevelSummary[]) =>
    (['excellent', 'good', 'completed', 'not_completed'] as const).map((level) => ({
      key: level,
      label: LEVEL_CODES[level],
      values: of.map((l) => (l.decided === 0 ? null : countAt(l, level))),
    }));

  return (
    <div>
      <div className="rating-choose">{picker}</div>
      <h2 className="rating-h2">{t('rating.summary.title')}</h2>
      <DataTable<Line>
        label={t('rating.summary.label')}
        exportName={`${t('rating.summary.exportName')}-${s.year}`}
        columns={lineColumns}
        rowKey={(l) => l.key}
        state={linesState}
        onState={setLinesState}
        rows={lines}
      />
      <p className="rating-muted">
        {t('rating.summary.excluded', { n: formatNumber(s.excludedMembers) })}{' '}
        {t('rating.summary.notDecided', { n: formatNumber(s.grassroots.notDecided + s.dependentCells.notDecided + s.members.notDecided) })}
      </p>
      <h3 className="rating-h2">{t('rating.summary.text')}</h3>
      <p className="rating-summary-text">{s.text.grassroots}</p>
      <p className="rating-summary-text">{s.text.members}</p>
      <div className="charts">
        <div className="panel">
          <BarChart
            title={t('rating.summary.chartOrgs')}
            noDataText={t('rating.summary.noData')}
            series={[
              { label: t('rating.summary.grassroots'), className: 'bar-a' },
              { label: t('rating.summary.dependentCells'), className: 'bar-b' },
            ]}
            groups={levelGroups([s.grassroots, s.dependentCells])}
          />
        </div>
        <div className="panel">
          <BarChart
            title={t('rating.summary.chartMembers')}
            noDataText={t('rating.summary.noData')}
            series={[{ label: t('rating.summary.members'), className: 'bar-a' }]}
            groups={levelGroups([s.members])}
          />
        </div>
      </div>
      {s.byGrassroots.length > 0 && (
        <>
          <h3 className="rating-h2">{t('rating.summary.byGrassroots')}</h3>
          <DataTable<ByRow>
            label={t('rating.summary.byGrassrootsLabel')}
            exportName={`${t('rating.summary.byGrassrootsExport')}-${s.year}`}
            columns={byColumns}
            rowKey={(g) => g.orgId}
            state={byState}
            onState={setByState}
            rows={s.byGrassroots}
          />
        </>
      )}
    </div>
  );
}

function countAt(l: LevelSummary, level: 'excellent' | 'good' | 'completed' | 'not_completed'): number {
  return level === 'not_completed' ? l.notCompleted : l[level];
}
