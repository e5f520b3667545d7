import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { BACKEND_SERVICES } from '@party/contracts';
import { deleteTestStreams, freePort, isolate, runTs, spawnTs, stopProcess, TEST_DATABASE_URL, waitFor } from '@party/testing';
import { testEnv } from './service-harness';

export interface SystemUnderTest {
  /** `http://127.0.0.1:<port>` of the gateway. */
  base: string;
  health(): Promise<{ status: number; body: any }>;
  post(path: string, body: unknown, token?: string): Promise<Response>;
  /** The PostgreSQL schema of one app (for a test that must wait on what a consumer wrote). */
  schemaOf(app: string): string;
  /** Stops one app's process; resolves to how long it took. */
  stop(app: string, signal: NodeJS.Signals): Promise<number>;
}

/**
 * The whole system as `npm start` runs it — every service and the gateway as their own
 * processes, migrated and seeded by their own entry points — on the calling file's schemas and
 * prefix, started before its tests and removed after them. Used by the end-to-end specs
 * (`tools/e2e`) and by the demo's own story specs (`tools/demo`).
 */
export function useSystem(label: string): SystemUnderTest {
  const iso = isolate(label);
  const schemaOf = (app: string) => `${iso.schema}_${app.replace('-', '_')}`;
  const envFor = (app: string, extra: Record<string, string> = {}) => testEnv(iso, { DB_SCHEMA: schemaOf(app), ...extra });
  const processes = new Map<string, ChildProcess>();
  const system: SystemUnderTest = {
    base: '',
    async health() {
      const res = await fetch(`${system.base}/api/health`);
      return { status: res.status, body: await res.json() };
    },
    post: (path, body, token) =>
      fetch(`${system.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }),
    stop: (app, signal) => stopProcess(processes.get(app) as ChildProcess, signal),
    schemaOf,
  };

  beforeAll(async () => {
    const apps = ['gateway', ...BACKEND_SERVICES];
    await Promise.all(apps.map((app) => runTs(`apps/${app}/src/migrate.ts`, envFor(app), ['up'])));
    await runTs('apps/gateway/src/seed.ts', envFor('gateway'));
    const port = await freePort();
    system.base = `http://127.0.0.1:${port}`;
    for (const svc of BACKEND_SERVICES) processes.set(svc, spawnTs(`apps/${svc}/src/main.ts`, envFor(svc), svc));
    processes.set('gateway', spawnTs('apps/gateway/src/main.ts', envFor('gateway', { HTTP_PORT: String(port) }), 'gateway'));
    // the report worker too, as `npm start` runs it (no schema of its own; its files under the queue prefix)
    processes.set('report-worker', spawnTs('apps/report-worker/src/main.ts', envFor('report-worker'), 'report-worker'));
    // generous: on a 2-core CI machine running other specs' systems, seven apps take a while to boot
    await waitFor(async () => (await system.health()).status === 200, { timeoutMs: 240_000, intervalMs: 500, what: 'a healthy system' });
  }, 300_000);

  afterAll(async () => {
    await Promise.all([...processes.values()].map((p) => stopProcess(p, 'SIGKILL')));
    const db = new Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    for (const app of ['gateway', ...BACKEND_SERVICES]) await db.query(`drop schema if exists "${schemaOf(app)}" cascade`);
    await db.end();
    await deleteTestStreams(iso.natsPrefix);
  });

  return system;
}
