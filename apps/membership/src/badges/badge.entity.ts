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

/** Local copy of discipline decisions, fed (later) by the inspection service's events. */
@Entity({ tableName: 'discipline_record' })
@Index({ properties: ['personId'] })
export class DisciplineRecord {
  [OptionalProps]?: 'id' | 'decisionNumber';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  kind!: DisciplineKind;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'text', nullable: true })
  decisionNumber: string | null = null;
}
