import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * "This consumer has already taken this event into account." Written in the same transaction
 * as the handler's own writes, so an event redelivered after a crash or a restart is skipped.
 */
@Entity({ tableName: 'inbox' })
export class InboxEntry {
  [OptionalProps]?: 'processedAt';

  @PrimaryKey({ type: 'text' })
  consumer!: string;

  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'timestamptz' })
  processedAt: Date = new Date();
}
