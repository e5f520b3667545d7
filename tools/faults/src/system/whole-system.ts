import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import { Client } from 'pg';
import { waitFor } from '@party/testing';
import { newSystemKeys } from '@party/auth';
import { natsServerOptions } from '@party/messaging';
import type { Infrastructure } from '../infra/infrastructure';
import { reservePort } from '../infra/ports';
import { AppProcess, runOnce, tail } from './app-process';

/** Every app `npm start` runs, in its start order (tools/dev/lib/env.mjs). */
export const APPS = ['gateway', 'membership', 'cadre', 'training', 'inspection', 'reporting', 'report-worker'] as const;
export type AppName = (typeof APPS)[number];
/** The apps with a schema and migrations; the schema is named after the app, as under `npm start`. */
export const MIGRATED = ['gateway', 'membership', 'cadre', 'training', 'inspection', 'reporting'] as const;

export interface SystemOptions {
  infra: Infrastructure;
  /** Where the apps' logs and the report files go. */
  runDir: string;
  /** The database on the run's PostgreSQL (`party`, as `npm start`). */
  database?: string;
  /** The demo users' password; random unless given (a restored gateway keeps the one of its backup). */
  password?: string;
}

/**
 * The whole system as `npm start` runs it — every app its own process, migrated and seeded by its
 * own entry points — on the run's own PostgreSQL, NATS and Redis, in production mode, with what
 * a fault drill needs from outside: stop, crash and start any app, and wait until the system has
 * settled (every app ready, every outbox published, every consumer caught up).
 */
export class WholeSystem {
  readonly apps = new Map<AppName, AppProcess>();
  readonly password: string;
  readonly database: string;
  private readonly keys = newSystemKeys();
  private api_ = '';

  private constructor(private readonly opts: SystemOptions) {
    this.password = opts.password ?? `Faults-${randomBytes(9).toString('base64url')}`;
    this.database = opts.database ?? 'party';
  }

  /** `http://127.0.0.1:<port>/api` of the gateway. */
  get api(): string {
    return this.api_;
  }

  get infra(): Infrastructure {
    return this.opts.infra;
  }

  /** Creates the database, migrates and seeds as `npm start` does, starts every app and waits until the gateway's health is 200. */
  static async start(opts: SystemOptions, { migrate = true, seed = true } = {}): Promise<WholeSystem> {
    const system = new WholeSystem(opts);
    mkdirSync(opts.runDir, { recursive: true });
    await opts.infra.postgres.createDatabase(system.database);
    if (migrate) await system.migrate();
    if (seed) await runOnce('apps/gateway/src/seed.ts', system.envOf('gateway'), join(opts.runDir, 'seed.log'));
    for (const app of APPS) system.apps.set(app, new AppProcess(app, await reservePort(), system.envOf(app), opts.runDir));
    system.api_ = `http://127.0.0.1:${system.app('gateway').port}/api`;
    for (const app of system.apps.values()) app.start();
    await system.waitHealthy('the system to start', 240_000);
    return system;
  }

  /** Every app's migrations, in parallel (each its own schema). */
  async migrate(): Promise<void> {
    await Promise.all(MIGRATED.map((app) => runOnce(`apps/${app}/src/migrate.ts`, this.envOf(app), join(this.opts.runDir, `migrate-${app}.log`), ['up'])));
  }

  envOf(app: AppName): Record<string, string> {
    const results = join(this.opts.runDir, 'report-results');
    const common = {
      ...this.opts.infra.env(this.database, app),
      NODE_ENV: 'production',
      CHECK_RESPONSES: 'false',
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn',
      ...this.keys.publicKeys,
      ...this.keys.privateOf(app),
    };
    if (app === 'gateway') {
      return {
        ...common,
        DEMO_PASSWORD: this.password,
        ACCESS_TOKEN_TTL_SECONDS: '3600',
        RATE_LIMIT_PER_MINUTE: String(1e9),
        LOGIN_RATE_LIMIT_PER_MINUTE: String(1e6),
        REPORT_RESULTS_DIR: results,
      };
    }
    if (app === 'report-worker') {
      // a job of a killed worker goes back to the queue after 5 s rather than 30; a pause between
      // steps keeps jobs running long enough for the faults to meet them
      return { ...common, REPORT_RESULTS_DIR: results, JOB_LOCK_MS: '5000', JOB_STALLED_CHECK_MS: '5000', JOB_STEP_DELAY_MS: '250' };
    }
    return common;
  }

