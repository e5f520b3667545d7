import { Alert, Button, Checkbox, Form, Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { LEVEL_CODES, LEVELS, RATING_INVALIDATES, recordDecisions, type DecisionResult, type Level, type Subject } from '../../api/rating';
import { formatLocalDate, formatNumber, todayInVietnam } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { countLevels, newExcellentRows, previewQuota, quotaRefusedRows, refusalsByRow, waitingAt } from './board-model';
import { RowList, rowAliases, type RowValues } from './row-list';
import { useBoardContext } from './use-board';

interface Values {
  decisionNumber: string;
  decisionDate: string;
  items: RowValues[];
  override?: { apply?: boolean; reason?: string; reference?: string };
}

const hasProposal = (s: Subject) => s.proposal !== null && s.stage !== 'excluded';

/**
 * Quyết định xếp loại for a list of the board (`rating:approve`): each row at its proposed level
 * unless changed, the decision's number and date, the counts per level and the group's quota
 * after the list, confirmed before it is sent. The list is recorded whole or not at all; a
 * refused row shows the server's reason under its level. A row the excellent quota refuses can
 * be sent again with an override (the reason and the document allowing it), recorded with the
 * caller as the one who decided.
 */
export function DecideDrawer() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const navigate = useNavigate();
  const board = useBoardContext();
  const [rows, setRows] = useState<Subject[]>(() => board.selected.filter(hasProposal));
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<ReadonlySet<number>>(new Set());
  const [quotaRows, setQuotaRows] = useState<number[]>([]);
  const items = Form.useWatch('items', form);
  const override = Form.useWatch('override', form);
  const decisionNumber = Form.useWatch('decisionNumber', form);
  const decisionDate = Form.useWatch('decisionDate', form);

  // rows chosen here (nothing was selected on the board) get their proposals as levels
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    form.setFieldValue('items', rows.map((s) => ({ level: s.proposal?.level })));
    setRefused(new Set());
    setQuotaRows([]);
  }, [form, rows]);

  const levelOf = (i: number): Level | undefined => items?.[i]?.level;
  const decisions = new Map<string, Level>();
  rows.forEach((s, i) => {
    const l = levelOf(i);
    if (l) decisions.set(s.id, l);
  });
  const overridden = override?.apply ? quotaRows.filter((i) => levelOf(i) === 'excellent') : [];
  // the quota the rows were chosen against: the board re-read after the decision must not count them twice
  const [quota] = useState(() => board.group?.quota);
  const preview = quota ? previewQuota(quota, rows, decisions, new Set(overridden.map((i) => rows[i]?.id ?? ''))) : null;
  const counts = countLevels(rows.map((_, i) => levelOf(i)));
  const thresholds = board.round.ruleSet.thresholds;
  // what holds a row below excellent whatever the quota: a disqualifier, or points under the threshold
  const capped = (s: Subject) => s.disqualifiers.length > 0 || (thresholds !== null && s.proposal?.score != null && s.proposal.score < thresholds.excellentFrom);
  const skipped = board.selected.length - board.selected.filter(hasProposal).length;

  async function submit(v: Values): Promise<DecisionResult> {
    const apply = Boolean(v.override?.apply);
    const body = {
      decisionNumber: v.decisionNumber.trim(),
      decisionDate: v.decisionDate,
      items: rows.map((s, i) => {
        const level = v.items[i]?.level as Level;
        const carries = apply && level === 'excellent' && quotaRows.includes(i);
        return {
          ...(s.kind === 'member' && s.personId ? { personId: s.personId } : { orgId: s.orgId }),
          level,
          override: carries ? { reason: (v.override?.reason ?? '').trim(), reference: (v.override?.reference ?? '').trim() } : null,
        };
      }),
    };
    try {
      return await recordDecisions(board.round.id, body);
    } catch (error) {
      if (error instanceof ApiError) {
        const fields = error.body.fields ?? [];
        const byRow = refusalsByRow(fields);
        setRefused(new Set(byRow.keys()));
        const levels = rows.map((s, i) => ({ level: v.items[i]?.level as Level, capped: capped(s) }));
        let beyond = quotaRefusedRows(fields, levels);
        // a refusal of the whole list by the quota, no row named: the rows that add an excellent
        if (beyond.length === 0 && byRow.size === 0 && error.code === 'rule_violation' && preview && preview.excess > 0) beyond = newExcellentRows(rows, levels);
        if (beyond.length > 0) setQuotaRows((current) => [...new Set([...current, ...beyond])].sort((a, b) => a - b));
      }
      throw error;
    }
  }

  const confirmDescription = (
    <div>
      <p>{t('rating.decide.confirmIntro', { number: decisionNumber ?? '', date: formatLocalDate(decisionDate) })}</p>
      <ul className="rating-counts">
        {LEVELS.filter((l) => counts[l] > 0).map((l) => (
          <li key={l}>{t('rating.decide.countLine', { code: LEVEL_CODES[l], level: t(`rating.level.${l}`), n: formatNumber(counts[l]) })}</li>
        ))}
      </ul>
      {preview && (
        <p>
          {t('rating.decide.after', { excellent: formatNumber(preview.excellent), allowed: formatNumber(preview.allowed), percent: preview.percent, goodOrBetter: formatNumber(preview.goodOrBetter) })}
        </p>
      )}
      {overridden.length > 0 && (
        <p>{t('rating.decide.confirmOverride', { n: formatNumber(overridden.length), reason: override?.reason ?? '', reference: override?.reference ?? '' })}</p>
      )}
    </div>
  );

  const groupName = board.group ? localize(board.group.label) : '';
  return (
    <CommandDrawer title={`${t('rating.decide.title')}${groupName ? ` — ${groupName}` : ''}`} backTo={board.backTo} width={760}>
      {rows.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('rating.rows.nothing')}
          action={
            waitingAt(board.rows).length > 0 && (
              <Button
                id="decide-choose-waiting"
                onClick={() => {
                  const waiting = waitingAt(board.rows);
                  board.select(waiting.map((s) => s.id));
                  setRows(waiting);
                }}
              >
                {t('rating.rows.chooseWaiting', { n: formatNumber(waitingAt(board.rows).length) })}
              </Button>
            )
          }
        />
      ) : (
        <CommandForm<Values, DecisionResult>
          form={form}
          name="decide"
          initialValues={{ decisionDate: todayInVietnam(), items: rows.map((s) => ({ level: s.proposal?.level })) }}
          submit={submit}
          submitLabel={t('rating.decide.submit')}
          confirm={{ title: t('rating.decide.confirmTitle', { n: formatNumber(rows.length) }), description: confirmDescription, danger: false }}
          successMessage={(r) =>
            t('rating.decide.done', { decided: formatNumber(r.decided), replaced: formatNumber(r.replaced), unchanged: formatNumber(r.unchanged) }) +
            (r.overrides > 0 ? t('rating.decide.doneOverrides', { n: formatNumber(r.overrides) }) : '')
          }
          invalidate={RATING_INVALIDATES}
          fieldAliases={rowAliases(rows.length, (i) => ({
            [`items.${i}.override`]: ['items', i, 'level'],
            [`items.${i}.override.reason`]: ['override', 'reason'],
            [`items.${i}.override.reference`]: ['override', 'reference'],
          }))}
          onDone={() => {
            board.select([]);
            navigate(board.backTo);
          }}
        >
          {skipped > 0 && <Alert type="info" showIcon className="rating-after" title={t('rating.decide.skipped', { n: formatNumber(skipped) })} />}
          <Form.Item name="decisionNumber" label={t('rating.decide.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('rating.decide.decisionNumberRequired') }, { max: 60 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <DateItem name="decisionDate" label={t('rating.decide.decisionDate')} required />
          <section aria-labelledby="decide-counts-title" className="rating-after">
            <h3 id="decide-counts-title" className="rating-h2">
              {t('rating.decide.counts')}
            </h3>
            <ul className="rating-counts" id="decide-counts">
              {LEVELS.map((l) => (
                <li key={l}>{t('rating.decide.countLine', { code: LEVEL_CODES[l], level: t(`rating.level.${l}`), n: formatNumber(counts[l]) })}</li>
              ))}
            </ul>
            {preview && (
              <Alert
                type={preview.excess > 0 ? 'warning' : 'info'}
                showIcon
                title={t('rating.decide.after', {
                  excellent: formatNumber(preview.excellent),
                  allowed: formatNumber(preview.allowed),
                  percent: preview.percent,
                  goodOrBetter: formatNumber(preview.goodOrBetter),
                })}
                description={preview.excess > 0 ? t('rating.decide.afterExceeded', { n: formatNumber(preview.excess) }) : undefined}
              />
            )}
          </section>
          {quotaRows.length > 0 && (
            <fieldset className="rating-fieldset rating-override" id="decide-override">
              <legend>{t('rating.decide.override.title')}</legend>
              <p>{t('rating.decide.override.intro')}</p>
              <ul>
                {quotaRows.map((i) => (
                  <li key={rows[i]?.id ?? i}>{rows[i]?.name}</li>
                ))}
              </ul>
              <Form.Item name={['override', 'apply']} valuePropName="checked">
                <Checkbox>{t('rating.decide.override.apply')}</Checkbox>
              </Form.Item>
              {override?.apply && (
                <>
                  <Form.Item
                    name={['override', 'reason']}
                    label={t('rating.decide.override.reason')}
                    rules={[{ required: true, whitespace: true, message: t('rating.decide.override.reasonRequired') }, { max: 2000 }]}
                  >
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <Form.Item
                    name={['override', 'reference']}
                    label={t('rating.decide.override.reference')}
                    rules={[{ required: true, whitespace: true, message: t('rating.decide.override.referenceRequired') }, { max: 120 }]}
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                </>
              )}
            </fieldset>
          )}
          <RowList form={form} rows={rows} before={(s) => (s.proposal ? { label: t('rating.rows.proposalWas'), level: s.proposal.level, score: s.proposal.score } : null)} points={false} refused={refused} />
        </CommandForm>
      )}
    </CommandDrawer>
  );
}
