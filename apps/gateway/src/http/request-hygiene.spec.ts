import { TEST_DEMO_PASSWORD } from '@party/testing';
import { useTestGateway } from '../testing';

/**
 * Input that used to break a request into a 500 (issue 16): a body over the limit, a NUL
 * character (PostgreSQL cannot store it), broken JSON — each a clear 4xx in both languages,
 * field named; and no answer about people kept in a cache.
 */
const gw = useTestGateway({ label: 'hygiene' });

describe('request hygiene', () => {
  it('answers 413 in both languages to a JSON body over 1 MB, the login included', async () => {
    const res = await gw.http().post('/api/auth/login').set('content-type', 'application/json').send(JSON.stringify({ username: 'x'.repeat(1_100_000), password: 'y' }));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'validation', message: { vi: expect.stringContaining('quá lớn'), en: expect.stringContaining('too large') } });
  });

  it('answers 400 to broken JSON', async () => {
    const res = await gw.http().post('/api/auth/login').set('content-type', 'application/json').send('{"username": ');
    expect(res.status).toBe(400);
    expect(res.body.message.vi).toMatch(/JSON/);
  });

  it('refuses a NUL character in a body field, naming it, and in a query parameter', async () => {
    const login = await gw.http().post('/api/auth/login').send({ username: 'ban\u0000tochuc', password: 'x' });
    expect(login.status).toBe(400);
    expect(login.body.fields).toEqual([expect.objectContaining({ field: 'username', vi: expect.stringContaining('NUL') })]);
    const token = await gw.login('bantochuc');
    const search = await gw.http().get('/api/members').query({ q: 'Nguy\u0000n' }).set({ authorization: `Bearer ${token}` });
    expect(search.status).toBe(400);
    expect(search.body.fields[0].field).toBe('q');
    const nested = await gw.http().post('/api/orgs').set({ authorization: `Bearer ${token}` }).send({ kind: 'grassroots_cell', name: 'Chi bộ', extra: [{ note: 'a\u0000' }] });
    expect(nested.status).toBe(400);
    expect(nested.body.fields[0].field).toBe('extra.0.note');
  });

  it('lets an ordinary request through and marks every API answer no-store', async () => {
    const res = await gw.http().post('/api/auth/login').send({ username: 'bantochuc', password: TEST_DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const me = await gw.http().get('/api/auth/me').set({ authorization: `Bearer ${res.body.accessToken}` });
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('allows no inline script, on the API and on its OpenAPI page', async () => {
    for (const path of ['/api/health', '/api/docs']) {
      const csp = String((await gw.http().get(path)).headers['content-security-policy'] ?? '');
      expect([path, csp]).toEqual([path, expect.stringContaining("script-src 'self'")]);
      expect([path, csp.includes("'unsafe-inline'") && /script-src[^;]*'unsafe-inline'/.test(csp)]).toEqual([path, false]);
    }
  });
});

describe('out-of-range numbers and dates', () => {
  it.each(['-1', '100000000000000000000', '1.5', 'abc'])('refuses dead-letter sequence %s with a named field, never a 500', async (seq) => {
    const admin = await gw.login('admin');
    const res = await gw.http().post(`/api/admin/dead-letters/${seq}/retry`).set({ authorization: `Bearer ${admin}` });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'seq' })]);
  });
});