  app(name: AppName): AppProcess {
    const app = this.apps.get(name);
    if (!app) throw new Error(`no app ${name}`);
    return app;
  }

  /** The gateway's whole-system health (status 0: no answer). */
  async health(): Promise<{ status: number; body: unknown }> {
    try {
      const res = await fetch(`${this.api}/health`, { signal: AbortSignal.timeout(10_000) });
      return { status: res.status, body: await res.json().catch(() => null) };
    } catch (err) {
      return { status: 0, body: String((err as Error).message) };
    }
  }

  /** Every app answers its readiness probe and the gateway says every service and PostgreSQL, NATS and Redis are up. */
  async waitHealthy(what: string, timeoutMs = 180_000): Promise<void> {
    let last: unknown;
    try {
      await waitFor(
        async () => {
          const ready = await Promise.all([...this.apps.values()].map(async (a) => [a.name, await a.ready()] as const));
          const notReady = ready.filter(([, ok]) => !ok).map(([name]) => name);
          const health = await this.health();
          last = { notReady, health };
          // `seeding`: every part answers, reporting is catching up (settling waits for it)
          return notReady.length === 0 && (health.status === 200 || (health.body as { status?: string } | null)?.status === 'seeding');
        },
        { timeoutMs, intervalMs: 500, what },
      );
    } catch {
      throw new Error(`${what}: not healthy after ${timeoutMs / 1000} s; last: ${JSON.stringify(last)}\n${this.logTails()}`);
    }
  }

  /**
   * Settled: healthy, no outbox row waiting to be published in any schema, and no JetStream
   * consumer with anything pending or unacknowledged — whatever was recorded has been taken into
   * account everywhere.
   */
  async waitSettled(what: string, timeoutMs = 240_000): Promise<void> {
    await this.waitHealthy(what, timeoutMs);
    let last: unknown;
    try {
      await waitFor(
        async () => {
          const [unpublished, backlog] = await Promise.all([this.unpublished(), this.consumerBacklog()]);
          last = { unpublished, backlog };
          return Object.values(unpublished).every((n) => n === 0) && Object.values(backlog).every((n) => n === 0);
        },
        { timeoutMs, intervalMs: 500, what },
      );
    } catch {
      throw new Error(`${what}: not settled after ${timeoutMs / 1000} s; last: ${JSON.stringify(last)}\n${this.logTails()}`);
    }
  }

  /** Outbox rows not yet published, per schema. */
  async unpublished(): Promise<Record<string, number>> {
    const rows = await this.sql<{ schema: string; n: number }>(
      MIGRATED.map((s) => `select '${s}' as schema, count(*)::int as n from "${s}"."outbox" where published_at is null`).join(' union all '),
    );
    return Object.fromEntries(rows.map((r) => [r.schema, r.n]));
  }

  /** Pending + unacknowledged messages of every durable consumer on the run's NATS. */
  async consumerBacklog(): Promise<Record<string, number>> {
    const nc = await connect({ ...natsServerOptions(this.infra.nats.url), maxReconnectAttempts: 0, timeout: 5000 });
    try {
      const jsm = await nc.jetstreamManager();
      const out: Record<string, number> = {};
      for await (const stream of jsm.streams.list()) {
        for await (const c of jsm.consumers.list(stream.config.name)) {
          // the services' durables; not a checker's ephemeral reader
          if (c.config.durable_name) out[`${stream.config.name}/${c.name}`] = c.num_pending + c.num_ack_pending;
        }
      }
      return out;
    } finally {
      await nc.close();
    }
  }

  /** One query on the run's database, on a connection of its own (the pool of an app may be mid-fault). */
  async sql<T>(query: string, params: unknown[] = [], database = this.database): Promise<T[]> {
    const db = new Client({ connectionString: this.infra.postgres.url(database), connectionTimeoutMillis: 10_000 });
    await db.connect();
    try {
      return (await db.query(query, params)).rows as T[];
    } finally {
      await db.end();
    }
  }

  /** Unexpected exits per app (restarted by the supervisor). */
  crashes(): Record<string, number> {
    return Object.fromEntries([...this.apps.values()].filter((a) => a.crashes.length).map((a) => [a.name, a.crashes.length]));
  }

  logTails(lines = 15): string {
    return [...this.apps.values()].map((a) => `--- ${a.name} (${a.logFile})\n${tail(a.logFile, lines)}`).join('\n');
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await Promise.all([...this.apps.values()].map((a) => a.stop(signal)));
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.apps.values()].map((a) => a.dispose()));
  }
}
