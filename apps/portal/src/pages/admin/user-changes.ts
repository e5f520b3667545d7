import { ROLE_DEFINITIONS, type Role } from '@party/contracts';
import type { AdminUser, NewUser, UserChanges } from '../../api/gateway';

/** What the user form holds (both drawers). */
export interface UserFormValues {
  username?: string;
  fullName: string;
  password?: string;
  confirmPassword?: string;
  roles: Role[];
  orgScopeId?: string;
}

/** Whether the roles chosen make the account see one organization's subtree (a secretary). */
export function isScoped(roles: readonly Role[] | undefined): boolean {
  return (roles ?? []).some((r) => ROLE_DEFINITIONS[r]?.scoped);
}

/** A scoped role with a whole-bloc one: the gateway refuses the mix, the form says so first. */
export function mixesScopes(roles: readonly Role[] | undefined): boolean {
  const scoped = (roles ?? []).filter((r) => ROLE_DEFINITIONS[r]?.scoped).length;
  return scoped > 0 && scoped < (roles ?? []).length;
}

/** The password rule of the gateway, checked before sending: 8 characters, letters and digits. */
export function strongEnough(password: string): boolean {
  return password.length >= 8 && /[A-Za-z]/.test(password) && /\d/.test(password);
}

/** The organization kept for the roles: none unless a role is scoped (the picker is hidden then). */
export function scopeFor(values: Pick<UserFormValues, 'roles' | 'orgScopeId'>): string | null {
  return isScoped(values.roles) && values.orgScopeId ? values.orgScopeId : null;
}

export function newUserOf(values: UserFormValues): NewUser {
  const orgScopeId = scopeFor(values);
  return {
    username: (values.username ?? '').trim(),
    fullName: values.fullName.trim(),
    password: values.password ?? '',
    roles: values.roles,
    ...(orgScopeId ? { orgScopeId } : {}),
  };
}

/**
 * The PATCH body: only what differs, so two admins editing different things do not undo each
 * other, and an unchanged password field sends nothing (a new one ends the user's sessions).
 */
export function changesOf(user: AdminUser, values: UserFormValues): UserChanges {
  const changes: UserChanges = {};
  const fullName = values.fullName.trim();
  if (fullName !== user.fullName) changes.fullName = fullName;
  const sameRoles = values.roles.length === user.roles.length && values.roles.every((r) => user.roles.includes(r));
  if (!sameRoles) changes.roles = values.roles;
  const scope = scopeFor(values);
  if (scope !== user.orgScopeId) changes.orgScopeId = scope;
  if (values.password) changes.password = values.password;
  return changes;
}
