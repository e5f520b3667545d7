import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { PersonColumns } from '../shared/person';

/** One person in one class: enrollment, attendance, completion and certificate. */
@Entity({ tableName: 'enrollment' })
@Unique({ name: 'enrollment_class_person_unique', properties: ['classId', 'personKey'] })
export class Enrollment extends PersonColumns {
  [OptionalProps]?: 'id' | 'createdAt' | 'attendance' | 'sessionsAttended' | 'sessionsTotal' | 'completedOn' | 'result' | 'grade' | 'certificateNumber' | 'certificateIssuedOn' | 'certificateValidUntil' | 'withdrawnOn' | 'withdrawalReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  @Index()
  classId!: string;

  @Property({ type: 'date' })
  enrolledOn!: string;

  /** The student's organization (membership's id): what a secretary's scope is checked against. */
  @Property({ type: 'text', nullable: true })
  @Index()
  orgId!: string | null;

  @Property({ type: 'text' })
  source!: 'single' | 'import';

  @Property({ type: 'text' })
  attendance: 'enrolled' | 'attending' | 'partial' | 'absent' | 'withdrawn' = 'enrolled';

  @Property({ type: 'integer', nullable: true })
  sessionsAttended: number | null = null;

  @Property({ type: 'integer', nullable: true })
  sessionsTotal: number | null = null;

  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  result: 'passed' | 'failed' | null = null;

  @Property({ type: 'text', nullable: true })
  grade: 'excellent' | 'good' | 'fair' | 'average' | null = null;

  @Property({ type: 'text', nullable: true })
  @Index()
  certificateNumber: string | null = null;

  @Property({ type: 'date', nullable: true })
  certificateIssuedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  certificateValidUntil: string | null = null;

  /** Thôi học: the student still counts among the class's students but cannot complete. */
  @Property({ type: 'date', nullable: true })
  withdrawnOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  withdrawalReason: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
