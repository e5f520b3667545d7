import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { DomainError, RESULT_ROUTES, RouteInput, TRAINING_FILE_ROUTES } from '@party/contracts';
import { CommandContext, Handles, QueryContext, UnitOfWork, UploadStaging } from '@party/service-kit';
import { TrainingClass } from '../classes/class.entity';
import { CourseType } from '../course-types/course-type.entity';
import { requireCourseType } from '../course-types/course-types.service';
import { applyCompletion, issuedCertificateNumbers, lockCertificateNumbers } from '../enrollments/completion';
import { fileError, ImportError, SheetFile } from '../enrollments/enrollment-import';
import { Enrollment } from '../enrollments/enrollment.entity';
import { COMPLETION_REGULATION } from '../enrollments/enrollment.rules';
import { assertWholeBloc } from '../organizations/organization-scope';
import { previewHead, refusalFields, StagedImports } from '../uploads/staged-imports';
import { parseResultsSheet, RESULT_COLUMNS, resultsTemplateBytes } from './results-sheet';
import { checkResults, MatchedResult, ResultLine, ResultProblem } from './results.rules';

export interface ResultsPreview {
  classId: string;
  totalRows: number;
  validRows: number;
  errors: ImportError[];
  /** The first valid rows, as they will be recorded. */
  sample: { row: number; enrollmentId: string; result: 'passed' | 'failed'; grade: Enrollment['grade']; completedOn: string; certificateNumber: string | null; certificateIssuedOn: string | null }[];
}

