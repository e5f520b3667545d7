import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { COMMITTEE_KIND_VALUES, fetchCommittees, type Committee, type CommitteeKind, type Post } from '../../api/cadre';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { LinkButton } from '../members/link-button';
import { Choice, Filter, PersonLink, TermSelect, ToneTag, useListTerm } from './bits';
import { useCadreLabels } from './use-labels';
import './cadre.css';

const FILTERS = ['orgId', 'kind', 'vacant'] as const;
const SORT = { sort: 'orgName', order: 'asc' } as const;

const latestTerm = (signal?: AbortSignal) => fetchCommittees({ page: 1, pageSize: 1, sort: 'electedOn', order: 'desc' }, signal).then((p) => p.items[0]?.term ?? null);

/** Cấp ủy các nhiệm kỳ: the committees of an organization's subtree in a term, their posts, holders and vacancies today. */
export function CommitteesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cadre.committees.title'));
  const { search } = useLocation();
  const labels = useCadreLabels();
  const { term, ready, setTerm } = useListTerm(['committees'], latestTerm);
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const { orgId, kind: rawKind, vacant } = state.filters;
  const kind = COMMITTEE_KIND_VALUES.includes(rawKind as CommitteeKind) ? (rawKind as CommitteeKind) : undefined;
  const query = { ...listParams({ ...state, filters: {} }), orgId, term, kind, vacant: vacant === 'true' ? ('true' as const) : undefined } as Parameters<typeof fetchCommittees>[0];
  const committees = useQuery({ queryKey: ['cadre', 'committees', query], queryFn: ({ signal }) => fetchCommittees(query, signal), placeholderData: keepPreviousData, enabled: ready });
  const setFilter = (patch: Record<string, string | undefined>) => setState({ filters: { ...state.filters, ...patch } as Record<string, string> });

  const columns: DataColumn<Committee>[] = [
    {
      key: 'orgName',
      title: t('cadre.committees.columns.org'),
      sortKey: 'orgName',
      value: (c) => c.orgName ?? '',
      render: (c) => (
        <Link to={`/cadre/committees/${c.id}`} className="cadre-strong-link">
          {c.orgName ?? t('cadre.unknownOrg')}
        </Link>
      ),
    },
    { key: 'kind', title: t('cadre.committees.columns.kind'), sortKey: 'kind', value: (c) => labels.kind(c.kind) },
    { key: 'term', title: t('cadre.committees.columns.term'), value: (c) => c.term },
    {
      key: 'electedOn',
      title: t('cadre.committees.columns.electedOn'),
      sortKey: 'electedOn',
      value: (c) => c.electedOn,
      render: (c) => (
        <>
          <div>{formatLocalDate(c.electedOn)}</div>
          <div className="muted">{c.decisionNumber}</div>
        </>
      ),
    },
    {
      key: 'leaders',
      title: t('cadre.committees.columns.leaders'),
      value: (c) => leaders(c).map((h) => `${h.person.fullName ?? ''} (${labels.post(h.post)})`).join('; '),
      render: (c) => (
        <ul className="cadre-plain-list">
          {leaders(c).map((h) => (
            <li key={h.id}>
              <PersonLink person={h.person} dob={false} /> <span className="muted">— {labels.post(h.post)}</span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'holders',
      title: t('cadre.committees.columns.holders'),
      align: 'right',
      value: (c) => c.holders,
      render: (c) => t('cadre.committees.holdersOf', { holders: formatNumber(c.holders), seats: formatNumber(c.seats) }),
    },
    {
      key: 'vacancies',
      title: t('cadre.committees.columns.vacancies'),
      sortKey: 'vacancies',
      value: (c) => c.vacancies,
      render: (c) => (c.vacancies > 0 ? <ToneTag tone="warn">{t('cadre.committees.vacant', { n: formatNumber(c.vacancies) })}</ToneTag> : <ToneTag tone="ok">{t('cadre.committees.full')}</ToneTag>),
    },
    { key: 'lastChangeOn', title: t('cadre.committees.columns.lastChangeOn'), value: (c) => c.lastChangeOn, optional: true },
  ];

  return (
    <Page
      id="cadre-committees"
      title={t('cadre.committees.title')}
      intro={t('cadre.committees.intro')}
      actions={
        <IfAllowed permission="cadre:write">
          <LinkButton id="cadre-committee-new" type="primary" to={`new${search}`}>
            {t('cadre.committees.new')}
          </LinkButton>
        </IfAllowed>
      }
    >
      <DataTable<Committee>
        label={t('cadre.committees.label', { term: term ?? t('cadre.allTerms') })}
        exportName={t('cadre.committees.exportName', { term: term ?? 'tat-ca' })}
        columns={columns}
        rowKey={(c) => c.id}
        state={state}
        onState={setState}
        data={committees.data}
        fetchPage={(page, pageSize) => fetchCommittees({ ...query, page, pageSize })}
        loading={committees.isFetching}
        error={committees.error}
        onRetry={() => void committees.refetch()}
        empty={t('cadre.committees.empty')}
        toolbar={
          <>
            <Filter id="cadre-committees-org" label={t('cadre.org')}>
              <OrgPicker id="cadre-committees-org" value={orgId} onChange={(v) => setFilter({ orgId: v })} />
            </Filter>
            <Filter id="cadre-committees-term" label={t('cadre.term')}>
              <TermSelect id="cadre-committees-term" value={term} onChange={setTerm} all />
            </Filter>
            <Choice
              label={t('cadre.committees.kindFilter')}
              value={kind ?? 'all'}
              onChange={(v: string) => setFilter({ kind: v === 'all' ? undefined : v })}
              options={[{ value: 'all', label: t('cadre.all') }, ...COMMITTEE_KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))]}
            />
            <Checkbox id="cadre-committees-vacant" checked={vacant === 'true'} onChange={(e) => setFilter({ vacant: e.target.checked ? 'true' : undefined })}>
              {t('cadre.committees.onlyVacant')}
            </Checkbox>
          </>
        }
      />
      <Outlet />
    </Page>
  );
}

const LEADING: readonly Post[] = ['secretary', 'deputy_secretary', 'inspection_chair', 'inspection_deputy'];
/** The secretary and deputies (the chair and deputies of an inspection committee): who the committee is known by. */
function leaders(c: Committee) {
  return c.posts.filter((p) => LEADING.includes(p.post)).flatMap((p) => p.holders);
}
