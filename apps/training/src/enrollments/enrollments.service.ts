import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import {
  AttendanceRecorded,
  DomainError,
  ENROLLMENT_ROUTES,
  PersonRef,
  Principal,
  RouteInput,
  StudentEnrolled,
  StudentWithdrawn,
  todayInVietnam,
  TRAINING_FILE_ROUTES,
} from '@party/contracts';
import { CommandContext, Handles, QueryContext, UnitOfWork } from '@party/service-kit';
import { TrainingClass } from '../classes/class.entity';
import { CourseType } from '../course-types/course-type.entity';
import { requireCourseType } from '../course-types/course-types.service';
import { assertWholeBloc, OrgScope, outOfScope, scopedOrgRequired } from '../organizations/organization-scope';
import { orgScopeOf } from '@party/org-replica';
import { describePerson, personColumns, personKeysOf } from '../shared/person';
import { orgRequired, orgUnknownProblem, placementsOn, studentOrg } from '../people/person-placements';
import { applyCompletion, enrollmentRef, enrollmentView, issuedCertificateNumbers, lockCertificateNumbers } from './completion';
import { fileError, ImportError, ImportRow, parseEnrollmentWorkbook, SheetFile } from './enrollment-import';
import { previewHead, refusalFields, StagedImports } from '../uploads/staged-imports';
import { Enrollment } from './enrollment.entity';
import { capacityProblem, COMPLETION_REGULATION, completionDateProblem, duplicateIndexes, withdrawalProblem } from './enrollment.rules';

