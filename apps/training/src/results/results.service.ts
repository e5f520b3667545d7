import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  classIdSchema,
  DomainError,
  Principal,
  recordResultsSchema,
  resultsImportSchema,
  ServiceRequest,
  StagedFile,
  StagedImportPreviewHead,
  stagedImportCommitSchema,
  stagedResultsPreviewSchema,
  validate,
} from '@party/contracts';
import { BackboneRunner, UploadStaging } from '@party/service-kit';
import { TrainingClass } from '../classes/class.entity';
import { CourseType } from '../course-types/course-type.entity';
import { requireCourseType } from '../course-types/course-types.service';
import { applyCompletion, issuedCertificateNumbers, lockCertificateNumbers } from '../enrollments/completion';
import { fileError, ImportError, SheetFile } from '../enrollments/enrollment-import';
import { Enrollment } from '../enrollments/enrollment.entity';
import { COMPLETION_REGULATION } from '../enrollments/enrollment.rules';
import { assertWholeBloc } from '../organizations/organization-scope';
import { audit } from '../shared/actor';
import { previewHead, refusalFields, StagedImports } from '../uploads/staged-imports';
import { parseResultsSheet, RESULT_COLUMNS, resultsTemplateBytes } from './results-sheet';
import { checkResults, MatchedResult, ResultLine, ResultProblem } from './results.rules';

export interface ResultsPreview {
  classId: string;
  totalRows: number;
  validRows: number;
  errors: ImportError[];
  /** The first valid rows, as they will be recorded. */
  sample: { row: number; enrollmentId: string; result: string; grade: string | null; completedOn: string; certificateNumber: string | null; certificateIssuedOn: string | null }[];
}

export interface StagedResultsPreview extends StagedImportPreviewHead {
  /** The dates given for rows leaving them blank; the commit uses these. */
  completedOn: string | null;
  certificateIssuedOn: string | null;
  sample: ResultsPreview['sample'];
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
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly staged: StagedImports,
    private readonly staging: UploadStaging,
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
    const cls = await requireClass(em, cmd.classId);
    return (await this.checkSheet(em, cls, await requireCourseType(em, cls.courseTypeCode), cmd.fileBase64, cmd, false)).preview;
  }

  /** All or nothing: with any problem nothing is recorded and the report comes back as a 422. */
  async commitImport(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(resultsImportSchema, req.payload);
    const result = await this.orm.em.fork().transactional(async (em) => {
      const { cls, type } = await this.lockClass(em, cmd.classId);
      return await this.recordChecked(em, req, principal, cls, type, cmd.fileBase64, cmd);
    });
    this.backbone.kickRelay();
    return result;
  }

  /** The staged sheet (`uploadId`) with its default dates: every problem row by row, bound to this class for the commit. */
  async previewUpload(req: ServiceRequest<unknown>): Promise<StagedResultsPreview> {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(stagedResultsPreviewSchema, req.payload);
    const em = this.orm.em.fork();
    const cls = await requireClass(em, cmd.classId);
    const defaults = { completedOn: cmd.completedOn, certificateIssuedOn: cmd.certificateIssuedOn };
    const file = await this.staged.openForPreview(em, principal, cmd.uploadId, { classId: cls.id, purpose: 'results', ...defaults });
    const { preview } = await this.checkSheet(em, cls, await requireCourseType(em, cls.courseTypeCode), file.bytes, defaults, false);
    return { ...previewHead(file, cls.id, preview, preview.errors), completedOn: defaults.completedOn ?? null, certificateIssuedOn: defaults.certificateIssuedOn ?? null, sample: preview.sample };
  }

  /** The staged sheet previewed for this class, by its owner, with the dates of its preview: all or nothing; the file goes with the commit. */
  async commitUpload(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(stagedImportCommitSchema, req.payload);
    const result = await this.orm.em.fork().transactional(async (em) => {
      const { file, binding } = await this.staged.openForCommit(em, principal, cmd.uploadId, cmd.classId, 'results');
      const { cls, type } = await this.lockClass(em, cmd.classId);
      const defaults = { completedOn: binding.completedOn ?? undefined, certificateIssuedOn: binding.certificateIssuedOn ?? undefined };
      const recorded = await this.recordChecked(em, req, principal, cls, type, file.bytes, defaults);
      audit(em, req, principal, {
        action: 'results.importUpload',
        entity: 'results_import',
        entityId: cmd.uploadId,
        after: { classId: cls.id, fileName: file.fileName, size: file.bytes.length, recorded: recorded.recorded, certificates: recorded.certificates },
      });
      await this.staged.discard(em, principal, cmd.uploadId);
      return { uploadId: cmd.uploadId, ...recorded };
    });
    this.backbone.kickRelay();
    return result;
  }

  /** The sheet to fill in, with the students still to complete. */
  async template(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const { classId } = validate(classIdSchema, req.payload);
    const { fileName, students, bytes } = await this.templateOf(classId);
    return { classId, fileName, students, fileBase64: bytes.toString('base64') };
  }

  /** The same sheet staged as a file for the caller to download (read back in chunks by the gateway). */
  async templateFile(req: ServiceRequest<unknown>): Promise<StagedFile> {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const { classId } = validate(classIdSchema, req.payload);
    const { fileName, bytes } = await this.templateOf(classId);
    return this.staging.stage(principal, { fileName, contentType: XLSX, bytes });
  }

  private async templateOf(classId: string) {
    const em = this.orm.em.fork();
    const cls = await requireClass(em, classId);
    const students = await em.find(Enrollment, { classId, completedOn: null, withdrawnOn: null, attendance: { $ne: 'withdrawn' } }, { orderBy: { fullName: 'asc', createdAt: 'asc', id: 'asc' } });
    return {
      fileName: `ket-qua-${cls.openedOn}-${cls.id.slice(0, 8)}.xlsx`,
      students: students.length,
      bytes: await resultsTemplateBytes(students.map((s) => ({ id: s.id, personId: s.personId, citizenId: s.citizenId, fullName: s.fullName }))),
    };
  }

  /** Checks the whole sheet under the class lock and records it, or refuses it with 422 and writes nothing. */
  private async recordChecked(em: EntityManager, req: ServiceRequest<unknown>, principal: Principal, cls: TrainingClass, type: CourseType, file: SheetFile, defaults: SheetDefaults) {
    const { preview, matched, students } = await this.checkSheet(em, cls, type, file, defaults, true);
    if (preview.errors.length) {
      throw DomainError.rule(
        { vi: `Tệp có ${preview.errors.length} lỗi, chưa ghi nhận ai; sửa rồi tải lên lại`, en: `The file has ${preview.errors.length} problems; nothing was recorded` },
        COMPLETION_REGULATION,
        refusalFields(preview.errors),
      );
    }
    return await this.apply(em, req, principal, cls, type, matched, students);
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
