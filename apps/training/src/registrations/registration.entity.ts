import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { PersonColumns } from '../shared/person';

/** A person registered for a course of a later year (e.g. cao cấp LLCT 2024, lớp đối tượng 4). */
@Entity({ tableName: 'registration' })
@Unique({ name: 'registration_course_year_person_unique', properties: ['courseTypeCode', 'forYear', 'personKey'] })
@Index({ properties: ['forYear', 'courseTypeCode'] })
export class Registration extends PersonColumns {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  courseTypeCode!: string;

  @Property({ type: 'integer' })
  forYear!: number;

  @Property({ type: 'date' })
  registeredOn!: string;

  /** The student's organization (membership's id): what a secretary's scope is checked against. */
  @Property({ type: 'text', nullable: true })
  @Index()
  orgId!: string | null;

  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
