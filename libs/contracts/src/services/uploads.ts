import { z } from 'zod';
import { bilingual } from '../errors/validate';
import type { BackendService } from './patterns';

/**
 * Files between the gateway and a service. NATS carries at most 1 MB per message, so a file
 * travels in chunks into the service's own staging table (`upload_chunk`) and commands refer
 * to it by `uploadId`; a file a service produces (an export) is staged the same way and read
 * back chunk by chunk. 256 KiB is 342 KiB as base64: far under the limit with its envelope.
 */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;
/** What the gateway accepts in one multipart upload. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
/** Staged files nobody committed or downloaded are removed after this. */
export const UPLOAD_TTL_HOURS = 24;

export const uploadPatterns = (service: BackendService) =>
  ({
    /** One chunk of a file the gateway received (seq 0 opens the upload). */
    chunk: `${service}.upload.chunk`,
    /** One chunk of a file the service staged for download. */
    read: `${service}.upload.read`,
    /** Forget a staged file (downloaded, or given up). */
    discard: `${service}.upload.discard`,
  }) as const;

const uploadId = z.uuid({ message: bilingual('Mã tệp tải lên không hợp lệ', 'Invalid upload id') });

export const uploadChunkSchema = z.strictObject({
  uploadId,
  seq: z.number().int().min(0),
  /** How many chunks the whole file has. */
  count: z.number().int().min(1).max(Math.ceil(UPLOAD_MAX_BYTES / 1024) + 1),
  /** The whole file's size in bytes. */
  size: z.number().int().min(0).max(UPLOAD_MAX_BYTES),
  fileName: z.string().trim().min(1).max(255),
  contentType: z.string().max(255).default('application/octet-stream'),
  /** This chunk's bytes, base64. */
  data: z.base64().max(Math.ceil((UPLOAD_CHUNK_BYTES * 4) / 3) + 4),
});
export type UploadChunkInput = z.input<typeof uploadChunkSchema>;

export const stagedChunkQuery = z.strictObject({ uploadId, seq: z.number().int().min(0) });
export const stagedFileQuery = z.strictObject({ uploadId });

/** A file a service staged for the caller to download, chunk by chunk. */
export const stagedFileSchema = z.object({ uploadId: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int(), chunks: z.number().int() });
export type StagedFile = z.infer<typeof stagedFileSchema>;
