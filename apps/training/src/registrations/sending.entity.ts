import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { PersonColumns } from '../shared/person';

/** A person sent to a course another institution runs (e.g. cao cấp LLCT at an academy). */
@Entity({ tableName: 'sending' })
@Index({ properties: ['sentOn', 'courseTypeCode'] })
export class Sending extends PersonColumns {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  courseTypeCode!: string;

  @Property({ type: 'date' })
  sentOn!: string;

  @Property({ type: 'text' })
  institution!: string;

  @Property({ type: 'text', nullable: true })
  decisionNumber!: string | null;

  /** The student's organization (membership's id): what a secretary's scope is checked against. */
  @Property({ type: 'text', nullable: true })
  @Index()
  orgId!: string | null;

  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
