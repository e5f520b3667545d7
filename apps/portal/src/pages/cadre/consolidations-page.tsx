import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { COMMITTEE_KIND_VALUES, fetchConsolidations, fetchConsolidationSummary, type CommitteeDecision, type CommitteeKind } from '../../api/cadre';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { ErrorNotice } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { LinkButton } from '../members/link-button';
import { Choice, Filter, useListYear, YearSelect } from './bits';
import { DecisionPeople, decisionPeopleText } from './decision-people';
import { useCadreLabels } from './use-labels';
import './cadre.css';

const FILTERS = ['orgId', 'kind', 'level'] as const;
const LEVELS = ['grassroots', 'bloc', 'other'] as const;
type Level = (typeof LEVELS)[number];
const SORT = { sort: 'decisionDate', order: 'desc' } as const;

const latestYear = (signal?: AbortSignal) =>
  fetchConsolidations({ page: 1, pageSize: 1, sort: 'decisionDate', order: 'desc' }, signal).then((p) => (p.items[0] ? Number(p.items[0].date.slice(0, 4)) : null));

/**
 * Kiện toàn cấp ủy trong năm: the year's figures as the year-end report counts them (people at
 * grassroots organizations, the bloc's own committees apart), and the decisions by date,
 * organization and committee, each with the people it named.
 */
