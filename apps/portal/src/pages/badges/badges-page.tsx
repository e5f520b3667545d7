import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { fetchEligible, type BadgeCandidate, type EligibleQuery } from '../../api/badges';
import { useAuth } from '../../auth/auth-context';
import { IfAllowed } from '../../auth/guards';
import { can } from '../../auth/permissions';
import { formatLocalDate, formatNumber, todayInVietnam } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { useTableState } from '../../ui/url-state';
import './badges.css';
import { useBadgeColumns } from './badge-columns';
import { OccasionFilter } from './occasion-filter';
import type { BadgeOutlet } from './badge-outlet';
import { BADGE_LEVELS, canRecord, candidateKey, countByLevel, nextOccasion, parseOccasion } from './badge-round';
import { useOrgNames } from './use-org-names';

const FILTERS = ['occasion', 'level', 'status', 'orgId'] as const;
const DEFAULT_SORT = { sort: 'level', order: 'asc' as const };
type Level = NonNullable<EligibleQuery['level']>;

/**
 * The round being prepared: who reaches a badge level on the occasion (the next one by default),
 * by level, with a choice of rows kept across pages and sorts, recorded in one batch.
 */
export function BadgesPage() {
  const { t } = useTranslation();
  const localize = useLocalize();
  useDocumentTitle(t('badges.title'));
  const location = useLocation();
  const { me } = useAuth();
  const writer = can(me, 'members:write');
  const today = todayInVietnam();
  const [state, onState] = useTableState(FILTERS, { defaultSort: DEFAULT_SORT });
  const f = state.filters;
  const occasion = parseOccasion(f.occasion) ? f.occasion : nextOccasion(today);
  const level = BADGE_LEVELS.find((l) => String(l) === f.level);
  const status = f.status === 'due' || f.status === 'held' ? f.status : undefined;
  const query: EligibleQuery = { occasion, level: level as Level | undefined, status, orgId: f.orgId || undefined, page: state.page, pageSize: state.pageSize, sort: state.sort as EligibleQuery['sort'], order: state.order };
  const list = useQuery({ queryKey: ['badges', 'eligible', query], queryFn: ({ signal }) => fetchEligible(query, signal), placeholderData: keepPreviousData });
  const orgName = useOrgNames();
  const columns = useBadgeColumns(orgName);

  // the rows chosen for the round, kept while paging and sorting; another occasion starts afresh
  const [chosen, setChosen] = useState<{ occasion: string; rows: Map<string, BadgeCandidate> }>({ occasion, rows: new Map() });
  const rows = chosen.occasion === occasion ? chosen.rows : new Map<string, BadgeCandidate>();
  const selected = useMemo(() => [...rows.values()], [rows]);
  const choose = (update: (next: Map<string, BadgeCandidate>) => void) => {
    const next = new Map(rows);
    update(next);
    setChosen({ occasion, rows: next });
  };
  const clearSelection = () => setChosen({ occasion, rows: new Map() });
  const setFilter = (patch: Partial<Record<(typeof FILTERS)[number], string | undefined>>) => onState({ filters: { ...f, occasion, ...patch } as Record<string, string> });

  const byLevel = list.data?.byLevel ?? {};
  const dueTotal = Object.values(byLevel).reduce((a, b) => a + b, 0);
  const recordable = canRecord(occasion, today);
  const outlet: BadgeOutlet = { occasion, selected, clearSelection };

  const toolbar = (
    <Space wrap align="end">
      <FilterField label={t('badges.occasion')} htmlFor="badges-occasion-year">
        <OccasionFilter value={occasion} onChange={(o) => setFilter({ occasion: o })} lastYear={Number(nextOccasion(today).slice(0, 4))} />
      </FilterField>
      <FilterField label={t('badges.level')} htmlFor="badges-level">
        <Select
          id="badges-level"
          style={{ width: 190 }}
          value={level ?? 0}
          onChange={(v) => setFilter({ level: v ? String(v) : undefined })}
          options={[
            { value: 0, label: t('badges.allLevels', { count: formatNumber(dueTotal) }) },
            ...BADGE_LEVELS.filter((l) => byLevel[l] || l === level).map((l) => ({ value: l, label: t('badges.levelOption', { level: l, count: formatNumber(byLevel[l] ?? 0) }) })),
          ]}
        />
      </FilterField>
      <FilterField label={t('badges.status')} htmlFor="badges-status">
        <Select
          id="badges-status"
          style={{ width: 170 }}
          value={status ?? ''}
          onChange={(v) => setFilter({ status: v || undefined })}
          options={[
            { value: '', label: t('badges.allStatuses') },
            { value: 'due', label: t('badges.statuses.due') },
            { value: 'held', label: t('badges.statuses.held') },
          ]}
        />
      </FilterField>
      <FilterField label={t('badges.org')} htmlFor="badges-org">
        <div style={{ width: 280 }}>
          <OrgPicker id="badges-org" value={f.orgId} onChange={(id) => setFilter({ orgId: id })} />
        </div>
      </FilterField>
    </Space>
  );

  return (
    <Page
      id="badges"
      title={t('badges.title')}
      intro={t('badges.intro')}
      actions={
        <IfAllowed permission="members:write">
          <Link to={`cases${location.search}`}>
            <Button id="badges-cases">{t('badges.recordCase')}</Button>
          </Link>
        </IfAllowed>
      }
    >
      {list.data && (
        <p className="muted" role="status">
          <strong>{t('badges.occasionName', { name: localize(list.data.name), date: formatLocalDate(list.data.occasion) })}</strong> · {t('badges.dueCount', { count: formatNumber(dueTotal) })} ·{' '}
          {t('badges.regulation', { regulation: list.data.regulation })}
        </p>
      )}

      <IfAllowed permission="members:write">
        <div className="badges-selection" aria-live="polite">
          <Space wrap>
            <Typography.Text strong>{t('badges.selected', { count: formatNumber(selected.length) })}</Typography.Text>
            {countByLevel(selected).map((c) => (
              <Typography.Text key={c.level}>{t('badges.selectedByLevel', { level: c.level, count: formatNumber(c.count) })}</Typography.Text>
            ))}
            {selected.length > 0 && <Button onClick={clearSelection}>{t('badges.clearSelection')}</Button>}
            {recordable && selected.length > 0 ? (
              <Link to={`award${location.search}`}>
                <Button id="badges-award" type="primary">
                  {t('badges.award', { count: formatNumber(selected.length) })}
                </Button>
              </Link>
            ) : (
              <Button id="badges-award" type="primary" disabled>
                {selected.length > 0 ? t('badges.award', { count: formatNumber(selected.length) }) : t('badges.awardNone')}
              </Button>
            )}
            {!recordable && <Typography.Text type="secondary">{t('badges.awardLater', { date: formatLocalDate(occasion) })}</Typography.Text>}
          </Space>
        </div>
      </IfAllowed>

      <DataTable<BadgeCandidate>
        label={t('badges.listLabel', { date: formatLocalDate(occasion) })}
        exportName={`${t('badges.exportName')}-${occasion}`}
        columns={columns}
        rowKey={candidateKey}
        state={state}
        onState={onState}
        toolbar={toolbar}
        data={list.data}
        fetchPage={(page, pageSize) => fetchEligible({ ...query, page, pageSize })}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={t('badges.empty')}
        rowSelection={writer ? {
          selectedRowKeys: [...rows.keys()],
          preserveSelectedRowKeys: true,
          // a member held by a discipline is not awarded this round
          getCheckboxProps: (c) => ({ disabled: c.status !== 'due', 'aria-label': t('badges.selectRow', { name: c.fullName, level: c.level }) }),
          onSelect: (c, on) => choose((next) => (on ? next.set(candidateKey(c), c) : next.delete(candidateKey(c)))),
          onSelectAll: (on, _all, changed) => choose((next) => changed.forEach((c) => (on ? next.set(candidateKey(c), c) : next.delete(candidateKey(c))))),
        } : undefined}
      />
      <Outlet context={outlet} />
    </Page>
  );
}

/** A filter above the list with its visible label. */
function FilterField({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="badges-filter">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}
