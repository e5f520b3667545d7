import { ensureEventStream, OutboxRelay, recordEvent, silentLogger } from '@party/messaging';
import { waitFor } from '@party/testing';
import { BenchRecorded, IsolatedBackbone } from './isolated-backbone';

export interface EndToEndResult {
  /** First outbox write → the last event applied by the consumer (its transaction committed). */
  totalMs: number;
  /** First outbox write → the last one committed, while the relay and the consumer ran. */
  writeMs: number;
  /** Rows in the effects table, and distinct events among them: both equal `events` when applied exactly once. */
  effects: { rows: number; distinct: number };
}

/**
 * The backbone as services run it, every part at once: outbox writes (100 per transaction, the
 * relay kicked after each commit as a command does), the relay (service defaults) publishing, and a
 * durable consumer already running, applying each event exactly once (inbox row + effect row;
 * `perEvent`: the effect written by a statement of its own rather than one per run of events).
 */
export async function benchEndToEnd(backbone: IsolatedBackbone, events: number, perEvent = false): Promise<EndToEndResult> {
  const { producer, names } = backbone;
  await ensureEventStream(await producer.nc.jetstreamManager(), names, 'membership');
  const relay = new OutboxRelay(producer.orm, producer.nc, names, silentLogger);
  const consumer = backbone.consumer('bench-e2e', perEvent);
  await consumer.start();
  relay.start();
  try {
    const t = Date.now();
    for (let start = 0; start < events; start += 100) {
      await producer.orm.em.fork().transactional(async (em) => {
        for (let n = start; n < Math.min(start + 100, events); n++) recordEvent(em, BenchRecorded, { data: { n }, occurredOn: '2023-06-30' });
      });
      relay.kick();
    }
    const writeMs = Date.now() - t;
    await waitFor(() => consumer.stats.applied >= events, { timeoutMs: 600_000, intervalMs: 10, what: 'every event applied' });
    const totalMs = Date.now() - t;
    return { totalMs, writeMs, effects: await backbone.effects() };
  } finally {
    await relay.stop();
    await consumer.stop();
  }
}