export function ConsolidationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cadre.consolidations.title'));
  const { search } = useLocation();
  const labels = useCadreLabels();
  const localize = useLocalize();
  const { year, ready, latest, setYear } = useListYear(['consolidations'], latestYear);
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const { orgId, kind: rawKind, level: rawLevel } = state.filters;
  const kind = COMMITTEE_KIND_VALUES.includes(rawKind as CommitteeKind) ? (rawKind as CommitteeKind) : undefined;
  const level = LEVELS.includes(rawLevel as Level) ? (rawLevel as Level) : undefined;
  const query = { ...listParams({ ...state, filters: {} }), year, orgId, kind, level } as Parameters<typeof fetchConsolidations>[0];
  const decisions = useQuery({ queryKey: ['cadre', 'consolidations', query], queryFn: ({ signal }) => fetchConsolidations(query, signal), placeholderData: keepPreviousData, enabled: ready });
  const summary = useQuery({ queryKey: ['cadre', 'consolidations', 'summary', year, orgId], queryFn: ({ signal }) => fetchConsolidationSummary(year, orgId, signal), enabled: ready });
  const setFilter = (patch: Record<string, string | undefined>) => setState({ filters: { ...state.filters, ...patch } as Record<string, string> });
  const s = summary.data;

  const columns: DataColumn<CommitteeDecision>[] = [
    { key: 'date', title: t('cadre.consolidations.columns.date'), sortKey: 'decisionDate', value: (d) => d.date },
    { key: 'number', title: t('cadre.consolidations.columns.number'), value: (d) => d.number },
    {
      key: 'org',
      title: t('cadre.consolidations.columns.org'),
      sortKey: 'orgName',
      value: (d) => d.orgName ?? '',
      render: (d) => (
        <>
          <Link to={`/cadre/committees/${d.committeeId}`}>{d.orgName ?? t('cadre.unknownOrg')}</Link>
          <div className="muted">
            {labels.kind(d.kind)} · {d.term}
          </div>
        </>
      ),
    },
    { key: 'kind', title: t('cadre.consolidations.columns.kind'), value: (d) => labels.kind(d.kind), optional: true },
    { key: 'term', title: t('cadre.consolidations.columns.term'), value: (d) => d.term, optional: true },
    { key: 'body', title: t('cadre.consolidations.columns.body'), value: (d) => (d.decidingBody ? labels.body(d.decidingBody) : ''), optional: true },
    {
      key: 'people',
      title: t('cadre.consolidations.columns.people'),
      sortKey: 'people',
      value: (d) => decisionPeopleText(d, labels.post),
      render: (d) => <DecisionPeople decision={d} />,
    },
    { key: 'count', title: t('cadre.consolidations.columns.count'), align: 'right', value: (d) => d.items.length },
  ];

  return (
    <Page
      id="cadre-consolidations"
      title={t('cadre.consolidations.title')}
      intro={t('cadre.consolidations.intro')}
      actions={
        <IfAllowed permission="cadre:write">
          <LinkButton id="cadre-consolidation-new" type="primary" to={`new${search}`}>
            {t('cadre.consolidations.new')}
          </LinkButton>
        </IfAllowed>
      }
    >
      <Card title={<h2 className="cadre-card-title">{t('cadre.consolidations.summaryTitle', { year })}</h2>} className="cadre-card">
        {summary.isError && <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} />}
        {s && (
          <>
            <p className="cadre-summary" id="cadre-consolidation-summary">
              {localize(s.text)}
            </p>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label={t('cadre.consolidations.grassroots')}>
                {t('cadre.consolidations.tally', { people: formatNumber(s.grassroots.people), orgs: formatNumber(s.grassroots.orgs), decisions: formatNumber(s.grassroots.decisions) })}
              </Descriptions.Item>
              <Descriptions.Item label={t('cadre.consolidations.grassrootsInspection')}>
                {t('cadre.consolidations.tally', {
                  people: formatNumber(s.grassrootsInspection.people),
                  orgs: formatNumber(s.grassrootsInspection.orgs),
                  decisions: formatNumber(s.grassrootsInspection.decisions),
                })}
              </Descriptions.Item>
              <Descriptions.Item label={t('cadre.consolidations.below')}>
                {t('cadre.consolidations.tally', { people: formatNumber(s.below.people), orgs: formatNumber(s.below.orgs), decisions: formatNumber(s.below.decisions) })}
              </Descriptions.Item>
              <Descriptions.Item label={t('cadre.consolidations.blocExecutive')}>
                {t('cadre.consolidations.blocTally', { added: formatNumber(s.bloc.executive.added), people: formatNumber(s.bloc.executive.people), decisions: formatNumber(s.bloc.executive.decisions) })}
              </Descriptions.Item>
              <Descriptions.Item label={t('cadre.consolidations.blocInspection')}>
                {t('cadre.consolidations.blocTally', { added: formatNumber(s.bloc.inspection.added), people: formatNumber(s.bloc.inspection.people), decisions: formatNumber(s.bloc.inspection.decisions) })}
              </Descriptions.Item>
            </Descriptions>
            <p className="muted small">{t('cadre.consolidations.period', { from: formatLocalDate(s.from), to: formatLocalDate(s.to) })}</p>
          </>
        )}
      </Card>
      <DataTable<CommitteeDecision>
        label={t('cadre.consolidations.label', { year })}
        exportName={t('cadre.consolidations.exportName', { year })}
        columns={columns}
        rowKey={(d) => d.id}
        state={state}
        onState={setState}
        data={decisions.data}
        fetchPage={(page, pageSize) => fetchConsolidations({ ...query, page, pageSize })}
        loading={decisions.isFetching}
        error={decisions.error}
        onRetry={() => void decisions.refetch()}
        empty={t('cadre.consolidations.empty', { year })}
        toolbar={
          <>
            <YearSelect id="cadre-consolidations-year" value={year} latest={latest} onChange={setYear} />
            <Filter id="cadre-consolidations-org" label={t('cadre.org')}>
              <OrgPicker id="cadre-consolidations-org" value={orgId} onChange={(v) => setFilter({ orgId: v })} />
            </Filter>
            <Choice
              label={t('cadre.committees.kindFilter')}
              value={kind ?? 'all'}
              onChange={(v: string) => setFilter({ kind: v === 'all' ? undefined : v })}
              options={[{ value: 'all', label: t('cadre.all') }, ...COMMITTEE_KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))]}
            />
            <Choice
              label={t('cadre.consolidations.levelFilter')}
              value={level ?? 'all'}
              onChange={(v: string) => setFilter({ level: v === 'all' ? undefined : v })}
              options={[{ value: 'all', label: t('cadre.all') }, ...LEVELS.map((l) => ({ value: l, label: t(`cadre.consolidations.levels.${l}`) }))]}
            />
          </>
        }
      />
      <Outlet />
    </Page>
  );
}
