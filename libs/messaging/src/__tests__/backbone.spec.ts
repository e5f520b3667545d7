import { MikroORM } from '@mikro-orm/postgresql';
import { NatsConnection } from 'nats';
import { NatsNames } from '@party/contracts';
import { serviceOrmOptions } from '@party/database';
import { deleteTestStreams, isolate, TEST_DATABASE_URL, TestNatsServer, waitFor } from '@party/testing';
import { connectNats, DeadLetterAdmin, DurableConsumer, MESSAGING_SUBSCRIBERS, OutboxRelay, recordEvent, silentLogger } from '../index';
import { createEffectsTable, effectHandler, ProbeRecorded, probeEntities } from './probe';
import { kill, ProbeProcesses } from './probe-processes';

const TOTAL = 2000;
const iso = isolate('backbone');
let nats: TestNatsServer;
let orm: MikroORM;
let nc: NatsConnection;
let probes: ProbeProcesses;

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await orm.em.fork().execute<{ n: string }[]>(sql.replaceAll('$S', `"${iso.schema}"`), params);
  return Number(row.n);
}

async function writeEvents(from: number, to: number, perTx = 100, pauseMs = 0): Promise<void> {
  for (let start = from; start < to; start += perTx) {
    await orm.em.fork().transactional(async (em) => {
      for (let n = start; n < Math.min(start + perTx, to); n++) recordEvent(em, ProbeRecorded, { data: { n }, occurredOn: '2023-12-31' });
    });
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
  }
}

beforeAll(async () => {
  nats = await TestNatsServer.start();
  probes = new ProbeProcesses(nats.url, iso.schema);
  orm = await MikroORM.init(serviceOrmOptions({ service: 'probe', entities: probeEntities, subscribers: MESSAGING_SUBSCRIBERS, migrationsDir: __dirname }, { databaseUrl: TEST_DATABASE_URL, schema: iso.schema, poolMax: 5 }));
  await orm.em.getConnection().execute(`create schema if not exists "${iso.schema}"`);
  await orm.schema.createSchema();
  await createEffectsTable(orm);
  nc = await connectNats({ url: nats.url, name: 'backbone-test' });
});

afterAll(async () => {
  await probes?.killAll();
  await deleteTestStreams(iso.natsPrefix);
  await nc?.close();
  await nats?.dispose();
  await orm?.em.getConnection().execute(`drop schema if exists "${iso.schema}" cascade`);
  await orm?.close(true);
});

describe('event backbone (outbox → JetStream → durable consumer with inbox)', () => {
  const names = new NatsNames(iso.natsPrefix);
  let relay: OutboxRelay;

  beforeAll(() => {
    relay = new OutboxRelay(orm, nc, names, silentLogger, { idleMs: 50, retryMs: 200 });
    relay.start();
  });
  afterAll(() => relay.stop());

  it('takes 2,000 events into account exactly once while the consumer is killed and NATS restarts', async () => {
    let consumer = await probes.spawn(names, 'probe-effects');
    const effects = () => count(`select count(*) as n from $S.effects where consumer = 'probe-effects'`);
    // a crash of the consuming service mid-stream: whatever it held unacknowledged comes again
    const crash = (async () => {
      await waitFor(async () => (await effects()) >= 500, { timeoutMs: 60_000, what: '500 effects' });
      await kill(consumer, 'SIGKILL');
      consumer = await probes.spawn(names, 'probe-effects');
    })();
    await writeEvents(0, 1400, 25, 20);
    // NATS goes down while 600 more events are still being written: the relay must hold them
    const restart = nats.restart(800);
    await writeEvents(1400, TOTAL, 25, 20);
    await Promise.all([restart, crash]);

    await waitFor(async () => (await effects()) >= TOTAL && (await count(`select count(*) as n from $S.outbox where published_at is null`)) === 0, {
      timeoutMs: 90_000,
      what: 'all effects',
    });
    await new Promise((r) => setTimeout(r, 2500)); // one ack-wait more: a late duplicate would show now
    await kill(consumer, 'SIGTERM');

    expect(await count(`select count(*) as n from $S.outbox`)).toBe(TOTAL);
    expect(await effects()).toBe(TOTAL);
    expect(await count(`select count(distinct event_id) as n from $S.effects where consumer = 'probe-effects'`)).toBe(TOTAL);
    expect(await count(`select count(distinct n) as n from $S.effects where consumer = 'probe-effects'`)).toBe(TOTAL);
    expect(await count(`select count(*) as n from $S.inbox where consumer = 'probe-effects'`)).toBe(TOTAL);
    const stream = await (await nc.jetstreamManager()).streams.info(names.eventStream('membership'));
    expect(stream.state.messages).toBe(TOTAL); // Nats-Msg-Id dropped any republish
  });

  it('lets a consumer created later replay all 2,000 from the start of the stream', async () => {
    const late = new DurableConsumer(orm, nc, names, { name: 'probe-late', source: 'membership', handlers: [effectHandler('probe-late')] }, silentLogger);
    await late.start();
    try {
      await waitFor(async () => (await late.lag()) === 0 && late.stats.applied === TOTAL, { timeoutMs: 60_000, what: 'late replay' });
      expect(await count(`select count(distinct event_id) as n from $S.effects where consumer = 'probe-late'`)).toBe(TOTAL);
      expect(await count(`select count(*) as n from $S.effects where consumer = 'probe-late'`)).toBe(TOTAL);
    } finally {
      await late.stop();
    }
  });
});

