import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { DisciplineKind } from '@party/rules';

/** A badge awarded: one per level per member (the unique index settles concurrent requests). */
@Entity({ tableName: 'badge_award' })
@Unique({ properties: ['personId', 'level'] })
export class BadgeAward {
  [OptionalProps]?: 'id' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'int' })
  level!: number;

  /** The award round (3/2, 19/5, 2/9, 7/11). */
  @Property({ type: 'date' })
  occasion!: string;

  @Property({ type: 'uuid' })
  orgId!: string;

  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'text' })
  basis!: 'regular' | 'seriouslyIll' | 'posthumous';

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

/** Early (seriously ill) or posthumous badge case, one row per person. */
@Entity({ tableName: 'badge_case' })
export class BadgeCase {
  [OptionalProps]?: 'id' | 'seriouslyIllSince' | 'diedOn' | 'note';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Unique()
  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'date', nullable: true })
  seriouslyIllSince: string | null = null;

  @Property({ type: 'date', nullable: true })
  diedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/**
 * Membership's copy of the discipline decisions (Quy định 22-QĐ/TW; Điều lệ Đảng, Điều 35), fed
 * only by the `membership-inspection-facts` consumer, one row per decision. It holds badges
 * (Quy định 94-QĐ/TW: warning 6 months, removal from post 12) and, for an expulsion, removed the
 * member. `applied` is false for a valid fact membership could not apply (`notAppliedReason`);
 * an annulled decision never held (`annulledOn`).
 */
@Entity({ tableName: 'discipline_record' })
@Index({ properties: ['personId'] })
export class DisciplineRecord {
  [OptionalProps]?: 'id' | 'decisionNumber' | 'caseId' | 'annulledOn' | 'annulmentDecisionNumber' | 'applied' | 'notAppliedReason' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  /** The inspection service's decision id. */
  @Unique()
  @Property({ type: 'uuid' })
  decisionId!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Property({ type: 'uuid' })
  personId!: string;

  /** The rules' kind (reprimand, warning, removal_from_post, expulsion). */
  @Property({ type: 'text' })
  kind!: DisciplineKind;

  /** The inspection's code (khien_trach, canh_cao, cach_chuc, khai_tru). */
  @Property({ type: 'text' })
  level!: string;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'text', nullable: true })
  decisionNumber: string | null = null;

  @Property({ type: 'boolean' })
  applied = true;

  @Property({ type: 'text', nullable: true })
  notAppliedReason: string | null = null;

  @Property({ type: 'date', nullable: true })
  annulledOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  annulmentDecisionNumber: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
