import { MikroORM } from '@mikro-orm/postgresql';
import type { NatsConnection } from 'nats';
import { z } from 'zod';
import { defineEvent, NatsNames } from '@party/contracts';
import { serviceOrmOptions } from '@party/database';
import { connectNats, deleteEnvironmentStreams, DurableConsumer, MESSAGING_ENTITIES, MESSAGING_SUBSCRIBERS, on, onMany, silentLogger } from '@party/messaging';
import { isolate, TEST_DATABASE_URL, TEST_NATS_URL } from '@party/testing';

export const BenchRecorded = defineEvent({ service: 'membership', aggregate: 'bench', name: 'recorded', version: 1, schema: z.object({ n: z.number().int() }) });

/** One side of the backbone as a service holds it: its own pool and its own NATS connection. */
export interface BenchSide {
  orm: MikroORM;
  nc: NatsConnection;
}

/**
 * A schema (outbox, inbox, and an `effects` table the consumer writes) and a NATS prefix of its
 * own, removed by `dispose`. The producer (outbox writes + relay) and the consumer each get their
 * own pool and connection, as two services would; both work in the one schema.
 */
export interface IsolatedBackbone {
  schema: string;
  names: NatsNames;
  producer: BenchSide;
  consumerSide: BenchSide;
  /**
   * A durable consumer whose effect is one row in `effects`, in the transaction of its inbox row:
   * written by one statement per run of events (`onMany`), or, `perEvent`, one per event (`on`).
   */
  consumer(name: string, perEvent?: boolean): DurableConsumer;
  /** Rows in `effects`, and how many distinct events they are (equal when applied exactly once). */
  effects(): Promise<{ rows: number; distinct: number }>;
  dispose(): Promise<void>;
}

async function side(schema: string, name: string): Promise<BenchSide> {
  const orm = await MikroORM.init(serviceOrmOptions({ service: 'bench', entities: MESSAGING_ENTITIES, subscribers: MESSAGING_SUBSCRIBERS, migrationsDir: __dirname }, { databaseUrl: TEST_DATABASE_URL, schema, poolMax: 5 }));
  const nc = await connectNats({ url: TEST_NATS_URL, name });
  return { orm, nc };
}

export async function isolatedBackbone(label: string): Promise<IsolatedBackbone> {
  const iso = isolate(label);
  const schema = iso.schema;
  const names = new NatsNames(iso.natsPrefix);
  const producer = await side(schema, `bench-${label}-producer`);
  const consumerSide = await side(schema, `bench-${label}-consumer`);
  const conn = producer.orm.em.getConnection();
  await conn.execute(`create schema "${schema}"`);
  await producer.orm.schema.createSchema();
  await conn.execute(`create table "${schema}"."effects" (event_id uuid not null, n int not null)`);
  return {
    schema,
    names,
    producer,
    consumerSide,
    consumer: (name, perEvent = false) =>
      new DurableConsumer(
        consumerSide.orm,
        consumerSide.nc,
        names,
        {
          name,
          source: 'membership',
          handlers: [
            perEvent
              ? on(BenchRecorded, async (e, em) => void (await em.execute(`insert into "${schema}"."effects" values (?, ?)`, [e.id, e.data.n])))
              : onMany(BenchRecorded, async (es, em) => {
                  await em.execute(`insert into "${schema}"."effects" values ${es.map(() => '(?, ?)').join(', ')}`, es.flatMap((e) => [e.id, e.data.n]));
                }),
          ],
        },
        silentLogger,
      ),
    effects: async () => {
      const [row] = await conn.execute<{ rows: string; distinct: string }[]>(`select count(*) as rows, count(distinct event_id) as distinct from "${schema}"."effects"`);
      return { rows: Number(row.rows), distinct: Number(row.distinct) };
    },
    dispose: async () => {
      await deleteEnvironmentStreams(await producer.nc.jetstreamManager(), names);
      await conn.execute(`drop schema if exists "${schema}" cascade`);
      for (const s of [producer, consumerSide]) {
        await s.nc.close();
        await s.orm.close(true);
      }
    },
  };
}
