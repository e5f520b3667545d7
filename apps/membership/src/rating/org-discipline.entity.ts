import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * Membership's copy of the disciplines of organizations (their committees), fed only by the
 * `membership-rating-discipline` consumer from the Inspection Committee's `discipline.orgDecided`
 * / `orgAnnulled`. The rating reads it: leadership disciplined in the year caps the organization.
 */
@Entity({ tableName: 'org_discipline_record' })
@Index({ properties: ['orgId'] })
export class OrgDisciplineRecord {
  [OptionalProps]?: 'id' | 'annulledOn' | 'annulmentDecisionNumber' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Unique()
  @Property({ type: 'uuid' })
  decisionId!: string;

  @Property({ type: 'uuid' })
  orgId!: string;

  /** khien_trach, canh_cao, giai_tan. */
  @Property({ type: 'text' })
  level!: string;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'date', nullable: true })
  annulledOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  annulmentDecisionNumber: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
