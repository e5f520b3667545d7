import type { QueryKey } from '@tanstack/react-query';

/** Every query of the users pages starts with this key, so one invalidation refreshes them all. */
export const USERS_KEY: QueryKey = ['admin', 'users'];

/** Whether the temporary lock after failed logins still holds. */
export function isLocked(lockedUntil: string | null | undefined, now: number = Date.now()): boolean {
  return Boolean(lockedUntil) && new Date(lockedUntil as string).getTime() > now;
}
