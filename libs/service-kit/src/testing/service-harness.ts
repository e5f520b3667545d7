import { randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { type AccessClaims, GATEWAY_ISSUER, newSystemKeys, readTokenKey, TOKEN_ALGORITHM } from '@party/auth';
import type { Role } from '@party/contracts';
import type { INestApplication, Type } from '@nestjs/common';
import { firstValueFrom, timeout } from 'rxjs';
import type { ServiceOrmSpec } from '@party/database';
import { PrefixedNatsClient } from '@party/messaging';
import { Isolation, TEST_DATABASE_URL, TEST_DEMO_PASSWORD, TEST_NATS_URL, TEST_REDIS_URL, deleteTestStreams, dropTestSchema, migratedOrm } from '@party/testing';
import { bootService } from '../bootstrap';

/**
 * Fresh signing keys per isolated test file — the gateway's and the report worker's — shared by
 * every app of the file (process or in-process); none is ever written down.
 */
const keys = new Map<string, ReturnType<typeof newSystemKeys>>();
function keysOf(iso: Isolation) {
  const known = keys.get(iso.natsPrefix);
  if (known) return known;
  const made = newSystemKeys();
  keys.set(iso.natsPrefix, made);
  return made;
}

/**
 * An access token as the gateway of this test file would sign it, for a spec that asks a service
 * directly over NATS (the service believes nothing else).
 */
export function testAccessToken(iso: Isolation, who: { roles: Role[]; orgScopeId?: string | null; username?: string; userId?: string }): string {
  const key = readTokenKey(keysOf(iso).all.JWT_PRIVATE_KEY, 'private');
  if (key instanceof Error) throw key;
  const claims: AccessClaims = { sub: who.userId ?? randomUUID(), username: who.username ?? who.roles.join('+'), roles: who.roles, orgScopeId: who.orgScopeId ?? null, sid: randomUUID(), ver: 0, typ: 'access' };
  return sign(claims, key, { algorithm: TOKEN_ALGORITHM, issuer: GATEWAY_ISSUER, expiresIn: 3600 });
}

export function testEnv(iso: Isolation, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    ...keysOf(iso).all,
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
  /** A token this service believes, as the file's gateway would sign it for such a user. */
  tokenFor(who: Parameters<typeof testAccessToken>[1]): string;
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
    tokenFor: (who) => testAccessToken(opts.iso, who),
    close: async () => {
      await client.close();
      await app.close();
      await dropTestSchema(opts.orm, opts.iso.schema);
      await deleteTestStreams(opts.iso.natsPrefix);
    },
  };
}
