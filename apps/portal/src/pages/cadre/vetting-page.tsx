import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Segmented, Select, Space } from 'antd';
import { useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import {
  fetchVettingCases,
  fetchVettingSummary,
  VETTING_PURPOSE_VALUES,
  VETTING_RESULT_VALUES,
  VETTING_STATUS_VALUES,
  type VettingCase,
  type VettingPurpose,
  type VettingResult,
  type VettingStatus,
} from '../../api/cadre';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { useDebounced } from '../../ui/use-debounced';
import { listParams, useTableState } from '../../ui/url-state';
import { LinkButton } from '../members/link-button';
import { Filter, useListYear, YearSelect } from './bits';
import { useCadreLabels } from './use-labels';
import { VettingLetters } from './vetting-letters';
import { ResultTag as VettingResultTag, VettingStatusTag } from './vetting-tags';
import './cadre.css';

const FILTERS = ['status', 'result', 'purpose', 'orgId', 'q'] as const;
const SORT = { sort: 'openedOn', order: 'desc' } as const;

const latestYear = (signal?: AbortSignal) =>
  fetchVettingCases({ page: 1, pageSize: 1, sort: 'openedOn', order: 'desc' }, signal).then((p) => (p.items[0] ? Number(p.items[0].openedOn.slice(0, 4)) : null));

/**
 * Bảo vệ chính trị nội bộ (Quy định 58-QĐ/TW), confidential: the year's figures, the vetting cases
 * with their letter to the police, the reply and the standing committee's conclusion, and the
 * letters. Commands act on the cases chosen in the list (one letter names many people).
 */
export function VettingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cadre.vetting.title'));
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'letters' ? 'letters' : 'cases';
  const { year, ready, latest, setYear } = useListYear(['vetting'], latestYear);
  const summary = useQuery({ queryKey: ['cadre', 'vetting', 'summary', year], queryFn: ({ signal }) => fetchVettingSummary(year, signal), enabled: ready });
  const s = summary.data;

  return (
    <Page id="cadre-vetting" title={t('cadre.vetting.title')} intro={t('cadre.vetting.intro')}>
      <div className="cadre-toolbar">
        <YearSelect id="cadre-vetting-year" value={year} latest={latest} onChange={setYear} />
        {s && (
          <p className="cadre-summary" role="status" id="cadre-vetting-summary">
            {t('cadre.vetting.summary', {
              year,
              letters: formatNumber(s.requests.letters),
              requested: formatNumber(s.requests.people),
              replied: formatNumber(s.replies.cases),
              concluded: formatNumber(s.conclusions.people),
              meets: formatNumber(s.conclusions.meets),
              notMeets: formatNumber(s.conclusions.notMeets),
              open: formatNumber(s.openAtYearEnd),
            })}
          </p>
        )}
      </div>
      <div className="cadre-views">
        <Segmented
          aria-label={t('cadre.vetting.views')}
          value={view}
          onChange={(v) =>
            setParams((p) => {
              const next = new URLSearchParams({ year: p.get('year') ?? String(year) });
              if (v === 'letters') next.set('view', 'letters');
              return next;
            })
          }
          options={[
            { value: 'cases', label: t('cadre.vetting.cases') },
            { value: 'letters', label: t('cadre.vetting.letters') },
          ]}
        />
      </div>
      {ready && (view === 'cases' ? <VettingCases year={year} /> : <VettingLetters year={year} />)}
      <Outlet />
    </Page>
  );
}

