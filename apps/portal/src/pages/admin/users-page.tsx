import { ROLES } from '@party/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../../api/client';
import { createUser, fetchUsers, updateUser, type AdminUser, type UserChanges } from '../../api/gateway';
import { ME_KEY } from '../../auth/auth-context';
import { formatDateTime, formatNumber } from '../../format';
import { useLocalize, useRoleLabel } from '../../i18n/localize';
import { FormField } from '../../layout/form-field';
import { ErrorNotice, Loading } from '../../layout/notices';
import { useDocumentTitle } from '../../layout/use-document-title';
import { Page } from '../../layout/page';

const USERS_KEY = ['admin', 'users'] as const;

type Role = AdminUser['roles'][number];

type Editing = { mode: 'create' } | { mode: 'edit'; user: AdminUser } | null;

export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  const roleLabel = useRoleLabel();
  const users = useQuery({ queryKey: USERS_KEY, queryFn: ({ signal }) => fetchUsers(signal) });
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');

  function done(message: string) {
    setEditing(null);
    setNotice(message);
  }

  return (
    <Page
      id="users"
      title={t('users.title')}
      intro={t('users.intro')}
      actions={
        <>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice('');
              setEditing({ mode: 'create' });
            }}
            disabled={editing?.mode === 'create'}
          >
            {t('users.create')}
          </button>
        </>
      }
    >

      <p className="notice notice-success" role="status" aria-live="polite" hidden={!notice}>
        {notice}
      </p>

      {editing && (
        <UserForm
          key={editing.mode === 'edit' ? editing.user.id : 'new'}
          user={editing.mode === 'edit' ? editing.user : undefined}
          onCancel={() => setEditing(null)}
          onDone={done}
        />
      )}

      {users.isPending && <Loading />}
      {users.isError && <ErrorNotice error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <>
          <p className="muted">{t('users.total', { count: formatNumber(users.data.total) })}</p>
          {users.data.items.length === 0 ? (
            <p className="empty">{t('users.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('users.columns.username')}</th>
                    <th scope="col">{t('users.columns.fullName')}</th>
                    <th scope="col">{t('users.columns.roles')}</th>
                    <th scope="col">{t('users.columns.orgScope')}</th>
                    <th scope="col">{t('users.columns.active')}</th>
                    <th scope="col">{t('users.columns.createdAt')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('users.columns.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {users.data.items.map((user) => (
                    <tr key={user.id}>
                      <td>
                        <code>{user.username}</code>
                      </td>
                      <td>{user.fullName}</td>
                      <td>{user.roles.map(roleLabel).join(', ')}</td>
                      <td>{user.orgScopeId ?? <span className="muted">{t('users.wholeBloc')}</span>}</td>
                      <td>
                        <span className={`badge ${user.active ? 'badge-up' : 'badge-down'}`}>
                          {user.active ? t('users.active') : t('users.inactive')}
                        </span>
                      </td>
                      <td className="nowrap">{formatDateTime(user.createdAt)}</td>
                      <td>
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => {
                            setNotice('');
                            setEditing({ mode: 'edit', user });
                          }}
                          aria-label={`${t('users.edit')} ${user.username}`}
                        >
                          {t('users.edit')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}

const FORM_FIELDS = ['username', 'fullName', 'password', 'roles', 'orgScopeId', 'active'] as const;

/** One form for both adding a user and changing one; a change sends only what was changed. */
function UserForm({
  user,
  onCancel,
  onDone,
}: {
  user: AdminUser | undefined;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const localize = useLocalize();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const [username, setUsername] = useState(user?.username ?? '');
  const [fullName, setFullName] = useState(user?.fullName ?? '');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? []);
  const [orgScopeId, setOrgScopeId] = useState(user?.orgScopeId ?? '');
  const [active, setActive] = useState(user?.active ?? true);
  const [rolesMissing, setRolesMissing] = useState(false);

  // Moving focus to the form's heading tells keyboard and screen-reader users where they are.
  useEffect(() => headingRef.current?.focus(), []);

  const save = useMutation({
    mutationFn: () => {
      if (!user) {
        return createUser({
          username: username.trim(),
          fullName: fullName.trim(),
          password,
          roles,
          ...(orgScopeId.trim() ? { orgScopeId: orgScopeId.trim() } : {}),
        });
      }
      return updateUser(user.id, changesOf(user, { fullName, roles, orgScopeId, active, password }));
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
      // Editing oneself changes what the top bar shows.
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      onDone(user ? t('users.updated', { username: user.username }) : t('users.created', { username: username.trim() }));
    },
  });

  const apiError = save.error instanceof ApiError ? save.error : null;
  const fieldErrors = (field: string): FieldError[] => apiError?.fieldErrors(field) ?? [];
  const unclaimed = apiError?.otherFieldErrors(FORM_FIELDS) ?? [];

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (roles.length === 0) {
      setRolesMissing(true);
      return;
    }
    setRolesMissing(false);
    save.mutate();
  }

  function toggleRole(role: Role, on: boolean) {
    setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));
  }

  const rolesErrors = [...(rolesMissing ? [t('users.rolesRequired')] : []), ...fieldErrors('roles')];

  return (
    <form className="card form-card" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {user ? t('users.editTitle', { username: user.username }) : t('users.createTitle')}
      </h2>

      <div className="form-grid">
        {!user && (
          <FormField label={t('users.fields.username')} errors={fieldErrors('username')}>
            {(control) => (
              <input {...control} required autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
            )}
          </FormField>
        )}
        <FormField label={t('users.fields.fullName')} errors={fieldErrors('fullName')}>
          {(control) => <input {...control} required value={fullName} onChange={(e) => setFullName(e.target.value)} />}
        </FormField>
        <FormField label={user ? t('users.fields.newPassword') : t('users.fields.password')} errors={fieldErrors('password')}>
          {(control) => (
            <input
              {...control}
              type="password"
              required={!user}
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('users.fields.orgScopeId')} errors={fieldErrors('orgScopeId')}>
          {(control) => <input {...control} value={orgScopeId} onChange={(e) => setOrgScopeId(e.target.value)} />}
        </FormField>
      </div>

      <fieldset
        className="roles"
        aria-invalid={rolesErrors.length > 0 || undefined}
        aria-describedby={rolesErrors.length > 0 ? `${titleId}-roles-error` : undefined}
      >
        <legend>{t('users.fields.roles')}</legend>
        <div className="checkbox-grid">
          {ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input type="checkbox" checked={roles.includes(role)} onChange={(e) => toggleRole(role, e.target.checked)} />
              <span>
                {roleLabel(role)} <code>{role}</code>
              </span>
            </label>
          ))}
        </div>
        {rolesErrors.length > 0 && (
          <p id={`${titleId}-roles-error`} className="field-error">
            {rolesErrors.map((e) => (typeof e === 'string' ? e : localize(e))).join(' ')}
          </p>
        )}
      </fieldset>

      {user && (
        <label className="checkbox">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          <span>{t('users.fields.active')}</span>
        </label>
      )}

      <div aria-live="assertive">
        {/* Field messages appear at their fields; only the ones no field claims are listed here. */}
        {save.isError && <ErrorNotice error={save.error} fields={unclaimed} />}
      </div>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('users.saving') : t('users.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('users.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The PATCH body: only the fields that differ, so two admins editing different fields don't clash. */
export function changesOf(
  user: AdminUser,
  form: { fullName: string; roles: Role[]; orgScopeId: string; active: boolean; password: string },
): UserChanges {
  const changes: UserChanges = {};
  if (form.fullName.trim() !== user.fullName) changes.fullName = form.fullName.trim();
  const sameRoles = form.roles.length === user.roles.length && form.roles.every((r) => user.roles.includes(r));
  if (!sameRoles) changes.roles = form.roles;
  const scope = form.orgScopeId.trim() || null;
  if (scope !== user.orgScopeId) changes.orgScopeId = scope;
  if (form.active !== user.active) changes.active = form.active;
  if (form.password) changes.password = form.password;
  return changes;
}
