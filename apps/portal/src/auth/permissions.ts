import type { Permission } from '@party/contracts';
import type { Me } from '../api/gateway';

/**
 * What the signed-in user may see, from the permissions the gateway lists in /api/auth/me —
 * never from role names, so a new role needs no change here. The gateway checks again anyway.
 */
export function can(me: Me | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}
