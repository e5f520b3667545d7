import { Entity, Index, OptionalProps, Property } from '@mikro-orm/core';
import { CourseRunColumns } from '../shared/course-run';

/** A class the Organization Board runs (or co-runs with a school). It counts in the year it opens. */
@Entity({ tableName: 'training_class' })
@Index({ properties: ['openedOn', 'courseTypeCode'] })
export class TrainingClass extends CourseRunColumns {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'servedOrgIds';

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'text', nullable: true })
  cohortLabel!: string | null;

  @Property({ type: 'text', nullable: true })
  hostSchool!: string | null;

  @Property({ type: 'text', nullable: true })
  partnerSchool!: string | null;

  @Property({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Property({ type: 'jsonb' })
  servedOrgIds: string[] = [];

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
