import { randomBytes } from 'node:crypto';
import type { NatsUser } from '@party/messaging';
import { TestRedisServer } from '@party/testing';
import { FaultNatsServer } from './nats-server';
import { reservePort } from './ports';
import { TestPostgresServer } from './postgres-server';

/**
 * PostgreSQL, NATS (JetStream) and Redis of one run, each its own process on a free loopback
 * port with its own data directory: the run may stop, crash or close any of them, and the apps
 * use the names `npm start` uses (schemas named after the services, no prefixes).
 */
export class Infrastructure {
  private constructor(
    readonly postgres: TestPostgresServer,
    readonly nats: FaultNatsServer,
    readonly redis: TestRedisServer,
  ) {}

  static async start(): Promise<Infrastructure> {
    const [postgres, nats, redis] = await Promise.allSettled([TestPostgresServer.start(), FaultNatsServer.start(), startRedis()]);
    const started = [postgres, nats, redis];
    if (started.every((s) => s.status === 'fulfilled')) {
      const [pg, n, r] = started.map((s) => (s as PromiseFulfilledResult<unknown>).value);
      return new Infrastructure(pg as TestPostgresServer, n as FaultNatsServer, r as TestRedisServer);
    }
    // one did not start: stop the others, say which
    if (postgres.status === 'fulfilled') await postgres.value.dispose();
    if (nats.status === 'fulfilled') await nats.value.dispose();
    if (redis.status === 'fulfilled') await redis.value.dispose();
    const reasons = started.flatMap((s) => (s.status === 'rejected' ? [String((s.reason as Error)?.message ?? s.reason)] : []));
    throw new Error(`the run's own infrastructure did not start: ${reasons.join('; ')}`);
  }

  /** What an app of the run reads to find them (`DATABASE_URL`, `NATS_URL` with its own NATS user, `REDIS_URL`). */
  env(database = 'party', app: NatsUser = 'operator'): Record<string, string> {
    return { DATABASE_URL: this.postgres.url(database), NATS_URL: this.nats.urlFor(app), REDIS_URL: this.redis.url, NATS_PREFIX: '', QUEUE_PREFIX: 'party' };
  }

  async dispose(): Promise<void> {
    await Promise.allSettled([this.postgres.dispose(), this.nats.dispose(), this.redis.dispose()]);
  }
}

/**
 * The run's Redis: on a port the run keeps across restarts, append-only (a restart finds the job
 * queue as it was) and with a password, as `npm start` runs it.
 */
async function startRedis(): Promise<TestRedisServer> {
  return TestRedisServer.start({ password: randomBytes(18).toString('base64url'), port: await reservePort() });
}
