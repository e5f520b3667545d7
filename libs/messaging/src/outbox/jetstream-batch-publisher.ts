import { createInbox, Msg, MsgHdrs, NatsConnection, Subscription } from 'nats';

export interface Publication {
  subject: string;
  data: string;
  headers: MsgHdrs;
}

/**
 * Publishes to JetStream with the stream's acknowledgements coming back to one subscription,
 * matched by reply subject. `js.publish` is a request each: a timer, an entry in the request
 * mux, and an Error built for every acknowledgement that did arrive (nats.js cancels a resolved
 * request with one) — most of the outbox relay's CPU. Sent in order on the one connection, so
 * the stream stores them in that order, as before.
 */
export class JetStreamBatchPublisher {
  private subscription?: Subscription;
  private inbox = '';
  private sequence = 0;
  private readonly waiting = new Map<string, (failure: string | null) => void>();

  constructor(private readonly nc: NatsConnection) {}

  /**
   * For each publication, in order: null when the stream stored it (or already had it: the
   * `Nats-Msg-Id` duplicate window), else why not. Whatever is not acknowledged within
   * `timeoutMs` is a failure, to be published again.
   */
  async publishAll(batch: Publication[], timeoutMs: number): Promise<(string | null)[]> {
    this.listen();
    const tokens: string[] = [];
    const outcomes = batch.map((p) => {
      const token = String(++this.sequence);
      tokens.push(token);
      const outcome = new Promise<string | null>((resolve) => this.waiting.set(token, resolve));
      try {
        this.nc.publish(p.subject, p.data, { headers: p.headers, reply: `${this.inbox}.${token}` });
      } catch (err) {
        this.settle(token, (err as Error).message);
      }
      return outcome;
    });
    const timer = setTimeout(() => tokens.forEach((t) => this.settle(t, `no acknowledgement within ${timeoutMs} ms`)), timeoutMs);
    try {
      return await Promise.all(outcomes);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    for (const token of [...this.waiting.keys()]) this.settle(token, 'publisher closed');
  }

  private listen(): void {
    if (this.subscription) return;
    this.inbox = createInbox();
    this.subscription = this.nc.subscribe(`${this.inbox}.*`, { callback: (_err, msg) => this.acknowledged(msg) });
  }

  private acknowledged(msg: Msg): void {
    const token = msg.subject.slice(this.inbox.length + 1);
    // a status without a body: 503 when no stream takes the subject
    if (msg.headers?.hasError) return this.settle(token, `${msg.headers.code} ${msg.headers.description}`);
    try {
      const ack = msg.json<{ error?: { description?: string; err_code?: number } }>();
      this.settle(token, ack.error ? `${ack.error.description ?? 'refused'} (${ack.error.err_code ?? '?'})` : null);
    } catch {
      this.settle(token, 'unreadable acknowledgement');
    }
  }

  private settle(token: string, failure: string | null): void {
    const resolve = this.waiting.get(token);
    if (!resolve) return;
    this.waiting.delete(token);
    resolve(failure);
  }
}
