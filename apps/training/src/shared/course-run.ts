import { PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** A course the Board holds (a class, a secretaries' session): its type and title, until when, where. */
export abstract class CourseRunColumns {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  courseTypeCode!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Property({ type: 'text', nullable: true })
  location!: string | null;

  @Property({ type: 'text', nullable: true })
  notes!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
