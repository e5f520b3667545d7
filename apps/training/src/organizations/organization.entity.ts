import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Training's copy of membership's organization tree (ARCHITECTURE.md: a service keeps the copy it
 * needs of others' data from their events). Written only by the organization consumer.
 */

/** Every organization event as it happened, so the versions can be derived again when one comes late. */
@Entity({ tableName: 'org_event' })
@Index({ properties: ['orgId'] })
export class OrgEvent {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'text' })
  orgId!: string;

  @Property({ type: 'text' })
  type!: string;

  /** The decision's effective date. */
  @Property({ type: 'date' })
  occurredOn!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  parentId!: string | null;

  /** The organization ends with this event (merged, split, dissolved, handed over). */
  @Property({ type: 'boolean' })
  ends!: boolean;
}

/** The tree through time: one row per organization per period its name and parent held. `validTo` is exclusive. */
@Entity({ tableName: 'org_version' })
@Index({ properties: ['parentId'] })
export class OrgVersion {
  @PrimaryKey({ type: 'text' })
  orgId!: string;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  parentId!: string | null;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo!: string | null;
}
