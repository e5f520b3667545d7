import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * Membership's copy of a training certificate (ARCHITECTURE.md, "Data": a service keeps the copy
 * it needs of others' data from their events). Fed only by the `membership-certificates`
 * consumer; one row per enrollment. Found by `personId`, or by citizen ID for a person training
 * knew before membership did.
 */
@Entity({ tableName: 'certificate' })
@Index({ properties: ['personId', 'category'] })
@Index({ properties: ['citizenId', 'category'] })
export class TrainingCertificate {
  [OptionalProps]?: 'id' | 'receivedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Unique()
  @Property({ type: 'uuid' })
  enrollmentId!: string;

  @Property({ type: 'text', nullable: true })
  personId!: string | null;

  @Property({ type: 'text', nullable: true })
  citizenId!: string | null;

  @Property({ type: 'text', nullable: true })
  fullName!: string | null;

  @Property({ type: 'text' })
  courseTypeCode!: string;

  /** `partyAwareness` (admission), `newMemberTheory` (conversion), … */
  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'text', nullable: true })
  requiredFor!: string | null;

  @Property({ type: 'text' })
  certificateNumber!: string;

  @Property({ type: 'date' })
  issuedOn!: string;

  /** As training computed it; admission applies its own rule (libs/rules) to `issuedOn`. */
  @Property({ type: 'date', nullable: true })
  validUntil!: string | null;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();
}
