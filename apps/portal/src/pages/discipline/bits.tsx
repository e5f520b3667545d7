import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DisciplineStatus, Penalty } from '../../api/discipline';
import { fetchOrg } from '../../api/orgs';
import { formatLocalDate, formatNumber } from '../../format';
import { deadlineTone, type ComplaintDeadline } from './complaint-deadline';
import './discipline.css';

interface PersonRef {
  personId: string;
  fullName: string | null;
}

/** A person's name leading to their record (members:read); the id's absence of a name said in words. */
export function PersonLink({ person }: { person: PersonRef | null }) {
  const { t } = useTranslation();
  if (!person) return <>{t('discipline.common.none')}</>;
  return <Link to={`/members/${person.personId}`}>{person.fullName ?? t('discipline.common.unknownPerson')}</Link>;
}

/** An organization's name: from today's list when it is there, else read alone (it may have ended since). */
export function OrgLabel({ id, known }: { id: string | null; known?: string }) {
  const org = useQuery({ queryKey: ['orgs', 'one', id], queryFn: ({ signal }) => fetchOrg(id as string, undefined, signal), enabled: Boolean(id) && !known, staleTime: 5 * 60_000 });
  if (!id) return null;
  return <>{known ?? org.data?.name ?? ''}</>;
}

/**
 * A short status in a pill, in the workspace's own colours (antd's tag tints are too light for
 * 4.5:1); heavier penalties darker. The words always say it: colour is never the only sign.
 */
export function Pill({ tone, children }: { tone: 'neutral' | 'info' | 'warn' | 'serious' | 'grave' | 'worst'; children: ReactNode }) {
  return <span className={`discipline-pill discipline-pill-${tone}`}>{children}</span>;
}

const PENALTY_TONES = { khien_trach: 'warn', canh_cao: 'serious', cach_chuc: 'grave', khai_tru: 'worst', giai_tan: 'worst' } as const satisfies Record<Penalty, string>;

export function PenaltyTag({ level }: { level: Penalty }) {
  const { t } = useTranslation();
  return <Pill tone={PENALTY_TONES[level]}>{t(`discipline.penalty.${level}`)}</Pill>;
}

export function ValidityTag({ validity }: { validity: DisciplineStatus | 'ended' }) {
  const { t } = useTranslation();
  return <Pill tone={validity === 'in_force' ? 'info' : 'neutral'}>{t(`discipline.disciplineStatus.${validity}`)}</Pill>;
}

export function CaseStatusTag({ status }: { status: 'open' | 'closed' }) {
  const { t } = useTranslation();
  return <Pill tone={status === 'open' ? 'warn' : 'neutral'}>{t(`discipline.caseStatus.${status}`)}</Pill>;
}

/** The words of a complaint's deadline (overdue 12 days, 3 days left, settled late…). */
export function useDeadlineWords(): (c: ComplaintDeadline, asOf: string) => string {
  const { t } = useTranslation();
  return (c, asOf) => {
    const { tone, days } = deadlineTone(c, asOf);
    if (tone === 'onTime') return t('discipline.deadline.onTime');
    if (tone === 'late') return t('discipline.deadline.late');
    if (tone === 'overdue') return days > 0 ? t('discipline.deadline.overdueDays', { days: formatNumber(days) }) : t('discipline.deadline.overdue');
    if (days === 0) return t('discipline.deadline.today');
    return t(tone === 'soon' ? 'discipline.deadline.soonDays' : 'discipline.deadline.dueDays', { days: formatNumber(days) });
  };
}

/** A complaint's deadline: the date in the tone's colour and a pill with the words. */
export function DeadlineCell({ complaint, asOf }: { complaint: ComplaintDeadline; asOf: string }) {
  const words = useDeadlineWords();
  const { tone } = deadlineTone(complaint, asOf);
  return (
    <span className={`discipline-deadline discipline-deadline-${tone}`}>
      <span className="discipline-deadline-date">{formatLocalDate(complaint.deadline)}</span>
      <span className="discipline-deadline-tag">{words(complaint, asOf)}</span>
    </span>
  );
}
