import { useTestGateway } from '../testing/gateway-harness';

const gw = useTestGateway({ label: 'gwrate', env: { LOGIN_RATE_LIMIT_PER_MINUTE: '30' } });

it('allows 30 logins a minute from one IP and answers the 31st with 429 in both languages, whatever X-Forwarded-For says', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++) {
    // different usernames so that the per-username lockout is not what stops them; a made-up
    // forwarded address each time: no proxy is trusted by default, so none of them counts
    statuses.push((await gw.http().post('/api/auth/login').set('x-forwarded-for', `198.51.100.${i + 1}`).send({ username: `probe${i}`, password: 'x1234567' })).status);
  }
  expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
  expect(statuses[30]).toBe(429);
  const res = await gw.http().post('/api/auth/login').send({ username: 'admin', password: 'x' }).expect(429);
  expect(res.body.code).toBe('rate_limited');
  expect(res.body.message.vi).toContain('Quá nhiều yêu cầu');
});
