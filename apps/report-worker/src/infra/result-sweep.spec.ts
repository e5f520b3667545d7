import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { REPORT_QUEUE, WorkerSelfCheckJob } from '@party/contracts';
import { enqueueJob, JOB_KEEP_DAYS } from '@party/messaging';
import { parseEnv } from '@party/service-kit';
import { testEnv } from '@party/service-kit/testing';
import { isolate, TEST_REDIS_URL, waitFor } from '@party/testing';
import { ReportWorkerModule } from '../app.module';
import { workerEnvSchema } from '../worker-env';
import { ResultSweep } from './result-sweep';

/**
 * Finished report jobs are kept about 400 days (the runs page lists last year's scheduled runs
 * and their files), and the files of a job BullMQ no longer keeps are swept: at the worker's
 * start and on its daily round. The worker in-process on real Redis, its results in a temporary
 * directory.
 */
const iso = isolate('sweep');
const root = mkdtempSync(join(tmpdir(), 'report-results-'));
const under = (jobId: string) => join(root, iso.queuePrefix, jobId);
const TWO_DAYS_AGO = new Date(Date.now() - 2 * 24 * 3600 * 1000);
let app: INestApplication | undefined;
let queue: Queue;
let kept: string;

/** A job's directory with one file, last written at `when`. */
function resultDir(jobId: string, when: Date): string {
  const dir = under(jobId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bao-cao.xlsx'), 'x');
  utimesSync(dir, when, when);
  return dir;
}

beforeAll(async () => {
  queue = new Queue(REPORT_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: iso.queuePrefix });
  kept = String((await enqueueJob(queue, WorkerSelfCheckJob, { day: '2023-12-31' })).id);
});

afterAll(async () => {
  await app?.close();
  await queue?.obliterate({ force: true });
  await queue?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the results of report jobs', () => {
  it('are kept about 400 days by BullMQ, completed or failed', async () => {
    const job = await queue.getJob(kept);
    const days = 24 * 3600;
    expect(JOB_KEEP_DAYS).toBe(400);
    expect(job?.opts.removeOnComplete).toMatchObject({ age: 400 * days });
    expect(job?.opts.removeOnFail).toMatchObject({ age: 400 * days });
  });

  it('are swept at the worker’s start when their job is gone, never while it is kept or just written', async () => {
    const mine = resultDir(kept, TWO_DAYS_AGO);
    const gone = resultDir('reports.yearEnd~2022~all~w7-0badf00d', TWO_DAYS_AGO);
    const fresh = resultDir('reports.yearEnd~2022~all~w8-0badf00d', new Date());
    const env = parseEnv(workerEnvSchema, { ...testEnv(iso), REPORT_RESULTS_DIR: root });
    const moduleRef = await Test.createTestingModule({ imports: [ReportWorkerModule.forRoot(env)] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
    await waitFor(() => !existsSync(gone), { timeoutMs: 15_000, what: 'the orphan files to be swept' });
    expect(existsSync(join(mine, 'bao-cao.xlsx'))).toBe(true);
    expect(existsSync(fresh)).toBe(true);

    // a day later, on the daily round: the young orphan has aged, the kept job is still there
    utimesSync(fresh, TWO_DAYS_AGO, TWO_DAYS_AGO);
    expect(await app.get(ResultSweep).run()).toEqual(['reports.yearEnd~2022~all~w8-0badf00d']);
    expect(existsSync(fresh)).toBe(false);
    expect(existsSync(join(mine, 'bao-cao.xlsx'))).toBe(true);

    // and once BullMQ forgets the job, its files follow
    await (await queue.getJob(kept))?.remove();
    expect(await app.get(ResultSweep).run()).toEqual([kept]);
    expect(existsSync(mine)).toBe(false);
  }, 60_000);
});
