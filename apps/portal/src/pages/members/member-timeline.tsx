import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../api/members';
import { formatDateTime, formatLocalDate } from '../../format';
import type { vi } from './messages';
import type { vi as recordVi } from './record-messages';
import { eventDetails, eventKey, type EventDetail } from './timeline-events';
import { useDossierKindLabel } from './use-dossier-kinds';

type EventLabel = keyof (typeof recordVi)['events'];
type PersonField = keyof (typeof vi)['fields'];

/** Every fact about the person, by the date it happened (≈ when the fact has no date of its own). */
export function MemberTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const kindLabel = useDossierKindLabel();
  const labels = t('memberRecord.events', { returnObjects: true }) as Record<EventLabel, string>;
  if (entries.length === 0) return <Empty description={t('memberRecord.timeline.empty')} />;

  const detail = (d: EventDetail) => {
    if (d.key === 'corrected') {
      const fields = (d.values.fields as string[]).map((f) => t(`members.fields.${f as PersonField}`, { defaultValue: f })).join(', ');
      return t('memberRecord.timeline.details.corrected', { fields });
    }
    if (d.key === 'dossierKind') return t('memberRecord.timeline.details.dossierKind', { kind: kindLabel(String(d.values.kind)) });
    if (d.key === 'exempted') return t('memberRecord.timeline.details.exempted', { from: formatLocalDate(String(d.values.from)) });
    if (d.key === 'badge') return t('memberRecord.timeline.details.badge', { level: String(d.values.level) });
    if (d.key === 'card') return t('memberRecord.timeline.details.card', { number: String(d.values.number) });
    if (d.key === 'toCommittee') return t('memberRecord.timeline.details.toCommittee', { name: String(d.values.name) });
    if (d.key === 'fromCommittee') return t('memberRecord.timeline.details.fromCommittee', { name: String(d.values.name) });
    return t('memberRecord.timeline.details.decision', { number: String(d.values.number) });
  };

  return (
    <Timeline
      mode="start"
      // the dates are short: a narrow column for them, the rest for what happened
      titleSpan="120px"
      items={entries.map((e) => ({
        key: `${e.eventId}-${e.type}`,
        color: e.approximate ? 'gray' : 'blue',
        title: (
          <span className="nowrap" title={e.approximate ? t('memberRecord.timeline.approximate') : undefined}>
            {e.approximate && (
              <>
                <span aria-hidden="true">≈ </span>
                <span className="visually-hidden">{t('memberRecord.timeline.approximate')}: </span>
              </>
            )}
            {formatLocalDate(e.on)}
          </span>
        ),
        content: (
          <>
            <Typography.Text strong style={{ display: 'block' }}>{labels[eventKey(e.type) as EventLabel] ?? e.type}</Typography.Text>
            {eventDetails(e).map((d) => (
              <div key={d.key}>{detail(d)}</div>
            ))}
            <Typography.Text type="secondary" className="small" style={{ display: 'block' }}>
              {t('memberRecord.timeline.recorded', { time: formatDateTime(e.recordedAt), user: e.actor?.username ?? '—' })}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
