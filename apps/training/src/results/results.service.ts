import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import { classIdSchema, DomainError, Principal, recordResultsSchema, resultsImportSchema, ServiceRequest, validate } from '@party/contracts';
import { BackboneRunner } from '@party/service-kit';
import { TrainingClass } from '../classes/class.entity';
import { CourseType } from '../course-types/course-type.entity';
import { requireCourseType } from '../course-types/course-types.service';
import { applyCompletion, issuedCertificateNumbers, lockCertificateNumbers } from '../enrollments/completion';
import { fileError, ImportError } from '../enrollments/enrollment-import';
import { Enrollment } from '../enrollments/enrollment.entity';
import { COMPLETION_REGULATION } from '../enrollments/enrollment.rules';
import { assertWholeBloc } from '../organizations/organization-scope';
import { parseResultsSheet, RESULT_COLUMNS, resultsTemplate } from './results-sheet';
import { checkResults, MatchedResult, ResultLine, ResultProblem } from './results.rules';

export interface ResultsPreview {
  classId: string;
  totalRows: number;
  validRows: number;
  errors: ImportError[];
  /** The first valid rows, as they will be recorded. */
  sample: { row: number; enrollmentId: string; result: string; grade: string | null; completedOn: string; certificateNumber: string | null; certificateIssuedOn: string | null }[];
}

