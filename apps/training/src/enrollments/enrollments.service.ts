import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode, MikroORM, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  AttendanceRecorded,
  attendanceSchema,
  CertificateIssued,
  completeSchema,
  DomainError,
  enrollSchema,
  importSchema,
  PersonRef,
  Principal,
  ServiceRequest,
  StudentCompleted,
  StudentEnrolled,
  todayInVietnam,
  validate,
} from '@party/contracts';
import { recordEvent } from '@party/messaging';
import { BackboneRunner } from '@party/service-kit';
import { TrainingClass } from '../classes/class.entity';
import { CourseType } from '../course-types/course-type.entity';
import { requireCourseType } from '../course-types/course-types.service';
import { actorOf, audit } from '../shared/actor';
import { describePerson, personColumns, personKeysOf, personOf } from '../shared/person';
import { fileError, ImportError, ImportRow, parseEnrollmentWorkbook } from './enrollment-import';
import { Enrollment } from './enrollment.entity';
import { capacityProblem, certificateValidUntil, COMPLETION_REGULATION, completionDateProblem, duplicateIndexes } from './enrollment.rules';

const alreadyEnrolled = (who: string) => ({
  vi: `${who} đã được ghi danh vào lớp này`,
  en: `${who} is already enrolled in this class`,
});

export interface ImportPreview {
  classId: string;
  totalRows: number;
  validRows: number;
  errors: ImportError[];
  /** The first valid rows, as they will be enrolled. */
  sample: ImportRow[];
}

