import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgVersionView } from '../../api/orgs';
import { formatLocalDate } from '../../format';
import { useOrgKindLabel } from '../../i18n/localize';
import { dayBefore } from './org-tree';

const ENDINGS = new Set(['dissolved', 'merged', 'split', 'handedOver']);
const COLOURS: Record<string, string> = { established: 'green', handedIn: 'green', renamed: 'blue', moved: 'blue' };

/**
 * The organization's whole life, oldest first: each version with the change that began it, its
 * decision, its dates (the last day it held, `validTo` being the first day it no longer did), its
 * name, kind and parent — and its end, when it has ended.
 */
export function OrgHistory({ history }: { history: readonly OrgVersionView[] }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const items = history.map((v, i) => {
    const ending = ENDINGS.has(v.change);
    const previous = history[i - 1];
    return {
      key: `${v.validFrom}-${v.change}-${i}`,
      color: ending ? 'red' : (COLOURS[v.change] ?? 'gray'),
      content: (
        <div className="orgs-history-item">
          <p className="orgs-history-head">
            <strong>{t(`orgs.change.${v.change as 'established'}`, { defaultValue: v.change })}</strong>
            {' · '}
            <span>{t('orgs.history.from', { date: formatLocalDate(v.validFrom) })}</span>
            {!ending && <span> {v.validTo ? t('orgs.history.until', { date: formatLocalDate(dayBefore(v.validTo)) }) : t('orgs.history.current')}</span>}
          </p>
          <p className="orgs-muted">{v.decisionNumber ? t('orgs.history.decision', { number: v.decisionNumber }) : t('orgs.history.noDecision')}</p>
          {ending ? (
            <p>{t('orgs.history.ended')}</p>
          ) : (
            <dl className="orgs-history-facts">
              <div className={previous && previous.name !== v.name ? 'changed' : undefined}>
                <dt>{t('orgs.history.name')}</dt>
                <dd>{v.name}</dd>
              </div>
              <div className={previous && previous.parentId !== v.parentId ? 'changed' : undefined}>
                <dt>{t('orgs.history.parent')}</dt>
                <dd>{v.parentName ?? t('orgs.detail.root')}</dd>
              </div>
              <div>
                <dt>{t('orgs.history.kind')}</dt>
                <dd>{kindLabel(v.kind)}</dd>
              </div>
            </dl>
          )}
        </div>
      ),
    };
  });
  return (
    <section aria-labelledby="org-history-title" className="orgs-section">
      <h3 id="org-history-title">{t('orgs.history.title')}</h3>
      <p className="orgs-muted">{t('orgs.history.intro')}</p>
      <Timeline items={items} />
    </section>
  );
}
