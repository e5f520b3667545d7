import { DEMO_PASSWORD, useTestGateway } from '../testing/gateway-harness';

const gw = useTestGateway({ label: 'gwauth', env: { LOGIN_RATE_LIMIT_PER_MINUTE: '200' } });

const login = (username: string, password: string) => gw.http().post('/api/auth/login').send({ username, password });

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

  it('locks a username after 5 failures in a row, even against the right password', async () => {
    for (let i = 1; i <= 4; i++) await login('ubkt', `wrong-${i}`).expect(401);
    const fifth = await login('ubkt', 'wrong-5').expect(401);
    expect(fifth.body.message.vi).toContain('tạm khóa 15 phút');
    const locked = await login('ubkt', DEMO_PASSWORD).expect(423);
    expect(locked.body.code).toBe('locked');
    expect(locked.body.message.vi).toContain('thử lại sau');
    // the lock is per username: others still log in
    await login('viewer', DEMO_PASSWORD).expect(200);
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
