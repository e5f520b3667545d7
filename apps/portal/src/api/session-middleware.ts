import type { Middleware } from 'openapi-fetch';
import { ApiError, isAbort, networkError } from './api-error';
import { clearSession, readSession, saveTokens, type TokenResponse } from './session-store';

/** Sign-in and refresh carry no bearer token, and a 401 from them is an answer, not an expiry. */
const PUBLIC_PATHS: ReadonlySet<string> = new Set(['/api/auth/login', '/api/auth/refresh']);

/**
 * Sends the signed-in user's bearer token; on a 401 refreshes the tokens once and sends the
 * request again. `requestTokens` asks the gateway for new tokens (it goes through the same client).
 */
export function sessionMiddleware(requestTokens: (refreshToken: string) => Promise<TokenResponse>): Middleware {
  // A request's body is spent once sent, so a copy is kept to send again after a refresh,
  // with the refresh token the request went out with.
  const sent = new Map<string, { copy: Request; refreshToken: string }>();

  // Refresh tokens rotate: two requests that get a 401 together must share one refresh, or the
  // second would present a token the first has already spent and sign the user out.
  let inFlight: Promise<string | null> | null = null;
  const refreshOnce = (refreshToken: string): Promise<string | null> => {
    inFlight ??= refresh(refreshToken).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  async function refresh(refreshToken: string): Promise<string | null> {
    // Another request may have refreshed already while this one was waiting for its 401.
    const current = readSession();
    if (current && current.refreshToken !== refreshToken) return current.accessToken;
    try {
      return saveTokens(await requestTokens(refreshToken)).accessToken;
    } catch (error) {
      // Only a refused refresh ends the session; a network blip leaves it for the next try.
      if (error instanceof ApiError && error.status !== 0 && error.status < 500) clearSession();
      return null;
    }
  }

  return {
    onRequest({ request, schemaPath, id }) {
      if (PUBLIC_PATHS.has(schemaPath)) return undefined;
      const session = readSession();
      if (!session) return undefined;
      sent.set(id, { copy: request.clone(), refreshToken: session.refreshToken });
      request.headers.set('Authorization', `Bearer ${session.accessToken}`);
      return request;
    },
    async onResponse({ response, id, options }) {
      const request = sent.get(id);
      sent.delete(id);
      if (!request || response.status !== 401) return undefined;
      const token = await refreshOnce(request.refreshToken);
      if (!token) return undefined;
      request.copy.headers.set('Authorization', `Bearer ${token}`);
      try {
        return await options.fetch(request.copy);
      } catch (error) {
        throw isAbort(error) ? error : networkError();
      }
    },
    onError({ id }) {
      sent.delete(id);
      return undefined;
    },
  };
}
