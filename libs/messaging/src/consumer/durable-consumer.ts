import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AckPolicy, ConsumerMessages, DeliverPolicy, headers as natsHeaders, JetStreamManager, JsMsg, NatsConnection, nanos, ReplayPolicy } from 'nats';
import { Envelope, envelopeSchema, NatsNames } from '@party/contracts';
import { ensureEventStream, ensureOperationalStreams } from '../jetstream/streams';
import { BackboneLogger } from '../logger';
import { applyInOrder, ConsumerSpec, EventHandler, handlerKey, indexHandlers } from './event-handler';
import { DEAD_LETTER_HEADERS } from '../dead-letters/dead-letter-headers';

type Outcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered' | 'retry-later';
/** The figure of `ConsumerStats` each outcome adds to. */
const COUNTED_AS: Readonly<Record<Outcome, keyof ConsumerStats>> = {
  applied: 'applied',
  duplicate: 'duplicates',
  ignored: 'ignored',
  'dead-lettered': 'deadLettered',
  'retry-later': 'failures',
};

export interface ConsumerStats {
  applied: number;
  duplicates: number;
  ignored: number;
  deadLettered: number;
  failures: number;
}

const DEFAULT_BACKOFF_MS = [500, 2_000, 10_000, 30_000];

class PoisonEvent extends Error {}

/**
 * A durable JetStream consumer whose effects happen exactly once: the handler's writes and the
 * inbox row commit in one transaction, then the message is acknowledged. A redelivery (crash,
 * restart, lost ack) finds the inbox row and is only acknowledged. A failing event is retried
 * with backoff while the others flow on; after `maxAttempts` it goes to the dead-letter stream.
 *
 * The server-side `max_deliver` is unlimited on purpose: if NATS refused the dead letter we
 * must still see the message again to try once more, not have the server drop it silently.
 */
export class DurableConsumer {
  readonly stats: ConsumerStats = { applied: 0, duplicates: 0, ignored: 0, deadLettered: 0, failures: 0 };
  private readonly handlers: Map<string, EventHandler>;
  private readonly maxAttempts: number;
  private readonly backoffMs: number[];
  private readonly ackWaitMs: number;
  private readonly batchSize: number;
  private running = false;
  private readonly loops: Promise<void>[] = [];
  private readonly iterators = new Set<ConsumerMessages>();
  private jsm?: JetStreamManager;

  constructor(
    private readonly orm: MikroORM,
    private readonly nc: NatsConnection,
    private readonly names: NatsNames,
    private readonly spec: ConsumerSpec,
    private readonly logger: BackboneLogger,
  ) {
    this.handlers = indexHandlers(spec);
    this.maxAttempts = spec.maxAttempts ?? 5;
    this.backoffMs = spec.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.ackWaitMs = spec.ackWaitMs ?? 30_000;
    this.batchSize = spec.batchSize ?? 100;
  }

  get name(): string {
    return this.spec.name;
  }

  get streamName(): string {
    return this.names.eventStream(this.spec.source);
  }

  get durableName(): string {
    return this.names.durable(this.spec.name, this.spec.source);
  }

