import { connect, JetStreamManager, NatsConnection } from 'nats';
import { natsServerOptions } from '@party/messaging';
import { MIGRATED, WholeSystem } from '../system/whole-system';

export interface StreamCheck {
  service: string;
  /** Events in the service's outbox (its event log). */
  outbox: number;
  /** Messages in its stream. */
  stream: number;
  /** Outbox events the stream does not hold. */
  missing: number;
  /** Events the stream holds more than once (a consumer's inbox makes them harmless, but they are counted). */
  duplicates: number;
}

export interface ConsumerCheck {
  /** `<schema>/<consumer>` */
  consumer: string;
  source: string;
  /** The event types it applied at least once: each of their events must be in its inbox. */
  types: number;
  expected: number;
  applied: number;
  missing: number;
}

export interface EventsCheck {
  streams: StreamCheck[];
  consumers: ConsumerCheck[];
  deadLetters: number;
}

/** Every event's id in a stream, with how many times it is there (read with an ordered consumer). */
async function streamIds(nc: NatsConnection, jsm: JetStreamManager, stream: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const info = await jsm.streams.info(stream).catch(() => null);
  if (!info || info.state.messages === 0) return ids;
  const consumer = await nc.jetstream().consumers.get(stream);
  const messages = await consumer.consume({ max_messages: 500 });
  let seen = 0;
  for await (const m of messages) {
    const id = (m.json() as { id?: string }).id ?? `seq:${m.seq}`;
    ids.set(id, (ids.get(id) ?? 0) + 1);
    if (++seen >= info.state.messages || m.info.pending === 0) break;
  }
  await messages.close();
  return ids;
}

/**
 * The event log, the streams and every consumer, read after the system settled: each service's
 * stream holds its outbox (nothing missing), and every consumer of every service has in its inbox
 * every event of each type it takes — taken into account once, since the inbox row commits with
 * the effects (and its key allows one). Nothing was dead-lettered.
 */
export async function checkEvents(system: WholeSystem): Promise<EventsCheck> {
  const nc = await connect({ ...natsServerOptions(system.infra.nats.url), maxReconnectAttempts: 0, timeout: 5000 });
  try {
    const jsm = await nc.jetstreamManager();
    const outboxIds = new Map<string, { id: string; type: string }[]>();
    for (const schema of MIGRATED) outboxIds.set(schema, await system.sql<{ id: string; type: string }>(`select id::text as id, type from "${schema}"."outbox"`));

    const streams: StreamCheck[] = [];
    for (const [service, rows] of outboxIds) {
      const inStream = await streamIds(nc, jsm, `EVT_${service.toUpperCase()}`);
      if (!rows.length && !inStream.size) continue;
      streams.push({
        service,
        outbox: rows.length,
        stream: [...inStream.values()].reduce((a, n) => a + n, 0),
        missing: rows.filter((r) => !inStream.has(r.id)).length,
        duplicates: [...inStream.values()].filter((n) => n > 1).length,
      });
    }

    const consumers: ConsumerCheck[] = [];
    for (const schema of MIGRATED) {
      const inbox = await system.sql<{ consumer: string; type: string; event_id: string }>(`select consumer, type, event_id::text as event_id from "${schema}"."inbox"`);
      const byConsumer = new Map<string, { types: Set<string>; ids: Set<string> }>();
      for (const row of inbox) {
        const c = byConsumer.get(row.consumer) ?? { types: new Set(), ids: new Set() };
        c.types.add(row.type);
        c.ids.add(row.event_id);
        byConsumer.set(row.consumer, c);
      }
      for (const [consumer, { types, ids }] of byConsumer) {
        const source = [...types][0].split('.')[0];
        const expected = (outboxIds.get(source) ?? []).filter((e) => types.has(e.type));
        consumers.push({
          consumer: `${schema}/${consumer}`,
          source,
          types: types.size,
          expected: expected.length,
          applied: expected.filter((e) => ids.has(e.id)).length,
          missing: expected.filter((e) => !ids.has(e.id)).length,
        });
      }
    }
    const dlq = await jsm.streams.info('DLQ').catch(() => null);
    return { streams, consumers, deadLetters: dlq?.state.messages ?? 0 };
  } finally {
    await nc.close();
  }
}
