import { randomBytes } from 'node:crypto';
import { connect, NatsConnection, StringCodec } from 'nats';
import { TestNatsServer } from '@party/testing';
import { natsServerOptions } from '../transport/nats-url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NATS_USERS, NatsUser, natsPasswordEnv, natsServerConfig, natsUrlFor } from './nats-permissions';

/**
 * The NATS authorization `npm start`, the fault drills and docker-compose configure, on a server
 * of this file's own: nobody connects without a password; a service answers only its own subjects
 * and publishes only its own events; the gateway and the worker only ask; no app deletes a stream.
 */
const PREFIX = 'perm';
// one password that reads as a number (6e…): the server must still take it as a string
const passwords = Object.fromEntries(NATS_USERS.map((u) => [u, (u === 'membership' ? '6e' : '') + randomBytes(12).toString('hex')])) as Record<NatsUser, string>;
let server: TestNatsServer;
const open: NatsConnection[] = [];
const sc = StringCodec();

beforeAll(async () => {
  server = await TestNatsServer.start({ text: natsServerConfig(PREFIX), env: natsPasswordEnv(passwords) });
});
afterAll(async () => {
  await Promise.all(open.map((nc) => nc.close()));
  await server?.dispose();
});

async function as(user: NatsUser): Promise<NatsConnection> {
  const nc = await connect({ ...natsServerOptions(natsUrlFor(user, passwords[user], '127.0.0.1', server.port)), maxReconnectAttempts: 0 });
  open.push(nc);
  return nc;
}

/** What the operator (who may read everything) sees on a subject within a moment of `act`. */
async function seenBy(subject: string, act: () => Promise<void> | void): Promise<string[]> {
  const operator = await as('operator');
  const seen: string[] = [];
  const sub = operator.subscribe(subject, { callback: (_e, m) => seen.push(sc.decode(m.data)) });
  await operator.flush();
  await act();
  await new Promise((r) => setTimeout(r, 300));
  sub.unsubscribe();
  return seen;
}

it('is what deploy/nats.conf holds (npm run nats-config writes it)', () => {
  expect(readFileSync(join(__dirname, '../../../../deploy/nats.conf'), 'utf8')).toBe(natsServerConfig());
});

it('has the same users as npm start gives passwords to (tools/dev/lib/env.mjs)', () => {
  const devTools = readFileSync(join(__dirname, '../../../../tools/dev/lib/env.mjs'), 'utf8');
  const listed = /export const NATS_USERS = (\[[^\]]*\])/.exec(devTools)?.[1] ?? '[]';
  expect(JSON.parse(listed.replace(/'/g, '"'))).toEqual([...NATS_USERS]);
});

it('refuses a connection without credentials or with a wrong password', async () => {
  await expect(connect({ servers: `nats://127.0.0.1:${server.port}`, maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization/i);
  await expect(connect({ servers: `nats://127.0.0.1:${server.port}`, user: 'membership', pass: 'guess', maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization/i);
});

it('lets a service publish its own events and not another service\'s', async () => {
  const membership = await as('membership');
  const seen = await seenBy(`${PREFIX}.evt.>`, async () => {
    membership.publish(`${PREFIX}.evt.membership.member.admitted.v1`, sc.encode('own'));
    membership.publish(`${PREFIX}.evt.inspection.discipline.decided.v1`, sc.encode('forged'));
    await membership.flush();
  });
  expect(seen).toEqual(['own']);
});

it('lets a service answer its own requests only: it cannot listen on another service\'s subjects', async () => {
  const membership = await as('membership');
  const gateway = await as('gateway');
  membership.subscribe(`${PREFIX}.membership.health`, { callback: (_e, m) => m.respond(sc.encode('membership up')) });
  const stolen: string[] = [];
  membership.subscribe(`${PREFIX}.cadre.>`, { callback: (err, m) => (err ? stolen.push(`error: ${err.message}`) : stolen.push(sc.decode(m.data))) });
  await membership.flush();
  expect(sc.decode((await gateway.request(`${PREFIX}.membership.health`, sc.encode(''), { timeout: 2000 })).data)).toBe('membership up');
  gateway.publish(`${PREFIX}.cadre.vetting.list`, sc.encode('a token'));
  await gateway.flush();
  await new Promise((r) => setTimeout(r, 300));
  expect(stolen.filter((s) => !s.startsWith('error'))).toEqual([]);
});

it('lets the gateway and the worker ask, never publish an event', async () => {
  const gateway = await as('gateway');
  const worker = await as('report-worker');
  const seen = await seenBy(`${PREFIX}.evt.>`, async () => {
    gateway.publish(`${PREFIX}.evt.membership.member.admitted.v1`, sc.encode('gateway'));
    worker.publish(`${PREFIX}.evt.reporting.x.v1`, sc.encode('worker'));
    await Promise.all([gateway.flush(), worker.flush()]);
  });
  expect(seen).toEqual([]);
  const asked = await seenBy(`${PREFIX}.reporting.>`, async () => {
    worker.publish(`${PREFIX}.reporting.yearEnd.get`, sc.encode('worker asks'));
    await worker.flush();
  });
  expect(asked).toEqual(['worker asks']);
});

it('lets a service keep its stream and publish to it, and no app delete a stream', async () => {
  const membership = await as('membership');
  const jsm = await membership.jetstreamManager();
  await jsm.streams.add({ name: 'PERM_EVT_MEMBERSHIP', subjects: [`${PREFIX}.evt.membership.>`] });
  const ack = await membership.jetstream().publish(`${PREFIX}.evt.membership.member.admitted.v1`, sc.encode('stored'));
  expect(ack.seq).toBe(1);
  await expect(jsm.streams.delete('PERM_EVT_MEMBERSHIP')).rejects.toThrow();
  const gatewayJsm = await (await as('gateway')).jetstreamManager();
  await expect(gatewayJsm.streams.purge('PERM_EVT_MEMBERSHIP')).rejects.toThrow();
  expect((await jsm.streams.info('PERM_EVT_MEMBERSHIP')).state.messages).toBe(1);
});
