import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A service's copy of membership's organization tree (ARCHITECTURE.md: a service keeps the copy it
 * needs of others' data, from their events), in the service's own schema. Written only by the
 * replica's consumer. Organization ids are text: some services' contracts take free-text ids.
 */

/** What an organization's version keeps of the event that opened it (`OrgState`). */
abstract class OrgStateColumns {
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'boolean' })
  grassroots!: boolean;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  parentId!: string | null;
}

/** Every organization event as it happened: the versions are derived from these again when one comes late. */
@Entity({ tableName: 'org_event' })
@Index({ properties: ['orgId'] })
@Index({ properties: ['type', 'occurredOn'] })
export class OrgEvent extends OrgStateColumns {
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

  /** established: new / merger / split; null for the other events. */
  @Property({ type: 'text', nullable: true })
  origin!: string | null;

  /** The organization ends with this event (merged, split, dissolved, handed over). */
  @Property({ type: 'boolean' })
  ends!: boolean;
}

/**
 * The tree through time: one row per organization per period its kind, name and parent held,
 * re-derived from all of the organization's events on each of them. `validTo` is exclusive.
 */
@Entity({ tableName: 'org_version' })
@Index({ properties: ['validFrom', 'validTo'] })
@Index({ properties: ['parentId'] })
export class OrgVersion extends OrgStateColumns {
  @PrimaryKey({ type: 'text' })
  orgId!: string;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo!: string | null;
}

/** Add these to the service's ORM entities. */
export const ORG_REPLICA_ENTITIES = [OrgEvent, OrgVersion];

/** The replica's tables, e.g. for a read model that empties itself to replay. */
export const ORG_REPLICA_TABLES = ['org_event', 'org_version'] as const;
