import { Index, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { PersonColumns } from './person';

/** One person's record in training (an attendance, a registration, a sending): who, and as one of which organization. */
export abstract class StudentColumns extends PersonColumns {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  /** The student's organization (membership's id): what a secretary's scope is checked against. */
  @Property({ type: 'text', nullable: true })
  @Index()
  orgId!: string | null;
}

/** A place on a course outside the Board's classes: registered for a later year's, or sent to another institution's. */
export abstract class CoursePlaceColumns extends StudentColumns {
  @Property({ type: 'text' })
  courseTypeCode!: string;

  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
