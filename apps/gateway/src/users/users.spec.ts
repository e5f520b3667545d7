import { useTestGateway } from '../testing/gateway-harness';

const gw = useTestGateway({ label: 'gwusers' });
let admin: string;
let viewer: string;
beforeAll(async () => {
  admin = await gw.login('admin');
  viewer = await gw.login('viewer');
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const create = (user: object) => gw.as(admin).post('/admin/users', user);

describe('/api/admin/users', () => {
  it('refuses a viewer with 403 on every route, before looking at the body', async () => {
    await gw.http().get('/api/admin/users').set(auth(viewer)).expect(403);
    const post = await gw.http().post('/api/admin/users').set(auth(viewer)).send({ nonsense: true }).expect(403);
    expect(post.body.code).toBe('forbidden');
    await gw.http().patch('/api/admin/users/not-a-uuid').set(auth(viewer)).send({}).expect(403);
  });

  it('refuses the org board too: managing users is the admin role only', async () => {
    const board = await gw.login('bantochuc');
    await gw.http().get('/api/admin/users').set(auth(board)).expect(403);
  });

  it('answers 401 without a token', async () => {
    await gw.http().get('/api/admin/users').expect(401);
  });

  it('lists the demo users for an admin, paged', async () => {
    const res = await gw.http().get('/api/admin/users?pageSize=2&page=1').set(auth(admin)).expect(200);
    expect(res.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0]).not.toHaveProperty('passwordHash');
  });

  it('creates a secretary scoped to one organization, who can then log in', async () => {
    const res = await create({ username: 'BiThu.CTy1', fullName: 'Đỗ Thị Lan', password: 'BiThu2023', roles: ['secretary'], orgScopeId: 'org-cty-1' }).expect(201);
    expect(res.body).toMatchObject({ username: 'bithu.cty1', roles: ['secretary'], orgScopeId: 'org-cty-1', active: true });
    const me = await gw.http().get('/api/auth/me').set(auth(await gw.login('bithu.cty1', 'BiThu2023'))).expect(200);
    expect(me.body.permissions).toContain('members:write');
    // the grassroots committee keeps its members' dossiers (within scope, checked by membership); approvals stay with the standing committee
    expect(me.body.permissions).toContain('dossier:read');
    expect(me.body.permissions).not.toContain('dossier:approve');
  });

  it('answers 409 for a username that is taken, naming the field', async () => {
    const res = await create({ username: 'viewer', fullName: 'X', password: 'Abcdefg1', roles: ['viewer'] }).expect(409);
    expect(res.body.fields[0].field).toBe('username');
  });

  it('answers 400 field by field: weak password, unknown role, secretary without organization', async () => {
    const res = await create({ username: 'x', fullName: '', password: 'short', roles: ['king'] }).expect(400);
    const fields = res.body.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'fullName', 'password', 'roles.0']));
    const sec = await create({ username: 'bithu2', fullName: 'B', password: 'Abcdefg1', roles: ['secretary'] }).expect(400);
    expect(sec.body.fields).toEqual([expect.objectContaining({ field: 'orgScopeId', vi: expect.stringContaining('Bí thư cần') })]);
  });

  it('changes roles, deactivates a user and ends their sessions', async () => {
    const created = await create({ username: 'canbo1', fullName: 'Cán bộ 1', password: 'Canbo2023', roles: ['viewer'] }).expect(201);
    const session = (await gw.http().post('/api/auth/login').send({ username: 'canbo1', password: 'Canbo2023' }).expect(200)).body;
    const patched = await gw.http().patch(`/api/admin/users/${created.body.id}`).set(auth(admin)).send({ roles: ['inspection'], active: false }).expect(200);
    expect(patched.body).toMatchObject({ roles: ['inspection'], active: false });
    await gw.http().post('/api/auth/login').send({ username: 'canbo1', password: 'Canbo2023' }).expect(401);
    await gw.http().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
  });

  it('refuses that an admin deactivates themself (422) and a bad id (400) and an unknown id (404)', async () => {
    const me = (await gw.http().get('/api/auth/me').set(auth(admin)).expect(200)).body;
    const res = await gw.http().patch(`/api/admin/users/${me.id}`).set(auth(admin)).send({ active: false }).expect(422);
    expect(res.body.code).toBe('rule_violation');
    await gw.http().patch('/api/admin/users/abc').set(auth(admin)).send({ active: false }).expect(400);
    await gw.http().patch('/api/admin/users/01900000-0000-7000-8000-000000000000').set(auth(admin)).send({ active: false }).expect(404);
    await gw.http().patch(`/api/admin/users/${me.id}`).set(auth(admin)).send({ unknownField: 1 }).expect(400);
  });
});

