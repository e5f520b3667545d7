import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Actor, Envelope } from '@party/contracts';

/**
 * One domain event, written in the same transaction as the state change it describes and kept
 * after publication: the outbox is the service's event log, from which streams can be rebuilt.
 * The subject is stored without the environment prefix; the relay adds it.
 */
@Entity({ tableName: 'outbox' })
@Index({ name: 'outbox_unpublished_idx', properties: ['publishedAt', 'id'] })
@Index({ name: 'outbox_type_occurred_idx', properties: ['type', 'occurredOn'] })
export class OutboxMessage {
  [OptionalProps]?: 'publishedAt';

  /** uuid v7: time-ordered, and the `Nats-Msg-Id` that lets JetStream drop a republish. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'smallint' })
  version!: number;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'date' })
  occurredOn!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'jsonb' })
  actor!: Actor;

  @Property({ type: 'text', nullable: true })
  orgId!: string | null;

  @Property({ type: 'text' })
  correlationId!: string;

  /** The whole envelope as published. */
  @Property({ type: 'jsonb' })
  envelope!: Envelope;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;
}
