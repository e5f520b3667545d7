import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { REPORT_QUEUE } from '@party/contracts';
import { TEST_REDIS_URL, waitFor } from '@party/testing';
import { startTestGateway, TestGateway } from '../testing/gateway-harness';

/**
 * The administrator's queue dashboard (`/api/admin/queues`) behind the gateway's own
 * authentication: no token → 401, a user without `system:operate` → 403, the admin sees the
 * queue and retries a failed job, and a job that has not failed cannot be retried (409). Real
 * Redis under this file's queue prefix; a worker of the test's own fails one job for real.
 */
let gw: TestGateway;
let queue: Queue;
let admin: string;
const connection = { url: TEST_REDIS_URL };

beforeAll(async () => {
  gw = await startTestGateway({ label: 'gwqueues' });
  admin = await gw.login('admin');
  queue = new Queue(REPORT_QUEUE, { connection, prefix: gw.iso.queuePrefix });
  // a job that fails for good, through a real worker, then one left waiting (no worker runs it)
  const worker = new Worker(
    REPORT_QUEUE,
    async () => {
      throw new UnrecoverableError('{"code":"not_found","vi":"Không tìm thấy tổ chức đảng","en":"Party organization not found"}');
    },
    { connection, prefix: gw.iso.queuePrefix },
  );
  await queue.add('reports.yearEnd', { year: 2023 }, { jobId: 'reports.yearEnd~2023~probe~w0-failed', attempts: 3 });
  await waitFor(async () => (await queue.getJob('reports.yearEnd~2023~probe~w0-failed').then((j) => j?.getState())) === 'failed', { what: 'the probe job to fail' });
  await worker.close();
  await queue.add('reports.yearEnd', { year: 2024 }, { jobId: 'reports.yearEnd~2024~probe~w0-waiting' });
}, 60_000);

afterAll(async () => {
  await queue?.obliterate({ force: true });
  await queue?.close();
  await gw?.close();
});

const auth = (t: string) => ({ authorization: `Bearer ${t}` });
const ROUTES = [
  ['get', '/api/admin/queues'],
  ['get', '/api/admin/queues/jobs?state=failed'],
  ['post', '/api/admin/queues/jobs/reports.yearEnd~2023~probe~w0-failed/retry'],
] as const;

describe('/api/admin/queues', () => {
  it('answers 401 without a token', async () => {
    for (const [method, path] of ROUTES) await gw.http()[method](path).expect(401);
  });

  it.each(['viewer', 'bantochuc'])('answers 403 to %s, who may not operate the system, and retries nothing', async (username) => {
    const token = await gw.login(username);
    for (const [method, path] of ROUTES) await gw.http()[method](path).set(auth(token)).expect(403);
    expect(await queue.getJob('reports.yearEnd~2023~probe~w0-failed').then((j) => j?.getState())).toBe('failed');
  });

  it('shows the admin the jobs by state, and the failed ones with their reason', async () => {
    const overview = (await gw.http().get('/api/admin/queues').set(auth(admin)).expect(200)).body;
    expect(overview).toMatchObject({ queue: REPORT_QUEUE, prefix: gw.iso.queuePrefix, workers: 0, schedulers: [] });
    expect(overview.counts).toMatchObject({ failed: 1, waiting: 1, active: 0, completed: 0 });
    const failed = (await gw.http().get('/api/admin/queues/jobs?state=failed').set(auth(admin)).expect(200)).body.items;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ id: 'reports.yearEnd~2023~probe~w0-failed', state: 'failed', attemptsMade: 1, attempts: 3 });
    expect(JSON.parse(failed[0].failedReason)).toMatchObject({ code: 'not_found' });
    await gw.http().get('/api/admin/queues/jobs?state=lost').set(auth(admin)).expect(400);
  });

  it('refuses to retry a job that has not failed (409) or does not exist (404)', async () => {
    const res = await gw.http().post('/api/admin/queues/jobs/reports.yearEnd~2024~probe~w0-waiting/retry').set(auth(admin)).expect(409);
    expect(res.body.code).toBe('conflict');
    expect(res.body.message.vi).toContain('Chỉ chạy lại được việc đã lỗi');
    expect(res.body.message.en).toContain('this one is waiting');
    await gw.http().post('/api/admin/queues/jobs/reports.yearEnd~1999~none~w0/retry').set(auth(admin)).expect(404);
  });

  it('retries a failed job for the admin: it waits to run again, and a second retry is refused', async () => {
    const id = 'reports.yearEnd~2023~probe~w0-failed';
    expect((await gw.http().post(`/api/admin/queues/jobs/${id}/retry`).set(auth(admin)).expect(200)).body).toEqual({ id, state: 'waiting' });
    expect(await queue.getJob(id).then((j) => j?.getState())).toBe('waiting');
    await gw.http().post(`/api/admin/queues/jobs/${id}/retry`).set(auth(admin)).expect(409);
  });
});
