import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Empty, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { COMMITTEE_KIND_VALUES, fetchBoard, POSTS_OF, type BoardRow, type CommitteeKind, type Post } from '../../api/cadre';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { LinkButton } from '../members/link-button';
import { Choice, Filter, PersonLink, TermSelect, ToneTag } from './bits';
import { capUse, isTerm } from './cadre-model';
import { useCadreLabels } from './use-labels';
import './cadre.css';

const FILTERS = ['orgId', 'kind', 'post', 'term', 'status'] as const;
const STATUSES = ['all', 'in_plan', 'out'] as const;
type Status = (typeof STATUSES)[number];

/** The post's board from the address: all four of organization, committee, post and term, or nothing yet. */
export function useBoardAddress(filters: Record<string, string>) {
  const kind = COMMITTEE_KIND_VALUES.includes(filters.kind as CommitteeKind) ? (filters.kind as CommitteeKind) : undefined;
  const post = kind && POSTS_OF[kind].includes(filters.post as Post) ? (filters.post as Post) : undefined;
  const term = isTerm(filters.term) ? filters.term : undefined;
  const orgId = filters.orgId || undefined;
  const complete = orgId && kind && post && term ? { orgId, committeeKind: kind, post, term } : null;
  return { orgId, kind, post, term, complete };
}

