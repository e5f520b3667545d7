import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchCandidates, type CandidateQuery, type CandidateSummary } from '../../api/candidates';
import { formatLocalDate } from '../../format';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import { DeadlineTag } from './deadline-tag';
import { BOARD_STEPS, boardStep, deadlineStageOf, type BoardStep } from './pipeline';
import { useCodeLists, useDeadlines, useOrgNames } from './use-pipeline';

const FILTERS = ['orgId', 'q', 'step'] as const;

/** The API's filters for one step of the board (the admitted split by their ceremony). */
function stepQuery(step: string | undefined): Pick<CandidateQuery, 'stage' | 'status' | 'ceremony'> {
  if (step === 'decision') return { status: 'admitted', ceremony: 'pending' };
  if (step === 'ceremony') return { ceremony: 'held' };
  if (step && (BOARD_STEPS as readonly string[]).includes(step)) return { stage: step as CandidateQuery['stage'], status: 'inPipeline' };
  return {};
}

/** The same people as the board, as a sortable, exportable table (for those who prefer rows). */
export function CandidateList() {
  const { t } = useTranslation();
  const [state, setState] = useTableState(FILTERS, { defaultSort: { sort: 'nominatedOn', order: 'desc' } });
  const orgName = useOrgNames();
  const codes = useCodeLists();
  const deadlines = useDeadlines(state.filters.orgId);
  const { step, ...rest } = state.filters;
  const base: CandidateQuery = { ...rest, ...stepQuery(step), sort: state.sort as CandidateQuery['sort'], order: state.order };
  const query: CandidateQuery = { ...base, page: state.page, pageSize: state.pageSize };
  const page = useQuery({ queryKey: ['candidates', 'list', query], queryFn: ({ signal }) => fetchCandidates(query, signal), placeholderData: keepPreviousData });

  const deadlineOf = (c: CandidateSummary) => {
    const d = deadlines.byPerson.get(c.personId);
    return d && d.stage === deadlineStageOf(boardStep(c)) ? d : undefined;
  };
  const columns: DataColumn<CandidateSummary>[] = [
    {
      key: 'fullName',
      title: t('candidates.list.columns.fullName'),
      sortKey: 'fullName',
      value: (c) => c.fullName,
      render: (c) => <Link to={`/candidates/${c.id}`}>{c.fullName}</Link>,
    },
    { key: 'dateOfBirth', title: t('candidates.list.columns.dateOfBirth'), value: (c) => c.dateOfBirth, render: (c) => formatLocalDate(c.dateOfBirth), optional: true },
    { key: 'org', title: t('candidates.list.columns.org'), value: (c) => orgName(c.orgId) },
    {
      key: 'step',
      title: t('candidates.list.columns.step'),
      value: (c) => t(`candidates.steps.${boardStep(c)}`),
      render: (c) => <Tag>{t(`candidates.steps.${boardStep(c)}`)}</Tag>,
    },
    { key: 'nominatedOn', title: t('candidates.list.columns.nominatedOn'), sortKey: 'nominatedOn', value: (c) => c.nominatedOn, render: (c) => formatLocalDate(c.nominatedOn) },
    { key: 'nominatedBy', title: t('candidates.list.columns.nominatedBy'), value: (c) => codes.label('massOrganization', c.nominatedBy), optional: true },
    { key: 'voteDate', title: t('candidates.list.columns.voteDate'), value: (c) => c.resolution?.voteDate ?? null, render: (c) => formatLocalDate(c.resolution?.voteDate) },
    { key: 'decisionDate', title: t('candidates.list.columns.decisionDate'), value: (c) => c.admissionDecisionDate, render: (c) => formatLocalDate(c.admissionDecisionDate) },
    { key: 'ceremonyDate', title: t('candidates.list.columns.ceremonyDate'), sortKey: 'ceremonyDate', value: (c) => c.ceremonyDate, render: (c) => formatLocalDate(c.ceremonyDate) },
    {
      key: 'deadline',
      title: t('candidates.list.columns.deadline'),
      value: (c) => deadlineOf(c)?.deadline ?? null,
      render: (c) => {
        const d = deadlineOf(c);
        return d ? <DeadlineTag deadline={d} /> : null;
      },
    },
  ];

  return (
    <DataTable<CandidateSummary>
      label={t('candidates.list.label')}
      exportName={t('candidates.list.export')}
      columns={columns}
      rowKey={(c) => c.id}
      state={state}
      onState={setState}
      data={page.data}
      loading={page.isFetching}
      error={page.error}
      onRetry={() => void page.refetch()}
      fetchPage={(n, size) => fetchCandidates({ ...base, page: n, pageSize: size })}
      empty={t('candidates.list.empty')}
      toolbar={
        <Select<BoardStep | ''>
          id="candidate-list-step"
          aria-label={t('candidates.list.stage')}
          style={{ minWidth: 200 }}
          value={(step as BoardStep | undefined) ?? ''}
          onChange={(v) => setState({ filters: { ...state.filters, step: v || '' } })}
          options={[{ value: '', label: t('candidates.list.allStages') }, ...BOARD_STEPS.map((s) => ({ value: s, label: t(`candidates.steps.${s}`) }))]}
        />
      }
    />
  );
}
