import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, Principal, TRAINING_MAX_REPORTED_ERRORS, TrainingImportError, TrainingUploadPurpose } from '@party/contracts';
import { OpenedUpload, StagedUpload, UploadStaging } from '@party/service-kit';
import { StagedImport } from './staged-import.entity';

const NOT_PREVIEWED = {
  vi: 'tệp đã xem trước cho lớp này (tệp có thể đã hết hạn sau 24 giờ, đã được ghi nhận, hoặc được xem trước cho lớp hay việc khác)',
  en: 'Previewed file for this class (it may have expired after 24 hours, been committed already, or been previewed for another class or purpose)',
};

export interface PreviewBinding {
  classId: string;
  purpose: TrainingUploadPurpose;
  completedOn?: string | null;
  certificateIssuedOn?: string | null;
}

/**
 * Training's spreadsheets staged by `uploadId` (the shared `UploadStaging`: chunks in training's
 * own schema, owned by the user who sent them, expiring after 24 hours). The preview binds an
 * upload to its class and purpose; the commit takes only an upload previewed for the same class
 * and purpose, by its owner, and discards it in the commit's own transaction.
 */
@Injectable()
export class StagedImports {
  constructor(private readonly staging: UploadStaging) {}

  /** The caller's staged file, now bound to what it is previewed for (a new preview rebinds it). */
  async openForPreview(em: EntityManager, principal: Principal, uploadId: string, binding: PreviewBinding): Promise<OpenedUpload> {
    const file = await this.staging.open(principal, uploadId, em);
    await em.upsert(
      StagedImport,
      {
        upload: em.getReference(StagedUpload, uploadId),
        classId: binding.classId,
        purpose: binding.purpose,
        completedOn: binding.completedOn ?? null,
        certificateIssuedOn: binding.certificateIssuedOn ?? null,
        previewedAt: new Date(),
      },
      { onConflictFields: ['upload'], onConflictAction: 'merge' },
    );
    return file;
  }

  /**
   * Inside the commit's transaction: waits for any other commit of the same upload (which then
   * leaves nothing to find), and gives the file with what it was previewed for — or 404 when it
   * is not the caller's, has expired or was used, or was previewed for another class or purpose.
   */
  async openForCommit(em: EntityManager, principal: Principal, uploadId: string, classId: string, purpose: TrainingUploadPurpose): Promise<{ file: OpenedUpload; binding: StagedImport }> {
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`training.upload.${uploadId}`]);
    const file = await this.staging.open(principal, uploadId, em);
    const binding = await em.findOne(StagedImport, { upload: uploadId }, { disableIdentityMap: true });
    if (!binding || binding.classId !== classId || binding.purpose !== purpose) throw DomainError.notFound(NOT_PREVIEWED);
    return { file, binding };
  }

  /** After a commit, in its transaction: the file, its chunks and its binding are gone with it. */
  discard(em: EntityManager, principal: Principal, uploadId: string) {
    return this.staging.discard(principal, uploadId, em);
  }
}

/** The head of a staged preview: counts, then the first problems (a reply stays under 1 MB). */
export function previewHead(file: OpenedUpload, classId: string, counts: { totalRows: number; validRows: number }, errors: TrainingImportError[]) {
  return {
    uploadId: file.uploadId,
    fileName: file.fileName,
    classId,
    totalRows: counts.totalRows,
    validRows: counts.validRows,
    errorCount: errors.length,
    errors: errors.slice(0, TRAINING_MAX_REPORTED_ERRORS),
    truncated: errors.length > TRAINING_MAX_REPORTED_ERRORS,
  };
}

/** The fields of a 422 refusing a whole file: one per problem, the first ones only. */
export function refusalFields(errors: TrainingImportError[]) {
  return errors.slice(0, TRAINING_MAX_REPORTED_ERRORS).map((x) => ({
    field: x.row === null ? 'file' : `row ${x.row}${x.column ? `: ${x.column}` : ''}`,
    vi: x.problem,
    en: x.problemEn,
  }));
}
