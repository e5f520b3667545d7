import type { EntityManager } from '@mikro-orm/core';
import { Actor, Envelope, EventData, EventDefinition, SYSTEM_ACTOR, envelopeSchema, todayInVietnam } from '@party/contracts';
import { v7 as uuidv7 } from 'uuid';
import { OutboxMessage } from './outbox-message.entity';

export interface RecordEventInput<D extends EventDefinition> {
  data: EventData<D>;
  /** The local date on which it happened in the world; defaults to today in Vietnam. */
  occurredOn?: string;
  orgId?: string | null;
  actor?: Actor;
  correlationId?: string;
}

/**
 * The only way a service publishes an event: persist it in the caller's unit of work so it
 * commits, or not, with the state change (transactional outbox). The relay publishes it later.
 * Inside a transaction, the ORM's `OutboxFlush` writes a flush's rows in one statement.
 */
export function recordEvent<D extends EventDefinition>(em: EntityManager, def: D, input: RecordEventInput<D>): Envelope<EventData<D>> {
  const message = outboxMessageOf(def, input);
  em.persist(message);
  return message.envelope as Envelope<EventData<D>>;
}

/**
 * The outbox row of an event, validated, not yet persisted: `recordEvent` persists it; a bulk
 * import inserts thousands of them at once (`insertEntities`) in the same transaction as its state.
 */
export function outboxMessageOf<D extends EventDefinition>(def: D, input: RecordEventInput<D>): OutboxMessage {
  const data = def.schema.parse(input.data) as EventData<D>;
  const recordedAt = new Date();
  const envelope: Envelope<EventData<D>> = {
    id: uuidv7(),
    type: def.type,
    version: def.version,
    occurredOn: input.occurredOn ?? todayInVietnam(recordedAt),
    recordedAt: recordedAt.toISOString(),
    actor: input.actor ?? SYSTEM_ACTOR,
    orgId: input.orgId ?? null,
    correlationId: input.correlationId ?? uuidv7(),
    data,
  };
  envelopeSchema.parse(envelope);
  return Object.assign(new OutboxMessage(), {
    id: envelope.id,
    type: envelope.type,
    version: envelope.version,
    subject: def.subject,
    occurredOn: envelope.occurredOn,
    recordedAt,
    actor: envelope.actor,
    orgId: envelope.orgId,
    correlationId: envelope.correlationId,
    envelope: envelope as Envelope,
    publishedAt: null,
  });
}
