import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate, useParams } from 'react-router-dom';
import { fetchProgram, PHASE_VALUES, type TargetSummary } from '../../api/inspection';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber, todayInVietnam } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import { phasesDoneOf, phaseTone, programProgress } from './phase-progress';
import { PhaseProgress } from './program-progress';
import { StatusTag } from './status-tag';
import { ToneTag } from './tone-tag';
import { useInspectionLabels } from './use-labels';
import './inspection.css';

/** Một chương trình: its targets (organizations), where each stands, and adding one. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const labels = useInspectionLabels();
  const today = todayInVietnam();
  const program = useQuery({ queryKey: ['inspection', 'program', id], queryFn: ({ signal }) => fetchProgram(id, signal) });
  const [state, setState] = useTableState([], { prefix: 't', defaultSort: { sort: 'org', order: 'asc' } });
  useDocumentTitle(program.data?.title ?? t('inspection.programs.title'));

  if (program.isPending) return <Loading />;
  if (program.isError) return <ErrorNotice error={program.error} onRetry={() => void program.refetch()} />;
  const p = program.data;
  const progress = programProgress(p);

  const columns: DataColumn<TargetSummary>[] = [
    {
      key: 'org',
      title: t('inspection.targets.columns.org'),
      value: (x) => x.orgName ?? '',
      compare: (a, b) => (a.orgName ?? '').localeCompare(b.orgName ?? '', 'vi'),
      render: (x) => <Link to={`/inspection/targets/${x.id}`}>{x.orgName ?? t('inspection.unknownOrg')}</Link>,
    },
    { key: 'subjectOf', title: t('inspection.targets.columns.subjectOf'), value: (x) => labels.subjectOf(x) },
    { key: 'subject', title: t('inspection.targets.columns.subject'), value: (x) => x.subject, optional: true },
    { key: 'status', title: t('inspection.targets.columns.status'), value: (x) => labels.status(x.status), compare: (a, b) => a.status.localeCompare(b.status), render: (x) => <StatusTag status={x.status} /> },
    {
      key: 'progress',
      title: t('inspection.targets.columns.progress'),
      value: (x) => phasesDoneOf(x),
      compare: (a, b) => phasesDoneOf(a) - phasesDoneOf(b),
      render: (x) => <PhaseProgress done={phasesDoneOf(x)} total={PHASE_VALUES.length} />,
    },
    {
      key: 'next',
      title: t('inspection.targets.columns.next'),
      value: (x) => (x.nextPhase ? labels.phase(x.nextPhase) : ''),
      render: (x) => {
        if (!x.nextPhase) return '';
        const due = x.nextDueOn ?? null;
        const tone = phaseTone({ dueOn: due, doneOn: null }, today);
        return (
          <span>
            {labels.phase(x.nextPhase)}
            {due && <span className={`inspection-due inspection-tone-${tone}`}> · {t(`inspection.tones.${tone}`, { date: formatLocalDate(due) })}</span>}
          </span>
        );
      },
    },
    { key: 'conclusionDate', title: t('inspection.targets.columns.conclusionDate'), value: (x) => x.conclusionDate, compare: (a, b) => (a.conclusionDate ?? '').localeCompare(b.conclusionDate ?? '') },
  ];

  return (
    <Page
      id="inspection-program"
      title={p.title}
      intro={
        <>
          <Link to={`/inspection/programs?year=${p.year}`}>{t('inspection.program.back', { year: p.year })}</Link> · {labels.kind(p.kind)} · {labels.mode(p.mode)}
        </>
      }
      actions={
        <IfAllowed permission="inspection:write">
          <Space wrap>
            <Button id="inspection-target-new" type="primary" onClick={() => navigate('targets/new')}>
              {t('inspection.program.addTarget')}
            </Button>
          </Space>
        </IfAllowed>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} className="inspection-facts">
        <Descriptions.Item label={t('inspection.programs.columns.document')}>
          {p.documentNumber ? t('inspection.program.document', { number: p.documentNumber, date: formatLocalDate(p.issuedOn) }) : t('inspection.program.noDocument')}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.programs.columns.targets')}>{formatNumber(p.targets)}</Descriptions.Item>
        <Descriptions.Item label={t('inspection.programs.columns.concluded')}>
          {formatNumber(p.concluded)} / {formatNumber(p.targets)}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.programs.columns.progress')}>
          <PhaseProgress done={progress.done} total={progress.total} />
          {(p.overduePhases ?? 0) > 0 && <ToneTag tone="late">{t('inspection.programs.overdueTag', { n: formatNumber(p.overduePhases) })}</ToneTag>}
        </Descriptions.Item>
      </Descriptions>
      <h2 className="inspection-h2">{t('inspection.program.targetsTitle')}</h2>
      <DataTable<TargetSummary>
        label={t('inspection.program.targetsLabel', { title: p.title })}
        exportName={t('inspection.program.exportName', { year: p.year })}
        columns={columns}
        rowKey={(x) => x.id}
        state={state}
        onState={setState}
        rows={p.targetList}
        rowClassName={(x) => ((x.overduePhases ?? 0) > 0 ? 'inspection-row-overdue' : '')}
        empty={t('inspection.program.empty')}
      />
      <Outlet />
    </Page>
  );
}
