import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { deleteTestStreams, freePort, isolate, stopProcess, TEST_DATABASE_URL, TEST_DEMO_PASSWORD, TEST_NATS_URL, TEST_REDIS_URL, waitFor } from '@party/testing';
import { newSystemKeys } from '@party/auth';

export const BENCH_PASSWORD = TEST_DEMO_PASSWORD;
const APPS = ['gateway', 'membership'] as const;

/** The gateway and membership of one checkout, as processes, on their own schemas and prefix. */
export interface BenchSystem {
  /** `http://127.0.0.1:<port>/api` */
  api: string;
  /** The checkout's commit, `+` when it has uncommitted changes. */
  commit: string;
  /** The PostgreSQL schema of an app of the system (`membership`): for a bench's plain SQL baseline. */
  schemaOf(app: (typeof APPS)[number]): string;
  /** The process id of each app (its peak RSS is read from /proc). */
  pids: Record<(typeof APPS)[number], number>;
  stop(): Promise<void>;
}

/**
 * Boots the gateway and the membership service of the checkout at `root` (this one, or an older
 * one for a before/after: `BENCH_ROOT`), each with its own migrations and entry point as `npm
 * start` runs them — a tool never imports a service — on a throwaway schema per app and NATS /
 * queue prefix, removed by `stop`. Production settings: answers are not checked against their
 * schemas, the rate limit is out of the way of the load generator.
 */
export async function startBenchSystem(root: string, extraEnv: Partial<Record<(typeof APPS)[number], Record<string, string>>> = {}): Promise<BenchSystem> {
  const iso = isolate('gwbench');
  const schemaOf = (app: string) => `${iso.schema}_${app}`;
  const port = await freePort();
  const keys = newSystemKeys();
  const env = (app: string, extra: Record<string, string> = {}): Record<string, string> => ({
    NODE_ENV: 'production',
    CHECK_RESPONSES: 'false',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    DATABASE_URL: TEST_DATABASE_URL,
    DB_SCHEMA: schemaOf(app),
    NATS_URL: TEST_NATS_URL,
    NATS_PREFIX: iso.natsPrefix,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: iso.queuePrefix,
    HTTP_PORT: '0',
    ...keys.publicKeys,
    ...keys.privateOf(app),
    DEMO_PASSWORD: BENCH_PASSWORD,
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    RATE_LIMIT_PER_MINUTE: String(1e9),
    // the roster of a whole bloc is committed in one transaction
    SERVICE_TIMEOUT_MS: '300000',
    ...extra,
  });
  const children: ChildProcess[] = [];
  const stop = async () => {
    // a profiled run stops gracefully, so each service writes its CPU profile on exit
    await Promise.all(children.map((c) => stopProcess(c, process.env.BENCH_PROFILE_DIR ? 'SIGTERM' : 'SIGKILL')));
    await dropSchemas(APPS.map(schemaOf));
    await deleteTestStreams(iso.natsPrefix);
    await deleteQueueKeys(iso.queuePrefix);
  };
  try {
    await Promise.all(APPS.map((app) => runApp(root, `apps/${app}/src/migrate.ts`, env(app), ['up'])));
    await runApp(root, 'apps/gateway/src/seed.ts', env('gateway'));
    const membership = spawnApp(root, 'apps/membership/src/main.ts', env('membership', extraEnv.membership), 'membership');
    const gateway = spawnApp(root, 'apps/gateway/src/main.ts', env('gateway', { HTTP_PORT: String(port), ...extraEnv.gateway }), 'gateway');
    children.push(membership, gateway);
    const api = `http://127.0.0.1:${port}/api`;
    await waitFor(() => membershipAnswers(api), { timeoutMs: 120_000, intervalMs: 500, what: 'the gateway and membership to answer' });
    return { api, commit: commitOf(root), schemaOf, pids: { gateway: gateway.pid as number, membership: membership.pid as number }, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** `/api/health` stays 503 (the other services are not started): a member list through NATS says both are up. */
async function membershipAnswers(api: string): Promise<boolean> {
  try {
    const login = await fetch(`${api}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bantochuc', password: BENCH_PASSWORD }) });
    if (!login.ok) return false;
    const { accessToken } = (await login.json()) as { accessToken: string };
    return (await fetch(`${api}/members?pageSize=1`, { headers: { authorization: `Bearer ${accessToken}` } })).ok;
  } catch {
    return false;
  }
}

function spawnApp(root: string, entry: string, env: Record<string, string>, label: string, args: string[] = []): ChildProcess {
  // BENCH_PROFILE_DIR: a CPU profile of each service, written when it exits on SIGTERM (not allowed in NODE_OPTIONS)
  const profile = process.env.BENCH_PROFILE_DIR && entry.endsWith('main.ts') ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '-r', '@swc-node/register', join(root, entry), ...args], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.base.json'), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (d) => process.stderr.write(`[${label}] ${d}`));
  return child;
}

function runApp(root: string, entry: string, env: Record<string, string>, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnApp(root, entry, env, entry, args);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${entry} ${args.join(' ')} exited with ${code}`))));
  });
}

function commitOf(root: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no');
    return dirty ? `${head}+` : head;
  } catch {
    return `${root} (not a git checkout)`;
  }
}

async function dropSchemas(schemas: string[]): Promise<void> {
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  try {
    for (const s of schemas) await db.query(`drop schema if exists "${s}" cascade`);
  } finally {
    await db.end();
  }
}

async function deleteQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
