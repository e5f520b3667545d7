import { MikroORM } from '@mikro-orm/postgresql';
import { headers as natsHeaders, NatsConnection } from 'nats';
import { Envelope, NatsNames } from '@party/contracts';
import { serviceOrmOptions } from '@party/database';
import { deleteTestStreams, isolate, TEST_DATABASE_URL, TEST_NATS_URL, waitFor } from '@party/testing';
import { connectNats, DeadLetterAdmin, DurableConsumer, ensureEventStream, outboxMessageOf, silentLogger } from '../index';
import { createEffectsTable, effectHandler, effectRunHandler, ProbeRecorded, probeEntities } from './probe';
import { exited, ProbeProcesses } from './probe-processes';

/**
 * A consumer takes the events waiting for it as one batch: one transaction for their inbox rows
 * and effects, then the acks. What must still hold with batches: exactly once, the counts, and a
 * failing event costing only itself. Events are published straight to JetStream before the
 * consumer starts, so they are waiting for it as one batch.
 */
const iso = isolate('batches');
let orm: MikroORM;
let nc: NatsConnection;
let probes: ProbeProcesses;
let scenario = 0;

beforeAll(async () => {
  orm = await MikroORM.init(serviceOrmOptions({ service: 'probe', entities: probeEntities, migrationsDir: __dirname }, { databaseUrl: TEST_DATABASE_URL, schema: iso.schema, poolMax: 5 }));
  await orm.em.getConnection().execute(`create schema if not exists "${iso.schema}"`);
  await orm.schema.createSchema();
  await createEffectsTable(orm);
  nc = await connectNats({ url: TEST_NATS_URL, name: 'batches-test' });
  probes = new ProbeProcesses(TEST_NATS_URL, iso.schema);
});

afterAll(async () => {
  await probes?.killAll();
  await deleteTestStreams(iso.natsPrefix);
  await nc?.close();
  await orm?.em.getConnection().execute(`drop schema if exists "${iso.schema}" cascade`);
  await orm?.close(true);
});

/** A stream of its own for each test: no test reads another's events. */
async function freshNames(): Promise<NatsNames> {
  const names = new NatsNames(`${iso.natsPrefix}_${++scenario}`);
  await ensureEventStream(await nc.jetstreamManager(), names, 'membership');
  return names;
}

/** 0, 1, …, count − 1: the `n` of the probe events. */
const upTo = (count: number) => Array.from({ length: count }, (_, n) => n);

function probeEvents(count: number): Envelope[] {
  return upTo(count).map((n) => outboxMessageOf(ProbeRecorded, { data: { n }, occurredOn: '2023-12-31' }).envelope);
}

/** As the relay publishes; `msgId` other than the event id lets a republish past the duplicate window through. */
async function publish(names: NatsNames, event: Envelope, msgId = event.id): Promise<void> {
  const h = natsHeaders();
  h.set('Nats-Msg-Id', msgId);
  await nc.jetstream().publish(names.subject(ProbeRecorded.subject), JSON.stringify(event), { headers: h });
}

async function effects(consumer: string): Promise<{ rows: number; distinct: number; ns: number[] }> {
  const rows = await orm.em.fork().execute<{ event_id: string; n: number }[]>(`select event_id, n from "${iso.schema}"."effects" where consumer = ? order by n`, [consumer]);
  return { rows: rows.length, distinct: new Set(rows.map((r) => r.event_id)).size, ns: rows.map((r) => r.n) };
}

