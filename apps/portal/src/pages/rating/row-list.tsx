import { Form, InputNumber, Select, type FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useTranslation } from 'react-i18next';
import { LEVEL_CODES, LEVELS, type Level, type Subject } from '../../api/rating';
import { formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { LevelTag } from './bits';

export interface RowValues {
  level?: Level;
  score?: number | null;
}

/**
 * The rows of a list command, each with its level (and its points from 2025): a refusal the
 * server names by row (`items.12.level`) lands under that row's field. `before` says what the
 * row had at the step before (the self-rating for a proposal, the proposal for a decision).
 */
export function RowList({
  form,
  rows,
  before,
  points,
  scoreRequired,
  refused,
}: {
  form: FormInstance;
  rows: Subject[];
  before: (s: Subject) => { label: string; level: Level; score: number | null } | null;
  points: boolean;
  scoreRequired?: boolean;
  /** Rows the last answer refused, highlighted. */
  refused?: ReadonlySet<number>;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const options = LEVELS.map((l) => ({ value: l, label: `${LEVEL_CODES[l]} — ${t(`rating.level.${l}`)}` }));
  const setAll = (level: Level) => form.setFieldValue('items', (form.getFieldValue('items') as RowValues[] | undefined)?.map((v) => ({ ...v, level })) ?? []);

  return (
    <section aria-labelledby="rating-rows-title">
      <h3 id="rating-rows-title" className="rating-h2">
        {t('rating.rows.title', { n: formatNumber(rows.length) })}
      </h3>
      {rows.length > 1 && (
        <div className="rating-set-all">
          <label htmlFor="rating-set-all">{t('rating.rows.setAll')}</label>
          <Select<Level> id="rating-set-all" style={{ width: 200 }} placeholder={t('rating.rows.setAllPlaceholder')} value={null} onChange={setAll} options={options} />
        </div>
      )}
      <ol className="rating-rows">
        {rows.map((s, i) => {
          const was = before(s);
          const capped = s.disqualifiers.length > 0;
          return (
            <li key={s.id} className={`rating-row${points ? ' rating-row-points' : ''}${refused?.has(i) ? ' rating-row-refused' : ''}`}>
              <div>
                <div className="rating-row-name">{s.name}</div>
                <div className="rating-row-meta">
                  {s.kind === 'member' ? s.orgName : t(`rating.kind.${s.kind}`)}
                  {was && (
                    <>
                      {' · '}
                      {was.label} <LevelTag level={was.level} score={was.score} />
                    </>
                  )}
                </div>
                {capped && (
                  <div className="rating-row-meta rating-disqualifier">
                    {s.disqualifiers.map((d) => localize(d)).join('; ')} — {t('rating.board.capped', { level: LEVEL_CODES[s.maxLevel] })}
                  </div>
                )}
              </div>
              <Form.Item name={['items', i, 'level']} rules={[{ required: true, message: t('rating.rows.levelRequired') }]}>
                <Select aria-label={t('rating.rows.levelOf', { name: s.name })} options={options} popupMatchSelectWidth={false} />
              </Form.Item>
              {points && (
                <Form.Item name={['items', i, 'score']} rules={scoreRequired ? [{ required: true, message: t('rating.assess.pointsRequired') }] : []}>
                  <InputNumber aria-label={t('rating.rows.scoreOf', { name: s.name })} min={0} max={100} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
                </Form.Item>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * Every server field of a row put under that row's level (the subject's id, the row itself), so
 * a refusal is read next to the name it concerns; `extra` adds a command's own (`override`).
 */
export function rowAliases(count: number, extra: (i: number) => Record<string, NamePath> = () => ({})): Record<string, NamePath> {
  const aliases: Record<string, NamePath> = {};
  for (let i = 0; i < count; i += 1) {
    const level = ['items', i, 'level'];
    aliases[`items.${i}`] = level;
    aliases[`items.${i}.personId`] = level;
    aliases[`items.${i}.orgId`] = level;
    Object.assign(aliases, extra(i));
  }
  return aliases;
}
