import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Where membership placed a person, from its events (ARCHITECTURE.md: a service keeps the copy it
 * needs of others' data): recorded in an organization, nominated by one, admitted or registered in
 * one, transferred or carried to another, transferred out of the bloc (`orgId` null). Training
 * derives a student's organization on a date from it when the enrollment does not name one.
 */
@Entity({ tableName: 'person_placement' })
@Index({ properties: ['personId', 'validFrom'] })
export class PersonPlacement {
  /** The membership event it comes from: a replay is harmless. */
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'text' })
  personId!: string;

  /** null: out of the bloc from `validFrom`. */
  @Property({ type: 'text', nullable: true })
  orgId!: string | null;

  /** Its date in the world; null for the person record, which has none (it holds until a dated placement). */
  @Property({ type: 'date', nullable: true })
  validFrom!: string | null;

  /** Orders placements of one day as membership recorded them. */
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
