import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { BackendService, StagedFile, UPLOAD_CHUNK_BYTES, UploadChunkInput, uploadPatterns } from '@party/contracts';
import type { Caller } from '../http/caller';
import { ServiceClient } from './service-client';

/** What multer hands over (memory storage). */
export interface ReceivedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Chunks in flight at once: a 20 MB file is 80 chunks; four keep NATS busy without flooding a service. */
const IN_FLIGHT = 4;

/**
 * Files to and from a service without ever putting one in a NATS message (1 MB limit): sent as
 * ≤ 256 KiB chunks into the service's staging table, then named by `uploadId`; a file the service
 * staged (an export) is read back chunk by chunk. Any service with `UploadStaging` answers.
 */
@Injectable()
export class StagedFiles {
  constructor(private readonly services: ServiceClient) {}

  /** Stages the file in the service; returns its `uploadId` for the command that uses it. */
  async upload(service: BackendService, file: ReceivedFile, caller: Caller, chunkBytes = UPLOAD_CHUNK_BYTES): Promise<string> {
    const uploadId = uuidv7();
    const size = Math.min(chunkBytes, UPLOAD_CHUNK_BYTES);
    const count = Math.max(1, Math.ceil(file.buffer.length / size));
    const chunk = (seq: number): UploadChunkInput => ({
      uploadId,
      seq,
      count,
      size: file.buffer.length,
      fileName: file.originalname || 'upload',
      contentType: file.mimetype || 'application/octet-stream',
      data: file.buffer.subarray(seq * size, (seq + 1) * size).toString('base64'),
    });
    const { chunk: pattern } = uploadPatterns(service);
    // chunk 0 opens the upload; the rest may arrive in any order
    await this.services.forCaller(pattern, chunk(0), caller);
    let next = 1;
    const worker = async () => {
      for (let seq = next++; seq < count; seq = next++) await this.services.forCaller(pattern, chunk(seq), caller);
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count - 1) }, worker));
    return uploadId;
  }

  /** Reads a file the service staged for this caller, then lets the service forget it. */
  async download(service: BackendService, staged: StagedFile, caller: Caller): Promise<Buffer> {
    const { read, discard } = uploadPatterns(service);
    const parts: Buffer[] = [];
    for (let seq = 0; seq < staged.chunks; seq++) {
      const { data } = await this.services.forCaller<{ data: string }>(read, { uploadId: staged.uploadId, seq }, caller);
      parts.push(Buffer.from(data, 'base64'));
    }
    await this.services.forCaller(discard, { uploadId: staged.uploadId }, caller);
    return Buffer.concat(parts);
  }
}
