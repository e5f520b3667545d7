import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchSurveys, type Survey } from '../../api/inspection';
import { formatLocalDate } from '../../format';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { ToneTag } from './tone-tag';

const FILTERS = ['orgId'] as const;
const SORT = { sort: 'surveyedOn', order: 'asc' } as const;

/** The surveys of the year, each with its team, findings and the instruction that followed (or none yet). */
export function SurveyList({ year }: { year: number }) {
  const { t } = useTranslation();
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const query = { ...listParams(state), year } as Parameters<typeof fetchSurveys>[0];
  const surveys = useQuery({ queryKey: ['inspection', 'surveys', query], queryFn: ({ signal }) => fetchSurveys(query, signal), placeholderData: keepPreviousData });

  const columns: DataColumn<Survey>[] = [
    { key: 'org', title: t('inspection.surveys.columns.org'), sortKey: 'orgName', value: (s) => s.orgName ?? '', width: 240 },
    { key: 'surveyedOn', title: t('inspection.surveys.columns.surveyedOn'), sortKey: 'surveyedOn', value: (s) => s.surveyedOn },
    { key: 'team', title: t('inspection.surveys.columns.team'), value: (s) => s.team.join(', '), width: 170 },
    {
      key: 'findings',
      title: t('inspection.surveys.columns.findings'),
      width: 300,
      value: (s) => s.findings,
      render: (s) => (
        <Typography.Paragraph className="inspection-clamp" ellipsis={{ rows: 2, tooltip: s.findings }}>
          {s.findings}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'instruction',
      title: t('inspection.surveys.columns.instruction'),
      value: (s) => (s.instruction ? t('inspection.surveys.instructionOf', { number: s.instruction.number, date: formatLocalDate(s.instruction.date) }) : ''),
      render: (s) =>
        s.instruction ? (
          <>
            <div className="inspection-nowrap">{s.instruction.number}</div>
            <div className="muted">{t('inspection.programs.issuedOnShort', { date: formatLocalDate(s.instruction.date) })}</div>
          </>
        ) : (
          <ToneTag tone="soon">{t('inspection.surveys.noInstruction')}</ToneTag>
        ),
    },
  ];

  return (
    <DataTable<Survey>
      label={t('inspection.surveys.label', { year })}
      exportName={t('inspection.surveys.exportName', { year })}
      columns={columns}
      rowKey={(s) => s.id}
      state={state}
      onState={setState}
      data={surveys.data}
      fetchPage={(page, pageSize) => fetchSurveys({ ...query, page, pageSize })}
      loading={surveys.isFetching}
      error={surveys.error}
      onRetry={() => void surveys.refetch()}
      empty={t('inspection.surveys.empty', { year })}
      toolbar={
        <label className="inspection-filter" htmlFor="inspection-surveys-org">
          <span>{t('inspection.surveys.org')}</span>
          <OrgPicker id="inspection-surveys-org" value={state.filters.orgId} onChange={(v) => setState({ filters: { ...state.filters, orgId: v ?? '' } })} placeholder={t('inspection.surveys.allOrgs')} />
        </label>
      }
    />
  );
}
