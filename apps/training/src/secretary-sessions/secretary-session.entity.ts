import { Entity, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { CourseRunColumns } from '../shared/course-run';
import { StudentColumns } from '../shared/student';

/** A training session for chi bộ secretaries (bồi dưỡng nghiệp vụ công tác Đảng). */
@Entity({ tableName: 'secretary_session' })
export class SecretarySession extends CourseRunColumns {
  [OptionalProps]?: 'id' | 'createdAt';

  @Property({ type: 'date' })
  @Index()
  heldOn!: string;
}

/** One secretary who attended a session. */
@Entity({ tableName: 'secretary_attendance' })
@Unique({ name: 'secretary_attendance_session_person_unique', properties: ['sessionId', 'personKey'] })
export class SecretaryAttendance extends StudentColumns {
  [OptionalProps]?: 'id';

  @Property({ type: 'uuid' })
  @Index()
  sessionId!: string;
}
