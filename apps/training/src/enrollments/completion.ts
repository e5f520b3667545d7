import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificateIssued, StudentCompleted } from '@party/contracts';
import type { UnitOfWork } from '@party/service-kit';
import type { TrainingClass } from '../classes/class.entity';
import type { CourseType } from '../course-types/course-type.entity';
import { personOf } from '../shared/person';
import { Enrollment } from './enrollment.entity';
import { certificateValidUntil } from './enrollment.rules';

export interface CompletionInput {
  completedOn: string;
  result: 'passed' | 'failed';
  grade: Enrollment['grade'];
  certificateNumber: string | null;
  /** Already defaulted (to the completion date) when there is a certificate number. */
  certificateIssuedOn: string | null;
}

export function enrollmentRef(e: Enrollment, cls: TrainingClass, type: CourseType) {
  return { enrollmentId: e.id, classId: cls.id, courseTypeCode: type.code, category: type.category, classOpenedOn: cls.openedOn, person: personOf(e) };
}

export function enrollmentView(e: Enrollment) {
  return {
    enrollmentId: e.id,
    classId: e.classId,
    person: personOf(e),
    orgId: e.orgId,
    enrolledOn: e.enrolledOn,
    attendance: e.attendance,
    sessionsAttended: e.sessionsAttended,
    sessionsTotal: e.sessionsTotal,
    withdrawnOn: e.withdrawnOn,
    withdrawalReason: e.withdrawalReason,
    completedOn: e.completedOn,
    result: e.result,
    grade: e.grade,
    certificateNumber: e.certificateNumber,
    certificateIssuedOn: e.certificateIssuedOn,
    certificateValidUntil: e.certificateValidUntil,
  };
}

/**
 * One student's completion, in the caller's transaction: the state, `enrollment.completed`
 * (occurredOn = the completion date), `certificate.issued` when there is a certificate (occurredOn
 * = the certificate date) and the audit row. The single completion and the results sheet both
 * come through here, so a certificate is the same fact whichever way it was recorded.
 */
export function applyCompletion(uow: UnitOfWork, e: Enrollment, cls: TrainingClass, type: CourseType, c: CompletionInput, via: 'single' | 'results'): void {
  const before = enrollmentView(e);
  e.completedOn = c.completedOn;
  e.result = c.result;
  e.grade = c.grade;
  uow.event(StudentCompleted, { ...enrollmentRef(e, cls, type), completedOn: c.completedOn, result: c.result, grade: c.grade }, c.completedOn, e.orgId);
  if (c.certificateNumber && c.certificateIssuedOn) {
    e.certificateNumber = c.certificateNumber;
    e.certificateIssuedOn = c.certificateIssuedOn;
    e.certificateValidUntil = certificateValidUntil(c.certificateIssuedOn, type.certificateValidityMonths);
    uow.event(
      CertificateIssued,
      {
        ...enrollmentRef(e, cls, type),
        certificateNumber: c.certificateNumber,
        issuedOn: c.certificateIssuedOn,
        validUntil: e.certificateValidUntil,
        requiredFor: type.requiredFor,
      },
      c.certificateIssuedOn,
      e.orgId,
    );
  }
  uow.audit(via === 'single' ? 'enrollment.complete' : 'enrollment.complete.results', 'enrollment', e.id, before, enrollmentView(e));
}

/**
 * Certificate numbers are unique within a course type. There is no column to put a unique index
 * on (the course type is the class's), so every transaction that issues numbers of a course type
 * takes this lock first; the check that follows then sees every number committed before it.
 */
export async function lockCertificateNumbers(em: EntityManager, courseTypeCode: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`training-certificate:${courseTypeCode}`]);
}

/** The numbers among `numbers` already issued for the course type: number → the enrollment holding it. */
export async function issuedCertificateNumbers(em: EntityManager, courseTypeCode: string, numbers: string[]): Promise<Map<string, string>> {
  if (!numbers.length) return new Map();
  const s = em.config.get('schema') as string;
  const rows = await em.execute<{ certificate_number: string; id: string }[]>(
    `select e.certificate_number, e.id from "${s}"."enrollment" e join "${s}"."training_class" c on c.id = e.class_id
      where c.course_type_code = ? and e.certificate_number in (select jsonb_array_elements_text(?::jsonb))`,
    [courseTypeCode, JSON.stringify(numbers)],
  );
  return new Map(rows.map((r) => [r.certificate_number, r.id]));
}
