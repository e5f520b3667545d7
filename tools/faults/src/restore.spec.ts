import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WORKSPACE_ROOT, waitFor } from '@party/testing';
import { checkEvents } from './checks/events';
import { recount, reported } from './checks/figures';
import { Infrastructure } from './infra/infrastructure';
import { baseEnv } from './system/app-process';
import { MIGRATED, WholeSystem } from './system/whole-system';
import { ApiClient } from './workload/api-client';
import { Ledger } from './workload/ledger';
import { WORKLOAD_YEAR, Workload } from './workload/workload';

/**
 * `npm run backup` of a running system, `npm run restore` of it into a fresh database, and the
 * system started again on that database: the same year-end report, with the streams rebuilt from
 * the outboxes (each service's event log) and reporting's read model projected again from them.
 * The system runs on its own PostgreSQL, NATS and Redis; the restore reuses the NATS (whose old
 * streams it must delete) and the PostgreSQL server (a new database on it).
 */
const run = promisify(execFile);
const runDir = mkdtempSync(join(tmpdir(), 'restore-'));
const backupDir = join(runDir, 'backup');
let infra: Infrastructure | undefined;
let first: WholeSystem | undefined;
let second: WholeSystem | undefined;
let passed = false;

/** Runs one of the dev tools as a person would, against the given database. */
async function tool(script: string, args: string[], database: string): Promise<string> {
  const env = { ...baseEnv(), ...(infra as Infrastructure).env(database) };
  try {
    const { stdout } = await run(process.execPath, [join(WORKSPACE_ROOT, 'tools/dev', script), ...args], { cwd: WORKSPACE_ROOT, env, timeout: 5 * 60_000 });
    return stdout;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${script} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

const outboxCounts = (system: WholeSystem) =>
  system.sql<{ schema: string; n: number }>(MIGRATED.map((s) => `select '${s}' as schema, count(*)::int as n from "${s}"."outbox"`).join(' union all '));

beforeAll(async () => {
  infra = await Infrastructure.start();
  first = await WholeSystem.start({ infra, runDir: join(runDir, 'first') });
}, 10 * 60_000);

afterAll(async () => {
  await first?.dispose();
  await second?.dispose();
  await infra?.dispose();
  if (passed) rmSync(runDir, { recursive: true, force: true });
  else process.stderr.write(`restore test: the backup and the apps' logs are in ${runDir}\n`);
}, 120_000);

it('restores a backup into a fresh database and gives the same report, the streams and the read model rebuilt from the outboxes', async () => {
  const system = first as WholeSystem;
  const api = new ApiClient(system.api, 'bantochuc', system.password);
  await api.login();
  const workload = new Workload(api, new Ledger(), { width: 2, jobEveryMs: 3_600_000, runId: randomBytes(3).toString('hex') });
  await workload.setUp();
  workload.start();
  await waitFor(() => workload.ledger.count('accepted') >= 60, { timeoutMs: 180_000, intervalMs: 200, what: 'sixty commands accepted' });
  await workload.stop();
  await system.waitSettled('the first system to take everything in');
  const before = await reported(api);
  expect(before.complete).toBe(true);
  expect(before.figures['members.total']).toBeGreaterThan(0);
  const events = await outboxCounts(system);

  // taken while the apps run: one snapshot for every schema
  await tool('backup.mjs', ['--out', backupDir], system.database);
  const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
  expect(manifest.schemas.map((s: { schema: string; outbox: number }) => [s.schema, s.outbox])).toEqual(events.map((e) => [e.schema, e.n]));

  await system.stop('SIGTERM');
  await tool('restore.mjs', [backupDir], 'restored');

  // the restore migrated the database; the gateway's users came back with it (no seed)
  second = await WholeSystem.start({ infra: system.infra, runDir: join(runDir, 'second'), database: 'restored', password: system.password }, { migrate: false, seed: false });
  await second.waitSettled('the restored system to publish and replay its events', 5 * 60_000);
  const restoredApi = new ApiClient(second.api, 'bantochuc', system.password);
  await restoredApi.login();
  const after = await reported(restoredApi);
  expect(after).toEqual(before);
  expect(await recount(second)).toEqual(before.figures);

  // every stream rebuilt from its outbox, once; every consumer's inbox has every event it takes
  const check = await checkEvents(second);
  expect(check.streams.map((s) => [s.service, s.stream, s.missing, s.duplicates])).toEqual(check.streams.map((s) => [s.service, s.outbox, 0, 0]));
  expect(check.consumers.filter((c) => c.missing)).toEqual([]);
  expect(check.consumers.some((c) => c.consumer.startsWith('reporting/'))).toBe(true);
  expect(check.deadLetters).toBe(0);

  // and it goes on from there
  await restoredApi.must('POST', '/orgs', { kind: 'grassroots_cell', name: 'Chi bộ sau khôi phục', parentId: workload.foundation.blocId, effectiveOn: `${WORKLOAD_YEAR}-12-01`, decisionNumber: '99-QĐ/ĐUK' });
  await second.waitSettled('the new organization to be taken in');
  expect((await reported(restoredApi)).figures['orgs.grassroots']).toBe(before.figures['orgs.grassroots'] + 1);
  passed = true;
}, 20 * 60_000);
