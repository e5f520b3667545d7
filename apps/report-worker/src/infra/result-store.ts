import { Inject, Injectable } from '@nestjs/common';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Permission, ReportFile } from '@party/contracts';
import { jobResultPath, jobResultsDir } from '@party/messaging';
import { WORKER_ENV, WorkerEnv } from '../worker-env';

export interface FileToStore {
  name: string;
  title: { vi: string; en: string };
  contentType: string;
  permission: Permission;
  rows?: number | null;
  bytes: Buffer;
}

/**
 * The files of finished jobs, under the results directory. A file appears whole or not at all
 * (written beside, then renamed), so a worker killed mid-write leaves no half file for the
 * gateway to serve; the retry writes it again.
 */
@Injectable()
export class ResultStore {
  constructor(@Inject(WORKER_ENV) private readonly env: WorkerEnv) {}

  async store(jobId: string, files: FileToStore[]): Promise<ReportFile[]> {
    const dir = jobResultsDir(this.env.REPORT_RESULTS_DIR, this.env.QUEUE_PREFIX, jobId);
    await mkdir(dir, { recursive: true });
    const stored: ReportFile[] = [];
    for (const f of files) {
      const path = jobResultPath(this.env.REPORT_RESULTS_DIR, this.env.QUEUE_PREFIX, jobId, f.name);
      if (!path) throw new Error(`Unsafe result file name: ${f.name}`);
      const partial = join(dir, `.${f.name}.${process.pid}.part`);
      await writeFile(partial, f.bytes);
      await rename(partial, path);
      stored.push({ name: f.name, title: f.title, contentType: f.contentType, size: f.bytes.length, permission: f.permission, rows: f.rows ?? null });
    }
    return stored;
  }

  async discard(jobId: string): Promise<void> {
    await rm(jobResultsDir(this.env.REPORT_RESULTS_DIR, this.env.QUEUE_PREFIX, jobId), { recursive: true, force: true });
  }
}