type SheetDefaults = { completedOn?: string; certificateIssuedOn?: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function requireClass(em: EntityManager, classId: string): Promise<TrainingClass> {
  const cls = await em.findOne(TrainingClass, { id: classId });
  if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
  return cls;
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
    private readonly staged: StagedImports,
    private readonly staging: UploadStaging,
  ) {}

  @Handles(RESULT_ROUTES.recordResults)
  async recordResults(cmd: RouteInput<typeof RESULT_ROUTES.recordResults>, { em, uow, principal }: CommandContext) {
    assertWholeBloc(principal);
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
    const { cls, type } = await this.lockClass(em, cmd.id);
    const { problems, matched, students } = await this.check(em, cls, type, lines, true);
    if (problems.length) {
      throw DomainError.rule(
        { vi: `Danh sách kết quả có ${problems.length} lỗi, chưa ghi nhận ai; sửa rồi gửi lại`, en: `The results list has ${problems.length} problems; nothing was recorded` },
        COMPLETION_REGULATION,
        problems.map((p) => ({ field: `results.${p.row}.${p.field}`, vi: p.vi, en: p.en })),
      );
    }
    return await this.apply(em, uow, cls, type, matched, students);
  }

  /** Reads the sheet and reports every problem row by row; writes nothing. */
  @Handles(TRAINING_FILE_ROUTES.previewResultsImport)
  async previewResultsImport(cmd: RouteInput<typeof TRAINING_FILE_ROUTES.previewResultsImport>, { em, principal }: QueryContext) {
    assertWholeBloc(principal);
    const cls = await requireClass(em, cmd.id);
    return (await this.checkSheet(em, cls, await requireCourseType(em, cls.courseTypeCode), cmd.fileBase64, cmd, false)).preview;
  }

  /** All or nothing: with any problem nothing is recorded and the report comes back as a 422. */
  @Handles(RESULT_ROUTES.commitResultsImport)
  async commitResultsImport(cmd: RouteInput<typeof RESULT_ROUTES.commitResultsImport>, { em, uow, principal }: CommandContext) {
    assertWholeBloc(principal);
    const { cls, type } = await this.lockClass(em, cmd.id);
    return await this.recordChecked(em, uow, cls, type, cmd.fileBase64, cmd);
  }

  /** The staged sheet (`uploadId`) with its default dates: every problem row by row, bound to this class for the commit. */
  @Handles(TRAINING_FILE_ROUTES.previewResultsUpload)
  async previewResultsUpload(cmd: RouteInput<typeof TRAINING_FILE_ROUTES.previewResultsUpload>, { em, principal }: CommandContext) {
    assertWholeBloc(principal);
    const cls = await requireClass(em, cmd.id);
    const defaults = { completedOn: cmd.completedOn, certificateIssuedOn: cmd.certificateIssuedOn };
    const file = await this.staged.openForPreview(em, principal, cmd.uploadId, { classId: cls.id, purpose: 'results', ...defaults });
    const { preview } = await this.checkSheet(em, cls, await requireCourseType(em, cls.courseTypeCode), file.bytes, defaults, false);
    return { ...previewHead(file, cls.id, preview, preview.errors), completedOn: defaults.completedOn ?? null, certificateIssuedOn: defaults.certificateIssuedOn ?? null, sample: preview.sample };
  }

  /** The staged sheet previewed for this class, by its owner, with the dates of its preview: all or nothing; the file goes with the commit. */
  @Handles(RESULT_ROUTES.commitResultsUpload)
  async commitResultsUpload(cmd: RouteInput<typeof RESULT_ROUTES.commitResultsUpload>, { em, uow, principal }: CommandContext) {
    assertWholeBloc(principal);
    const { file, binding } = await this.staged.openForCommit(em, principal, cmd.uploadId, cmd.id, 'results');
    const { cls, type } = await this.lockClass(em, cmd.id);
    const defaults = { completedOn: binding.completedOn ?? undefined, certificateIssuedOn: binding.certificateIssuedOn ?? undefined };
    const recorded = await this.recordChecked(em, uow, cls, type, file.bytes, defaults);
    uow.audit('results.importUpload', 'results_import', cmd.uploadId, null, {
      classId: cls.id,
      fileName: file.fileName,
      size: file.bytes.length,
      recorded: recorded.recorded,
      certificates: recorded.certificates,
    });
    await this.staged.discard(em, principal, cmd.uploadId);
    return { uploadId: cmd.uploadId, ...recorded };
  }

  /** The sheet to fill in, with the students still to complete. */
  @Handles(TRAINING_FILE_ROUTES.resultsTemplate)
  async resultsTemplate({ id: classId }: RouteInput<typeof TRAINING_FILE_ROUTES.resultsTemplate>, { em, principal }: QueryContext) {
    assertWholeBloc(principal);
    const { fileName, students, bytes } = await this.templateOf(em, classId);
    return { classId, fileName, students, fileBase64: bytes.toString('base64') };
  }

  /** The same sheet staged as a file for the caller to download (read back in chunks by the gateway). */
  @Handles(TRAINING_FILE_ROUTES.resultsTemplateFile)
  async resultsTemplateFile({ id: classId }: RouteInput<typeof TRAINING_FILE_ROUTES.resultsTemplateFile>, { em, principal }: QueryContext) {
    assertWholeBloc(principal);
    const { fileName, bytes } = await this.templateOf(em, classId);
    return this.staging.stage(principal, { fileName, contentType: XLSX, bytes });
  }

  private async templateOf(em: EntityManager, classId: string) {
    const cls = await requireClass(em, classId);
    const students = await em.find(Enrollment, { classId, completedOn: null, withdrawnOn: null, attendance: { $ne: 'withdrawn' } }, { orderBy: { fullName: 'asc', createdAt: 'asc', id: 'asc' } });
    return {
      fileName: `ket-qua-${cls.openedOn}-${cls.id.slice(0, 8)}.xlsx`,
      students: students.length,
      bytes: await resultsTemplateBytes(students.map((s) => ({ id: s.id, personId: s.personId, citizenId: s.citizenId, fullName: s.fullName }))),
    };
  }

  /** Checks the whole sheet under the class lock and records it, or refuses it with 422 and writes nothing. */
  private async recordChecked(em: EntityManager, uow: UnitOfWork, cls: TrainingClass, type: CourseType, file: SheetFile, defaults: SheetDefaults) {
    const { preview, matched, students } = await this.checkSheet(em, cls, type, file, defaults, true);
    if (preview.errors.length) {
      throw DomainError.rule(
        { vi: `Tệp có ${preview.errors.length} lỗi, chưa ghi nhận ai; sửa rồi tải lên lại`, en: `The file has ${preview.errors.length} problems; nothing was recorded` },
        COMPLETION_REGULATION,
        refusalFields(preview.errors),
      );
    }
    return await this.apply(em, uow, cls, type, matched, students);
  }

  private async checkSheet(em: EntityManager, cls: TrainingClass, type: CourseType, file: SheetFile, defaults: SheetDefaults, lock: boolean) {
    const parsed = await parseResultsSheet(file, defaults);
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
  private async apply(em: EntityManager, uow: UnitOfWork, cls: TrainingClass, type: CourseType, matched: MatchedResult[], students: Map<string, Enrollment>) {
    const items = matched.flatMap((m) => {
      const e = students.get(m.enrollmentId);
      if (!e) return []; // matched among these very students
      applyCompletion(uow, e, cls, type, m.completion, 'results');
      return [{
        enrollmentId: e.id,
        personId: e.personId,
        citizenId: e.citizenId,
        result: m.completion.result,
        grade: m.completion.grade,
        completedOn: m.completion.completedOn,
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