  get retryDurableName(): string {
    return this.names.durable(this.spec.name, 'retry');
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.jsm = await this.nc.jetstreamManager();
    await ensureEventStream(this.jsm, this.names, this.spec.source);
    await ensureOperationalStreams(this.jsm, this.names);
    await this.ensureDurable(this.streamName, this.durableName, this.names.eventSubjects(this.spec.source));
    await this.ensureDurable(this.names.retryStream, this.retryDurableName, this.names.retrySubject(this.spec.name));
    this.running = true;
    this.loops.push(this.pull(this.streamName, this.durableName), this.pull(this.names.retryStream, this.retryDurableName));
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const it of this.iterators) it.stop();
    await Promise.all(this.loops.splice(0));
  }

  /** Events not yet taken into account (pending + delivered but unacknowledged). */
  async lag(): Promise<number> {
    const jsm = this.jsm ?? (await this.nc.jetstreamManager());
    const info = await jsm.consumers.info(this.streamName, this.durableName);
    return info.num_pending + info.num_ack_pending;
  }

  private async ensureDurable(stream: string, durable: string, filter: string): Promise<void> {
    const jsm = this.jsm as JetStreamManager;
    const config = {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      replay_policy: ReplayPolicy.Instant,
      filter_subject: filter,
      max_deliver: -1,
      ack_wait: nanos(this.ackWaitMs),
      max_ack_pending: 1000,
    };
    let info;
    try {
      info = await jsm.consumers.info(stream, durable);
    } catch (err) {
      if ((err as { api_error?: { err_code?: number } }).api_error?.err_code !== 10014) throw err; // consumer not found
      await jsm.consumers.add(stream, config);
      return;
    }
    if (info.config.ack_wait !== config.ack_wait) {
      await jsm.consumers.update(stream, durable, { ack_wait: config.ack_wait, max_deliver: -1 });
    }
  }

  /**
   * Messages arrive through a callback into a local queue and are taken in batches: one
   * transaction for a batch (inbox rows + effects), then the acks. A batch that fails is rolled
   * back whole and taken again one message at a time, so a poison event costs only itself.
   * Not a savepoint per event: that is one more round trip for every event of every batch, paid
   * to spare the rare failing batch its replay, and a handler's run of events is one statement
   * that a savepoint could not split.
   */
  private async pull(stream: string, durable: string): Promise<void> {
    while (this.running) {
      let messages: ConsumerMessages | undefined;
      const queue: JsMsg[] = [];
      let wake: (() => void) | undefined;
      try {
        const consumer = await this.nc.jetstream().consumers.get(stream, durable);
        messages = await consumer.consume({
          max_messages: 200,
          callback: (msg) => {
            queue.push(msg);
            wake?.();
          },
        });
        this.iterators.add(messages);
        let closed = false;
        void messages.closed().then(() => {
          closed = true;
          wake?.();
        });
        while (this.running && !closed) {
          if (queue.length === 0) {
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, 1000).unref();
            });
            continue;
          }
          await this.processBatch(queue.splice(0, this.batchSize));
        }
      } catch (err) {
        if (this.running) this.logger.warn(`consumer ${this.spec.name} (${durable}): ${(err as Error).message}; resuming`);
      } finally {
        if (messages) this.iterators.delete(messages);
        // handed back at once rather than after the ack wait
        for (const msg of queue.splice(0)) msg.nak();
      }
      if (this.running) await new Promise((r) => setTimeout(r, 500));
    }
  }

  private async processBatch(batch: JsMsg[]): Promise<void> {
    if (batch.length === 1) {
      await this.process(batch[0]);
      return;
    }
    const decoded: { msg: JsMsg; event: Envelope; handler: EventHandler }[] = [];
    const singles: JsMsg[] = [];
    for (const msg of batch) {
      try {
        const { event, handler } = this.decode(msg);
        if (handler) decoded.push({ msg, event, handler });
        else singles.push(msg);
      } catch {
        singles.push(msg); // poison: dead-lettered on its own path
      }
    }
    let applied: boolean[] | undefined;
    try {
      applied = await this.orm.em.fork().transactional(async (tx) => {
        const fresh = await this.claimMany(tx, decoded.map((d) => d.event));
        await applyInOrder(decoded.filter((_, i) => fresh[i]), tx);
        return fresh;
      });
    } catch {
      applied = undefined; // one of them failed: take each alone, with its own retries
    }
    if (applied) {
      decoded.forEach(({ msg }, i) => {
        msg.ack();
        if (applied?.[i]) this.stats.applied++;
        else this.stats.duplicates++;
      });
    } else {
      for (const { msg } of decoded) await this.process(msg);
    }
    for (const msg of singles) await this.process(msg);
  }

  private async process(msg: JsMsg): Promise<Outcome> {
    const outcome = await this.apply(msg);
    this.stats[COUNTED_AS[outcome]]++;
    return outcome;
  }

  private async apply(msg: JsMsg): Promise<Outcome> {
    const attempt = msg.info.redeliveryCount;
    try {
      const { event, handler } = this.decode(msg);
      if (!handler) {
        msg.ack();
        return 'ignored';
      }
      const fresh = await this.orm.em.fork().transactional(async (tx) => {
        if (!(await this.claim(tx, event.id, event.type))) return false;
        await handler.handle(event, tx);
        return true;
      });
      msg.ack();
      return fresh ? 'applied' : 'duplicate';
    } catch (err) {
      const poison = err instanceof PoisonEvent;
      if (poison || attempt >= this.maxAttempts) return this.deadLetter(msg, err as Error, attempt);
      const delay = this.backoffMs[Math.min(attempt - 1, this.backoffMs.length - 1)];
      this.logger.warn(`consumer ${this.spec.name}: attempt ${attempt}/${this.maxAttempts} failed (${(err as Error).message}); again in ${delay} ms`);
      msg.nak(delay);
      return 'retry-later';
    }
  }

  /** The envelope with its data parsed by its handler's schema (once: the handler gets this one). */
  private decode(msg: JsMsg): { event: Envelope; handler: EventHandler | undefined } {
    let raw: unknown;
    try {
      raw = msg.json();
    } catch {
      throw new PoisonEvent('not JSON');
    }
    const parsed = envelopeSchema.safeParse(raw);
    if (!parsed.success) throw new PoisonEvent(`bad envelope: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
    const handler = this.handlers.get(handlerKey(parsed.data.type, parsed.data.version));
    if (!handler) return { event: parsed.data, handler };
    const data = handler.event.schema.safeParse(parsed.data.data);
    if (!data.success) throw new PoisonEvent(`bad ${parsed.data.type} data: ${data.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
    return { event: { ...parsed.data, data: data.data }, handler };
  }

  /** Inserts the inbox row; false when this consumer already took the event into account. */
  private async claim(tx: EntityManager, eventId: string, type: string): Promise<boolean> {
    const schema = this.orm.config.get('schema');
    const rows = await tx.execute<{ event_id: string }[]>(
      `insert into "${schema}"."inbox" (consumer, event_id, type, processed_at) values (?, ?, ?, now()) on conflict do nothing returning event_id`,
      [this.spec.name, eventId, type],
    );
    return rows.length === 1;
  }

  /** Inbox rows for a batch in one statement; true where the event is new to this consumer. */
  private async claimMany(tx: EntityManager, envelopes: Envelope[]): Promise<boolean[]> {
    if (envelopes.length === 0) return [];
    const schema = this.orm.config.get('schema');
    const values = envelopes.map(() => '(?, ?, ?, now())').join(', ');
    const params = envelopes.flatMap((e) => [this.spec.name, e.id, e.type]);
    const rows = await tx.execute<{ event_id: string }[]>(
      `insert into "${schema}"."inbox" (consumer, event_id, type, processed_at) values ${values} on conflict do nothing returning event_id`,
      params,
    );
    const fresh = new Set(rows.map((r) => r.event_id));
    const seen = new Set<string>();
    // the same event twice in one batch (a redelivery racing the first) is applied once
    return envelopes.map((e) => fresh.has(e.id) && !seen.has(e.id) && (seen.add(e.id), true));
  }

  private async deadLetter(msg: JsMsg, err: Error, attempt: number): Promise<Outcome> {
    const h = natsHeaders();
    const src = msg.info;
    h.set(DEAD_LETTER_HEADERS.consumer, this.spec.name);
    h.set(DEAD_LETTER_HEADERS.sourceStream, src.stream);
    h.set(DEAD_LETTER_HEADERS.sourceSubject, msg.subject);
    h.set(DEAD_LETTER_HEADERS.sourceSeq, String(src.streamSequence));
    h.set(DEAD_LETTER_HEADERS.attempts, String(attempt));
    h.set(DEAD_LETTER_HEADERS.error, err.message.replace(/[\r\n]+/g, ' ').slice(0, 500));
    h.set(DEAD_LETTER_HEADERS.at, new Date().toISOString());
    h.set('Nats-Msg-Id', `${this.spec.name}:${src.stream}:${src.streamSequence}`);
    try {
      await this.nc.jetstream().publish(this.names.deadLetterSubject(this.spec.name), msg.data, { headers: h });
      // no reason given: nats-server 2.9 ignores a `+TERM <reason>`, and the message would come
      // back every ack wait to be dead-lettered (and counted) again; the reason is in the headers
      msg.term();
      this.logger.error(`consumer ${this.spec.name}: event at ${src.stream}#${src.streamSequence} dead-lettered after ${attempt} attempt(s): ${err.message}`);
      return 'dead-lettered';
    } catch (publishErr) {
      this.logger.warn(`consumer ${this.spec.name}: could not dead-letter (${(publishErr as Error).message}); will try again`);
      msg.nak(this.backoffMs[0]);
      return 'retry-later';
    }
  }
}