const alreadyEnrolled = (who: string) => ({
  vi: `${who} đã được ghi danh vào lớp này`,
  en: `${who} is already enrolled in this class`,
});
/** A unique-index race on (class, person) answers as the check does. */
const raceLost = () => DomainError.conflict({ vi: 'Người này đã được ghi danh vào lớp này', en: 'This person is already enrolled in this class' });

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
  constructor(private readonly staged: StagedImports) {}

  /**
   * The student counts in the organization named, else in the person's on the enrollment date by
   * membership's records (training's copy of them); someone the records do not place must be
   * given one, or they would count in no organization's figures.
   */
  @Handles(ENROLLMENT_ROUTES.enroll)
  async enroll(cmd: RouteInput<typeof ENROLLMENT_ROUTES.enroll>, { em, uow, principal }: CommandContext) {
    const { cls, type } = await this.lockClass(em, cmd.id);
    const enrolledOn = cmd.enrolledOn ?? cls.openedOn;
    const placements = cmd.orgId ? new Map<string, string | null>() : await placementsOn(em, [cmd.person.personId], enrolledOn);
    const orgId = studentOrg(cmd.orgId, cmd.person.personId, placements);
    const scope = await orgScopeOf(em, principal);
    if (!scope.covers(orgId, enrolledOn)) {
      throw scopedOrgRequired(orgId, { vi: 'Người được ghi danh', en: 'The person enrolled' });
    }
    const existing = await this.enrolledKeys(em, cls.id, [cmd.person]);
    const clash = personKeysOf(cmd.person).find((k) => existing.has(k));
    if (clash) throw DomainError.conflict(alreadyEnrolled(describePerson(cmd.person)));
    const current = await this.seatsTaken(em, cls.id);
    const full = capacityProblem(cls.capacity, current, 1);
    if (full) throw DomainError.rule(full);
    if (!orgId) throw orgRequired(orgUnknownProblem(cmd.person.fullName, cmd.person.personId, placements, enrolledOn));
    const e = this.addStudent(em, uow, cls, type, { person: cmd.person, orgId, enrolledOn, source: 'single' });
    await uow.flushOrConflict(raceLost);
    return { id: e.id, ...enrollmentView(e) };
  }

  @Handles(ENROLLMENT_ROUTES.recordAttendance)
  async recordAttendance(cmd: RouteInput<typeof ENROLLMENT_ROUTES.recordAttendance>, { em, uow, principal }: CommandContext) {
    if (cmd.attendance === 'withdrawn') {
      throw DomainError.validation([
        { field: 'attendance', vi: 'Thôi học được ghi nhận bằng chức năng thôi học (ngày và lý do)', en: 'Record a withdrawal with its date and reason (POST /enrollments/{id}/withdrawal)' },
      ]);
    }
    const { e, cls, type } = await this.loadEnrollment(em, cmd.id, principal);
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
    uow.event(
      AttendanceRecorded,
      { ...enrollmentRef(e, cls, type), attendance: cmd.attendance, sessionsAttended: cmd.sessionsAttended, sessionsTotal: cmd.sessionsTotal, recordedOn: cmd.recordedOn },
      cmd.recordedOn,
      e.orgId,
    );
    uow.audit('enrollment.attendance', 'enrollment', e.id, before, enrollmentView(e));
    return enrollmentView(e);
  }

  @Handles(ENROLLMENT_ROUTES.complete)
  async complete(cmd: RouteInput<typeof ENROLLMENT_ROUTES.complete>, { em, uow, principal }: CommandContext) {
    assertWholeBloc(principal);
    const { e, cls, type } = await this.loadEnrollment(em, cmd.id, principal);
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
    applyCompletion(uow, e, cls, type, { completedOn: cmd.completedOn, result: cmd.result, grade: cmd.grade, certificateNumber: cmd.certificateNumber, certificateIssuedOn: issuedOn }, 'single');
    return enrollmentView(e);
  }

  /**
   * Thôi học, with its date and reason. The student stays among the class's students (the
   * year-end report counts who enrolled in the classes opened in the year), is shown as withdrawn,
   * frees a seat, and can no longer complete. A secretary may withdraw a student of their subtree.
   */
  @Handles(ENROLLMENT_ROUTES.withdraw)
  async withdraw(cmd: RouteInput<typeof ENROLLMENT_ROUTES.withdraw>, { em, uow, principal }: CommandContext) {
    const { e, cls, type } = await this.loadEnrollment(em, cmd.id, principal);
    const problem = withdrawalProblem(e, cmd.withdrawnOn);
    if (problem) {
      if (problem.conflict) throw DomainError.conflict(problem.message);
      throw DomainError.rule(problem.message, undefined, [{ field: 'withdrawnOn', ...problem.message }]);
    }
    const before = enrollmentView(e);
    e.attendance = 'withdrawn';
    e.withdrawnOn = cmd.withdrawnOn;
    e.withdrawalReason = cmd.reason;
    uow.event(StudentWithdrawn, { ...enrollmentRef(e, cls, type), withdrawnOn: cmd.withdrawnOn, reason: cmd.reason, orgId: e.orgId }, cmd.withdrawnOn, e.orgId);
    uow.audit('enrollment.withdraw', 'enrollment', e.id, before, enrollmentView(e));
    return enrollmentView(e);
  }

  /** Reads the workbook and reports every problem row by row; writes nothing. */
  @Handles(TRAINING_FILE_ROUTES.previewImport)
  async previewImport(cmd: RouteInput<typeof TRAINING_FILE_ROUTES.previewImport>, { em, principal }: QueryContext) {
    const cls = await this.requireClass(em, cmd.id);
    return (await this.checkImport(em, cls, cmd.fileBase64, await orgScopeOf(em, principal))).preview;
  }

  /** All or nothing: with any problem nothing is enrolled and the report comes back as a 422. */
  @Handles(ENROLLMENT_ROUTES.commitImport)
  async commitImport(cmd: RouteInput<typeof ENROLLMENT_ROUTES.commitImport>, { em, uow, principal }: CommandContext) {
    const { cls, type } = await this.lockClass(em, cmd.id);
    const enrolled = await this.enrollChecked(em, uow, principal, cls, type, cmd.fileBase64);
    await uow.flushOrConflict(raceLost);
    return { classId: cls.id, enrolled };
  }

  /** The staged roster (`uploadId`): every problem row by row, bound to this class for the commit; writes nothing else. */
  @Handles(TRAINING_FILE_ROUTES.previewEnrollmentUpload)
  async previewEnrollmentUpload(cmd: RouteInput<typeof TRAINING_FILE_ROUTES.previewEnrollmentUpload>, { em, principal }: CommandContext) {
    const cls = await this.requireClass(em, cmd.id);
    const file = await this.staged.openForPreview(em, principal, cmd.uploadId, { classId: cls.id, purpose: 'enrollments' });
    const { preview } = await this.checkImport(em, cls, file.bytes, await orgScopeOf(em, principal));
    return { ...previewHead(file, cls.id, preview, preview.errors), sample: preview.sample };
  }

  /** The staged roster previewed for this class, by its owner: every row or none; the file goes with the commit. */
  @Handles(ENROLLMENT_ROUTES.commitEnrollmentUpload)
  async commitEnrollmentUpload(cmd: RouteInput<typeof ENROLLMENT_ROUTES.commitEnrollmentUpload>, { em, uow, principal }: CommandContext) {
    const { file } = await this.staged.openForCommit(em, principal, cmd.uploadId, cmd.id, 'enrollments');
    const { cls, type } = await this.lockClass(em, cmd.id);
    const enrolled = await this.enrollChecked(em, uow, principal, cls, type, file.bytes);
    uow.audit('enrollment.importUpload', 'enrollment_import', cmd.uploadId, null, { classId: cls.id, fileName: file.fileName, size: file.bytes.length, enrolled });
    await this.staged.discard(em, principal, cmd.uploadId);
    await uow.flushOrConflict(raceLost);
    return { uploadId: cmd.uploadId, classId: cls.id, enrolled };
  }

  /** Checks the whole file under the class lock and enrolls every row, or refuses it (403 outside the scope, else 422). */
  private async enrollChecked(em: EntityManager, uow: UnitOfWork, principal: Principal, cls: TrainingClass, type: CourseType, file: SheetFile): Promise<number> {
    const { preview, valid, outside } = await this.checkImport(em, cls, file, await orgScopeOf(em, principal));
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
      this.addStudent(em, uow, cls, type, { person: r.person, orgId: r.orgId, enrolledOn: cls.openedOn, source: 'import' });
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
    // a row without an organization: the person's on the opening day by membership's records
    const placements = await placementsOn(em, parsed.rows.filter((r) => !r.orgId).map((r) => r.person.personId), cls.openedOn);
    parsed.rows = parsed.rows.map((r) => ({ ...r, orgId: studentOrg(r.orgId, r.person.personId, placements) }));
    const outside: ImportError[] = [];
    for (const r of parsed.rows) {
      if (!r.orgId && scope.whole) continue; // said below, for a row nothing else refuses
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
    for (const r of parsed.rows) {
      if (r.orgId || errors.some((x) => x.row === r.row)) continue;
      const p = orgUnknownProblem(r.person.fullName, r.person.personId, placements, cls.openedOn);
      errors.push({ row: r.row, column: 'Mã tổ chức', problem: p.vi, problemEn: p.en });
    }
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
    uow: UnitOfWork,
    cls: TrainingClass,
    type: CourseType,
    input: { person: PersonRef; orgId: string | null; enrolledOn: string; source: 'single' | 'import' },
  ): Enrollment {
    const e = em.create(Enrollment, { classId: cls.id, ...personColumns(input.person), orgId: input.orgId, enrolledOn: input.enrolledOn, source: input.source });
    em.persist(e);
    uow.event(StudentEnrolled, { ...enrollmentRef(e, cls, type), enrolledOn: e.enrolledOn, orgId: e.orgId, source: input.source }, e.enrolledOn, e.orgId);
    uow.audit('enrollment.enroll', 'enrollment', e.id, null, enrollmentView(e));
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
    if (!(await orgScopeOf(em, principal)).covers(e.orgId, e.enrolledOn)) throw outOfScope({ vi: 'Học viên này', en: 'This student' });
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
}
