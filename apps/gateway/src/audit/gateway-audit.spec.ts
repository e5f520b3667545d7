import { DEMO_PASSWORD, useTestGateway } from '../testing/gateway-harness';

/** The gateway's own audit — sign-ins, failures, accounts — read as a service's is, by admin and standing only. */
const gw = useTestGateway({ label: 'gwaudit' });
const audit = (token: string | null, query = '') => {
  const req = gw.http().get(`/api/audit/gateway${query}`);
  return token ? req.set({ authorization: `Bearer ${token}` }) : req;
};

it('shows a failed sign-in and a user created, newest first, with who did it', async () => {
  await gw.http().post('/api/auth/login').send({ username: 'thuongvu', password: 'sai-mat-khau-1' }).expect(401);
  const admin = await gw.login('admin');
  await gw.http().post('/api/admin/users').set({ authorization: `Bearer ${admin}` })
    .send({ username: 'kiemtoan1', fullName: 'Kiểm Toán Viên', password: 'KiemToan2023', roles: ['viewer'] }).expect(201);
  const failed = await audit(admin, '?action=login.failed').expect(200);
  expect(failed.body.items[0]).toMatchObject({ entity: 'login', entityId: 'thuongvu', redacted: false });
  const all = await audit(admin, '?pageSize=50').expect(200);
  const created = all.body.items.find((e: { entityId: string; actorName: string; action: string }) => e.action.startsWith('user.') && JSON.stringify(e).includes('kiemtoan1'));
  expect(created).toMatchObject({ actorName: 'admin' });
  const times = all.body.items.map((e: { at: string }) => e.at);
  expect([...times].sort().reverse()).toEqual(times);
  expect(JSON.stringify(all.body)).not.toContain('KiemToan2023');
});

it('is readable by admin and the Standing Committee only', async () => {
  await audit(null).expect(401);
  expect((await audit(await gw.login('thuongvu', DEMO_PASSWORD))).status).toBe(200);
  for (const user of ['bantochuc', 'ubkt', 'viewer']) await audit(await gw.login(user)).expect(403);
  await audit(await gw.login('admin'), '?from=2023-02-30').expect(400);
});
