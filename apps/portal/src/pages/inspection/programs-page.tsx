import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { countOverduePhases, fetchPrograms, KIND_VALUES, type Program, type ProgramKind } from '../../api/inspection';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import { programProgress } from './phase-progress';
import { ToneTag } from './tone-tag';
import { PhaseProgress } from './program-progress';
import { useInspectionLabels } from './use-labels';
import { useYear } from './use-year';
import { YearSelect } from './year-select';
import './inspection.css';

const FILTERS = ['year', 'kind'] as const;
const SORT = { sort: 'title', order: 'asc' } as const;

/** Chương trình kiểm tra, giám sát của năm: each program with its targets' progress. */
export function ProgramsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('inspection.programs.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const labels = useInspectionLabels();
  const { year, ready, latest, setYear } = useYear('programs');
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const kind = KIND_VALUES.includes(state.filters.kind as ProgramKind) ? (state.filters.kind as ProgramKind) : undefined;
  const { year: _y, kind: _k, ...rest } = state.filters;
  const query = { ...listParams({ ...state, filters: rest }), year, kind } as Parameters<typeof fetchPrograms>[0];
  const programs = useQuery({
    queryKey: ['inspection', 'programs', query],
    queryFn: ({ signal }) => fetchPrograms(query, signal),
    placeholderData: keepPreviousData,
    enabled: ready,
  });
  const overdue = useQuery({ queryKey: ['inspection', 'overdue', 'count'], queryFn: ({ signal }) => countOverduePhases(signal), staleTime: 60_000 });

  const columns: DataColumn<Program>[] = [
    {
      key: 'title',
      title: t('inspection.programs.columns.title'),
      sortKey: 'title',
      width: 260,
      value: (p) => p.title,
      render: (p) => (
        <Link to={`/inspection/programs/${p.id}`} className="inspection-program-link">
          {p.title}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('inspection.programs.columns.kind'),
      value: (p) => `${labels.kind(p.kind)} ${labels.mode(p.mode).toLowerCase()}`,
      render: (p) => (
        <>
          <ToneTag tone={p.kind === 'inspection' ? 'info' : 'purple'}>{labels.kind(p.kind)}</ToneTag>
          <div>{labels.mode(p.mode)}</div>
        </>
      ),
    },
    {
      key: 'document',
      title: t('inspection.programs.columns.document'),
      value: (p) => p.documentNumber ?? '',
      render: (p) =>
        p.documentNumber && (
          <>
            <div className="inspection-nowrap">{p.documentNumber}</div>
            {p.issuedOn && <div className="muted">{t('inspection.programs.issuedOnShort', { date: formatLocalDate(p.issuedOn) })}</div>}
          </>
        ),
    },
    { key: 'issuedOn', title: t('inspection.programs.columns.issuedOn'), value: (p) => p.issuedOn, optional: true },
    { key: 'targets', title: t('inspection.programs.columns.targets'), value: (p) => p.targets, align: 'right', optional: true },
    {
      key: 'concluded',
      title: t('inspection.programs.columns.concluded'),
      value: (p) => p.concluded,
      align: 'right',
      render: (p) => `${formatNumber(p.concluded)}/${formatNumber(p.targets)}`,
    },
    {
      key: 'progress',
      title: t('inspection.programs.columns.progress'),
      value: (p) => programProgress(p).done,
      render: (p) => {
        const { done, total } = programProgress(p);
        return (
          <>
            <PhaseProgress done={done} total={total} />
            {(p.overduePhases ?? 0) > 0 && <ToneTag tone="late">{t('inspection.programs.overdueTag', { n: formatNumber(p.overduePhases) })}</ToneTag>}
          </>
        );
      },
    },
    // shown in the progress cell; a column of its own for the export
    { key: 'overdue', title: t('inspection.programs.columns.overdue'), value: (p) => p.overduePhases ?? null, align: 'right', optional: true },
  ];

  const items = programs.data?.items ?? [];
  const byKind = (k: ProgramKind) => items.filter((p) => p.kind === k).reduce((s, p) => s + p.targets, 0);

  return (
    <Page
      id="inspection-programs"
      title={t('inspection.programs.title')}
      intro={t('inspection.programs.intro')}
      actions={
        <Space wrap>
          <Button id="inspection-overdue-link" danger={(overdue.data ?? 0) > 0} onClick={() => navigate('/inspection/phases/overdue')}>
            {t('inspection.overdue.link', { n: formatNumber(overdue.data ?? 0) })}
          </Button>
          <IfAllowed permission="inspection:write">
            <Button id="inspection-program-new" type="primary" onClick={() => navigate(`new${search}`)}>
              {t('inspection.programs.new')}
            </Button>
          </IfAllowed>
        </Space>
      }
    >
      {programs.data && items.length > 0 && programs.data.total <= items.length && (
        <p className="inspection-summary" role="status">
          {t('inspection.programs.summary', {
            year,
            programs: formatNumber(programs.data.total),
            inspection: formatNumber(byKind('inspection')),
            supervision: formatNumber(byKind('supervision')),
            concluded: formatNumber(items.reduce((s, p) => s + p.concluded, 0)),
          })}
        </p>
      )}
      <DataTable<Program>
        label={t('inspection.programs.label', { year })}
        exportName={t('inspection.programs.exportName', { year })}
        columns={columns}
        rowKey={(p) => p.id}
        state={state}
        onState={setState}
        data={programs.data}
        fetchPage={(page, pageSize) => fetchPrograms({ ...query, page, pageSize })}
        loading={programs.isFetching}
        error={programs.error}
        onRetry={() => void programs.refetch()}
        empty={t('inspection.programs.empty', { year })}
        toolbar={
          <>
            <YearSelect id="inspection-programs-year" value={year} latest={latest} onChange={setYear} />
            <Segmented
              aria-label={t('inspection.programs.kindFilter')}
              value={kind ?? 'all'}
              onChange={(v) => setState({ filters: { ...state.filters, kind: v === 'all' ? '' : String(v) } })}
              options={[{ value: 'all', label: t('inspection.programs.allKinds') }, ...KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))]}
            />
          </>
        }
      />
      <Outlet />
    </Page>
  );
}
