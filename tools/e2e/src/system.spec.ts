import { useSystem } from '@party/service-kit/testing';
import { TEST_DEMO_PASSWORD } from '@party/testing';

/** The whole system as `npm start` runs it, tested from outside over HTTP. */
const system = useSystem('system');
const health = () => system.health();
const post = (path: string, body: unknown, token?: string) => system.post(path, body, token);

describe('the system after start', () => {
  it('reports every service and PostgreSQL, NATS and Redis as up', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'up',
      services: { membership: 'up', cadre: 'up', training: 'up', inspection: 'up', reporting: 'up' },
      infra: { postgres: 'up', nats: 'up', redis: 'up' },
    });
  });

  it('logs in bantochuc, refuses a wrong password with 401 and a viewer on admin users with 403', async () => {
    expect((await post('/api/auth/login', { username: 'bantochuc', password: TEST_DEMO_PASSWORD })).status).toBe(200);
    expect((await post('/api/auth/login', { username: 'bantochuc', password: 'wrong-password' })).status).toBe(401);
    const viewer = await (await post('/api/auth/login', { username: 'viewer', password: TEST_DEMO_PASSWORD })).json();
    const res = await fetch(`${system.base}/api/admin/users`, { headers: { authorization: `Bearer ${viewer.accessToken}` } });
    expect(res.status).toBe(403);
  });

  it('serves its OpenAPI description at /api/docs-json', async () => {
    const doc = await (await fetch(`${system.base}/api/docs-json`)).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/refresh', '/api/auth/me', '/api/admin/users', '/api/health']));
  });

  it('answers 503 naming the service that stopped, which stops gracefully on SIGTERM', async () => {
    const tookMs = await system.stop('inspection', 'SIGTERM');
    expect(tookMs).toBeLessThan(15_000);
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.status).toBe('down');
    expect(body.services).toEqual({ membership: 'up', cadre: 'up', training: 'up', inspection: 'down', reporting: 'up' });
  });
});
