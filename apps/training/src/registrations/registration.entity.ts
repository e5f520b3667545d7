import { Entity, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { CoursePlaceColumns } from '../shared/student';

/** A person registered for a course of a later year (e.g. cao cấp LLCT 2024, lớp đối tượng 4). */
@Entity({ tableName: 'registration' })
@Unique({ name: 'registration_course_year_person_unique', properties: ['courseTypeCode', 'forYear', 'personKey'] })
@Index({ properties: ['forYear', 'courseTypeCode'] })
export class Registration extends CoursePlaceColumns {
  [OptionalProps]?: 'id' | 'createdAt';

  @Property({ type: 'integer' })
  forYear!: number;

  @Property({ type: 'date' })
  registeredOn!: string;
}
