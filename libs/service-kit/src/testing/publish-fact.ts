import { connect } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { Actor, Envelope, envelopeSchema, EventData, EventDefinition, NatsNames } from '@party/contracts';
import { ensureEventStream } from '@party/messaging';
import { Isolation, TEST_NATS_URL } from '@party/testing';

/**
 * Publishes a fact of another service on JetStream under a test file's prefix, in the contracts'
 * envelope (validated as on publish), with `Nats-Msg-Id` = its id as the outbox relay sets it.
 * For services whose producer does not exist yet (the inspection service publishes nothing so
 * far): the consumer under test sees exactly what the real producer will send.
 *
 * `redeliver` publishes an envelope again under another message id, as a lost ack or a relay
 * retry after the duplicate window would: the consumer must find it in its inbox.
 */
export interface FactOptions {
  occurredOn: string;
  orgId?: string | null;
  actor?: Actor;
  correlationId?: string;
}

/** A fact of `def` in the contracts' envelope, validated as on publish (for a consumer's handlers fed directly, or `publishFact`). */
export function factEnvelope<D extends EventDefinition>(def: D, data: EventData<D>, opts: FactOptions): Envelope<EventData<D>> {
  const envelope: Envelope<EventData<D>> = {
    id: uuidv7(),
    type: def.type,
    version: def.version,
    occurredOn: opts.occurredOn,
    recordedAt: new Date().toISOString(),
    actor: opts.actor ?? { userId: 'test-ubkt', username: 'ubkt' },
    orgId: opts.orgId ?? null,
    correlationId: opts.correlationId ?? uuidv7(),
    data: def.schema.parse(data) as EventData<D>,
  };
  envelopeSchema.parse(envelope);
  return envelope;
}

export async function publishFact<D extends EventDefinition>(
  iso: Pick<Isolation, 'natsPrefix'>,
  def: D,
  data: EventData<D>,
  opts: FactOptions,
): Promise<Envelope<EventData<D>>> {
  const envelope = factEnvelope(def, data, opts);
  await publishEnvelope(iso, def, envelope, envelope.id);
  return envelope;
}

export function redeliver<D extends EventDefinition>(iso: Pick<Isolation, 'natsPrefix'>, def: D, envelope: Envelope<unknown>): Promise<void> {
  return publishEnvelope(iso, def, envelope, `${envelope.id}:again:${uuidv7()}`);
}

/** Publishes an envelope made beforehand (`factEnvelope`), e.g. to send facts in an order of the test's choosing. */
export async function publishEnvelope(iso: Pick<Isolation, 'natsPrefix'>, def: EventDefinition, envelope: Envelope<unknown>, msgID = envelope.id): Promise<void> {
  const names = new NatsNames(iso.natsPrefix);
  const nc = await connect({ servers: TEST_NATS_URL });
  try {
    await ensureEventStream(await nc.jetstreamManager(), names, def.service);
    await nc.jetstream().publish(names.subject(def.subject), JSON.stringify(envelope), { msgID });
  } finally {
    await nc.close();
  }
}
