import type { Type } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type request from 'supertest';
import type { BackendService } from '@party/contracts';
import type { ServiceOrmSpec } from '@party/database';
import { RunningService, ServiceProcess, startServiceProcess, startTestService } from '@party/service-kit/testing';
import { InboxEntry } from '@party/messaging';
import { isolate, Isolation, TableProbe, tables, waitFor } from '@party/testing';
import { ApiAs, startTestGateway, TestGateway } from './gateway-harness';
import { World, WorldHooks } from './world';

/** The service a spec file tests, booted in the test's own process so the spec can read its tables. */
export interface ServiceUnderTest {
  service: BackendService;
  orm: ServiceOrmSpec;
  /** Called once the environment is set: a service module reads its configuration when imported. */
  loadModule: () => Type<unknown>;
  /** What the world waits for in this service's tables (see `WorldHooks`). */
  worldHooks?: (em: () => EntityManager) => WorldHooks;
}

export interface StackOptions {
  /** Names the file's schema and NATS prefix. */
  label: string;
  service: ServiceUnderTest;
  /** Other services beside it, each its own process on its own schema, as `npm start` runs them. */
  processes?: BackendService[];
}

/**
 * One spec file's running system: the service under test, the real gateway in front of it (and
 * other services as processes), the org board (`bantochuc`) logged in as the default caller,
 * and a `World` to make data with. Booted before the file's tests, torn down after.
 */
export interface Stack {
  /** Known at once (facts are published under its prefix); the rest once booted. */
  readonly iso: Isolation;
  readonly gw: TestGateway;
  readonly service: RunningService;
  readonly world: World;
  /** The org board's token. */
  readonly board: string;
  /** A fresh EntityManager on the service under test. */
  em(): EntityManager;
  /** `/api` calls as `token`'s user, the board by default. */
  as(token?: string): ApiAs;
  post(path: string, body?: unknown, token?: string): request.Test;
  get(path: string, token?: string): request.Test;
  patch(path: string, body?: unknown, token?: string): request.Test;
  /** The same calls below one path (`under('/training').get('/classes')`). */
  under(prefix: string): Pick<Stack, 'post' | 'get' | 'patch'>;
  /** A multipart upload of `file` (as the `file` field) with the form `fields`. */
  upload(path: string, file: Buffer, fileName: string, token?: string, fields?: Record<string, string>): request.Test;
  login(username: string, password?: string): Promise<string>;
  /** Waits until the service under test has taken in the event (its inbox has it, for `consumer` if named). */
  consumed(eventId: string, consumer?: string): Promise<unknown>;
  /** A before/after snapshot of the service's tables (`countOf`, `rowsOf` from `@party/testing`). */
  tables<P extends Record<string, TableProbe>>(probes: P): ReturnType<typeof tables<P>>;
}

interface Parts {
  service?: RunningService;
  processes: ServiceProcess[];
  gw?: TestGateway;
  board?: string;
  world?: World;
}

/** Registers the boot (beforeAll) and the teardown (afterAll) of a stack; its handle works once booted. */
export function useStack(opts: StackOptions): Stack {
  const iso = isolate(opts.label);
  const parts: Parts = { processes: [] };
  const ready = <K extends keyof Parts>(key: K): NonNullable<Parts[K]> => {
    const part = parts[key];
    if (!part) throw new Error(`the stack of ${opts.label} is not booted (${key}): use it inside a test or a later beforeAll`);
    return part as NonNullable<Parts[K]>;
  };
  const em = () => ready('service').app.get(MikroORM).em.fork() as EntityManager;
  const as = (token?: string) => ready('gw').as(token ?? ready('board'));
  const calls = (prefix: string): Pick<Stack, 'post' | 'get' | 'patch'> => ({
    post: (path, body = {}, token) => as(token).post(`${prefix}${path}`, body),
    get: (path, token) => as(token).get(`${prefix}${path}`),
    patch: (path, body = {}, token) => as(token).patch(`${prefix}${path}`, body),
  });

  beforeAll(async () => {
    const others = opts.processes ?? [];
    // the other services start as processes while this one boots in-process
    await Promise.all([
      startTestService({ ...opts.service, iso }).then((s) => (parts.service = s)),
      ...others.map(async (name) => parts.processes.push(await startServiceProcess(name, { ...iso, schema: `${iso.schema}_${name}` }))),
    ]);
    parts.gw = await startTestGateway({ label: opts.label, iso });
    parts.board = await parts.gw.login('bantochuc');
    parts.world = new World(parts.gw, parts.gw.as(parts.board), opts.service.worldHooks?.(em));
  }, 300_000);
  afterAll(async () => {
    await parts.gw?.close();
    await Promise.all(parts.processes.map((p) => p.stop()));
    await parts.service?.close();
  }, 120_000);

  return {
    iso,
    get gw() {
      return ready('gw');
    },
    get service() {
      return ready('service');
    },
    get world() {
      return ready('world');
    },
    get board() {
      return ready('board');
    },
    em,
    as,
    ...calls(''),
    under: calls,
    upload: (path, file, fileName, token, fields = {}) => {
      const req = ready('gw').http().post(`/api${path}`).set({ authorization: `Bearer ${token ?? ready('board')}` });
      for (const [k, v] of Object.entries(fields)) void req.field(k, v);
      return req.attach('file', file, fileName);
    },
    login: (username, password) => ready('gw').login(username, password),
    tables: (probes) => tables(em, probes),
    consumed: (eventId, consumer) =>
      waitFor(async () => (await em().count(InboxEntry, consumer ? { consumer, eventId } : { eventId })) === 1, { what: `event ${eventId} to be consumed` }),
  };
}