describe('dead letters', () => {
  const names = new NatsNames(`${iso.natsPrefix}_dlq`);
  let relay: OutboxRelay;
  let poisonFixed = false;

  beforeAll(() => {
    relay = new OutboxRelay(orm, nc, names, silentLogger, { idleMs: 50 });
  });

  it('sends a poison event to the dead-letter stream after N tries while the rest flow on, and retries it on request', async () => {
    // a fresh schema-less outbox view: this describe publishes only what it writes after this point
    await orm.em.fork().execute(`update "${iso.schema}"."outbox" set published_at = coalesce(published_at, now())`);
    const consumer = new DurableConsumer(
      orm,
      nc,
      names,
      { name: 'probe-poison', source: 'membership', handlers: [effectHandler('probe-poison', (n) => n === 13 && !poisonFixed)], maxAttempts: 3, backoffMs: [100, 200] },
      silentLogger,
    );
    await consumer.start();
    relay.start();
    try {
      await writeEvents(0, 30, 30);
      const effects = () => count(`select count(*) as n from $S.effects where consumer = 'probe-poison'`);
      await waitFor(async () => consumer.stats.deadLettered === 1 && (await effects()) === 29, { timeoutMs: 30_000, what: '29 effects and one dead letter' });

      const admin = new DeadLetterAdmin(nc.jetstream(), await nc.jetstreamManager(), names);
      const { items, total } = await admin.list();
      expect(total).toBe(1);
      expect(items[0]).toMatchObject({ consumer: 'probe-poison', attempts: 3, eventType: 'membership.probe.recorded', occurredOn: '2023-12-31' });
      expect(items[0].error).toContain('probe 13 refuses');

      poisonFixed = true;
      expect(await admin.retry(items[0].seq)).not.toBeNull();
      await waitFor(async () => (await effects()) === 30, { timeoutMs: 30_000, what: 'the retried event' });
      expect((await admin.list()).total).toBe(0);
      expect(await count(`select count(distinct n) as n from $S.effects where consumer = 'probe-poison'`)).toBe(30);
    } finally {
      await consumer.stop();
      await relay.stop();
    }
  });

  it('dead-letters a message that is not a valid envelope at once', async () => {
    const consumer = new DurableConsumer(orm, nc, names, { name: 'probe-envelope', source: 'membership', handlers: [effectHandler('probe-envelope')] }, silentLogger);
    await consumer.start();
    try {
      await nc.jetstream().publish(names.subject('evt.membership.probe.recorded.v1'), JSON.stringify({ hello: 'world' }));
      await waitFor(() => consumer.stats.deadLettered === 1, { timeoutMs: 20_000, what: 'dead letter' });
      const { items } = await new DeadLetterAdmin(nc.jetstream(), await nc.jetstreamManager(), names).list();
      const letter = items.find((i) => i.consumer === 'probe-envelope');
      expect(letter?.attempts).toBe(1);
      expect(letter?.error).toContain('bad envelope');
    } finally {
      await consumer.stop();
    }
  });
});
