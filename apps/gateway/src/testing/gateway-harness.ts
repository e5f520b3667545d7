import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { deleteTestStreams, dropTestSchema, isolate, Isolation, migratedOrm, TEST_DEMO_PASSWORD } from '@party/testing';
import { testEnv } from '@party/service-kit/testing';
import { createGateway } from '../bootstrap';
import { loadGatewayEnv } from '../config/gateway-env';
import { gatewayOrm } from '../gateway.orm';
import { seedDemoUsers } from '../seed';

/** The seeded demo users' password in tests (random per test process). */
export const DEMO_PASSWORD = TEST_DEMO_PASSWORD;

/** `/api` calls on behalf of one logged-in user. */
export interface ApiAs {
  get(path: string): request.Test;
  post(path: string, body?: unknown): request.Test;
  patch(path: string, body?: unknown): request.Test;
}

export interface TestGateway {
  app: INestApplication;
  iso: Isolation;
  http: () => ReturnType<typeof request>;
  /** Calls under `/api` with this user's bearer token. */
  as(token: string): ApiAs;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The real gateway on its own schema (migrated, demo users seeded) and NATS prefix. */
export async function startTestGateway(opts: { label: string; iso?: Isolation; env?: Record<string, string> }): Promise<TestGateway> {
  const iso = opts.iso ?? isolate(opts.label);
  const gatewaySchema = `${iso.schema}_gw`;
  const env = testEnv(iso, { DB_SCHEMA: gatewaySchema, DEMO_PASSWORD, ...opts.env });
  Object.assign(process.env, env);
  const orm = await migratedOrm(gatewayOrm, gatewaySchema);
  await seedDemoUsers(orm, DEMO_PASSWORD);
  await orm.close(true);
  const app = await createGateway(loadGatewayEnv(env));
  await app.init();
  const http = () => request(app.getHttpServer());
  const as = (token: string): ApiAs => {
    const auth = { authorization: `Bearer ${token}` };
    return {
      get: (path) => http().get(`/api${path}`).set(auth),
      post: (path, body = {}) => http().post(`/api${path}`).set(auth).send(body as object),
      patch: (path, body = {}) => http().patch(`/api${path}`).set(auth).send(body as object),
    };
  };
  return {
    app,
    iso,
    http,
    as,
    async login(username, password = DEMO_PASSWORD) {
      const res = await http().post('/api/auth/login').send({ username, password }).expect(200);
      return res.body.accessToken as string;
    },
    async close() {
      await app.close();
      await dropTestSchema(gatewayOrm, gatewaySchema);
      await deleteTestStreams(iso.natsPrefix);
    },
  };
}

/**
 * The API of a gateway already running elsewhere (a whole system started by an end-to-end
 * test), for `World` to build its data through, as it does in-process.
 */
export function remoteGateway(base: string): Pick<TestGateway, 'http' | 'as' | 'login'> {
  const http = () => request(base);
  return {
    http,
    as: (token) => {
      const auth = { authorization: `Bearer ${token}` };
      return {
        get: (path) => http().get(`/api${path}`).set(auth),
        post: (path, body = {}) => http().post(`/api${path}`).set(auth).send(body as object),
        patch: (path, body = {}) => http().patch(`/api${path}`).set(auth).send(body as object),
      };
    },
    async login(username, password = DEMO_PASSWORD) {
      const res = await http().post('/api/auth/login').send({ username, password }).expect(200);
      return res.body.accessToken as string;
    },
  };
}

/**
 * Registers the boot (beforeAll) and the teardown (afterAll) of a gateway alone (no backend
 * services); the handle answers like the gateway itself once booted.
 */
export function useTestGateway(opts: { label: string; env?: Record<string, string> }): TestGateway {
  let gw: TestGateway | undefined;
  const ready = () => {
    if (!gw) throw new Error(`the gateway of ${opts.label} is not booted: use it inside a test or a later beforeAll`);
    return gw;
  };
  beforeAll(async () => {
    gw = await startTestGateway(opts);
  }, 120_000);
  afterAll(() => gw?.close(), 120_000);
  return {
    get app() {
      return ready().app;
    },
    get iso() {
      return ready().iso;
    },
    http: () => ready().http(),
    as: (token) => ready().as(token),
    login: (username, password) => ready().login(username, password),
    close: () => ready().close(),
  };
}

/** supertest parser for a file download: `.buffer(true).parse(binaryBody)` gives the bytes in `res.body`. */
export const binaryBody = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};
