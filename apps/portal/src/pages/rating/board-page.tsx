import { Button, Input, Select, Space, type TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LEVEL_CODES, LEVELS, MAX_ITEMS, STAGES, type Level, type Stage, type Subject } from '../../api/rating';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import { boardPath, QuotaLine } from './bits';
import { useBoardColumns } from './board-columns';
import { assessable, waitingAt } from './board-model';
import { useBoard, type BoardContext } from './use-board';
import './rating.css';

const FILTERS = ['stage', 'level', 'q'] as const;

/**
 * Bảng xếp loại of one peer group: every subject with its self-rating, proposal, decision and
 * disqualifiers, and the group's excellent quota in view. Rows are chosen all at once, by the
 * level proposed, or one by one; the Standing Committee decides them (`rating:approve`), the
 * Organization Board records self-ratings, proposals and exclusions (`rating:write`), each a
 * drawer at its own address over the board.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const navigate = useNavigate();
  const { search } = useLocation();
  const { me } = useAuth();
  const { id, group, round, board } = useBoard();
  const [state, setState] = useTableState(FILTERS, { defaultSort: { sort: 'name', order: 'asc' } });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const decides = can(me, 'rating:approve');
  const writes = can(me, 'rating:write');
  const columns = useBoardColumns(board.data?.group?.kind);
  const groupName = board.data?.group ? localize(board.data.group.label) : group;
  useDocumentTitle(t('rating.board.title', { group: groupName }));

  const rows = board.data?.items;
  // a row that left the board (re-read after a command) leaves the selection too
  useEffect(() => {
    if (!rows) return;
    const present = new Set(rows.map((s) => s.id));
    setChosen((current) => {
      const kept = [...current].filter((k) => present.has(k));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [rows]);

  const stage = STAGES.includes(state.filters.stage as Stage) ? (state.filters.stage as Stage) : undefined;
  const level = LEVELS.includes(state.filters.level as Level) ? (state.filters.level as Level) : undefined;
  const q = (state.filters.q ?? '').trim().toLocaleLowerCase('vi');
  const shown = useMemo(
    () =>
      (rows ?? []).filter(
        (s) => (!stage || s.stage === stage) && (!level || s.proposal?.level === level) && (!q || s.name.toLocaleLowerCase('vi').includes(q) || s.orgName.toLocaleLowerCase('vi').includes(q)),
      ),
    [rows, stage, level, q],
  );
  const selected = useMemo(() => (rows ?? []).filter((s) => chosen.has(s.id)), [rows, chosen]);

  if (round.isPending || board.isPending) return <Loading />;
  if (round.isError) return <ErrorNotice error={round.error} onRetry={() => void round.refetch()} />;
  if (board.isError) return <ErrorNotice error={board.error} onRetry={() => void board.refetch()} />;
  const r = round.data;
  const all = board.data.items;
  const quota = board.data.group?.quota;
  const waiting = waitingAt(all);
  const backTo = `${boardPath(id, group)}${search}`;
  const context: BoardContext = { round: r, group: board.data.group, rows: all, selected, select: (ids) => setChosen(new Set(ids)), backTo };
  const n = selected.length;
  const tooMany = n > MAX_ITEMS;
  const open = (command: string) => navigate(`${command}${search}`);
  const filtered = Boolean(stage || level || q);
  // a reader who can neither decide nor record chooses nothing
  const selection: TableProps<Subject>['rowSelection'] =
    decides || writes
      ? {
          selectedRowKeys: [...chosen],
          preserveSelectedRowKeys: true,
          // the buttons above choose all or by level; a header checkbox would choose one page only
          // (and the table's hidden measuring row would copy a focusable checkbox)
          hideSelectAll: true,
          columnTitle: t('rating.board.choose'),
          onChange: (keys) => setChosen(new Set(keys.map(String))),
          getCheckboxProps: (s: Subject) => ({
            disabled: s.stage === 'excluded' || (!writes && !s.proposal),
            'aria-label': t('rating.board.selectRow', { name: s.name }),
          }),
        }
      : undefined;

  const choose = (
    <div className="rating-choose" role="group" aria-label={t('rating.board.choose')}>
      <span className="rating-choose-label">{t('rating.board.choose')}:</span>
      {decides && (
        <>
          <Button id="board-choose-waiting" size="small" disabled={waiting.length === 0} onClick={() => setChosen(new Set(waiting.map((s) => s.id)))}>
            {t('rating.board.chooseWaiting', { n: formatNumber(waiting.length) })}
          </Button>
          {LEVELS.map((l) => {
            const at = waitingAt(all, l);
            return at.length === 0 ? null : (
              <Button key={l} id={`board-choose-${l}`} size="small" onClick={() => setChosen((c) => new Set([...c, ...at.map((s) => s.id)]))}>
                {t('rating.board.chooseLevel', { code: LEVEL_CODES[l], n: formatNumber(at.length) })}
              </Button>
            );
          })}
        </>
      )}
      {writes && (
        <Button id="board-choose-assessable" size="small" onClick={() => setChosen(new Set(all.filter(assessable).map((s) => s.id)))}>
          {t('rating.board.chooseAssessable', { n: formatNumber(all.filter(assessable).length) })}
        </Button>
      )}
      <Button id="board-choose-clear" size="small" type="link" disabled={n === 0} onClick={() => setChosen(new Set())}>
        {t('rating.board.clear')}
      </Button>
      <span role="status" className="rating-muted">
        {t('rating.common.selected', { n: formatNumber(n) })}
        {tooMany && ` — ${t('rating.board.tooMany', { max: formatNumber(MAX_ITEMS) })}`}
      </span>
    </div>
  );

  return (
    <Page
      id="rating-board"
      title={t('rating.board.title', { group: groupName })}
      intro={
        <>
          <Link to={`/rating/rounds/${id}`}>{t('rating.board.back', { round: r.name })}</Link> · {t('rating.board.intro', { round: r.name })}
        </>
      }
      actions={
        <Space wrap>
          {decides && (
            <Button id="board-decide" type="primary" disabled={n === 0 || tooMany} onClick={() => open('decide')}>
              {t('rating.board.decide', { n: formatNumber(n) })}
            </Button>
          )}
          {writes && (
            <>
              <Button id="board-propose" type={decides ? 'default' : 'primary'} disabled={n === 0 || tooMany} onClick={() => open('propose')}>
                {t('rating.board.propose', { n: formatNumber(n) })}
              </Button>
              <Button id="board-self-rate" disabled={n === 0 || tooMany} onClick={() => open('self-rate')}>
                {t('rating.board.selfRate', { n: formatNumber(n) })}
              </Button>
              {board.data.group?.kind !== 'org' && (
                <Button id="board-exclude" disabled={n === 0 || tooMany} onClick={() => open('exclude')}>
                  {t('rating.board.exclude', { n: formatNumber(n) })}
                </Button>
              )}
            </>
          )}
        </Space>
      }
    >
      {quota && (
        <section className="rating-quota-panel" aria-labelledby="rating-board-quota">
          <h2 id="rating-board-quota">{t('rating.board.quotaTitle')}</h2>
          <QuotaLine quota={quota} showProposed />
          <span className="rating-muted">{t('rating.quota.rule', { percent: quota.percent, regulation: quota.regulation })}</span>
        </section>
      )}
      {choose}
      <DataTable<Subject>
        label={t('rating.board.label', { group: groupName })}
        exportName={`${t('rating.board.exportName')}-${r.year}`}
        columns={columns}
        rowKey={(s) => s.id}
        state={state}
        onState={setState}
        rows={shown}
        loading={board.isFetching}
        rowClassName={(s) => (s.stage === 'decided' ? 'rating-row-decided' : '')}
        rowSelection={selection}
        empty={filtered ? t('rating.board.emptyFiltered') : t('rating.board.empty')}
        toolbar={
          <Space wrap>
            <Input.Search
              id="board-q"
              aria-label={t('rating.board.search')}
              placeholder={t('rating.board.search')}
              allowClear
              defaultValue={state.filters.q}
              onSearch={(v) => setState({ filters: { ...state.filters, q: v } })}
              style={{ width: 220 }}
            />
            <label className="rating-filter" htmlFor="board-stage">
              <span>{t('rating.board.stageFilter')}</span>
              <Select
                id="board-stage"
                style={{ width: 180 }}
                value={stage ?? ''}
                onChange={(v: string) => setState({ filters: { ...state.filters, stage: v } })}
                options={[{ value: '', label: t('rating.common.all') }, ...STAGES.map((s) => ({ value: s, label: t(`rating.stage.${s}`) }))]}
              />
            </label>
            <label className="rating-filter" htmlFor="board-level">
              <span>{t('rating.board.levelFilter')}</span>
              <Select
                id="board-level"
                style={{ width: 130 }}
                value={level ?? ''}
                onChange={(v: string) => setState({ filters: { ...state.filters, level: v } })}
                options={[{ value: '', label: t('rating.common.all') }, ...LEVELS.map((l) => ({ value: l, label: LEVEL_CODES[l] }))]}
              />
            </label>
          </Space>
        }
      />
      <Outlet context={context} />
    </Page>
  );
}