async function inboxRows(consumer: string): Promise<number> {
  const [row] = await orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from "${iso.schema}"."inbox" where consumer = ?`, [consumer]);
  return Number(row.n);
}

it('applies the others of a batch that holds duplicates, and counts each duplicate', async () => {
  const names = await freshNames();
  const name = 'probe-dup';
  const events = probeEvents(20);
  // event 7 was applied before (its ack was lost): its inbox row and effect are there already
  await orm.em.fork().transactional(async (tx) => {
    await tx.execute(`insert into "${iso.schema}"."inbox" (consumer, event_id, type, processed_at) values (?, ?, ?, now())`, [name, events[7].id, events[7].type]);
    await tx.execute(`insert into "${iso.schema}"."effects" (consumer, event_id, n) values (?, ?, 7)`, [name, events[7].id]);
  });
  for (const e of events) await publish(names, e);
  await publish(names, events[5], `again:${events[5].id}`); // the same event twice in one batch

  const runs: number[] = [];
  const consumer = new DurableConsumer(orm, nc, names, { name, source: 'membership', handlers: [effectRunHandler(name, { runs })] }, silentLogger);
  await consumer.start();
  try {
    await waitFor(async () => consumer.stats.applied + consumer.stats.duplicates === 21 && (await consumer.lag()) === 0, { timeoutMs: 20_000, what: '21 deliveries taken' });
    expect(consumer.stats).toEqual({ applied: 19, duplicates: 2, ignored: 0, deadLettered: 0, failures: 0 });
    expect(Math.max(...runs)).toBeGreaterThan(1); // taken as a batch, not one by one
    expect(await effects(name)).toEqual({ rows: 20, distinct: 20, ns: upTo(20) });
    expect(await inboxRows(name)).toBe(20);
  } finally {
    await consumer.stop();
  }
});

it('applies the rest of a batch with one poisoned event exactly once, and retries then dead-letters that one', async () => {
  const names = await freshNames();
  const name = 'probe-batch-poison';
  const events = probeEvents(30);
  for (const e of events) await publish(names, e);

  const runs: number[] = [];
  const consumer = new DurableConsumer(
    orm,
    nc,
    names,
    { name, source: 'membership', handlers: [effectRunHandler(name, { runs, fail: (n) => n === 13 })], maxAttempts: 3, backoffMs: [100, 200] },
    silentLogger,
  );
  await consumer.start();
  try {
    await waitFor(() => consumer.stats.deadLettered === 1 && consumer.stats.applied === 29, { timeoutMs: 30_000, what: '29 applied and one dead letter' });
    await waitFor(async () => (await consumer.lag()) === 0, { timeoutMs: 10_000, what: 'nothing left' });
    // the batch with event 13 wrote its effects and was rolled back; then each event alone
    expect(runs.some((size) => size > 1)).toBe(true);
    expect(consumer.stats).toEqual({ applied: 29, duplicates: 0, ignored: 0, deadLettered: 1, failures: 2 });
    const applied = await effects(name);
    expect(applied).toEqual({ rows: 29, distinct: 29, ns: upTo(30).filter((n) => n !== 13) });
    expect(await inboxRows(name)).toBe(29);
    const { items } = await new DeadLetterAdmin(nc.jetstream(), await nc.jetstreamManager(), names).list();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ consumer: name, attempts: 3 });
    expect(items[0].error).toContain('probe 13 refuses');
  } finally {
    await consumer.stop();
  }
});

it('applies nothing twice when the consumer dies after its batch committed and before the acks', async () => {
  const names = await freshNames();
  const name = 'probe-die';
  const events = probeEvents(50);
  const dying = await probes.spawn(names, name, { ackWaitMs: 2000, mode: 'die-after-commit' });
  for (const e of events) await publish(names, e);
  await exited(dying);

  const committed = await effects(name);
  expect(committed.rows).toBeGreaterThan(0);
  expect(await inboxRows(name)).toBe(committed.rows);

  // the same durable, as the restarted service: the unacknowledged come again after the ack wait
  const consumer = new DurableConsumer(orm, nc, names, { name, source: 'membership', handlers: [effectHandler(name)], ackWaitMs: 2000 }, silentLogger);
  await consumer.start();
  try {
    await waitFor(async () => consumer.stats.applied + consumer.stats.duplicates === 50 && (await consumer.lag()) === 0, { timeoutMs: 30_000, what: '50 deliveries taken' });
    expect(consumer.stats).toMatchObject({ applied: 50 - committed.rows, duplicates: committed.rows, deadLettered: 0, failures: 0 });
    expect(await effects(name)).toEqual({ rows: 50, distinct: 50, ns: upTo(50) });
    expect(await inboxRows(name)).toBe(50);
  } finally {
    await consumer.stop();
  }
});
