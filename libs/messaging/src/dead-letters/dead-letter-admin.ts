import { headers as natsHeaders, JetStreamClient, JetStreamManager, StoredMsg } from 'nats';
import type { DeadLetter, NatsNames } from '@party/contracts';
import { DEAD_LETTER_HEADERS } from './dead-letter-headers';


function toDeadLetter(m: StoredMsg): DeadLetter {
  const h = (k: string) => m.header?.get(k) ?? '';
  let envelope: { id?: string; type?: string; occurredOn?: string } = {};
  try {
    envelope = m.json();
  } catch {
    // a dead letter may be exactly the message that was not JSON
  }
  return {
    seq: m.seq,
    consumer: h(DEAD_LETTER_HEADERS.consumer),
    sourceStream: h(DEAD_LETTER_HEADERS.sourceStream),
    sourceSubject: h(DEAD_LETTER_HEADERS.sourceSubject),
    sourceSeq: Number(h(DEAD_LETTER_HEADERS.sourceSeq)),
    attempts: Number(h(DEAD_LETTER_HEADERS.attempts)),
    error: h(DEAD_LETTER_HEADERS.error),
    deadLetteredAt: h(DEAD_LETTER_HEADERS.at),
    eventId: envelope.id ?? null,
    eventType: envelope.type ?? null,
    occurredOn: envelope.occurredOn ?? null,
  };
}

function isMissing(err: unknown): boolean {
  const e = err as { api_error?: { err_code?: number }; message?: string };
  return e?.api_error?.err_code === 10037 || e?.api_error?.err_code === 10059 || /no message found|stream not found/i.test(e?.message ?? '');
}

/** What the admin page lists and retries (ARCHITECTURE.md: "visible in the portal's admin page"). */
export class DeadLetterAdmin {
  constructor(
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly names: NatsNames,
  ) {}

  async list(opts: { afterSeq?: number; limit?: number } = {}): Promise<{ items: DeadLetter[]; total: number }> {
    const limit = Math.min(opts.limit ?? 100, 500);
    let info;
    try {
      info = await this.jsm.streams.info(this.names.deadLetterStream);
    } catch (err) {
      if (isMissing(err)) return { items: [], total: 0 };
      throw err;
    }
    const items: DeadLetter[] = [];
    for (let seq = Math.max(info.state.first_seq, (opts.afterSeq ?? 0) + 1); seq <= info.state.last_seq && items.length < limit; seq++) {
      try {
        items.push(toDeadLetter(await this.jsm.streams.getMessage(this.names.deadLetterStream, { seq })));
      } catch (err) {
        if (!isMissing(err)) throw err; // a gap left by an earlier retry
      }
    }
    return { items, total: info.state.messages };
  }

  /**
   * Sends the event back to the one consumer that gave up on it (through the retry stream it
   * also reads), then removes the dead letter. The consumer's inbox keeps this exactly-once.
   */
  async retry(seq: number): Promise<DeadLetter | null> {
    let stored: StoredMsg;
    try {
      stored = await this.jsm.streams.getMessage(this.names.deadLetterStream, { seq });
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
    const letter = toDeadLetter(stored);
    const h = natsHeaders();
    h.set('Nats-Msg-Id', `retry:${this.names.deadLetterStream}:${seq}`);
    await this.js.publish(this.names.retrySubject(letter.consumer), stored.data, { headers: h });
    await this.jsm.streams.deleteMessage(this.names.deadLetterStream, seq, false);
    return letter;
  }
}
