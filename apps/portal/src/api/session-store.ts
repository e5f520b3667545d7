import type { paths } from './schema';

/**
 * The tokens of the signed-in user, kept in localStorage so a reload keeps the session. Other
 * tabs learn of a sign-in or sign-out through the `storage` event (see auth-context).
 */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token expires, by this browser's clock. */
  expiresAt: number;
}

/** What sign-in and refresh answer (`expiresIn` in seconds). */
export type TokenResponse = paths['/api/auth/login']['post']['responses'][200]['content']['application/json'];

export const SESSION_KEY = 'portal.session';

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Session>;
    return typeof s.accessToken === 'string' && typeof s.refreshToken === 'string'
      ? { accessToken: s.accessToken, refreshToken: s.refreshToken, expiresAt: Number(s.expiresAt) || 0 }
      : null;
  } catch {
    return null;
  }
}

export function saveTokens(tokens: TokenResponse): Session {
  const session: Session = {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: Date.now() + tokens.expiresIn * 1000,
  };
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  notify(session);
  return session;
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
  notify(null);
}

/** Called when this tab changes the session (sign-in, refresh, sign-out, refresh refused). */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(session: Session | null): void {
  for (const l of listeners) l(session);
}
