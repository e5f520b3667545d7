import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { REPORT_QUEUE } from '@party/contracts';
import { WORKER_ENV, WorkerEnv } from '../worker-env';

const DAY_MS = 24 * 3600 * 1000;
/**
 * A directory younger than this is never swept: its job exists from the moment it is queued, so
 * this only guards against a clock or a shared volume that disagrees for a while.
 */
export const SWEEP_GRACE_MS = 3600 * 1000;

/**
 * Removes the result files of jobs BullMQ no longer keeps (`JOB_RETENTION`: about 400 days), so
 * the results directory does not grow for ever while Redis forgets. A job's directory is named by
 * its id (report job ids need no escaping), so a directory whose id the queue does not know is an
 * orphan. Returns the directories removed.
 */
export async function sweepOrphanResults(input: { root: string; queuePrefix: string; queue: Pick<Queue, 'getJob'>; graceMs?: number; now?: number }): Promise<string[]> {
  const dir = join(resolve(input.root), input.queuePrefix);
  const now = input.now ?? Date.now();
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    const { mtimeMs } = await stat(path);
    if (now - mtimeMs < (input.graceMs ?? SWEEP_GRACE_MS)) continue;
    if (await input.queue.getJob(entry.name)) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed;
}

/**
 * The sweep at the worker's start and then once a day. Every worker replica may run it: removing
 * an orphan twice is harmless, and a job that exists is never touched.
 */
@Injectable()
export class ResultSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ResultSweep');
  private queue?: Queue;
  private timer?: NodeJS.Timeout;

  constructor(@Inject(WORKER_ENV) private readonly env: WorkerEnv) {}

  onApplicationBootstrap(): void {
    // not awaited: the worker takes jobs at once; a Redis away for now is swept at the next round
    void this.run();
    this.timer = setInterval(() => void this.run(), DAY_MS);
    this.timer.unref();
  }

  async run(): Promise<string[]> {
    try {
      if (!this.queue) {
        this.queue = new Queue(REPORT_QUEUE, { connection: { url: this.env.REDIS_URL }, prefix: this.env.QUEUE_PREFIX });
        this.queue.on('error', (err) => this.logger.warn(`result sweep queue: ${err.message}`));
      }
      const removed = await sweepOrphanResults({ root: this.env.REPORT_RESULTS_DIR, queuePrefix: this.env.QUEUE_PREFIX, queue: this.queue });
      if (removed.length) this.logger.log(`removed the files of ${removed.length} job(s) no longer kept`);
      return removed;
    } catch (err) {
      this.logger.warn(`result sweep: ${(err as Error).message}`);
      return [];
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.queue?.close().catch(() => undefined);
  }
}
