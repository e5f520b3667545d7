import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { fetchRounds, RATING_KEY, type Round, type RoundQuery } from '../../api/rating';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber, todayInVietnam } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { listParams, useTableState } from '../../ui/url-state';
import './rating.css';

const FILTERS = ['year'] as const;
const SORT = { sort: 'year', order: 'desc' } as const;

/** Các đợt đánh giá, xếp loại: each year and scope with its rule and how far its decisions are. */
export function RoundsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('rating.rounds.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const year = Number(state.filters.year) || undefined;
  const query = { ...listParams(state), year } as RoundQuery;
  const rounds = useQuery({ queryKey: [...RATING_KEY, 'rounds', query], queryFn: ({ signal }) => fetchRounds(query, signal), placeholderData: keepPreviousData });
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);

  const decided = (c: Round['orgs']) => `${formatNumber(c.decided)}/${formatNumber(c.subjects)}`;
  const columns: DataColumn<Round>[] = [
    { key: 'year', title: t('rating.rounds.columns.year'), sortKey: 'year', value: (r) => r.year, render: (r) => String(r.year) },
    { key: 'name', title: t('rating.rounds.columns.name'), value: (r) => r.name, render: (r) => <Link to={`/rating/rounds/${r.id}`}>{r.name}</Link> },
    { key: 'scope', title: t('rating.rounds.columns.scope'), value: (r) => r.scopeName ?? t('rating.common.wholeBloc') },
    { key: 'regulation', title: t('rating.rounds.columns.regulation'), value: (r) => r.ruleSet.regulation },
    { key: 'orgs', title: t('rating.rounds.columns.orgs'), align: 'right', value: (r) => r.orgs.decided, render: (r) => decided(r.orgs) },
    { key: 'members', title: t('rating.rounds.columns.members'), align: 'right', value: (r) => r.members.decided, render: (r) => decided(r.members) },
    { key: 'decisionDue', title: t('rating.rounds.columns.decisionDue'), value: (r) => r.deadlines.decision, render: (r) => formatLocalDate(r.deadlines.decision) },
    { key: 'openedBy', title: t('rating.rounds.columns.openedBy'), optional: true, value: (r) => r.openedBy.username },
  ];

  return (
    <Page
      id="rating-rounds"
      title={t('rating.rounds.title')}
      intro={t('rating.rounds.intro')}
      actions={
        <IfAllowed permission="rating:write">
          <Button id="rating-round-new" type="primary" onClick={() => navigate(`new${search}`)}>
            {t('rating.rounds.open')}
          </Button>
        </IfAllowed>
      }
    >
      <DataTable<Round>
        label={t('rating.rounds.label')}
        exportName={t('rating.rounds.exportName')}
        columns={columns}
        rowKey={(r) => r.id}
        state={state}
        onState={setState}
        data={rounds.data}
        fetchPage={(page, pageSize) => fetchRounds({ ...query, page, pageSize })}
        loading={rounds.isFetching}
        error={rounds.error}
        onRetry={() => void rounds.refetch()}
        empty={t('rating.rounds.empty')}
        toolbar={
          <label className="rating-filter" htmlFor="rating-rounds-year">
            <span>{t('rating.rounds.year')}</span>
            <Select
              id="rating-rounds-year"
              style={{ width: 150 }}
              value={year ?? 0}
              onChange={(v: number) => setState({ filters: { year: v ? String(v) : '' } })}
              options={[{ value: 0, label: t('rating.rounds.allYears') }, ...years.map((y) => ({ value: y, label: String(y) }))]}
            />
          </label>
        }
      />
      <Outlet />
    </Page>
  );
}