@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
  ) {}

  async enroll(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(enrollSchema, req.payload);
    const result = await this.write(async (em) => {
      const { cls, type } = await this.lockClass(em, cmd.classId);
      const existing = await this.enrolledKeys(em, cls.id, [cmd.person]);
      const clash = personKeysOf(cmd.person).find((k) => existing.has(k));
      if (clash) throw DomainError.conflict(alreadyEnrolled(describePerson(cmd.person)));
      const current = await em.count(Enrollment, { classId: cls.id });
      const full = capacityProblem(cls.capacity, current, 1);
      if (full) throw DomainError.rule(full);
      const e = this.addStudent(em, req, principal, cls, type, { person: cmd.person, orgId: cmd.orgId, enrolledOn: cmd.enrolledOn ?? cls.openedOn, source: 'single' });
      return this.enrollmentView(e);
    });
    this.backbone.kickRelay();
    return result;
  }

  async recordAttendance(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(attendanceSchema, req.payload);
    const result = await this.write(async (em) => {
      const { e, cls, type } = await this.loadEnrollment(em, cmd.enrollmentId);
      if (cmd.sessionsAttended !== null && cmd.sessionsTotal !== null && cmd.sessionsAttended > cmd.sessionsTotal) {
        throw DomainError.validation([{ field: 'sessionsAttended', vi: 'Số buổi dự không thể lớn hơn tổng số buổi', en: 'sessionsAttended exceeds sessionsTotal' }]);
      }
      if (cmd.recordedOn < cls.openedOn) {
        throw DomainError.rule({ vi: `Ngày ghi nhận ${cmd.recordedOn} trước ngày khai giảng ${cls.openedOn}`, en: `recordedOn ${cmd.recordedOn} is before the class opened on ${cls.openedOn}` }, undefined, [
          { field: 'recordedOn', vi: 'Trước ngày khai giảng', en: 'Before the class opened' },
        ]);
      }
      const before = this.enrollmentView(e);
      e.attendance = cmd.attendance;
      e.sessionsAttended = cmd.sessionsAttended;
      e.sessionsTotal = cmd.sessionsTotal;
      recordEvent(em, AttendanceRecorded, {
        data: {
          ...this.ref(e, cls, type),
          attendance: cmd.attendance,
          sessionsAttended: cmd.sessionsAttended,
          sessionsTotal: cmd.sessionsTotal,
          recordedOn: cmd.recordedOn,
        },
        occurredOn: cmd.recordedOn,
        orgId: e.orgId,
        actor: actorOf(principal),
        correlationId: req.correlationId,
      });
      audit(em, req, principal, { action: 'enrollment.attendance', entity: 'enrollment', entityId: e.id, before, after: this.enrollmentView(e) });
      return this.enrollmentView(e);
    });
    this.backbone.kickRelay();
    return result;
  }

  async complete(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(completeSchema, req.payload);
    const result = await this.write(async (em) => {
      const { e, cls, type } = await this.loadEnrollment(em, cmd.enrollmentId);
      if (e.completedOn) {
        throw DomainError.conflict({ vi: `Học viên đã được ghi nhận hoàn thành ngày ${e.completedOn}`, en: `Completion already recorded on ${e.completedOn}` });
      }
      if (e.attendance === 'withdrawn') {
        throw DomainError.rule({ vi: 'Học viên đã thôi học, không thể ghi nhận hoàn thành', en: 'The student withdrew; no completion can be recorded' });
      }
      const issuedOn = cmd.certificateNumber ? (cmd.certificateIssuedOn ?? cmd.completedOn) : null;
      const problem = completionDateProblem(cls.openedOn, cmd.completedOn, issuedOn);
      if (problem) throw DomainError.rule(problem.message, COMPLETION_REGULATION, [{ field: problem.field, ...problem.message }]);
      if (cmd.certificateNumber) {
        const duplicate = await this.certificateTaken(em, cmd.certificateNumber, type.code);
        if (duplicate) {
          throw DomainError.conflict({ vi: `Số giấy chứng nhận ${cmd.certificateNumber} đã được cấp cho người khác`, en: `Certificate number ${cmd.certificateNumber} is already issued to someone else` });
        }
      }
      const before = this.enrollmentView(e);
      e.completedOn = cmd.completedOn;
      e.result = cmd.result;
      e.grade = cmd.grade;
      const actor = actorOf(principal);
      recordEvent(em, StudentCompleted, {
        data: { ...this.ref(e, cls, type), completedOn: cmd.completedOn, result: cmd.result, grade: cmd.grade },
        occurredOn: cmd.completedOn,
        orgId: e.orgId,
        actor,
        correlationId: req.correlationId,
      });
      if (cmd.certificateNumber && issuedOn) {
        e.certificateNumber = cmd.certificateNumber;
        e.certificateIssuedOn = issuedOn;
        e.certificateValidUntil = certificateValidUntil(issuedOn, type.certificateValidityMonths);
        recordEvent(em, CertificateIssued, {
          data: {
            ...this.ref(e, cls, type),
            certificateNumber: cmd.certificateNumber,
            issuedOn,
            validUntil: e.certificateValidUntil,
            requiredFor: type.requiredFor,
          },
          occurredOn: issuedOn,
          orgId: e.orgId,
          actor,
          correlationId: req.correlationId,
        });
      }
      audit(em, req, principal, { action: 'enrollment.complete', entity: 'enrollment', entityId: e.id, before, after: this.enrollmentView(e) });
      return this.enrollmentView(e);
    });
    this.backbone.kickRelay();
    return result;
  }

  /** Reads the workbook and reports every problem row by row; writes nothing. */
  async previewImport(req: ServiceRequest<unknown>): Promise<ImportPreview> {
    assertPermission(req.principal, 'training:write');
    const cmd = validate(importSchema, req.payload);
    const em = this.orm.em.fork();
    const cls = await em.findOne(TrainingClass, { id: cmd.classId });
    if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
    return (await this.checkImport(em, cls, cmd.fileBase64)).preview;
  }

  /** All or nothing: with any problem nothing is enrolled and the report comes back as a 422. */
  async commitImport(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(importSchema, req.payload);
    const result = await this.write(async (em) => {
      const { cls, type } = await this.lockClass(em, cmd.classId);
      const { preview, valid } = await this.checkImport(em, cls, cmd.fileBase64);
      if (preview.errors.length) {
        throw DomainError.rule(
          { vi: `Tệp có ${preview.errors.length} lỗi, chưa ghi danh ai; sửa rồi tải lên lại`, en: `The file has ${preview.errors.length} problems; nobody was enrolled` },
          undefined,
          preview.errors.map((x) => ({
            field: x.row === null ? 'file' : `row ${x.row}${x.column ? `: ${x.column}` : ''}`,
            vi: x.problem,
            en: x.problemEn,
          })),
        );
      }
      for (const r of valid) {
        this.addStudent(em, req, principal, cls, type, { person: r.person, orgId: r.orgId, enrolledOn: cls.openedOn, source: 'import' });
      }
      return { classId: cls.id, enrolled: valid.length };
    });
    this.backbone.kickRelay();
    return result;
  }

  private async checkImport(em: EntityManager, cls: TrainingClass, fileBase64: string): Promise<{ preview: ImportPreview; valid: ImportRow[] }> {
    const parsed = await parseEnrollmentWorkbook(fileBase64, todayInVietnam());
    const errors = [...parsed.errors];
    const keys = parsed.rows.map((r) => personKeysOf(r.person));
    const dups = duplicateIndexes(keys);
    const existing = await this.enrolledKeys(
      em,
      cls.id,
      parsed.rows.map((r) => r.person),
    );
    const columnOf = (p: PersonRef) => (p.personId ? 'Mã người' : 'Số CCCD');
    parsed.rows.forEach((r, i) => {
      const first = dups.get(i);
      if (first !== undefined) {
        errors.push({ row: r.row, column: columnOf(r.person), problem: `Trùng người với dòng ${parsed.rows[first].row}`, problemEn: `Same person as row ${parsed.rows[first].row}` });
      } else if (keys[i].some((k) => existing.has(k))) {
        errors.push({ row: r.row, column: columnOf(r.person), problem: `${describePerson(r.person)} đã được ghi danh vào lớp này`, problemEn: `${describePerson(r.person)} is already enrolled in this class` });
      }
    });
    const valid = parsed.rows.filter((r) => !errors.some((x) => x.row === r.row));
    const current = await em.count(Enrollment, { classId: cls.id });
    const full = capacityProblem(cls.capacity, current, valid.length);
    if (full) errors.push(fileError(full.vi, full.en));
    errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const badRows = new Set(parsed.errors.filter((x) => x.row !== null && x.row > 1).map((x) => x.row)).size;
    return {
      preview: { classId: cls.id, totalRows: parsed.rows.length + badRows, validRows: valid.length, errors, sample: valid.slice(0, 50) },
      valid,
    };
  }

  private addStudent(
    em: EntityManager,
    req: ServiceRequest<unknown>,
    principal: Principal,
    cls: TrainingClass,
    type: CourseType,
    input: { person: PersonRef; orgId: string | null; enrolledOn: string; source: 'single' | 'import' },
  ): Enrollment {
    const e = em.create(Enrollment, { classId: cls.id, ...personColumns(input.person), orgId: input.orgId, enrolledOn: input.enrolledOn, source: input.source });
    em.persist(e);
    recordEvent(em, StudentEnrolled, {
      data: { ...this.ref(e, cls, type), enrolledOn: e.enrolledOn, orgId: e.orgId, source: input.source },
      occurredOn: e.enrolledOn,
      orgId: e.orgId,
      actor: actorOf(principal),
      correlationId: req.correlationId,
    });
    audit(em, req, principal, { action: 'enrollment.enroll', entity: 'enrollment', entityId: e.id, after: this.enrollmentView(e) });
    return e;
  }

  private ref(e: Enrollment, cls: TrainingClass, type: CourseType) {
    return { enrollmentId: e.id, classId: cls.id, courseTypeCode: type.code, category: type.category, classOpenedOn: cls.openedOn, person: personOf(e) };
  }

  private enrollmentView(e: Enrollment) {
    return {
      enrollmentId: e.id,
      classId: e.classId,
      person: personOf(e),
      orgId: e.orgId,
      enrolledOn: e.enrolledOn,
      attendance: e.attendance,
      sessionsAttended: e.sessionsAttended,
      sessionsTotal: e.sessionsTotal,
      completedOn: e.completedOn,
      result: e.result,
      grade: e.grade,
      certificateNumber: e.certificateNumber,
      certificateIssuedOn: e.certificateIssuedOn,
      certificateValidUntil: e.certificateValidUntil,
    };
  }

  /** Locks the class row so concurrent enrollments count its capacity one after another. */
  private async lockClass(em: EntityManager, classId: string) {
    const cls = await em.findOne(TrainingClass, { id: classId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
    return { cls, type: await requireCourseType(em, cls.courseTypeCode) };
  }

  private async loadEnrollment(em: EntityManager, enrollmentId: string) {
    const e = await em.findOne(Enrollment, { id: enrollmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!e) throw DomainError.notFound({ vi: 'lượt ghi danh', en: 'Enrollment' });
    const cls = await em.findOneOrFail(TrainingClass, { id: e.classId });
    return { e, cls, type: await requireCourseType(em, cls.courseTypeCode) };
  }

  private async enrolledKeys(em: EntityManager, classId: string, people: PersonRef[]): Promise<Set<string>> {
    const personIds = people.map((p) => p.personId).filter((x): x is string => !!x);
    const citizenIds = people.map((p) => p.citizenId).filter((x): x is string => !!x);
    if (!personIds.length && !citizenIds.length) return new Set();
    const rows = await em.find(Enrollment, { classId, $or: [{ personId: { $in: personIds } }, { citizenId: { $in: citizenIds } }] }, { fields: ['personId', 'citizenId'] });
    return new Set(rows.flatMap((r) => personKeysOf(r)));
  }

  private async certificateTaken(em: EntityManager, certificateNumber: string, courseTypeCode: string): Promise<boolean> {
    const rows = await em.find(Enrollment, { certificateNumber }, { fields: ['classId'] });
    if (!rows.length) return false;
    return (await em.count(TrainingClass, { id: { $in: rows.map((r) => r.classId) }, courseTypeCode })) > 0;
  }

  /** One transaction; a unique-index race on (class, person) becomes the same 409 as the check. */
  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.orm.em.fork().transactional(work);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw DomainError.conflict({ vi: 'Người này đã được ghi danh vào lớp này', en: 'This person is already enrolled in this class' });
      }
      throw err;
    }
  }
}
