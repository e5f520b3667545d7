import { AckPolicy, DeliverPolicy, headers as natsHeaders, JetStreamClient, NatsConnection, ReplayPolicy, RetentionPolicy, StorageType, nanos } from 'nats';
import type { NatsNames } from '@party/contracts';

export interface RawJetStreamRun {
  /** The messages published with nobody reading, each acknowledged by the server. */
  publishMs: number;
  /** Then read back by a durable pull consumer, each acknowledged. */
  consumeMs: number;
  /** The same again on fresh subjects, the consumer reading while the messages are published: first publish → last message read. */
  pipelinedMs: number;
}

/** The median of each figure over the runs (the machine is shared: one run can be unlucky), and every run. */
export interface RawJetStreamResult extends RawJetStreamRun {
  runs: RawJetStreamRun[];
}

/** Messages in flight while publishing: the relay's batch. */
const PUBLISH_WINDOW = 500;

/**
 * The floor under the backbone: the same messages (the bench's own envelopes, so the same size)
 * through JetStream alone, no PostgreSQL. Published like the relay publishes (`Nats-Msg-Id`,
 * pipelined on one connection), consumed like the durable consumer consumes (pull, 200 asked at
 * a time, explicit ack of each), into a throwaway stream of the bench's prefix, `runs` times.
 */
export async function benchRawJetStream(nc: NatsConnection, names: NatsNames, bodies: string[], ids: string[], runs = 3): Promise<RawJetStreamResult> {
  const all: RawJetStreamRun[] = [];
  for (let run = 0; run < runs; run++) all.push(await rawRun(nc, names, bodies, ids));
  const median = (pick: (r: RawJetStreamRun) => number) => all.map(pick).sort((a, b) => a - b)[Math.floor(all.length / 2)];
  return { publishMs: median((r) => r.publishMs), consumeMs: median((r) => r.consumeMs), pipelinedMs: median((r) => r.pipelinedMs), runs: all };
}

async function rawRun(nc: NatsConnection, names: NatsNames, bodies: string[], ids: string[]): Promise<RawJetStreamRun> {
  const jsm = await nc.jetstreamManager();
  const js = nc.jetstream();
  const stream = `${names.namePrefix}RAW_BENCH`;
  await jsm.streams.add({ name: stream, subjects: [names.subject('raw.>')], retention: RetentionPolicy.Limits, storage: StorageType.File, max_age: 0, duplicate_window: nanos(2 * 60_000) });
  try {
    let t = Date.now();
    await publishPipelined(js, names.subject('raw.staged.recorded'), bodies, ids.map((id) => `staged:${id}`));
    const publishMs = Date.now() - t;

    let consumed = await readDurable(nc, stream, 'raw_staged', names.subject('raw.staged.>'), bodies.length);
    t = Date.now();
    consumed.start();
    await consumed.done;
    const consumeMs = Date.now() - t;

    consumed = await readDurable(nc, stream, 'raw_pipelined', names.subject('raw.pipelined.>'), bodies.length);
    t = Date.now();
    consumed.start();
    await publishPipelined(js, names.subject('raw.pipelined.recorded'), bodies, ids.map((id) => `pipelined:${id}`));
    await consumed.done;
    const pipelinedMs = Date.now() - t;
    return { publishMs, consumeMs, pipelinedMs };
  } finally {
    // a new stream each run: no run reads another's messages, and 200.000 × 2 of them are not kept
    await jsm.streams.delete(stream);
  }
}

/**
 * As the relay publishes a batch: `PUBLISH_WINDOW` sent in one go (one socket write), the next
 * ones once all of them are acknowledged. Faster here than a sliding window of the same size,
 * which sends one message per acknowledgement received (one write each): 28.000–47.000 vs
 * 17.000–22.000 messages/s.
 */
async function publishPipelined(js: JetStreamClient, subject: string, bodies: string[], msgIds: string[]): Promise<void> {
  for (let start = 0; start < bodies.length; start += PUBLISH_WINDOW) {
    const acks: Promise<unknown>[] = [];
    for (let i = start; i < Math.min(start + PUBLISH_WINDOW, bodies.length); i++) {
      const h = natsHeaders();
      h.set('Nats-Msg-Id', msgIds[i]);
      acks.push(js.publish(subject, bodies[i], { headers: h, timeout: 5000 }));
    }
    await Promise.all(acks);
  }
}

/** A durable pull consumer created now, which reads (`start`) until it has acknowledged `count` messages. */
async function readDurable(nc: NatsConnection, stream: string, durable: string, filter: string, count: number) {
  const jsm = await nc.jetstreamManager();
  await jsm.consumers.add(stream, { durable_name: durable, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, replay_policy: ReplayPolicy.Instant, filter_subject: filter, max_ack_pending: 1000 });
  let start!: () => void;
  const started = new Promise<void>((resolve) => (start = resolve));
  const done = (async () => {
    await started;
    const consumer = await nc.jetstream().consumers.get(stream, durable);
    let acked = 0;
    const messages = await consumer.consume({ max_messages: 200 });
    for await (const msg of messages) {
      msg.ack();
      if (++acked >= count) break;
    }
    messages.stop();
  })();
  return { start, done };
}
