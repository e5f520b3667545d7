import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ApiError, createApi, unwrap } from './client';
import { readSession, saveTokens, SESSION_KEY } from './session-store';

/** What the fake gateway saw of one request. */
interface Seen {
  method: string;
  path: string;
  authorization: string | null;
  body: string;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const problem = (status: number, code: string) => json(status, { code, message: { vi: `lỗi ${code}`, en: `error ${code}` } });
const tokens = (n: number) => ({ accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: 900, tokenType: 'Bearer' as const });

/** A gateway that answers by the route; `seen` lists what it was sent, in order. */
function gateway(answer: (seen: Seen) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const api = createApi({
    baseUrl: 'http://gateway.test',
    fetch: async (request: Request) => {
      const s = {
        method: request.method,
        path: new URL(request.url).pathname,
        authorization: request.headers.get('authorization'),
        body: await request.text(),
      };
      seen.push(s);
      return answer(s);
    },
  });
  return { api, seen };
}

// The session lives in localStorage, which Node lacks.
const storage = new Map<string, string>();
beforeEach(() => {
  storage.clear();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    },
  });
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('the portal API client', () => {
  it('sends the session’s bearer token and answers the data', async () => {
    saveTokens(tokens(1));
    const { api, seen } = gateway(() => json(200, { id: 'u1' }));
    await expect(unwrap(api.GET('/api/auth/me'))).resolves.toEqual({ id: 'u1' });
    expect(seen[0]).toMatchObject({ method: 'GET', path: '/api/auth/me', authorization: 'Bearer access-1' });
  });

  it('signs in without a token', async () => {
    saveTokens(tokens(1));
    const { api, seen } = gateway(() => json(200, tokens(2)));
    await unwrap(api.POST('/api/auth/login', { body: { username: 'a', password: 'b' } }));
    expect(seen[0].authorization).toBeNull();
  });

  it('on a 401 refreshes once for requests that failed together, and sends each again with its body', async () => {
    saveTokens(tokens(1));
    const { api, seen } = gateway((s) => {
      if (s.path === '/api/auth/refresh') return json(200, tokens(2));
      return s.authorization === 'Bearer access-2' ? json(200, { ok: s.body || s.path }) : problem(401, 'unauthenticated');
    });
    const body = { username: 'nv', fullName: 'Nguyễn Văn A', password: 'mật-khẩu-dài', roles: ['viewer' as const] };
    const [me, created] = await Promise.all([
      unwrap(api.GET('/api/auth/me')),
      unwrap(api.POST('/api/admin/users', { body })),
    ]);
    expect(me).toEqual({ ok: '/api/auth/me' });
    expect(created).toEqual({ ok: JSON.stringify(body) });
    expect(seen.filter((s) => s.path === '/api/auth/refresh')).toEqual([
      expect.objectContaining({ authorization: null, body: JSON.stringify({ refreshToken: 'refresh-1' }) }),
    ]);
    expect(readSession()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('ends the session when the refresh is refused, and fails with the 401', async () => {
    saveTokens(tokens(1));
    const { api } = gateway(() => problem(401, 'unauthenticated'));
    const error = await unwrap(api.GET('/api/auth/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated', fromServer: true });
    expect(storage.has(SESSION_KEY)).toBe(false);
  });

  it('keeps the session when the refresh could not reach the gateway', async () => {
    saveTokens(tokens(1));
    const { api } = gateway((s) => (s.path === '/api/auth/refresh' ? Promise.reject(new TypeError('fetch failed')) : problem(401, 'unauthenticated')));
    await expect(unwrap(api.GET('/api/auth/me'))).rejects.toMatchObject({ status: 401 });
    expect(readSession()?.accessToken).toBe('access-1');
  });

  it('carries the server’s error body, field messages included', async () => {
    const body = { code: 'validation', message: { vi: 'Sai', en: 'Wrong' }, fields: [{ field: 'roles.0', vi: 'Vai trò?', en: 'Role?' }] };
    const { api } = gateway(() => json(400, body));
    const error = (await unwrap(api.GET('/api/auth/me')).catch((e: unknown) => e)) as ApiError;
    expect(error.body).toEqual(body);
    expect(error.fieldErrors('roles')).toEqual(body.fields);
    expect(error.otherFieldErrors(['roles'])).toEqual([]);
  });

  it('gives a body of its own to a proxy’s page and to no answer at all, in Vietnamese and English', async () => {
    const down = gateway(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    await expect(unwrap(down.api.GET('/api/auth/me'))).rejects.toMatchObject({ status: 502, code: 'unavailable', fromServer: false });
    const html = gateway(() => new Response('<html>login portal</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    await expect(unwrap(html.api.GET('/api/auth/me'))).rejects.toMatchObject({ status: 200, code: 'internal', fromServer: false });
    const offline = gateway(() => Promise.reject(new TypeError('fetch failed')));
    const error = (await unwrap(offline.api.GET('/api/auth/me')).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 0, code: 'unavailable', fromServer: false });
    expect(error.body.message.vi).toMatch(/Không kết nối được máy chủ/);
    expect(error.body.message.en).toMatch(/Cannot reach the server/);
  });

  it('lets a cancelled request fail as an abort, not as a network error', async () => {
    const { api } = gateway(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(unwrap(api.GET('/api/auth/me'))).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads an accepted status as an answer: health’s 503', async () => {
    const health = { status: 'down', services: {}, infra: { postgres: 'down', nats: 'up', redis: 'up' } };
    const { api } = gateway(() => json(503, health));
    await expect(unwrap(api.GET('/api/health'), [503])).resolves.toEqual(health);
    await expect(unwrap(api.GET('/api/health'))).rejects.toMatchObject({ status: 503 });
  });
});
