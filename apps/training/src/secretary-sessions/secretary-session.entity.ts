import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { PersonColumns } from '../shared/person';

/** A training session for chi bộ secretaries (bồi dưỡng nghiệp vụ công tác Đảng). */
@Entity({ tableName: 'secretary_session' })
export class SecretarySession {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  courseTypeCode!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date' })
  @Index()
  heldOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Property({ type: 'text', nullable: true })
  location!: string | null;

  @Property({ type: 'text', nullable: true })
  notes!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One secretary who attended a session. */
@Entity({ tableName: 'secretary_attendance' })
@Unique({ name: 'secretary_attendance_session_person_unique', properties: ['sessionId', 'personKey'] })
export class SecretaryAttendance extends PersonColumns {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  @Index()
  sessionId!: string;

  /** The student's organization (membership's id): what a secretary's scope is checked against. */
  @Property({ type: 'text', nullable: true })
  @Index()
  orgId!: string | null;
}
