import { ORG_REPLICA_ENTITIES } from '@party/org-replica';
import { serviceOrmSpec, UPLOAD_STAGING_ENTITIES } from '@party/service-kit';
import { TrainingClass } from './classes/class.entity';
import { CourseType } from './course-types/course-type.entity';
import { Enrollment } from './enrollments/enrollment.entity';
import { PersonPlacement } from './people/person-placement.entity';
import { Registration } from './registrations/registration.entity';
import { Sending } from './registrations/sending.entity';
import { SecretaryAttendance, SecretarySession } from './secretary-sessions/secretary-session.entity';
import { StagedImport } from './uploads/staged-import.entity';

/** The training schema: course types, classes, enrollments, registrations, sendings, secretary sessions, the copies of the organization tree and of people's placements, staged spreadsheets. */
export const trainingOrm = serviceOrmSpec(
  'training',
  [CourseType, TrainingClass, Enrollment, Registration, Sending, SecretarySession, SecretaryAttendance, ...ORG_REPLICA_ENTITIES, PersonPlacement, ...UPLOAD_STAGING_ENTITIES, StagedImport],
  `${__dirname}/migrations`,
);
