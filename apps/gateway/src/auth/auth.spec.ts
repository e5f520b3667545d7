import { MikroORM } from '@mikro-orm/postgresql';
import { AuditEntry } from '@party/database';
import { newTokenKeyPair } from '@party/auth';
import { LoginLockout } from './login-lockout';
import { loadGatewayEnv } from '../config/gateway-env';
import { DEMO_PASSWORD, useTestGateway } from '../testing/gateway-harness';

// the loopback proxy is trusted here, so each test client names its own address in X-Forwarded-For
const gw = useTestGateway({ label: 'gwauth', env: { LOGIN_RATE_LIMIT_PER_MINUTE: '200', TRUST_PROXY: 'loopback', LOCKOUT_DELAY_SECONDS: '1' } });

const STRANGER = '203.0.113.7';
const CLERK = '198.51.100.20';
const login = (username: string, password: string, from = CLERK) => gw.http().post('/api/auth/login').set('x-forwarded-for', from).send({ username, password });
const auditOf = (username: string) => gw.app.get(MikroORM).em.fork().find(AuditEntry, { entity: 'login', entityId: username }, { orderBy: { at: 'asc', id: 'asc' } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('POST /api/auth/login', () => {
  it('gives an access token, a refresh token and its lifetime for the right password', async () => {
    const res = await login('bantochuc', DEMO_PASSWORD).expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    expect(res.body.refreshToken).toMatch(/^[0-9a-f-]{36}\.[\w-]+$/);
  });

  it('answers 401 with a message in Vietnamese and English for a wrong password', async () => {
    const res = await login('thuongvu', 'sai-mat-khau').expect(401);
    expect(res.body).toEqual({
      code: 'unauthenticated',
      message: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' },
    });
  });

  it('answers the same 401 for an unknown username (no user enumeration)', async () => {
    const res = await login('khong-co-ai', 'whatever1').expect(401);
    expect(res.body.message.en).toBe('Wrong username or password');
  });

  it('names each missing field in both languages', async () => {
    const res = await gw.http().post('/api/auth/login').send({ username: '' }).expect(400);
    expect(res.body.code).toBe('validation');
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'username', vi: 'Vui lòng nhập tên đăng nhập' }),
        expect.objectContaining({ field: 'password', vi: 'Thiếu thông tin bắt buộc', en: 'Required' }),
      ]),
    );
  });

  it('answers 400, not 500, for a body that is not JSON', async () => {
    const res = await gw.http().post('/api/auth/login').set('content-type', 'application/json').send('{"username":').expect(400);
    expect(res.body.code).toBe('validation');
  });

  it('makes a stranger\'s address wait after 5 failures in a row, while the clerk logs in from their own', async () => {
    for (let i = 1; i <= 4; i++) await login('ubkt', `wrong-${i}`, STRANGER).expect(401);
    const fifth = await login('ubkt', 'wrong-5', STRANGER).expect(401);
    expect(fifth.body.message.vi).toContain('Đã sai 5 lần liên tiếp từ máy này: vui lòng chờ 1 giây');
    // the stranger is refused even with the right password while waiting…
    const waiting = await login('ubkt', DEMO_PASSWORD, STRANGER).expect(423);
    expect(waiting.body.code).toBe('locked');
    expect(waiting.body.message.vi).toContain('thử lại sau');
    // …and cannot lock the clerk out: the same username from the clerk's address logs in
    await login('ubkt', DEMO_PASSWORD, CLERK).expect(200);
  });

  it('doubles the wait with each further failure from that address, and audits failures, waits and refusals', async () => {
    const from = '203.0.113.99';
    for (let i = 1; i <= 5; i++) await login('thuongvu', `nope-${i}x`, from).expect(401);
    await sleep(1100);
    const sixth = await login('thuongvu', 'nope-6x', from).expect(401);
    expect(sixth.body.message.en).toContain('6 failures in a row from this address: wait 2 seconds');
    await login('thuongvu', DEMO_PASSWORD, from).expect(423);
    await sleep(2100);
    await login('thuongvu', DEMO_PASSWORD, from).expect(200);

    const audit = (await auditOf('thuongvu')).filter((a) => a.actorName === from);
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === 'login.failed')).toHaveLength(6);
    expect(actions.filter((a) => a === 'login.locked')).toHaveLength(2);
    expect(actions.filter((a) => a === 'login.refused')).toHaveLength(1);
    expect(audit.find((a) => a.action === 'login.locked')).toMatchObject({ actorId: 'anonymous', actorName: from, after: expect.objectContaining({ clientIp: from, reason: 'wrong-password', failures: 5 }) });
  });

  it('audits a probe of an unknown username too', async () => {
    await login('khong-ton-tai', 'whatever1', STRANGER).expect(401);
    expect((await auditOf('khong-ton-tai'))[0]).toMatchObject({ action: 'login.failed', after: expect.objectContaining({ userId: null, reason: 'unknown-user' }) });
  });

  it('waits 1 minute after the fifth failure by default, then 2, 4, 8, and never more than 15', () => {
    const lockout = new LoginLockout(null as never, loadGatewayEnv({ JWT_PRIVATE_KEY: newTokenKeyPair().privateKey }));
    expect([4, 5, 6, 7, 8, 9, 10, 50].map((n) => lockout.delaySeconds(n))).toEqual([0, 60, 120, 240, 480, 900, 900, 900]);
  });

  it('resets the count on a success: 4 failures, a success, 4 failures do not lock', async () => {
    for (let i = 0; i < 4; i++) await login('admin', 'nope-1234').expect(401);
    await login('admin', DEMO_PASSWORD).expect(200);
    for (let i = 0; i < 4; i++) await login('admin', 'nope-1234').expect(401);
    await login('admin', DEMO_PASSWORD).expect(200);
  });
});

describe('refresh and me', () => {
  it('rotates the refresh token and refuses the old one, ending every session of a reused token', async () => {
    const first = (await login('bantochuc', DEMO_PASSWORD).expect(200)).body;
    const second = (await gw.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await gw.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    // the reuse revoked the new one too
    await gw.http().post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
  });

  it('refuses a made-up refresh token with 401', async () => {
    await gw.http().post('/api/auth/refresh').send({ refreshToken: '01900000-0000-7000-8000-000000000000.abc' }).expect(401);
  });

  it('tells who is logged in, with roles and permissions', async () => {
    const token = await gw.login('thuongvu');
    const res = await gw.http().get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(res.body).toMatchObject({ username: 'thuongvu', roles: ['standing'], orgScopeId: null });
    expect(res.body.permissions).toContain('dossier:approve');
    expect(res.body).not.toHaveProperty('passwordHash');
  });

  it('answers 401 without a token or with a forged one', async () => {
    await gw.http().get('/api/auth/me').expect(401);
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    await gw.http().get('/api/auth/me').set('authorization', `Bearer ${forged}`).expect(401);
  });
});
