import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { DomainError, Principal, StagedFile, UPLOAD_CHUNK_BYTES, UPLOAD_TTL_HOURS, uploadChunkSchema, validate } from '@party/contracts';
import { StagedUpload, UploadChunk } from './staged-upload.entity';

const STAGED_FILE = { vi: 'tệp đã tải lên (có thể đã hết hạn sau 24 giờ hoặc đã được dùng)', en: 'Staged file (it may have expired after 24 hours or been used already)' };

export interface OpenedUpload {
  uploadId: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * The service side of staged files (NATS carries ≤ 1 MB): chunks in, a whole file out for a
 * command, a produced file chunked for download. Every file belongs to the user who staged it.
 */
@Injectable()
export class UploadStaging {
  constructor(private readonly orm: MikroORM) {}

  /** One chunk from the gateway; chunk 0 opens the upload (and sweeps expired files). */
  async receiveChunk(principal: Principal, payload: unknown): Promise<{ uploadId: string; seq: number }> {
    const input = validate(uploadChunkSchema, payload);
    const bytes = Buffer.from(input.data, 'base64');
    const refuse = (vi: string, en: string) => DomainError.validation([{ field: 'data', vi, en }]);
    if (bytes.length > UPLOAD_CHUNK_BYTES) throw refuse(`Mỗi phần tối đa ${UPLOAD_CHUNK_BYTES} byte`, `A chunk holds at most ${UPLOAD_CHUNK_BYTES} bytes`);
    if (input.seq >= input.count) throw refuse('Số thứ tự phần vượt số phần của tệp', 'Chunk number beyond the chunk count');
    await this.orm.em.fork().transactional(async (em: EntityManager) => {
      if (input.seq === 0) {
        await this.purgeExpired(em);
        await em.insert(StagedUpload, {
          id: input.uploadId,
          ownerId: principal.userId,
          direction: 'upload',
          fileName: input.fileName,
          contentType: input.contentType,
          size: input.size,
          chunks: input.count,
          createdAt: new Date(),
          expiresAt: expiry(),
        });
      } else {
        const upload = await em.findOne(StagedUpload, { id: input.uploadId, ownerId: principal.userId, direction: 'upload' });
        if (!upload) throw DomainError.notFound(STAGED_FILE);
        if (upload.chunks !== input.count) throw refuse('Số phần không khớp phần đầu của tệp', 'Chunk count differs from the first chunk');
      }
      await em.execute(
        `insert into ${this.table(em, UploadChunk)} (upload_id, seq, bytes) values (?, ?, ?) on conflict (upload_id, seq) do update set bytes = excluded.bytes`,
        [input.uploadId, input.seq, bytes],
      );
    });
    return { uploadId: input.uploadId, seq: input.seq };
  }

  /** The whole uploaded file, checked complete, for a preview or a commit. */
  async open(principal: Principal, uploadId: string, em: EntityManager = this.orm.em.fork()): Promise<OpenedUpload> {
    const upload = await em.findOne(StagedUpload, { id: uploadId, ownerId: principal.userId, direction: 'upload', expiresAt: { $gt: new Date() } });
    if (!upload) throw DomainError.notFound(STAGED_FILE);
    const rows = await em.execute<{ seq: number; bytes: Buffer }[]>(`select seq, bytes from ${this.table(em, UploadChunk)} where upload_id = ? order by seq`, [uploadId]);
    const bytes = Buffer.concat(rows.map((r) => r.bytes));
    if (rows.length !== upload.chunks || bytes.length !== upload.size) {
      throw DomainError.rule({
        vi: `Tệp chưa tải lên đủ (${rows.length}/${upload.chunks} phần, ${bytes.length}/${upload.size} byte); hãy tải lên lại`,
        en: `The upload is incomplete (${rows.length}/${upload.chunks} chunks, ${bytes.length}/${upload.size} bytes); upload it again`,
      });
    }
    return { uploadId, fileName: upload.fileName, contentType: upload.contentType, bytes };
  }

  /** A file the service produced, staged for the caller to read chunk by chunk. */
  async stage(principal: Principal, file: { fileName: string; contentType: string; bytes: Buffer }): Promise<StagedFile> {
    const uploadId = uuidv7();
    const chunks = Math.max(1, Math.ceil(file.bytes.length / UPLOAD_CHUNK_BYTES));
    await this.orm.em.fork().transactional(async (em: EntityManager) => {
      await this.purgeExpired(em);
      await em.insert(StagedUpload, { id: uploadId, ownerId: principal.userId, direction: 'download', fileName: file.fileName, contentType: file.contentType, size: file.bytes.length, chunks, createdAt: new Date(), expiresAt: expiry() });
      for (let seq = 0; seq < chunks; seq++) {
        await em.insert(UploadChunk, { uploadId, seq, bytes: file.bytes.subarray(seq * UPLOAD_CHUNK_BYTES, (seq + 1) * UPLOAD_CHUNK_BYTES) });
      }
    });
    return { uploadId, fileName: file.fileName, contentType: file.contentType, size: file.bytes.length, chunks };
  }

  async readChunk(principal: Principal, uploadId: string, seq: number): Promise<{ uploadId: string; seq: number; data: string }> {
    const em = this.orm.em.fork();
    const upload = await em.findOne(StagedUpload, { id: uploadId, ownerId: principal.userId, expiresAt: { $gt: new Date() } });
    if (!upload) throw DomainError.notFound(STAGED_FILE);
    const [row] = await em.execute<{ bytes: Buffer }[]>(`select bytes from ${this.table(em, UploadChunk)} where upload_id = ? and seq = ?`, [uploadId, seq]);
    if (!row) throw DomainError.notFound(STAGED_FILE);
    return { uploadId, seq, data: row.bytes.toString('base64') };
  }

  /** Forgets a staged file of the caller; inside the caller's transaction when it is the end of a commit. */
  async discard(principal: Principal, uploadId: string, em: EntityManager = this.orm.em.fork()): Promise<{ uploadId: string; discarded: boolean }> {
    const deleted = await em.nativeDelete(StagedUpload, { id: uploadId, ownerId: principal.userId });
    if (deleted) await em.nativeDelete(UploadChunk, { uploadId });
    return { uploadId, discarded: deleted > 0 };
  }

  /** Removes every expired file (their chunks first). Cheap: an index on `expiresAt`. */
  async purgeExpired(em: EntityManager): Promise<void> {
    await em.execute(
      `delete from ${this.table(em, UploadChunk)} where upload_id in (select id from ${this.table(em, StagedUpload)} where expires_at <= now())`,
    );
    await em.nativeDelete(StagedUpload, { expiresAt: { $lte: new Date() } });
  }

  private table(em: EntityManager, entity: typeof StagedUpload | typeof UploadChunk): string {
    return `"${em.config.get('schema')}"."${em.getMetadata().get(entity).tableName}"`;
  }
}

const expiry = () => new Date(Date.now() + UPLOAD_TTL_HOURS * 3_600_000);
