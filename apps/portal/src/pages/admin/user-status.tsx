import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/gateway';
import { formatDateTime, formatTime } from '../../format';
import { isLocked } from './users-query';

/** Active, deactivated by an admin, or locked for a while after failed logins. */
export function UserStatus({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  // a dot for the colour and the words in the text colour: pale tag texts fail the contrast
  if (!user.active) return <Badge status="default" text={t('users.inactive')} />;
  if (isLocked(user.lockedUntil)) {
    return (
      <Tooltip title={t('users.lockedHint', { time: formatDateTime(user.lockedUntil) })}>
        <span tabIndex={0}>
          <Badge status="error" text={t('users.lockedUntil', { time: hoursMinutes(user.lockedUntil) })} />
        </span>
      </Tooltip>
    );
  }
  return <Badge status="success" text={t('users.active')} />;
}

/** A lock lasts minutes: its end as `09:24`, seconds left out. */
const hoursMinutes = (instant: string | null) => formatTime(instant).slice(0, 5);

/** The status as the Excel export writes it. */
export function useStatusText(): (user: AdminUser) => string {
  const { t } = useTranslation();
  return (user) =>
    !user.active ? t('users.inactive') : isLocked(user.lockedUntil) ? t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) }) : t('users.active');
}
