import { AckPolicy, DeliverPolicy, headers as natsHeaders, JetStreamClient, NatsConnection, ReplayPolicy, RetentionPolicy, StorageType, nanos } from 'nats';
import type { NatsNames } from '@party/contracts';

export interface RawJetStreamResult {
  /** The messages published with nobody reading, each acknowledged by the server. */
  publishMs: number;
  /** Then read back by a durable pull consumer, each acknowledged. */
  consumeMs: number;
  /** The same again on fresh subjects, the consumer reading while the messages are published: first publish → last message read. */
  pipelinedMs: number;
}

/** Messages in flight while publishing: the relay's batch, which it publishes pipelined. */
const PUBLISH_WINDOW = 500;

/**
 * The floor under the backbone: the same messages (the bench's own envelopes, so the same size)
 * through JetStream alone, no PostgreSQL. Published like the relay publishes (`Nats-Msg-Id`,
 * pipelined on one connection), consumed like the durable consumer consumes (pull, 200 asked at
 * a time, explicit ack of each), into a throwaway stream of the bench's prefix.
 */
export async function benchRawJetStream(nc: NatsConnection, names: NatsNames, bodies: string[], ids: string[]): Promise<RawJetStreamResult> {
  const jsm = await nc.jetstreamManager();
  const js = nc.jetstream();
  const stream = `${names.namePrefix}RAW_BENCH`;
  await jsm.streams.add({ name: stream, subjects: [names.subject('raw.>')], retention: RetentionPolicy.Limits, storage: StorageType.File, max_age: 0, duplicate_window: nanos(2 * 60_000) });

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
}

/** At most `PUBLISH_WINDOW` acknowledgements awaited at a time; the oldest is awaited first. */
async function publishPipelined(js: JetStreamClient, subject: string, bodies: string[], msgIds: string[]): Promise<void> {
  const inFlight: Promise<unknown>[] = [];
  for (let i = 0; i < bodies.length; i++) {
    const h = natsHeaders();
    h.set('Nats-Msg-Id', msgIds[i]);
    inFlight.push(js.publish(subject, bodies[i], { headers: h, timeout: 5000 }));
    if (inFlight.length >= PUBLISH_WINDOW) await inFlight.shift();
  }
  await Promise.all(inFlight);
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
