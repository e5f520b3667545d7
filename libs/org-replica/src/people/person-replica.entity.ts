import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A person as the services beside membership need them (inspection, cadre), copied from
 * membership's events (ARCHITECTURE.md: a service keeps the copy it needs of others' data): who
 * they are, where they are, and the dates that say whether they were a probationary or an official
 * member on a day.
 */
@Entity({ tableName: 'person_replica' })
export class PersonReplica {
  [OptionalProps]?: 'fullName' | 'dateOfBirth' | 'orgId' | 'status' | 'admissionDecisionDate' | 'officialDate' | 'endedOn' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text', nullable: true })
  fullName: string | null = null;

  @Property({ type: 'date', nullable: true })
  dateOfBirth: string | null = null;

  /** Their organization as last placed; null once transferred out of the bloc. */
  @Property({ type: 'text', nullable: true })
  orgId: string | null = null;

  /** Membership's status as last told (masses, candidate, probationary, official, expelled…). */
  @Property({ type: 'text' })
  status = 'masses';

  @Property({ type: 'date', nullable: true })
  admissionDecisionDate: string | null = null;

  /** Null while probationary. */
  @Property({ type: 'date', nullable: true })
  officialDate: string | null = null;

  /** Struck off, left, died, expelled, removed from probation: no longer a member from this day. */
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
