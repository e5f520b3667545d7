import { Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../api/members';
import { formatLocalDate } from '../../format';

interface BadgeRow {
  key: string;
  level: number;
  occasion: string;
  decisionNumber: string;
  basis: 'regular' | 'seriouslyIll' | 'posthumous';
  history: boolean;
}

/** The badges awarded, read from the person's own events (`badge.awarded` carries level, occasion and decision). */
export function badgesOf(entries: TimelineEntry[]): BadgeRow[] {
  return entries
    .filter((e) => e.type === 'membership.badge.awarded')
    .map((e) => {
      const d = (e.data ?? {}) as Record<string, unknown>;
      return {
        key: e.eventId,
        level: Number(d.level),
        occasion: String(d.occasion ?? e.on),
        decisionNumber: String(d.decisionNumber ?? ''),
        basis: (d.basis as BadgeRow['basis']) ?? 'regular',
        history: d.recordedAsHistory === true,
      };
    });
}

export function RecordBadges({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  return (
    <div role="region" aria-label={t('memberRecord.badges.label')}>
      <Table<BadgeRow>
        size="small"
        dataSource={badgesOf(entries)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('memberRecord.badges.empty')} /> }}
        columns={[
          { key: 'level', title: t('memberRecord.badges.level'), render: (_, b) => t('memberRecord.badges.levelValue', { level: b.level }) },
          { key: 'occasion', title: t('memberRecord.badges.occasion'), render: (_, b) => formatLocalDate(b.occasion) },
          { key: 'decisionNumber', title: t('memberRecord.badges.decisionNumber'), dataIndex: 'decisionNumber' },
          {
            key: 'basis',
            title: t('memberRecord.badges.basis'),
            render: (_, b) => (
              <>
                {t(`memberRecord.badges.bases.${b.basis}`, { defaultValue: b.basis })}
                {b.history && <Typography.Text type="secondary"> ({t('memberRecord.badges.history')})</Typography.Text>}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
