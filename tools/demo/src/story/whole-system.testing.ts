import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { BACKEND_SERVICES } from '@party/contracts';
import { testEnv } from '@party/service-kit/testing';
import { deleteTestStreams, freePort, isolate, runTs, spawnTs, stopProcess, TEST_DATABASE_URL, waitFor } from '@party/testing';

/**
 * Every service and the gateway as their own processes on a spec file's own schemas and prefix
 * (as `tools/e2e`'s `useSystem` does; a tool may not import another tool), so a spec can run the
 * demo's own story code against a system of its own: `base` is the gateway's address.
 */
export function useWholeSystem(label: string): { readonly base: string } {
  const iso = isolate(label);
  const schemaOf = (app: string) => `${iso.schema}_${app.replace('-', '_')}`;
  const envFor = (app: string, extra: Record<string, string> = {}) => testEnv(iso, { DB_SCHEMA: schemaOf(app), ...extra });
  const processes: ChildProcess[] = [];
  const system = { base: '' };
  beforeAll(async () => {
    const apps = ['gateway', ...BACKEND_SERVICES];
    await Promise.all(apps.map((app) => runTs(`apps/${app}/src/migrate.ts`, envFor(app), ['up'])));
    await runTs('apps/gateway/src/seed.ts', envFor('gateway'));
    const port = await freePort();
    system.base = `http://127.0.0.1:${port}`;
    for (const svc of BACKEND_SERVICES) processes.push(spawnTs(`apps/${svc}/src/main.ts`, envFor(svc), svc));
    processes.push(spawnTs('apps/gateway/src/main.ts', envFor('gateway', { HTTP_PORT: String(port) }), 'gateway'));
    await waitFor(async () => (await fetch(`${system.base}/api/health`).catch(() => null))?.status === 200, { timeoutMs: 90_000, intervalMs: 500, what: 'a healthy system' });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => stopProcess(p, 'SIGKILL')));
    const db = new Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    for (const app of ['gateway', ...BACKEND_SERVICES]) await db.query(`drop schema if exists "${schemaOf(app)}" cascade`);
    await db.end();
    await deleteTestStreams(iso.natsPrefix);
  });
  return system;
}
