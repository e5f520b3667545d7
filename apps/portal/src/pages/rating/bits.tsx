import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_CODES, type Level, type Quota, type Stage } from '../../api/rating';
import { formatNumber } from '../../format';
import './rating.css';

/** A level as the forms write it, `HTXSNV`, with its name for whoever does not know the codes. */
export function LevelTag({ level, score }: { level: Level; score?: number | null }) {
  const { t } = useTranslation();
  return (
    <Tag className={`rating-level rating-level-${level}`} title={t(`rating.level.${level}`)}>
      {LEVEL_CODES[level]}
      {score !== null && score !== undefined && ` · ${formatNumber(score)}`}
    </Tag>
  );
}

export function StateTag({ tone, children }: { tone: 'warn' | 'late' | 'ok' | 'neutral'; children: ReactNode }) {
  return <Tag className={`rating-level rating-tag-${tone}`}>{children}</Tag>;
}

const STAGE_TONES = { notSelfRated: 'neutral', selfRated: 'neutral', proposed: 'warn', decided: 'ok', excluded: 'neutral' } as const satisfies Record<Stage, string>;

export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <StateTag tone={STAGE_TONES[stage]}>{t(`rating.stage.${stage}`)}</StateTag>;
}

/** `HTXSNV (Hoàn thành xuất sắc nhiệm vụ)`: where the code alone would be too short (a select). */
export function useLevelLabel(): (level: Level) => string {
  const { t } = useTranslation();
  return (level) => `${LEVEL_CODES[level]} — ${t(`rating.level.${level}`)}`;
}

/** The quota of a group as the bloc's report writes it: `28/28 HTXSNV — 20% của 143`. */
export function quotaParams(q: Pick<Quota, 'used' | 'allowed' | 'percent' | 'goodOrBetter'>) {
  return { used: formatNumber(q.used), allowed: formatNumber(q.allowed), percent: q.percent, goodOrBetter: formatNumber(q.goodOrBetter) };
}

export function QuotaLine({ quota, showProposed = false }: { quota: Quota; showProposed?: boolean }) {
  const { t } = useTranslation();
  const params = quotaParams(quota);
  return (
    <span className={`rating-quota${quota.exceeded ? ' rating-quota-exceeded' : ''}`}>
      <span className="rating-quota-figure" aria-label={t('rating.quota.aria', params)}>
        {t('rating.quota.line', params)}
      </span>
      {quota.exceeded && <StateTag tone="late">{t('rating.quota.exceeded')}</StateTag>}
      {quota.overrides > 0 && <StateTag tone="warn">{t('rating.quota.overrides', { n: formatNumber(quota.overrides) })}</StateTag>}
      {showProposed && (
        <span className="rating-muted">
          {t('rating.quota.proposed', {
            excellent: formatNumber(quota.proposed.excellent),
            allowed: formatNumber(quota.proposed.allowed),
            percent: quota.percent,
            goodOrBetter: formatNumber(quota.proposed.goodOrBetter),
          })}
        </span>
      )}
    </span>
  );
}

/** The board of one peer group. */
export const boardPath = (roundId: string, group: string) => `/rating/rounds/${roundId}/groups/${encodeURIComponent(group)}`;
