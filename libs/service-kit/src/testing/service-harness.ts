import { randomBytes } from 'node:crypto';
import type { INestApplication, Type } from '@nestjs/common';
import { firstValueFrom, timeout } from 'rxjs';
import type { ServiceOrmSpec } from '@party/database';
import { PrefixedNatsClient } from '@party/messaging';
import { Isolation, TEST_DATABASE_URL, TEST_DEMO_PASSWORD, TEST_NATS_URL, TEST_REDIS_URL, deleteTestStreams, dropTestSchema, migratedOrm } from '@party/testing';
import { bootService } from '../bootstrap';

/** One random token secret per isolated test file: every gateway of the file (process or in-process) shares it. */
const secrets = new Map<string, string>();
function jwtSecretOf(iso: Isolation): string {
  const known = secrets.get(iso.schema);
  if (known) return known;
  const secret = randomBytes(32).toString('hex');
  secrets.set(iso.schema, secret);
  return secret;
}

export function testEnv(iso: Isolation, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    JWT_SECRET: jwtSecretOf(iso),
    DEMO_PASSWORD: TEST_DEMO_PASSWORD,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    DATABASE_URL: TEST_DATABASE_URL,
    DB_SCHEMA: iso.schema,
    NATS_URL: TEST_NATS_URL,
    NATS_PREFIX: iso.natsPrefix,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: iso.queuePrefix,
    HTTP_PORT: '0',
    ...extra,
  };
}

export interface RunningService {
  app: INestApplication;
  /** Request-reply into the service under the test's prefix. */
  send<T>(pattern: string, data: unknown): Promise<T>;
  close(): Promise<void>;
}

/**
 * Boots a real service against the test file's own schema and NATS prefix: its committed
 * migrations run first, exactly as `npm start` does. `loadModule` is called after the
 * environment is set, because a service module reads its configuration when it is imported.
 */
export async function startTestService(opts: {
  service: string;
  orm: ServiceOrmSpec;
  loadModule: () => Type<unknown>;
  iso: Isolation;
  env?: Record<string, string>;
}): Promise<RunningService> {
  const env = testEnv(opts.iso, opts.env);
  Object.assign(process.env, env);
  const orm = await migratedOrm(opts.orm, opts.iso.schema);
  await orm.close(true);
  const app = await bootService({ service: opts.service, module: opts.loadModule(), defaultPort: 0, env, handleSignals: false });
  const client = new PrefixedNatsClient({ servers: [TEST_NATS_URL], prefix: opts.iso.natsPrefix });
  await client.connect();
  return {
    app,
    send: <T>(pattern: string, data: unknown) => firstValueFrom(client.send<T>(pattern, data).pipe(timeout(10_000))),
    close: async () => {
      await client.close();
      await app.close();
      await dropTestSchema(opts.orm, opts.iso.schema);
      await deleteTestStreams(opts.iso.natsPrefix);
    },
  };
}
