import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode, MikroORM, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  AttendanceRecorded,
  attendanceSchema,
  completeSchema,
  DomainError,
  enrollSchema,
  importSchema,
  PersonRef,
  Principal,
  ServiceRequest,
  StagedImportPreviewHead,
  stagedEnrollmentPreviewSchema,
  stagedImportCommitSchema,
  StudentEnrolled,
  StudentWithdrawn,
  todayInVietnam,
  validate,
  withdrawSchema,
} from '@party/contracts';
import { recordEvent } from '@party/messaging';
import { BackboneRunner } from '@party/service-kit';
import { TrainingClass } from '../classes/class.entity';
import { CourseType } from '../course-types/course-type.entity';
import { requireCourseType } from '../course-types/course-types.service';
import { assertWholeBloc, OrganizationScopes, OrgScope, outOfScope, scopedOrgRequired } from '../organizations/organization-scope';
import { actorOf, audit } from '../shared/actor';
import { describePerson, personColumns, personKeysOf } from '../shared/person';
import { applyCompletion, enrollmentRef, enrollmentView, issuedCertificateNumbers, lockCertificateNumbers } from './completion';
import { fileError, ImportError, ImportRow, parseEnrollmentWorkbook, SheetFile } from './enrollment-import';
import { previewHead, refusalFields, StagedImports } from '../uploads/staged-imports';
import { Enrollment } from './enrollment.entity';
import { capacityProblem, COMPLETION_REGULATION, completionDateProblem, duplicateIndexes, withdrawalProblem } from './enrollment.rules';

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

export interface StagedEnrollmentPreview extends StagedImportPreviewHead {
  /** The first valid rows, as they will be enrolled. */
  sample: ImportRow[];
}

