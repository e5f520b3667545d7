import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** A class the Organization Board runs (or co-runs with a school). It counts in the year it opens. */
@Entity({ tableName: 'training_class' })
@Index({ properties: ['openedOn', 'courseTypeCode'] })
export class TrainingClass {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'servedOrgIds';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  courseTypeCode!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Property({ type: 'text', nullable: true })
  cohortLabel!: string | null;

  @Property({ type: 'text', nullable: true })
  hostSchool!: string | null;

  @Property({ type: 'text', nullable: true })
  partnerSchool!: string | null;

  @Property({ type: 'text', nullable: true })
  location!: string | null;

  @Property({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Property({ type: 'jsonb' })
  servedOrgIds: string[] = [];

  @Property({ type: 'text', nullable: true })
  notes!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
