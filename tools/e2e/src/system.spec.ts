import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { BACKEND_SERVICES } from '@party/contracts';
import { testEnv } from '@party/service-kit/testing';
import { freePort, isolate, runTs, spawnTs, stopProcess, TEST_DATABASE_URL, waitFor } from '@party/testing';

/**
 * The whole system as `npm start` runs it — every service and the gateway as their own
 * processes, migrated and seeded by their own entry points — on this file's schemas and prefix.
 */
const iso = isolate('system');
const schemaOf = (app: string) => `${iso.schema}_${app.replace('-', '_')}`;
const processes = new Map<string, ChildProcess>();
let base: string;

const envFor = (app: string, extra: Record<string, string> = {}) => testEnv(iso, { DB_SCHEMA: schemaOf(app), ...extra });

async function health() {
  const res = await fetch(`${base}/api/health`);
  return { status: res.status, body: await res.json() };
}

const post = (path: string, body: unknown, token?: string) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

beforeAll(async () => {
  const apps = ['gateway', ...BACKEND_SERVICES];
  await Promise.all(apps.map((app) => runTs(`apps/${app}/src/migrate.ts`, envFor(app), ['up'])));
  await runTs('apps/gateway/src/seed.ts', envFor('gateway'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  for (const svc of BACKEND_SERVICES) processes.set(svc, spawnTs(`apps/${svc}/src/main.ts`, envFor(svc), svc));
  processes.set('gateway', spawnTs('apps/gateway/src/main.ts', envFor('gateway', { HTTP_PORT: String(port) }), 'gateway'));
  await waitFor(async () => (await health()).status === 200, { timeoutMs: 90_000, intervalMs: 500, what: 'a healthy system' });
}, 120_000);

afterAll(async () => {
  await Promise.all([...processes.values()].map((p) => stopProcess(p, 'SIGKILL')));
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  for (const app of ['gateway', ...BACKEND_SERVICES]) await db.query(`drop schema if exists "${schemaOf(app)}" cascade`);
  await db.end();
});

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
    expect((await post('/api/auth/login', { username: 'bantochuc', password: 'Demo@2023' })).status).toBe(200);
    expect((await post('/api/auth/login', { username: 'bantochuc', password: 'wrong-password' })).status).toBe(401);
    const viewer = await (await post('/api/auth/login', { username: 'viewer', password: 'Demo@2023' })).json();
    const res = await fetch(`${base}/api/admin/users`, { headers: { authorization: `Bearer ${viewer.accessToken}` } });
    expect(res.status).toBe(403);
  });

  it('serves its OpenAPI description at /api/docs-json', async () => {
    const doc = await (await fetch(`${base}/api/docs-json`)).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/refresh', '/api/auth/me', '/api/admin/users', '/api/health']));
  });

  it('answers 503 naming the service that stopped, which stops gracefully on SIGTERM', async () => {
    const tookMs = await stopProcess(processes.get('inspection') as ChildProcess, 'SIGTERM');
    expect(tookMs).toBeLessThan(15_000);
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.status).toBe('down');
    expect(body.services).toEqual({ membership: 'up', cadre: 'up', training: 'up', inspection: 'down', reporting: 'up' });
  });
});
