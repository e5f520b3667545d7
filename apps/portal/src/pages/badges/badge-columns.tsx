import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BadgeCandidate } from '../../api/badges';
import { formatLocalDate } from '../../format';
import type { DataColumn } from '../../ui/data-table';

const HOLD_REASONS = ['warning', 'removal_from_post', 'reprimand', 'expulsion'] as const;
const isHoldReason = (r: string): r is (typeof HOLD_REASONS)[number] => (HOLD_REASONS as readonly string[]).includes(r);

/** The columns of the list of members due a badge. */
export function useBadgeColumns(orgName: (id: string) => string): DataColumn<BadgeCandidate>[] {
  const { t } = useTranslation();
  const holdReason = (r: string) => (isHoldReason(r) ? t(`badges.holdReasons.${r}`) : r);
  const statusText = (c: BadgeCandidate) =>
    c.status === 'due'
      ? t('badges.statuses.due')
      : c.hold?.until
        ? t('badges.heldUntil', { reason: holdReason(c.hold.reason), date: formatLocalDate(c.hold.until) })
        : t('badges.held', { reason: holdReason(c.hold?.reason ?? '') });
  return [
    { key: 'fullName', title: t('badges.columns.fullName'), sortKey: 'fullName', value: (c) => c.fullName },
    { key: 'org', title: t('badges.columns.org'), value: (c) => orgName(c.orgId) },
    { key: 'admission', title: t('badges.columns.admission'), value: (c) => c.admissionDecisionDate, optional: true },
    { key: 'level', title: t('badges.columns.level'), sortKey: 'level', value: (c) => c.level, render: (c) => <Tag color="gold">{t('badges.years', { level: c.level })}</Tag> },
    { key: 'reachedOn', title: t('badges.columns.reachedOn'), value: (c) => c.reachedOn },
    { key: 'basis', title: t('badges.columns.basis'), value: (c) => t(`badges.basis.${c.basis}`) },
    {
      key: 'status',
      title: t('badges.columns.status'),
      value: statusText,
      render: (c) => <Tag color={c.status === 'due' ? 'green' : 'orange'}>{statusText(c)}</Tag>,
    },
  ];
}