describe('search, sort, last login and unlock', () => {
  const list = (query: string) => gw.as(admin).get(`/admin/users?${query}`).expect(200);

  it('finds users by name without accents or case, every typed word, and by username', async () => {
    await create({ username: 'dothilan', fullName: 'Đỗ Thị Lan Ánh', password: 'Lan2023ab', roles: ['viewer'] }).expect(201);
    const byName = await list(`q=${encodeURIComponent('do thi ANH')}`);
    expect(byName.body.items.map((u: { username: string }) => u.username)).toEqual(['dothilan']);
    const byUsername = await list('q=dothi');
    expect(byUsername.body.total).toBe(1);
    // a LIKE wildcard typed by the admin is a character, not "anything"
    expect((await list('q=%25')).body.total).toBe(0);
  });

  it('records the last successful login, not a failed one, and sorts never-used accounts last', async () => {
    await create({ username: 'chuadung', fullName: 'Chưa đăng nhập', password: 'Chua2023a', roles: ['viewer'] }).expect(201);
    await gw.http().post('/api/auth/login').send({ username: 'chuadung', password: 'wrong-pass1' }).expect(401);
    const before = (await list('q=chuadung')).body.items[0];
    expect(before.lastLoginAt).toBeNull();

    const startedAt = Date.now();
    await gw.login('thuongvu');
    const after = (await list('q=thuongvu')).body.items[0];
    expect(new Date(after.lastLoginAt).getTime()).toBeGreaterThanOrEqual(startedAt - 1000);

    for (const order of ['asc', 'desc']) {
      const sorted = (await list(`sort=lastLoginAt&order=${order}&pageSize=100`)).body.items as { lastLoginAt: string | null }[];
      const firstNever = sorted.findIndex((u) => u.lastLoginAt === null);
      expect(firstNever).toBeGreaterThan(0);
      expect(sorted.slice(firstNever).every((u) => u.lastLoginAt === null)).toBe(true);
    }
  });

  it('shows a locked account with the end of its lock, and unlocks it so the right password works again', async () => {
    const created = await create({ username: 'bikhoa', fullName: 'Bị khóa', password: 'Khoa2023a', roles: ['viewer'] }).expect(201);
    for (let i = 1; i <= 5; i++) await gw.http().post('/api/auth/login').send({ username: 'bikhoa', password: `wrong-${i}x` }).expect(401);
    await gw.http().post('/api/auth/login').send({ username: 'bikhoa', password: 'Khoa2023a' }).expect(423);

    const locked = (await list('q=bikhoa')).body.items[0];
    expect(new Date(locked.lockedUntil).getTime()).toBeGreaterThan(Date.now());
    expect((await list('q=viewer')).body.items[0].lockedUntil).toBeNull();

    const unlocked = await gw.as(admin).post(`/admin/users/${created.body.id}/unlock`).expect(200);
    expect(unlocked.body).toMatchObject({ username: 'bikhoa', lockedUntil: null });
    await gw.http().post('/api/auth/login').send({ username: 'bikhoa', password: 'Khoa2023a' }).expect(200);
    // unlocking again is no error
    await gw.as(admin).post(`/admin/users/${created.body.id}/unlock`).expect(200);
  });

  it('reads one user for the edit form, locked or not', async () => {
    const me = (await gw.as(admin).get('/auth/me').expect(200)).body;
    const one = await gw.as(admin).get(`/admin/users/${me.id}`).expect(200);
    expect(one.body).toMatchObject({ id: me.id, username: 'admin', lockedUntil: null });
    expect(one.body).not.toHaveProperty('passwordHash');
    await gw.as(admin).get('/admin/users/01900000-0000-7000-8000-000000000000').expect(404);
    await gw.as(viewer).get(`/admin/users/${me.id}`).expect(403);
  });

  it('keeps unlocking to admins and answers 404 for an unknown user', async () => {
    const me = (await gw.as(admin).get('/auth/me').expect(200)).body;
    await gw.as(viewer).post(`/admin/users/${me.id}/unlock`).expect(403);
    await gw.as(admin).post('/admin/users/01900000-0000-7000-8000-000000000000/unlock').expect(404);
  });
});
