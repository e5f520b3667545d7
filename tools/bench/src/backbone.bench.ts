import { ensureEventStream, outboxMessageOf, OutboxRelay, recordEvent, silentLogger } from '@party/messaging';
import { waitFor } from '@party/testing';
import { benchEndToEnd, EndToEndResult } from './backbone/end-to-end';
import { BenchRecorded, isolatedBackbone, IsolatedBackbone } from './backbone/isolated-backbone';
import { benchRawJetStream, RawJetStreamResult } from './backbone/raw-jetstream';

export interface BackboneBenchResult {
  events: number;
  /** Bytes of one envelope as published (the raw baseline publishes envelopes of the same size). */
  envelopeBytes: number;
  writeMs: number;
  publishMs: number;
  consumeMs: number;
  /** The median of `BENCH_E2E_RUNS` (3) runs by total time, and every run's total. */
  endToEnd: EndToEndResult & { runsMs: number[] };
  /** One run with a handler that writes each event's effect by a statement of its own (`on`, not `onMany`). */
  endToEndPerEvent: EndToEndResult & { runsMs: number[] };
  raw: RawJetStreamResult;
}

/**
 * Throughput of the backbone on this machine. Staged: events committed through the outbox (100
 * per transaction), then published by the relay, then applied exactly once by a durable consumer
 * whose effect is one row per event, inserted in the same transaction as its inbox row (one
 * statement per run of events). End to end: the three at once, and again with one statement per
 * event. Raw: the same number of envelopes through JetStream alone, the floor under both.
 * Each part has its own schema and NATS prefix, so no part reads another's events.
 */
export async function benchBackbone(events = 10_000): Promise<BackboneBenchResult> {
  const staged = await withBackbone('bench', (b) => benchStaged(b, events));
  const endToEnd = await endToEndRuns(events, Number(process.env.BENCH_E2E_RUNS ?? 3));
  const endToEndPerEvent = await endToEndRuns(events, 1, true);
  const envelopes = Array.from({ length: events }, (_, n) => outboxMessageOf(BenchRecorded, { data: { n }, occurredOn: '2023-06-30' }).envelope);
  const bodies = envelopes.map((e) => JSON.stringify(e));
  const raw = await withBackbone('benchraw', (b) => benchRawJetStream(b.producer.nc, b.names, bodies, envelopes.map((e) => e.id), Number(process.env.BENCH_RAW_RUNS ?? 3)));
  return { events, envelopeBytes: Buffer.byteLength(bodies[0]), ...staged, endToEnd, endToEndPerEvent, raw };
}

/** Each run in a backbone of its own; fails unless every run applied each event exactly once. */
async function endToEndRuns(events: number, runs: number, perEvent = false): Promise<EndToEndResult & { runsMs: number[] }> {
  const all: EndToEndResult[] = [];
  for (let run = 0; run < runs; run++) {
    const r = await withBackbone(perEvent ? 'benche2e1' : 'benche2e', (b) => benchEndToEnd(b, events, perEvent));
    if (r.effects.rows !== events || r.effects.distinct !== events) {
      throw new Error(`end to end${perEvent ? ', a statement per event' : ''}: ${r.effects.rows} effect rows for ${r.effects.distinct} distinct events, ${events} expected once each`);
    }
    all.push(r);
  }
  const median = [...all].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(all.length / 2)];
  return { ...median, runsMs: all.map((r) => r.totalMs) };
}

async function withBackbone<T>(label: string, run: (b: IsolatedBackbone) => Promise<T>): Promise<T> {
  const backbone = await isolatedBackbone(label);
  try {
    return await run(backbone);
  } finally {
    await backbone.dispose();
  }
}

/** Each stage alone, the next one starting when the previous one is done. */
async function benchStaged(backbone: IsolatedBackbone, events: number) {
  const { producer, names } = backbone;
  let t = Date.now();
  for (let start = 0; start < events; start += 100) {
    await producer.orm.em.fork().transactional(async (em) => {
      for (let n = start; n < Math.min(start + 100, events); n++) recordEvent(em, BenchRecorded, { data: { n }, occurredOn: '2023-06-30' });
    });
  }
  const writeMs = Date.now() - t;

  await ensureEventStream(await producer.nc.jetstreamManager(), names, 'membership');
  const relay = new OutboxRelay(producer.orm, producer.nc, names, silentLogger, { idleMs: 20 });
  t = Date.now();
  relay.start();
  await waitFor(() => relay.published >= events, { timeoutMs: 600_000, intervalMs: 20 });
  const publishMs = Date.now() - t;
  await relay.stop();

  const consumer = backbone.consumer('bench');
  t = Date.now();
  await consumer.start();
  await waitFor(() => consumer.stats.applied >= events, { timeoutMs: 600_000, intervalMs: 20 });
  const consumeMs = Date.now() - t;
  await consumer.stop();
  return { writeMs, publishMs, consumeMs };
}
