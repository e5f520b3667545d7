import { MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { defineEvent, NatsNames } from '@party/contracts';
import { serviceOrmOptions } from '@party/database';
import { connectNats, deleteEnvironmentStreams, ensureEventStream, DurableConsumer, MESSAGING_ENTITIES, on, OutboxRelay, recordEvent, silentLogger } from '@party/messaging';
import { isolate, TEST_DATABASE_URL, TEST_NATS_URL, waitFor } from '@party/testing';

const BenchRecorded = defineEvent({ service: 'membership', aggregate: 'bench', name: 'recorded', version: 1, schema: z.object({ n: z.number().int() }) });

export interface BackboneBenchResult {
  events: number;
  writeMs: number;
  publishMs: number;
  consumeMs: number;
}

/**
 * Throughput of the backbone on this machine: events committed through the outbox (100 per
 * transaction), published by the relay, and applied exactly once by a durable consumer whose
 * effect is one row insert in the same transaction as its inbox row.
 */
export async function benchBackbone(events = 10_000): Promise<BackboneBenchResult> {
  const iso = isolate('bench');
  const names = new NatsNames(iso.natsPrefix);
  const orm = await MikroORM.init(serviceOrmOptions({ service: 'bench', entities: MESSAGING_ENTITIES, migrationsDir: __dirname }, { databaseUrl: TEST_DATABASE_URL, schema: iso.schema, poolMax: 5 }));
  const nc = await connectNats({ url: TEST_NATS_URL, name: 'bench' });
  const conn = orm.em.getConnection();
  await conn.execute(`create schema "${iso.schema}"`);
  await orm.schema.createSchema();
  await conn.execute(`create table "${iso.schema}"."effects" (event_id uuid not null, n int not null)`);
  try {
    let t = Date.now();
    for (let start = 0; start < events; start += 100) {
      await orm.em.fork().transactional(async (em) => {
        for (let n = start; n < start + 100; n++) recordEvent(em, BenchRecorded, { data: { n }, occurredOn: '2023-06-30' });
      });
    }
    const writeMs = Date.now() - t;

    await ensureEventStream(await nc.jetstreamManager(), names, 'membership');
    const relay = new OutboxRelay(orm, nc.jetstream(), names, silentLogger, { idleMs: 20 });
    t = Date.now();
    relay.start();
    await waitFor(() => relay.published >= events, { timeoutMs: 600_000, intervalMs: 20 });
    const publishMs = Date.now() - t;
    await relay.stop();

    const consumer = new DurableConsumer(
      orm,
      nc,
      names,
      {
        name: 'bench',
        source: 'membership',
        handlers: [on(BenchRecorded, async (e, em) => void (await em.execute(`insert into "${iso.schema}"."effects" values (?, ?)`, [e.id, e.data.n])))],
      },
      silentLogger,
    );
    t = Date.now();
    await consumer.start();
    await waitFor(() => consumer.stats.applied >= events, { timeoutMs: 600_000, intervalMs: 20 });
    const consumeMs = Date.now() - t;
    await consumer.stop();
    return { events, writeMs, publishMs, consumeMs };
  } finally {
    await deleteEnvironmentStreams(await nc.jetstreamManager(), names);
    await nc.close();
    await conn.execute(`drop schema if exists "${iso.schema}" cascade`);
    await orm.close(true);
  }
}
