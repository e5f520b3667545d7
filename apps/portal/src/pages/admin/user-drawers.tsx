import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { createUser, fetchUser, updateUser, type AdminUser } from '../../api/gateway';
import { ME_KEY } from '../../auth/auth-context';
import { formatDateTime } from '../../format';
import { useErrorMessage } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { changesOf, newUserOf, type UserFormValues } from './user-changes';
import { UserFields } from './user-fields';
import { UserStatus } from './user-status';
import { USERS_KEY } from './users-query';

// The gateway names a wrong role by its place in the list; the form has one control for them all.
const ROLE_ALIASES = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`roles.${i}`, 'roles']));

/** Back to the list as it was (its page, sort and search are in the address). */
function useBackToList(): [string, () => void] {
  const { search } = useLocation();
  const navigate = useNavigate();
  const backTo = `/admin/users${search}`;
  return [backTo, () => navigate(backTo)];
}

/** `admin/users/new` */
export function NewUserDrawer() {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserFormValues>();
  const [backTo, back] = useBackToList();
  return (
    <CommandDrawer title={t('users.createTitle')} backTo={backTo}>
      <CommandForm<UserFormValues, AdminUser>
        form={form}
        submit={(values) => createUser(newUserOf(values))}
        submitLabel={t('users.create')}
        successMessage={(user) => t('users.created', { username: user.username })}
        invalidate={[USERS_KEY]}
        onDone={back}
        fieldAliases={ROLE_ALIASES}
        initialValues={{ roles: [] }}
        extra={<Button onClick={back}>{t('users.cancel')}</Button>}
      >
        <UserFields form={form} creating />
      </CommandForm>
    </CommandDrawer>
  );
}

/** `admin/users/:id/edit`: read on its own, so a link to it works without the list. */
export function EditUserDrawer() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [backTo] = useBackToList();
  const errorMessage = useErrorMessage();
  const user = useQuery({ queryKey: [...USERS_KEY, 'one', id], queryFn: ({ signal }) => fetchUser(id, signal), retry: false });
  return (
    <CommandDrawer title={user.data ? t('users.editTitle', { username: user.data.username }) : t('users.edit')} backTo={backTo}>
      {user.isPending && <Skeleton active />}
      {user.isError && <Alert type="error" showIcon role="alert" title={errorMessage(user.error)} />}
      {user.data && <EditUserForm user={user.data} />}
    </CommandDrawer>
  );
}

type Saved = { user: AdminUser; changed: boolean };

function EditUserForm({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserFormValues>();
  const [, back] = useBackToList();

  async function submit(values: UserFormValues): Promise<Saved> {
    const changes = changesOf(user, values);
    if (Object.keys(changes).length === 0) return { user, changed: false };
    return { user: await updateUser(user.id, changes), changed: true };
  }

  return (
    <>
      <Descriptions
        size="small"
        column={1}
        className="user-facts"
        title={t('users.account')}
        items={[
          { key: 'username', label: t('users.columns.username'), children: <code>{user.username}</code> },
          { key: 'status', label: t('users.columns.status'), children: <UserStatus user={user} /> },
          { key: 'lastLoginAt', label: t('users.columns.lastLoginAt'), children: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.neverLoggedIn') },
          { key: 'createdAt', label: t('users.columns.createdAt'), children: formatDateTime(user.createdAt) },
        ]}
      />
      <CommandForm<UserFormValues, Saved>
        form={form}
        submit={submit}
        submitLabel={t('users.save')}
        successMessage={(saved) => (saved.changed ? t('users.updated', { username: user.username }) : t('users.unchanged'))}
        // editing oneself changes what the top bar shows
        invalidate={[USERS_KEY, ME_KEY]}
        onDone={back}
        fieldAliases={ROLE_ALIASES}
        extra={<Button onClick={back}>{t('users.cancel')}</Button>}
        initialValues={{ fullName: user.fullName, roles: user.roles, orgScopeId: user.orgScopeId ?? undefined }}
      >
        <UserFields form={form} creating={false} />
      </CommandForm>
    </>
  );
}
