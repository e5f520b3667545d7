import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import request from 'supertest';
import { deterministicJobId, WorkerSelfCheckJob } from '@party/contracts';
import { enqueueJob, handle, indexJobHandlers } from '@party/messaging';
import { parseEnv } from '@party/service-kit';
import { workerEnvSchema } from './worker-env';
import { testEnv } from '@party/service-kit/testing';
import { isolate, TEST_REDIS_URL } from '@party/testing';
import { ReportWorkerModule } from './app.module';

const iso = isolate('worker');
let app: INestApplication;
let queue: Queue;
let events: QueueEvents;

beforeAll(async () => {
  const env = parseEnv(workerEnvSchema, testEnv(iso));
  const moduleRef = await Test.createTestingModule({ imports: [ReportWorkerModule.forRoot(env)] }).compile();
  app = moduleRef.createNestApplication();
  await app.init();
  const connection = { url: TEST_REDIS_URL };
  queue = new Queue('reports', { connection, prefix: iso.queuePrefix });
  events = new QueueEvents('reports', { connection, prefix: iso.queuePrefix });
  await events.waitUntilReady();
});

afterAll(async () => {
  await app?.close(); // the worker stops taking jobs first
  await queue?.obliterate({ force: true });
  await events?.close();
  await queue?.close();
});

describe('report-worker', () => {
  it('is live and ready when Redis answers', async () => {
    await request(app.getHttpServer()).get('/health/ready').expect(200, { service: 'report-worker', status: 'up', checks: { redis: 'up' } });
  });

  it('runs a queued job under its queue prefix and keeps its result and progress', async () => {
    const job = await enqueueJob(queue, WorkerSelfCheckJob, { day: '2023-12-31' });
    const result = await job.waitUntilFinished(events, 15_000);
    expect(result).toMatchObject({ day: '2023-12-31' });
    expect((await queue.getJob(job.id as string))?.progress).toBe(100);
  });

  it('gives the same inputs the same job id, so a repeat is one job', async () => {
    const a = await enqueueJob(queue, WorkerSelfCheckJob, { day: '2024-01-08' });
    const b = await enqueueJob(queue, WorkerSelfCheckJob, { day: '2024-01-08' });
    expect(a.id).toBe('system.selfCheck~2024-01-08');
    expect(b.id).toBe(a.id);
    expect(deterministicJobId(WorkerSelfCheckJob, { day: '2024-01-09' })).not.toBe(a.id);
  });

  it('refuses a payload that breaks its contract before queueing it', async () => {
    await expect(enqueueJob(queue, WorkerSelfCheckJob, { day: '2023-02-30' })).rejects.toThrow(/Ngày không hợp lệ/);
  });

  it('refuses to boot when a declared job has no handler or two', () => {
    expect(() => indexJobHandlers('reports', [WorkerSelfCheckJob], [])).toThrow('Jobs without a handler on queue reports: system.selfCheck');
    const h = handle(WorkerSelfCheckJob, async () => null);
    expect(() => indexJobHandlers('reports', [WorkerSelfCheckJob], [h, h])).toThrow('has two handlers');
  });
});