/**
 * A class's results sheet: many completions at once — a JSON list or an .xlsx — checked as a
 * whole and written all or nothing in one transaction, each completion publishing exactly what a
 * single completion publishes (`enrollment.completed` on the completion date, `certificate.issued`
 * on the certificate date). Results and certificates are the Board's to record, not a secretary's.
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
  ) {}

  async record(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(recordResultsSchema, req.payload);
    const lines: ResultLine[] = cmd.results.map((r, i) => ({
      row: i,
      enrollmentId: r.enrollmentId ?? null,
      personId: r.personId ?? null,
      citizenId: r.citizenId ?? null,
      fullName: null,
      completedOn: r.completedOn ?? cmd.completedOn ?? null,
      result: r.result,
      grade: r.grade,
      certificateNumber: r.certificateNumber,
      certificateIssuedOn: r.certificateIssuedOn ?? (r.certificateNumber ? (cmd.certificateIssuedOn ?? null) : null),
    }));
    const result = await this.orm.em.fork().transactional(async (em) => {
      const { cls, type } = await this.lockClass(em, cmd.classId);
      const { problems, matched, students } = await this.check(em, cls, type, lines, true);
      if (problems.length) {
        throw DomainError.rule(
          { vi: `Danh sách kết quả có ${problems.length} lỗi, chưa ghi nhận ai; sửa rồi gửi lại`, en: `The results list has ${problems.length} problems; nothing was recorded` },
          COMPLETION_REGULATION,
          problems.map((p) => ({ field: `results.${p.row}.${p.field}`, vi: p.vi, en: p.en })),
        );
      }
      return await this.apply(em, req, principal, cls, type, matched, students);
    });
    this.backbone.kickRelay();
    return result;
  }

  /** Reads the sheet and reports every problem row by row; writes nothing. */
  async previewImport(req: ServiceRequest<unknown>): Promise<ResultsPreview> {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(resultsImportSchema, req.payload);
    const em = this.orm.em.fork();
    const cls = await em.findOne(TrainingClass, { id: cmd.classId });
    if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
    return (await this.checkSheet(em, cls, await requireCourseType(em, cls.courseTypeCode), cmd, false)).preview;
  }

  /** All or nothing: with any problem nothing is recorded and the report comes back as a 422. */
  async commitImport(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(resultsImportSchema, req.payload);
    const result = await this.orm.em.fork().transactional(async (em) => {
      const { cls, type } = await this.lockClass(em, cmd.classId);
      const { preview, matched, students } = await this.checkSheet(em, cls, type, cmd, true);
      if (preview.errors.length) {
        throw DomainError.rule(
          { vi: `Tệp có ${preview.errors.length} lỗi, chưa ghi nhận ai; sửa rồi tải lên lại`, en: `The file has ${preview.errors.length} problems; nothing was recorded` },
          COMPLETION_REGULATION,
          preview.errors.map((x) => ({ field: x.row === null ? 'file' : `row ${x.row}${x.column ? `: ${x.column}` : ''}`, vi: x.problem, en: x.problemEn })),
        );
      }
      return await this.apply(em, req, principal, cls, type, matched, students);
    });
    this.backbone.kickRelay();
    return result;
  }

  /** The sheet to fill in, with the students still to complete. */
  async template(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const { classId } = validate(classIdSchema, req.payload);
    const em = this.orm.em.fork();
    const cls = await em.findOne(TrainingClass, { id: classId });
    if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
    const students = await em.find(Enrollment, { classId, completedOn: null, withdrawnOn: null, attendance: { $ne: 'withdrawn' } }, { orderBy: { fullName: 'asc', createdAt: 'asc', id: 'asc' } });
    return {
      classId,
      fileName: `ket-qua-${cls.openedOn}-${cls.id.slice(0, 8)}.xlsx`,
      students: students.length,
      fileBase64: await resultsTemplate(students.map((s) => ({ id: s.id, personId: s.personId, citizenId: s.citizenId, fullName: s.fullName }))),
    };
  }

  private async checkSheet(em: EntityManager, cls: TrainingClass, type: CourseType, cmd: { fileBase64: string; completedOn?: string; certificateIssuedOn?: string }, lock: boolean) {
    const parsed = await parseResultsSheet(cmd.fileBase64, cmd);
    const { problems, matched, students } = await this.check(em, cls, type, parsed.lines, lock);
    const errors: ImportError[] = [
      ...parsed.errors,
      ...problems.map((p: ResultProblem) => ({ row: p.row, column: parsed.labels[p.field] ?? RESULT_COLUMNS[p.field], problem: p.vi, problemEn: p.en })),
    ].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (!parsed.dataRows && !errors.length) errors.push(fileError('Tệp không có dòng dữ liệu nào', 'No data rows'));
    const badRows = new Set(errors.filter((x) => x.row !== null && x.row > 1).map((x) => x.row)).size;
    const preview: ResultsPreview = {
      classId: cls.id,
      totalRows: parsed.dataRows,
      validRows: parsed.dataRows - badRows,
      errors,
      sample: matched.slice(0, 50).map((m) => ({ row: m.line.row, enrollmentId: m.enrollmentId, ...m.completion })),
    };
    return { preview, matched, students };
  }

  /**
   * The class's students and the certificate numbers of its course type already issued. When
   * writing, the students are locked and the course type's numbers too, so the check holds
   * until the commit (a single completion locks the enrollment, then the numbers — same order).
   */
  private async check(em: EntityManager, cls: TrainingClass, type: CourseType, lines: ResultLine[], lock: boolean) {
    // read outside the unit of work: the completions are written by one statement (see `apply`)
    const students = await em.find(Enrollment, { classId: cls.id }, { disableIdentityMap: true, ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) });
    const numbers = [...new Set(lines.map((l) => l.certificateNumber).filter((n): n is string => !!n))];
    if (lock && numbers.length) await lockCertificateNumbers(em, type.code);
    const issued = await issuedCertificateNumbers(em, type.code, numbers);
    const { problems, matched } = checkResults(lines, { openedOn: cls.openedOn, students, issued });
    return { problems, matched, students: new Map(students.map((s) => [s.id, s])) };
  }

  /**
   * The completions, their events and audit rows. The students are not managed by the unit of
   * work, so their new state goes in one UPDATE … FROM jsonb (a flush would compare and batch
   * 1,000 entities: seconds instead of milliseconds); events and audit rows are inserted in
   * batches by the flush at commit.
   */
  private async apply(em: EntityManager, req: ServiceRequest<unknown>, principal: Principal, cls: TrainingClass, type: CourseType, matched: MatchedResult[], students: Map<string, Enrollment>) {
    const items = matched.flatMap((m) => {
      const e = students.get(m.enrollmentId);
      if (!e) return []; // matched among these very students
      applyCompletion(em, req, principal, e, cls, type, m.completion, 'results');
      return [{
        enrollmentId: e.id,
        personId: e.personId,
        citizenId: e.citizenId,
        result: e.result,
        grade: e.grade,
        completedOn: e.completedOn,
        certificateNumber: e.certificateNumber,
        certificateIssuedOn: e.certificateIssuedOn,
        certificateValidUntil: e.certificateValidUntil,
      }];
    });
    const s = em.config.get('schema') as string;
    await em.execute(
      `update "${s}"."enrollment" e
          set completed_on = v.completed_on, result = v.result, grade = v.grade, certificate_number = v.certificate_number,
              certificate_issued_on = v.certificate_issued_on, certificate_valid_until = v.certificate_valid_until
         from jsonb_to_recordset(?::jsonb) as v(id uuid, completed_on date, result text, grade text, certificate_number text, certificate_issued_on date, certificate_valid_until date)
        where e.id = v.id and e.class_id = ?`,
      [
        JSON.stringify(
          items.map((i) => ({
            id: i.enrollmentId,
            completed_on: i.completedOn,
            result: i.result,
            grade: i.grade,
            certificate_number: i.certificateNumber,
            certificate_issued_on: i.certificateIssuedOn,
            certificate_valid_until: i.certificateValidUntil,
          })),
        ),
        cls.id,
      ],
    );
    return {
      classId: cls.id,
      recorded: items.length,
      passed: items.filter((i) => i.result === 'passed').length,
      failed: items.filter((i) => i.result === 'failed').length,
      certificates: items.filter((i) => i.certificateNumber).length,
      items,
    };
  }

  private async lockClass(em: EntityManager, classId: string) {
    const cls = await em.findOne(TrainingClass, { id: classId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
    return { cls, type: await requireCourseType(em, cls.courseTypeCode) };
  }
}
