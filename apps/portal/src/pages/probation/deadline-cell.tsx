import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatNumber } from '../../format';
import { deadlineState } from './deadline';
import './probation.css';

/**
 * A deadline as the worklists show it: the date, coloured, and a tag saying overdue / close / on
 * time with the days (colour is never the only sign: the words say it too).
 */
export function DeadlineCell({ deadline, asOf, status }: { deadline: string; asOf: string; status: 'due' | 'overdue' }) {
  const { t } = useTranslation();
  if (!asOf) return <span className="deadline-date">{formatLocalDate(deadline)}</span>;
  const { tone, days } = deadlineState(deadline, asOf, status);
  const words =
    tone === 'overdue'
      ? days > 0
        ? t('probation.deadline.overdueDays', { days: formatNumber(days) })
        : t('probation.deadline.overdue')
      : days === 0
        ? t('probation.deadline.today')
        : t(tone === 'soon' ? 'probation.deadline.soonDays' : 'probation.deadline.dueDays', { days: formatNumber(days) });
  return (
    <span className={`deadline deadline-${tone}`}>
      <span className="deadline-date">{formatLocalDate(deadline)}</span>
      <span className="deadline-tag">{words}</span>
    </span>
  );
}

/** The tone's label for the export and the status column (due / due soon / overdue). */
export function useDeadlineLabel(): (deadline: string, asOf: string, status: 'due' | 'overdue') => string {
  const { t } = useTranslation();
  return (deadline, asOf, status) => (asOf ? t(`probation.deadline.${deadlineState(deadline, asOf, status).tone}`) : t(`probation.deadline.${status}`));
}
