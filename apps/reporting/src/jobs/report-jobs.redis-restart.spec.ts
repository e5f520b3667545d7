import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { REPORT_QUEUE, YearEndReportJob } from '@party/contracts';
import { DEFAULT_REPORT_RESULTS_DIR, enqueueJob } from '@party/messaging';
import { TestRedisServer, waitFor } from '@party/testing';
import { ReportWorkerProcess, startReportWorker } from '../testing/report-worker-process';
import { useReportingStack } from '../testing/reporting-under-test';

/**
 * Redis restarted while a report job runs: the worker, its queue and the job live on a Redis this
 * file starts on a free port (with its append-only file, as a production Redis keeps its data);
 * reporting answers the figures over NATS meanwhile.
 */
const reports = useReportingStack('reportredis', []);
const { stack } = reports; // no facts: the figures of an empty bloc are figures all the same
let redis: TestRedisServer;
let worker: ReportWorkerProcess | undefined;
let queue: Queue;

beforeAll(async () => {
  redis = await TestRedisServer.start();
  queue = new Queue(REPORT_QUEUE, { connection: { url: redis.url, maxRetriesPerRequest: null }, prefix: stack.iso.queuePrefix });
  queue.on('error', () => undefined); // while Redis is down on purpose
  worker = await startReportWorker(stack.iso, { REDIS_URL: redis.url, JOB_STEP_DELAY_MS: '1500' });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await queue?.close().catch(() => undefined);
  await redis?.close();
  rmSync(join(process.cwd(), DEFAULT_REPORT_RESULTS_DIR, stack.iso.queuePrefix), { recursive: true, force: true });
}, 60_000);

it('completes a job after Redis comes back from a restart in the middle of it', async () => {
  const job = await enqueueJob(queue, YearEndReportJob, { year: 2023, orgId: null, watermark: 'w0-restart1', requestedBy: 'test', schedule: null });
  const id = String(job.id);
  await waitFor(async () => ((await queue.getJob(id))?.progress as number) >= 35, { timeoutMs: 30_000, what: 'the job to be under way' });
  await redis.restart(2000);
  await waitFor(async () => (await queue.getJob(id).then((j) => j?.getState())) === 'completed', { timeoutMs: 90_000, intervalMs: 500, what: 'the job to complete after the restart' });
  const done = await queue.getJob(id);
  expect(done?.returnvalue.files.map((f: { name: string }) => f.name)).toEqual(['bao-cao-cuoi-nam-2023.xlsx', 'bao-cao-cuoi-nam-2023.pdf', 'bao-cao-cuoi-nam-2023.html']);
  expect(done?.progress).toBe(100);
  expect(worker?.child.exitCode).toBeNull(); // the worker rode it out, no restart of its own
}, 150_000);
