import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../api/members';
import { formatDateTime, formatLocalDate } from '../../format';

/** `membership.member.admitted` → `member.admitted`, the key of its label. */
function eventKey(type: string): string {
  return type.split('.').slice(1).join('.');
}

/** Events about the person, by the date they happened in the world (≈ when the fact has no date of its own). */
export function MemberTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const labels = t('members.events', { returnObjects: true }) as Record<string, string>;
  return (
    <section>
      <h3>{t('members.detail.timelineTitle')}</h3>
      {entries.length === 0 ? (
        <p className="empty">{t('members.detail.timelineEmpty')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((e) => (
            <li key={e.eventId}>
              <span className="timeline-date" title={e.approximate ? t('members.detail.approximateDate') : undefined}>
                {e.approximate && (
                  <>
                    <span aria-hidden="true">≈ </span>
                    <span className="visually-hidden">{t('members.detail.approximateDate')}: </span>
                  </>
                )}
                {formatLocalDate(e.on)}
              </span>
              <span className="timeline-label">{labels[eventKey(e.type)] ?? e.type}</span>
              <span className="muted small">{t('members.detail.recordedAt', { time: formatDateTime(e.recordedAt) })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