function VettingCases({ year }: { year: number }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const navigate = useNavigate();
  const labels = useCadreLabels();
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const { orgId } = state.filters;
  const status = VETTING_STATUS_VALUES.includes(state.filters.status as VettingStatus) ? (state.filters.status as VettingStatus) : undefined;
  const result = VETTING_RESULT_VALUES.includes(state.filters.result as VettingResult) ? (state.filters.result as VettingResult) : undefined;
  const purpose = VETTING_PURPOSE_VALUES.includes(state.filters.purpose as VettingPurpose) ? (state.filters.purpose as VettingPurpose) : undefined;
  const [typed, setTyped] = useState(state.filters.q ?? '');
  const q = useDebounced(typed.trim(), 300);
  const query = { ...listParams({ ...state, filters: {} }), year, status, result, purpose, orgId, q: q || undefined } as Parameters<typeof fetchVettingCases>[0];
  const cases = useQuery({ queryKey: ['cadre', 'vetting', 'cases', query], queryFn: ({ signal }) => fetchVettingCases(query, signal), placeholderData: keepPreviousData });
  const setFilter = (patch: Record<string, string | undefined>) => setState({ filters: { ...state.filters, ...patch } as Record<string, string> });
  const [selected, setSelected] = useState<Key[]>([]);
  const rows = cases.data?.items ?? [];
  const chosen = rows.filter((c) => selected.includes(c.id));
  const openChosen = chosen.filter((c) => c.status === 'open').map((c) => c.id);
  const unconcluded = chosen.filter((c) => c.status !== 'concluded').map((c) => c.id);

  const columns: DataColumn<VettingCase>[] = [
    {
      key: 'person',
      title: t('cadre.vetting.columns.person'),
      sortKey: 'fullName',
      value: (c) => c.person.fullName ?? '',
      render: (c) => (
        <>
          <Link to={`/cadre/vetting/cases/${c.id}`} className="cadre-strong-link">
            {c.person.fullName ?? t('cadre.unknownPerson')}
          </Link>
          {c.person.dateOfBirth && <span className="muted cadre-dob"> ({formatLocalDate(c.person.dateOfBirth)})</span>}
          <div className="muted">{c.orgName ?? ''}</div>
        </>
      ),
    },
    { key: 'purpose', title: t('cadre.vetting.columns.purpose'), value: (c) => [labels.purpose(c.purpose), c.purposeNote].filter(Boolean).join(': ') },
    { key: 'openedOn', title: t('cadre.vetting.columns.openedOn'), sortKey: 'openedOn', value: (c) => c.openedOn },
    {
      key: 'letter',
      title: t('cadre.vetting.columns.letter'),
      sortKey: 'sentOn',
      value: (c) => (c.request ? `${c.request.letterNumber} (${formatLocalDate(c.request.sentOn)})` : ''),
      render: (c) =>
        c.request && (
          <>
            <div>{c.request.letterNumber}</div>
            <div className="muted">{formatLocalDate(c.request.sentOn)}</div>
          </>
        ),
    },
    {
      key: 'reply',
      title: t('cadre.vetting.columns.reply'),
      value: (c) => (c.reply ? `${c.reply.replyNumber} (${formatLocalDate(c.reply.repliedOn)}): ${labels.opinion(c.reply.opinion)}` : ''),
      render: (c) =>
        c.reply && (
          <>
            <div>{labels.opinion(c.reply.opinion)}</div>
            <div className="muted">
              {c.reply.replyNumber} · {formatLocalDate(c.reply.repliedOn)}
            </div>
          </>
        ),
    },
    {
      key: 'conclusion',
      title: t('cadre.vetting.columns.conclusion'),
      sortKey: 'concludedOn',
      value: (c) => (c.conclusion ? `${labels.vettingResult(c.conclusion.result)} — ${c.conclusion.conclusionNumber} (${formatLocalDate(c.conclusion.concludedOn)})` : ''),
      render: (c) =>
        c.conclusion && (
          <>
            <VettingResultTag result={c.conclusion.result} />
            <div className="muted">
              {c.conclusion.conclusionNumber} · {formatLocalDate(c.conclusion.concludedOn)}
            </div>
          </>
        ),
    },
    { key: 'status', title: t('cadre.vetting.columns.status'), value: (c) => labels.vettingStatus(c.status), render: (c) => <VettingStatusTag status={c.status} /> },
  ];

  return (
    <>
      <IfAllowed permission="vetting:write">
        <Space wrap className="cadre-commands">
          <LinkButton id="vetting-open" to={`open${search}`}>
            {t('cadre.vetting.open')}
          </LinkButton>
          <Button id="vetting-request" type={openChosen.length > 0 ? 'primary' : 'default'} onClick={() => navigate(`request${search}`, { state: { caseIds: openChosen } })}>
            {openChosen.length > 0 ? t('cadre.vetting.requestChosen', { n: formatNumber(openChosen.length) }) : t('cadre.vetting.request')}
          </Button>
          <LinkButton id="vetting-reply" to={`reply${search}`}>
            {t('cadre.vetting.reply')}
          </LinkButton>
          <Button id="vetting-conclude" onClick={() => navigate(`conclude${search}`, { state: { caseIds: unconcluded } })}>
            {unconcluded.length > 0 ? t('cadre.vetting.concludeChosen', { n: formatNumber(unconcluded.length) }) : t('cadre.vetting.conclude')}
          </Button>
        </Space>
      </IfAllowed>
      <DataTable<VettingCase>
        label={t('cadre.vetting.casesLabel', { year })}
        exportName={t('cadre.vetting.exportName', { year })}
        columns={columns}
        rowKey={(c) => c.id}
        state={state}
        onState={setState}
        data={cases.data}
        fetchPage={(page, pageSize) => fetchVettingCases({ ...query, page, pageSize })}
        loading={cases.isFetching}
        error={cases.error}
        onRetry={() => void cases.refetch()}
        empty={t('cadre.vetting.empty', { year })}
        // the header's own text, not a "select all" box: the table copies its header into a hidden measuring row, where a box would be focusable
        rowSelection={{ columnTitle: t('cadre.vetting.choose'), selectedRowKeys: selected, onChange: setSelected, getCheckboxProps: (c) => ({ 'aria-label': t('cadre.vetting.selectRow', { name: c.person.fullName ?? '' }) }) }}
        toolbar={
          <>
            <Filter id="cadre-vetting-q" label={t('cadre.vetting.name')}>
              <Input
                id="cadre-vetting-q"
                allowClear
                value={typed}
                style={{ width: 200 }}
                onChange={(e) => {
                  setTyped(e.target.value);
                  setFilter({ q: e.target.value.trim() || undefined });
                }}
              />
            </Filter>
            <Filter id="cadre-vetting-status" label={t('cadre.vetting.status')}>
              <Select
                id="cadre-vetting-status"
                value={status ?? ''}
                style={{ width: 180 }}
                onChange={(v: string) => setFilter({ status: v || undefined })}
                options={[{ value: '', label: t('cadre.all') }, ...VETTING_STATUS_VALUES.map((s) => ({ value: s, label: labels.vettingStatus(s) }))]}
              />
            </Filter>
            <Filter id="cadre-vetting-result" label={t('cadre.vetting.result')}>
              <Select
                id="cadre-vetting-result"
                value={result ?? ''}
                style={{ width: 240 }}
                onChange={(v: string) => setFilter({ result: v || undefined })}
                options={[{ value: '', label: t('cadre.all') }, ...VETTING_RESULT_VALUES.map((r) => ({ value: r, label: labels.vettingResult(r) }))]}
              />
            </Filter>
            <Filter id="cadre-vetting-purpose" label={t('cadre.vetting.purpose')}>
              <Select
                id="cadre-vetting-purpose"
                value={purpose ?? ''}
                style={{ width: 180 }}
                onChange={(v: string) => setFilter({ purpose: v || undefined })}
                options={[{ value: '', label: t('cadre.all') }, ...VETTING_PURPOSE_VALUES.map((p) => ({ value: p, label: labels.purpose(p) }))]}
              />
            </Filter>
            <Filter id="cadre-vetting-org" label={t('cadre.org')}>
              <OrgPicker id="cadre-vetting-org" value={orgId} onChange={(v) => setFilter({ orgId: v })} />
            </Filter>
          </>
        }
      />
    </>
  );
}
