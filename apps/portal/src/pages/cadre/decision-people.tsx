import { useTranslation } from 'react-i18next';
import type { CommitteeDecision } from '../../api/cadre';
import { PersonLink } from './bits';
import { useCadreLabels } from './use-labels';

/** The people a decision names: who took which post and how, whom they replaced; who left. */
export function DecisionPeople({ decision }: { decision: CommitteeDecision }) {
  const { t } = useTranslation();
  const labels = useCadreLabels();
  return (
    <ul className="cadre-plain-list">
      {decision.items.map((it) => (
        <li key={it.holdingId}>
          <PersonLink person={it.person} dob={false} /> — {labels.post(it.post)} <span className="muted">({labels.mode(it.mode).toLowerCase()})</span>
          {it.replaced && (
            <div className="muted">
              {t('cadre.decision.replaces', { name: it.replaced.fullName ?? t('cadre.unknownPerson'), reason: it.replacedReason ? labels.endReason(it.replacedReason).toLowerCase() : '' })}
            </div>
          )}
          {it.previousPost && <div className="muted">{t('cadre.decision.previousPost', { post: labels.post(it.previousPost) })}</div>}
        </li>
      ))}
      {decision.departures.map((d) => (
        <li key={d.holdingId}>
          <PersonLink person={d.person} dob={false} /> — {t('cadre.decision.left', { post: labels.post(d.post), reason: labels.endReason(d.reason).toLowerCase() })}
        </li>
      ))}
    </ul>
  );
}

/** The same as plain text, for the export. */
export function decisionPeopleText(decision: CommitteeDecision, post: (p: CommitteeDecision['items'][number]['post']) => string): string {
  return [...decision.items.map((it) => `${it.person.fullName ?? ''} (${post(it.post)})`), ...decision.departures.map((d) => `${d.person.fullName ?? ''} (${post(d.post)})`)].join('; ');
}