@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly scopes: OrganizationScopes,
    private readonly staged: StagedImports,
  ) {}

  async enroll(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(enrollSchema, req.payload);
    const result = await this.write(async (em) => {
      const { cls, type } = await this.lockClass(em, cmd.classId);
      const scope = await this.scopes.of(principal, em);
      if (!scope.covers(cmd.orgId, cmd.enrolledOn ?? cls.openedOn)) {
        throw scopedOrgRequired(cmd.orgId, { vi: 'Người được ghi danh', en: 'The person enrolled' });
      }
      const existing = await this.enrolledKeys(em, cls.id, [cmd.person]);
      const clash = personKeysOf(cmd.person).find((k) => existing.has(k));
      if (clash) throw DomainError.conflict(alreadyEnrolled(describePerson(cmd.person)));
      const current = await this.seatsTaken(em, cls.id);
      const full = capacityProblem(cls.capacity, current, 1);
      if (full) throw DomainError.rule(full);
      const e = this.addStudent(em, req, principal, cls, type, { person: cmd.person, orgId: cmd.orgId, enrolledOn: cmd.enrolledOn ?? cls.openedOn, source: 'single' });
      return enrollmentView(e);
    });
    this.backbone.kickRelay();
    return result;
  }

  async recordAttendance(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(attendanceSchema, req.payload);
    if (cmd.attendance === 'withdrawn') {
      throw DomainError.validation([
        { field: 'attendance', vi: 'Thôi học được ghi nhận bằng chức năng thôi học (ngày và lý do)', en: 'Record a withdrawal with its date and reason (POST /enrollments/{id}/withdrawal)' },
      ]);
    }
    const result = await this.write(async (em) => {
      const { e, cls, type } = await this.loadEnrollment(em, cmd.enrollmentId, principal);
      if (e.withdrawnOn || e.attendance === 'withdrawn') {
        throw DomainError.conflict({ vi: `Học viên đã thôi học${e.withdrawnOn ? ` từ ngày ${e.withdrawnOn}` : ''}`, en: `The student withdrew${e.withdrawnOn ? ` on ${e.withdrawnOn}` : ''}` });
      }
      if (cmd.sessionsAttended !== null && cmd.sessionsTotal !== null && cmd.sessionsAttended > cmd.sessionsTotal) {
        throw DomainError.validation([{ field: 'sessionsAttended', vi: 'Số buổi dự không thể lớn hơn tổng số buổi', en: 'sessionsAttended exceeds sessionsTotal' }]);
      }
      if (cmd.recordedOn < cls.openedOn) {
        throw DomainError.rule({ vi: `Ngày ghi nhận ${cmd.recordedOn} trước ngày khai giảng ${cls.openedOn}`, en: `recordedOn ${cmd.recordedOn} is before the class opened on ${cls.openedOn}` }, undefined, [
          { field: 'recordedOn', vi: 'Trước ngày khai giảng', en: 'Before the class opened' },
        ]);
      }
      const before = enrollmentView(e);
      e.attendance = cmd.attendance;
      e.sessionsAttended = cmd.sessionsAttended;
      e.sessionsTotal = cmd.sessionsTotal;
      recordEvent(em, AttendanceRecorded, {
        data: {
          ...enrollmentRef(e, cls, type),
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
      audit(em, req, principal, { action: 'enrollment.attendance', entity: 'enrollment', entityId: e.id, before, after: enrollmentView(e) });
      return enrollmentView(e);
    });
    this.backbone.kickRelay();
    return result;
  }

  async complete(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(completeSchema, req.payload);
    const result = await this.write(async (em) => {
      const { e, cls, type } = await this.loadEnrollment(em, cmd.enrollmentId, principal);
      if (e.completedOn) {
        throw DomainError.conflict({ vi: `Học viên đã được ghi nhận hoàn thành ngày ${e.completedOn}`, en: `Completion already recorded on ${e.completedOn}` });
      }
      if (e.withdrawnOn || e.attendance === 'withdrawn') {
        throw DomainError.rule({ vi: 'Học viên đã thôi học, không thể ghi nhận hoàn thành', en: 'The student withdrew; no completion can be recorded' });
      }
      const issuedOn = cmd.certificateNumber ? (cmd.certificateIssuedOn ?? cmd.completedOn) : null;
      const problem = completionDateProblem(cls.openedOn, cmd.completedOn, issuedOn);
      if (problem) throw DomainError.rule(problem.message, COMPLETION_REGULATION, [{ field: problem.field, ...problem.message }]);
      if (cmd.certificateNumber) {
        await lockCertificateNumbers(em, type.code);
        if ((await issuedCertificateNumbers(em, type.code, [cmd.certificateNumber])).size) {
          throw DomainError.conflict({ vi: `Số giấy chứng nhận ${cmd.certificateNumber} đã được cấp cho người khác`, en: `Certificate number ${cmd.certificateNumber} is already issued to someone else` });
        }
      }
      applyCompletion(em, req, principal, e, cls, type, { completedOn: cmd.completedOn, result: cmd.result, grade: cmd.grade, certificateNumber: cmd.certificateNumber, certificateIssuedOn: issuedOn }, 'single');
      return enrollmentView(e);
    });
    this.backbone.kickRelay();
    return result;
  }

  /**
   * Thôi học, with its date and reason. The student stays among the class's students (the
   * year-end report counts who enrolled in the classes opened in the year), is shown as withdrawn,
   * frees a seat, and can no longer complete. A secretary may withdraw a student of their subtree.
   */
  async withdraw(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(withdrawSchema, req.payload);
    const result = await this.write(async (em) => {
      const { e, cls, type } = await this.loadEnrollment(em, cmd.enrollmentId, principal);
      const problem = withdrawalProblem(e, cmd.withdrawnOn);
      if (problem) {
        if (problem.conflict) throw DomainError.conflict(problem.message);
        throw DomainError.rule(problem.message, undefined, [{ field: 'withdrawnOn', ...problem.message }]);
      }
      const before = enrollmentView(e);
      e.attendance = 'withdrawn';
      e.withdrawnOn = cmd.withdrawnOn;
      e.withdrawalReason = cmd.reason;
      recordEvent(em, StudentWithdrawn, {
        data: { ...enrollmentRef(e, cls, type), withdrawnOn: cmd.withdrawnOn, reason: cmd.reason, orgId: e.orgId },
        occurredOn: cmd.withdrawnOn,
        orgId: e.orgId,
        actor: actorOf(principal),
        correlationId: req.correlationId,
      });
      audit(em, req, principal, { action: 'enrollment.withdraw', entity: 'enrollment', entityId: e.id, before, after: enrollmentView(e) });
      return enrollmentView(e);
    });
    this.backbone.kickRelay();
    return result;
  }

  /** Reads the workbook and reports every problem row by row; writes nothing. */
  async previewImport(req: ServiceRequest<unknown>): Promise<ImportPreview> {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(importSchema, req.payload);
    const em = this.orm.em.fork();
    const cls = await this.requireClass(em, cmd.classId);
    return (await this.checkImport(em, cls, cmd.fileBase64, await this.scopes.of(principal, em))).preview;
  }

  /** All or nothing: with any problem nothing is enrolled and the report comes back as a 422. */
  async commitImport(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(importSchema, req.payload);
    const result = await this.write(async (em) => {
      const { cls, type } = await this.lockClass(em, cmd.classId);
      return { classId: cls.id, enrolled: await this.enrollChecked(em, req, principal, cls, type, cmd.fileBase64) };
    });
    this.backbone.kickRelay();
    return result;
  }

  /** The staged roster (`uploadId`): every problem row by row, bound to this class for the commit; writes nothing else. */
  async previewUpload(req: ServiceRequest<unknown>): Promise<StagedEnrollmentPreview> {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(stagedEnrollmentPreviewSchema, req.payload);
    const em = this.orm.em.fork();
    const cls = await this.requireClass(em, cmd.classId);
    const file = await this.staged.openForPreview(em, principal, cmd.uploadId, { classId: cls.id, purpose: 'enrollments' });
    const { preview } = await this.checkImport(em, cls, file.bytes, await this.scopes.of(principal, em));
    return { ...previewHead(file, cls.id, preview, preview.errors), sample: preview.sample };
  }

  /** The staged roster previewed for this class, by its owner: every row or none; the file goes with the commit. */
  async commitUpload(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(stagedImportCommitSchema, req.payload);
    const result = await this.write(async (em) => {
      const { file } = await this.staged.openForCommit(em, principal, cmd.uploadId, cmd.classId, 'enrollments');
      const { cls, type } = await this.lockClass(em, cmd.classId);
      const enrolled = await this.enrollChecked(em, req, principal, cls, type, file.bytes);
      audit(em, req, principal, { action: 'enrollment.importUpload', entity: 'enrollment_import', entityId: cmd.uploadId, after: { classId: cls.id, fileName: file.fileName, size: file.bytes.length, enrolled } });
      await this.staged.discard(em, principal, cmd.uploadId);
      return { uploadId: cmd.uploadId, classId: cls.id, enrolled };
    });
    this.backbone.kickRelay();
    return result;
  }

  /** Checks the whole file under the class lock and enrolls every row, or refuses it (403 outside the scope, else 422). */
  private async enrollChecked(em: EntityManager, req: ServiceRequest<unknown>, principal: Principal, cls: TrainingClass, type: CourseType, file: SheetFile): Promise<number> {
    const { preview, valid, outside } = await this.checkImport(em, cls, file, await this.scopes.of(principal, em));
    if (outside.length) {
      throw new DomainError({
        code: 'forbidden',
        message: { vi: `Tệp có ${outside.length} người ngoài phạm vi tổ chức bạn phụ trách, chưa ghi danh ai`, en: `${outside.length} rows are outside your organization; nobody was enrolled` },
        fields: refusalFields(outside),
      });
    }
    if (preview.errors.length) {
      throw DomainError.rule(
        { vi: `Tệp có ${preview.errors.length} lỗi, chưa ghi danh ai; sửa rồi tải lên lại`, en: `The file has ${preview.errors.length} problems; nobody was enrolled` },
        undefined,
        refusalFields(preview.errors),
      );
    }
    for (const r of valid) {
      this.addStudent(em, req, principal, cls, type, { person: r.person, orgId: r.orgId, enrolledOn: cls.openedOn, source: 'import' });
    }
    return valid.length;
  }

  private async requireClass(em: EntityManager, classId: string): Promise<TrainingClass> {
    const cls = await em.findOne(TrainingClass, { id: classId });
    if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
    return cls;
  }

  private async checkImport(em: EntityManager, cls: TrainingClass, file: SheetFile, scope: OrgScope): Promise<{ preview: ImportPreview; valid: ImportRow[]; outside: ImportError[] }> {
    const parsed = await parseEnrollmentWorkbook(file, todayInVietnam());
    const errors = [...parsed.errors];
    const outside: ImportError[] = [];
    for (const r of parsed.rows) {
      if (scope.covers(r.orgId, cls.openedOn)) continue;
      outside.push({
        row: r.row,
        column: 'Mã tổ chức',
        problem: r.orgId ? `Tổ chức "${r.orgId}" nằm ngoài phạm vi tổ chức bạn phụ trách` : 'Cần mã tổ chức thuộc phạm vi bạn phụ trách',
        problemEn: r.orgId ? `Organization "${r.orgId}" is outside the organization you are scoped to` : 'An organization within your scope is required',
      });
    }
    errors.push(...outside);
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
    const current = await this.seatsTaken(em, cls.id);
    const full = capacityProblem(cls.capacity, current, valid.length);
    if (full) errors.push(fileError(full.vi, full.en));
    errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const badRows = new Set(parsed.errors.filter((x) => x.row !== null && x.row > 1).map((x) => x.row)).size;
    return {
      preview: { classId: cls.id, totalRows: parsed.rows.length + badRows, validRows: valid.length, errors, sample: valid.slice(0, 50) },
      valid,
      outside,
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
      data: { ...enrollmentRef(e, cls, type), enrolledOn: e.enrolledOn, orgId: e.orgId, source: input.source },
      occurredOn: e.enrolledOn,
      orgId: e.orgId,
      actor: actorOf(principal),
      correlationId: req.correlationId,
    });
    audit(em, req, principal, { action: 'enrollment.enroll', entity: 'enrollment', entityId: e.id, after: enrollmentView(e) });
    return e;
  }

  /** Locks the class row so concurrent enrollments count its capacity one after another. */
  private async lockClass(em: EntityManager, classId: string) {
    const cls = await em.findOne(TrainingClass, { id: classId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
    return { cls, type: await requireCourseType(em, cls.courseTypeCode) };
  }

  /** Seats a class has given: a withdrawn student's seat is free again. */
  private seatsTaken(em: EntityManager, classId: string): Promise<number> {
    return em.count(Enrollment, { classId, withdrawnOn: null, attendance: { $ne: 'withdrawn' } });
  }

  private async loadEnrollment(em: EntityManager, enrollmentId: string, principal: Principal) {
    const e = await em.findOne(Enrollment, { id: enrollmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!e) throw DomainError.notFound({ vi: 'lượt ghi danh', en: 'Enrollment' });
    if (!(await this.scopes.of(principal, em)).covers(e.orgId, e.enrolledOn)) throw outOfScope({ vi: 'Học viên này', en: 'This student' });
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