/**
 * Danh sách quy hoạch một chức danh: who is (and was) planned for the post in the term, their
 * age at the term's start, and the caps in use — the post's people (3 at most) and each person's
 * posts at that level (3 at most), as the cadre service counts them on the day.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const labels = useCadreLabels();
  const [state, setState] = useTableState(FILTERS, { defaultSort: { sort: 'plannedOn', order: 'asc' } });
  const { orgId, kind, post, term, complete } = useBoardAddress(state.filters);
  const status: Status = STATUSES.includes(state.filters.status as Status) ? (state.filters.status as Status) : 'all';
  const query = complete ? ({ ...listParams({ ...state, filters: {} }), ...complete, status } as Parameters<typeof fetchBoard>[0]) : null;
  const board = useQuery({
    queryKey: ['cadre', 'board', query],
    queryFn: ({ signal }) => fetchBoard(query as Parameters<typeof fetchBoard>[0], signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
  const b = query ? board.data : undefined;
  const title = b ? t('cadre.board.titleOf', { post: labels.post(b.post), org: b.orgName ?? t('cadre.unknownOrg'), term: b.term }) : t('cadre.board.title');
  useDocumentTitle(title);
  const setFilter = (patch: Record<string, string | undefined>) => setState({ filters: { ...state.filters, ...patch } as Record<string, string> });
  const cap = b ? capUse(b.caps) : null;

  const columns: DataColumn<BoardRow>[] = [
    { key: 'person', title: t('cadre.board.columns.person'), sortKey: 'fullName', value: (r) => r.person.fullName ?? '', render: (r) => <PersonLink person={r.person} dob={false} /> },
    { key: 'dateOfBirth', title: t('cadre.board.columns.dateOfBirth'), sortKey: 'dateOfBirth', value: (r) => r.person.dateOfBirth },
    {
      key: 'age',
      title: t('cadre.board.columns.age'),
      value: (r) => (r.ageAtTermStart ? r.ageAtTermStart.years : null),
      render: (r) =>
        r.ageAtTermStart && (
          <>
            {t('cadre.board.age', { years: r.ageAtTermStart.years, months: r.ageAtTermStart.months })}
            {r.sexAssumed && <span aria-describedby="cadre-board-sex-note"> *</span>}
          </>
        ),
    },
    {
      key: 'personCaps',
      title: t('cadre.board.columns.personCaps'),
      value: (r) => `${r.personCaps.used}/${r.personCaps.allowed}`,
      render: (r) => {
        const c = capUse(r.personCaps);
        return <ToneTag tone={c.over ? 'bad' : c.full ? 'warn' : 'neutral'}>{t('cadre.board.postsCap', { use: c.text, level: labels.level(r.personCaps.level) })}</ToneTag>;
      },
    },
    {
      key: 'plannedOn',
      title: t('cadre.board.columns.plannedOn'),
      sortKey: 'plannedOn',
      value: (r) => r.plannedOn,
      render: (r) => (
        <>
          <div>{formatLocalDate(r.plannedOn)}</div>
          <div className="muted">{r.decisionNumber}</div>
        </>
      ),
    },
    {
      key: 'status',
      title: t('cadre.board.columns.status'),
      value: (r) => (r.status === 'in_plan' ? t('cadre.board.inPlan') : `${t('cadre.board.out')}: ${r.exit ? labels.exitReason(r.exit.reason) : ''}`),
      render: (r) =>
        r.status === 'in_plan' ? (
          <ToneTag tone="ok">{t('cadre.board.inPlan')}</ToneTag>
        ) : (
          <>
            <ToneTag tone="neutral">{t('cadre.board.outOn', { date: formatLocalDate(r.exit?.on) })}</ToneTag>
            {r.exit && (
              <div className="small">
                {labels.exitReason(r.exit.reason)}
                {r.exit.note && ` — ${r.exit.note}`}
                {r.exit.regulation && <span className="muted"> ({r.exit.regulation})</span>}
              </div>
            )}
          </>
        ),
    },
    { key: 'retiresAfter', title: t('cadre.board.columns.retiresAfter'), value: (r) => r.retiresAfter, optional: true },
    { key: 'regulation', title: t('cadre.board.columns.regulation'), value: (r) => r.regulation, optional: true },
  ];

  return (
    <Page
      id="cadre-board"
      title={title}
      intro={
        <>
          <Link to="/cadre/planning">{t('cadre.board.back')}</Link> · {t('cadre.board.intro')}
        </>
      }
      actions={
        complete && (
          <IfAllowed permission="cadre:write">
            <LinkButton id="cadre-plan-add" type="primary" to={`plan${search}`}>
              {t('cadre.board.add')}
            </LinkButton>
          </IfAllowed>
        )
      }
    >
      <div className="cadre-toolbar">
        <Filter id="cadre-board-org" label={t('cadre.org')}>
          <OrgPicker id="cadre-board-org" value={orgId} onChange={(v) => setFilter({ orgId: v })} allowClear={false} />
        </Filter>
        <Filter id="cadre-board-kind" label={t('cadre.board.kind')}>
          <Select
            id="cadre-board-kind"
            value={kind}
            style={{ width: 220 }}
            placeholder={t('cadre.board.choose')}
            onChange={(v: CommitteeKind) => setFilter({ kind: v, post: POSTS_OF[v][0] })}
            options={COMMITTEE_KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))}
          />
        </Filter>
        <Filter id="cadre-board-post" label={t('cadre.fields.post')}>
          <Select
            id="cadre-board-post"
            value={post}
            style={{ width: 260 }}
            placeholder={t('cadre.board.choose')}
            disabled={!kind}
            onChange={(v: Post) => setFilter({ post: v })}
            options={(kind ? POSTS_OF[kind] : []).map((p) => ({ value: p, label: labels.post(p) }))}
          />
        </Filter>
        <Filter id="cadre-board-term" label={t('cadre.term')}>
          <TermSelect id="cadre-board-term" value={term} onChange={(v) => setFilter({ term: v })} />
        </Filter>
      </div>
      {!complete ? (
        <Empty description={t('cadre.board.chooseAll')} />
      ) : (
        <>
          {b && cap && (
            <div className="cadre-caps" role="status" id="cadre-board-caps">
              <span className="cadre-caps-figure">
                {t('cadre.board.postCap', { post: labels.post(b.post) })} <ToneTag tone={cap.over ? 'bad' : cap.full ? 'warn' : 'ok'}>{t('cadre.board.peopleCap', { use: cap.text })}</ToneTag>
              </span>
              <span className="muted">
                {t('cadre.board.capRule', { allowed: formatNumber(b.caps.allowed), regulation: b.caps.regulation, date: formatLocalDate(b.asOf) })} ·{' '}
                {t('cadre.board.ageAt', { date: formatLocalDate(b.termStart), term: b.term })}
              </span>
            </div>
          )}
          {b?.items.some((r) => r.sexAssumed) && (
            <p className="muted small" id="cadre-board-sex-note">
              * {t('cadre.board.sexAssumed')}
            </p>
          )}
          {b && cap?.full && <Alert className="cadre-alert" type="warning" showIcon title={t('cadre.board.fullWarning', { allowed: formatNumber(b.caps.allowed) })} />}
          <DataTable<BoardRow>
            label={title}
            exportName={t('cadre.board.exportName')}
            columns={columns}
            rowKey={(r) => r.id}
            state={state}
            onState={setState}
            data={b}
            fetchPage={(page, pageSize) => fetchBoard({ ...(query as Parameters<typeof fetchBoard>[0]), page, pageSize })}
            loading={board.isFetching}
            error={board.error}
            onRetry={() => void board.refetch()}
            empty={t('cadre.board.empty')}
            rowClassName={(r) => (r.status === 'out' ? 'cadre-row-out' : '')}
            toolbar={
              <Choice
                label={t('cadre.board.statusFilter')}
                value={status}
                onChange={(v: string) => setFilter({ status: v === 'all' ? undefined : v })}
                options={STATUSES.map((s) => ({ value: s, label: t(`cadre.board.statuses.${s}`) }))}
              />
            }
          />
        </>
      )}
      <Outlet />
    </Page>
  );
}
