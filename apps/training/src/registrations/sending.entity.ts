import { Entity, Index, OptionalProps, Property } from '@mikro-orm/core';
import { CoursePlaceColumns } from '../shared/student';

/** A person sent to a course another institution runs (e.g. cao cấp LLCT at an academy). */
@Entity({ tableName: 'sending' })
@Index({ properties: ['sentOn', 'courseTypeCode'] })
export class Sending extends CoursePlaceColumns {
  [OptionalProps]?: 'id' | 'createdAt';

  @Property({ type: 'date' })
  sentOn!: string;

  @Property({ type: 'text' })
  institution!: string;

  @Property({ type: 'text', nullable: true })
  decisionNumber!: string | null;
}
