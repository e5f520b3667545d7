import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMember, type MemberDetail } from '../../api/members';
import { formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { MemberTimeline } from './member-timeline';

/** A member's record and timeline beside the list; Escape or the Close button goes back to the list. */
export function MemberDrawer({ id, orgName, onClose }: { id: string; orgName: (id: string) => string; onClose: () => void }) {
  const { t } = useTranslation();
  const member = useQuery({ queryKey: ['members', 'detail', id], queryFn: ({ signal }) => fetchMember(id, signal) });
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside ref={ref} className="drawer" role="dialog" aria-modal="false" aria-labelledby="member-title" tabIndex={-1}>
      <div className="panel-header">
        <h2 id="member-title">{member.data?.fullName ?? t('members.detail.title')}</h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('members.detail.close')}
        </button>
      </div>
      {member.isPending && <Loading />}
      {member.isError && <ErrorNotice error={member.error} onRetry={() => void member.refetch()} />}
      {member.data && (
        <>
          <MemberFacts member={member.data} orgName={orgName} />
          <MemberTimeline entries={member.data.timeline} />
        </>
      )}
    </aside>
  );
}

function MemberFacts({ member, orgName }: { member: MemberDetail; orgName: (id: string) => string }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t('members.columns.status'), t(`members.status.${member.status}`, { defaultValue: member.status })],
    [t('members.columns.dateOfBirth'), formatLocalDate(member.dateOfBirth)],
    [t('members.detail.citizenId'), member.citizenId],
    [t('members.columns.org'), orgName(member.orgId) || member.orgId],
    [t('members.detail.hometown'), member.hometown],
    [t('members.detail.occupation'), member.occupation],
    [t('members.detail.position'), member.position],
    [t('members.detail.admissionDecisionDate'), formatLocalDate(member.admissionDecisionDate)],
    [t('members.detail.admissionDecisionNumber'), member.admissionDecisionNumber],
    [t('members.detail.ceremonyDate'), formatLocalDate(member.ceremonyDate)],
    [t('members.detail.officialDate'), formatLocalDate(member.officialDate)],
  ];
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
