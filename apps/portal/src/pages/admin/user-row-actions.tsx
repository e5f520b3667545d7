import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { unlockUser, updateUser, type AdminUser } from '../../api/gateway';
import { useAuth } from '../../auth/auth-context';
import { formatTime } from '../../format';
import { useErrorMessage } from '../../layout/notices';
import { isLocked, USERS_KEY } from './users-query';

/**
 * A user's commands in the list besides editing (the username links to it): deactivate (asks
 * first: it signs the user out), reactivate, and unlock while a lock after failed logins holds.
 */
export function UserRowActions({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const self = me?.id === user.id;
  const username = user.username;

  const command = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
    onError: (error) => void message.error(errorMessage(error)),
  });
  const run = (call: () => Promise<unknown>, done: string) => command.mutateAsync(call).then(() => void message.success(done));

  const deactivate = () =>
    modal.confirm({
      title: t('users.deactivateTitle', { username }),
      content: t('users.deactivateDescription'),
      okText: t('users.deactivate'),
      okButtonProps: { danger: true },
      cancelText: t('users.cancel'),
      onOk: () => run(() => updateUser(user.id, { active: false }), t('users.deactivated', { username })).catch(() => undefined),
    });

  const unlock = () =>
    modal.confirm({
      title: t('users.unlockTitle', { username }),
      content: t('users.unlockDescription', { time: formatTime(user.lockedUntil) }),
      okText: t('users.unlock'),
      cancelText: t('users.cancel'),
      onOk: () => run(() => unlockUser(user.id), t('users.unlocked', { username })).catch(() => undefined),
    });

  return (
    <Space size={0} wrap className="user-actions">
      {user.active && isLocked(user.lockedUntil) && (
        <Button id={`user-unlock-${user.id}`} type="link" aria-label={t('users.unlockLabel', { username })} onClick={unlock} disabled={command.isPending}>
          {t('users.unlock')}
        </Button>
      )}
      {user.active ? (
        <Tooltip title={self ? t('users.selfDeactivate') : undefined}>
          <Button
            id={`user-deactivate-${user.id}`}
            // not `danger`: antd's pale red fails the contrast; the confirmation carries the warning
            type="link"
            aria-label={t('users.deactivateLabel', { username })}
            onClick={deactivate}
            disabled={self || command.isPending}
          >
            {t('users.deactivate')}
          </Button>
        </Tooltip>
      ) : (
        <Button
          id={`user-reactivate-${user.id}`}
          type="link"
          aria-label={t('users.reactivateLabel', { username })}
          onClick={() => void run(() => updateUser(user.id, { active: true }), t('users.reactivated', { username })).catch(() => undefined)}
          loading={command.isPending}
        >
          {t('users.reactivate')}
        </Button>
      )}
    </Space>
  );
}
