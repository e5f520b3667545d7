import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AdmissionDeadline, CandidateSummary } from '../../api/candidates';
import { formatLocalDate, todayInVietnam } from '../../format';
import { DeadlineTag } from './deadline-tag';
import { deadlineTone, type BoardStep } from './pipeline';

/** The date a card shows: when the person reached the step of its column. */
function useReachedOn() {
  const { t } = useTranslation();
  return (c: CandidateSummary, step: BoardStep): string => {
    switch (step) {
      case 'nominated':
        return t('candidates.card.nominatedOn', { date: formatLocalDate(c.nominatedOn) });
      case 'sympathizer':
        return t('candidates.card.listedOn', { date: formatLocalDate(c.sympathizerListedOn) });
      case 'vetting':
        // absent (not null) when the caller lacks vetting:read
        if (c.vettingStatus === undefined) return t('candidates.card.vettingHidden');
        return c.vettingStatus === 'concluded' ? t('candidates.card.vettingConcluded', { date: formatLocalDate(c.vettingConcludedOn) }) : t('candidates.card.vettingPending');
      case 'introducers':
        return t('candidates.card.introducers');
      case 'resolution':
        return t('candidates.card.voteDate', { date: formatLocalDate(c.resolution?.voteDate) });
      case 'decision':
        return t('candidates.card.decisionDate', { date: formatLocalDate(c.admissionDecisionDate) });
      case 'ceremony':
        return t('candidates.card.ceremonyDate', { date: formatLocalDate(c.ceremonyDate) });
    }
  };
}

/** One person on the board: name (the link to their record), organization, the step's date and deadline. */
export function CandidateCard({ candidate, step, orgName, deadline }: { candidate: CandidateSummary; step: BoardStep; orgName: string; deadline?: AdmissionDeadline }) {
  const reachedOn = useReachedOn();
  const tone = deadline ? deadlineTone(deadline.deadline, todayInVietnam(), deadline.status) : null;
  return (
    <li className={`candidate-card${tone ? ` candidate-card-${tone}` : ''}`}>
      <Link to={`/candidates/${candidate.id}`} className="candidate-card-name" data-candidate={candidate.id}>
        {candidate.fullName}
      </Link>
      {orgName && <div className="candidate-card-org">{orgName}</div>}
      <div className="candidate-card-date">{reachedOn(candidate, step)}</div>
      {deadline && <DeadlineTag deadline={deadline} />}
    </li>
  );
}
