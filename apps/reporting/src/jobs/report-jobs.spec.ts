import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Job, Queue, QueueEvents } from 'bullmq';
import { DEFAULT_REPORT_RESULTS_DIR, enqueueJob, jobResultsDir } from '@party/messaging';
import { METRICS_BY_KEY, REPORT_QUEUE, REPORT_SCHEDULES, ReportJobView, viNumber, YearEndReportJob } from '@party/contracts';
import type { BaseEnv } from '@party/service-kit';
import { number, pdfText, TEST_REDIS_URL, waitFor, xlsxToCsv } from '@party/testing';
import { ReportQueue } from './report-queue';
import { ReportSchedules } from './report-schedules';
import { ReportWorkerProcess, startReportWorker } from '../testing/report-worker-process';
import { useReportingStack } from '../testing/reporting-under-test';

/**
 * Report jobs end to end: reporting (in-process) queues them under their deterministic id, the
 * report worker runs them as its own process against the real reporting routes, the gateway
 * streams their progress and serves their files. Real Redis under this file's queue prefix.
 */
const reports = useReportingStack('reportjobs', ['membership']);
const { stack } = reports;
const tmp = mkdtempSync(join(tmpdir(), 'report-jobs-'));
let worker: ReportWorkerProcess | undefined;
let queue: Queue;
let events: QueueEvents;
let baseUrl: string;
let tree: { bloc: string; db1: string; cell1: string; cb2: string };

beforeAll(async () => {
  queue = new Queue(REPORT_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: stack.iso.queuePrefix });
  events = new QueueEvents(REPORT_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: stack.iso.queuePrefix });
  await events.waitUntilReady();
  // the event stream needs a real socket (supertest buffers the whole answer)
  const server = stack.gw.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  tree = (await stack.world.tree({ effectiveOn: '2020-01-01' })) as typeof tree;
  for (const orgId of [tree.cell1, tree.cell1, tree.cb2]) await stack.world.member({ orgId });
  worker = await startReportWorker(stack.iso, { JOB_LOCK_MS: '3000', JOB_STALLED_CHECK_MS: '2000' });
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await events?.close();
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  rmSync(join(process.cwd(), DEFAULT_REPORT_RESULTS_DIR, stack.iso.queuePrefix), { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}, 60_000);

const start = async (body: Record<string, unknown>, token?: string) => {
  await reports.caughtUp();
  return (await stack.post('/reports/jobs', body, token).expect(202)).body as { id: string; duplicate: boolean; state: string };
};

/** The job's views as the event stream sends them, until it ends. */
async function follow(id: string, token = stack.board): Promise<ReportJobView[]> {
  const res = await fetch(`${baseUrl}/reports/jobs/${encodeURIComponent(id)}/events`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  expect(res.headers.get('content-encoding')).toBeNull();
  const views: ReportJobView[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = message.split('\n').find((l) => l.startsWith('data: '));
      if (data) views.push(JSON.parse(data.slice(6)) as ReportJobView);
    }
  }
  return views;
}

/** A count as the narrative writes it: two digits under ten (`03`), Vietnamese thousands (`8.434`). */
const written = (n: number) => (n < 10 ? `0${n}` : viNumber(n));

const download = (id: string, name: string, token = stack.board) =>
  stack.gw
    .http().get(`/api/reports/jobs/${encodeURIComponent(id)}/files/${name}`).set({ authorization: `Bearer ${token}` }).buffer(true).parse((r, cb) => {
    const parts: Buffer[] = [];
    r.on('data', (c: Buffer) => parts.push(c));
    r.on('end', () => cb(null, Buffer.concat(parts)));
  });

describe('the year-end report job', () => {
  let job: ReportJobView;
  let figures: Record<string, any>;

  it('runs a 2023 job to completion, its progress rising to 100% on the event stream', async () => {
    const { id, duplicate } = await start({ kind: 'yearEnd', year: 2023 });
    expect(duplicate).toBe(false);
    expect(id).toMatch(/^reports\.yearEnd~2023~all~w\d+-[0-9a-f]{8}$/);
    const views = await follow(id);
    const progress = views.map((v) => v.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress).size).toBeGreaterThan(2);
    job = views.at(-1) as ReportJobView;
    expect(job).toMatchObject({ state: 'completed', progress: 100, kind: 'yearEnd', year: 2023, orgId: null, trigger: 'demand', requestedBy: 'bantochuc', error: null });
    expect(job.files.map((f) => f.name)).toEqual(['bao-cao-cuoi-nam-2023.xlsx', 'bao-cao-cuoi-nam-2023.pdf', 'bao-cao-cuoi-nam-2023.html']);
    figures = await reports.report(2023);
  }, 120_000);

  it('holds in its workbook, read by LibreOffice, the numbers of GET /api/reports/year-end/2023', async () => {
    const xlsx = await download(job.id, 'bao-cao-cuoi-nam-2023.xlsx').expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toContain('attachment; filename="bao-cao-cuoi-nam-2023.xlsx"');
    const seen = new Map<string, string>();
    for (const sheet of xlsxToCsv(xlsx.body as Buffer, tmp)) for (const row of sheet.rows) if (METRICS_BY_KEY.has(row[0]) || row[0] in figures.metrics) seen.set(row[0], row[2]);
    expect([...seen.keys()].sort()).toEqual(Object.keys(figures.metrics).sort());
    for (const [key, value] of Object.entries(figures.metrics as Record<string, number | null>)) {
      expect({ key, cell: value === null ? seen.get(key) : number(seen.get(key)) }).toEqual({ key, cell: value === null ? 'chưa có số liệu' : value });
    }
    expect(figures.metrics['members.total']).toBe(3);
  }, 120_000);

  it('says in its PDF, read by pdftotext, the figures as the narrative writes them, with every Vietnamese letter intact', async () => {
    const pdf = await download(job.id, 'bao-cao-cuoi-nam-2023.pdf').expect(200);
    const path = join(tmp, 'report.pdf');
    writeFileSync(path, pdf.body as Buffer);
    const text = pdfText(path);
    expect(text).toContain(`tổng số ${written(figures.metrics['members.total'])} đảng viên`);
    // one line of text across pages: the page footers left out
    const flat = text.replace(/\s+/g, ' ').replace(/ Trang \d+\/\d+ /g, ' ');
    expect(flat).toContain('KẾT QUẢ NỔI BẬT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG NĂM 2023 CỦA ĐẢNG BỘ KHỐI');
    expect(flat).toContain('Công tác bảo vệ chính trị nội bộ: gửi xin ý kiến Công an rà soát tiêu chuẩn chính trị');
    const rated = figures.metrics['rating.orgs.rated'];
    if (rated === null) expect(flat).toContain('Xếp loại TCCSĐ: chưa có số liệu');
    else if (rated === 0) expect(flat).toContain('chưa có TCCSĐ được đánh giá, xếp loại');
    else expect(text).toContain(`${figures.metrics['rating.orgs.goodOrBetter']}/${rated} = `);
    const html = await download(job.id, 'bao-cao-cuoi-nam-2023.html').expect(200);
    expect((html.body as Buffer).toString('utf8')).toContain(`tổng số ${written(figures.metrics['members.total'])} đảng viên`);
  }, 60_000);

  it('answers the same job when asked again before any new fact, and runs a new one after a new 2023 fact', async () => {
    const again = await start({ kind: 'yearEnd', year: 2023 });
    expect(again).toMatchObject({ id: job.id, duplicate: true, state: 'completed' });
    const ran = await queue.getJob(job.id);
    expect(ran?.attemptsMade).toBe(1);

    await stack.world.org({ kind: 'grassroots_cell', parentId: tree.bloc, effectiveOn: '2023-06-01' });
    const renewed = await start({ kind: 'yearEnd', year: 2023 });
    expect(renewed.duplicate).toBe(false);
    expect(renewed.id).not.toBe(job.id);
    const done = (await follow(renewed.id)).at(-1) as ReportJobView;
    expect(done.state).toBe('completed');
    const xlsx = await download(renewed.id, 'bao-cao-cuoi-nam-2023.xlsx').expect(200);
    const cells = new Map(xlsxToCsv(xlsx.body as Buffer, tmp).flatMap((s) => s.rows.map((r) => [r[0], r[2]] as const)));
    expect(number(cells.get('orgs.established'))).toBe((await reports.report(2023)).metrics['orgs.established']);
    expect(number(cells.get('orgs.established'))).toBe(figures.metrics['orgs.established'] + 1);
  }, 120_000);

  it('lists the runs with their files, and lets no one without reports:run start one or read a file they may not', async () => {
    const list = (await stack.get('/reports/jobs?trigger=demand').expect(200)).body;
    expect(list.items.map((j: ReportJobView) => j.id)).toContain(job.id);
    expect(list.schedules.map((s: { key: string }) => s.key)).toEqual(REPORT_SCHEDULES.map((s) => s.key));
    const viewer = await stack.login('viewer');
    await stack.post('/reports/jobs', { kind: 'yearEnd', year: 2023 }, viewer).expect(403);
    await download(job.id, 'bao-cao-cuoi-nam-2023.pdf', viewer).expect(200);
    await download(job.id, '..%2F..%2Fetc%2Fpasswd').expect(404);
    await download('reports.yearEnd~1999~all~w0-00000000', 'x.pdf').expect(404);
    const bad = await stack.post('/reports/jobs', { kind: 'yearEnd', year: 1800 }).expect(400);
    expect(bad.body.fields[0]).toMatchObject({ field: 'year' });
  });
});

describe('a job that cannot succeed', () => {
  it('fails at once when a service refuses it (an organization that does not exist), and says why in words', async () => {
    // queued as a stale request would be: reporting checks the organization when a person asks
    const job = await enqueueJob(queue, YearEndReportJob, { year: 2023, orgId: randomUUID(), watermark: 'w0-noorg', requestedBy: 'bantochuc', schedule: null }, { attempts: 8, backoff: { type: 'exponential', delay: 3000 } });
    const id = String(job.id);
    const view = await waitFor(
      async () => {
        const v = (await stack.get(`/reports/jobs/${encodeURIComponent(id)}`).expect(200)).body as ReportJobView;
        return v.state === 'failed' ? v : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 300, what: 'the job to fail' },
    ) as ReportJobView;
    // a refusal would be refused again: no retry of the 8 attempts it had
    expect(view).toMatchObject({ state: 'failed', attemptsMade: 1, attempts: 8, files: [] });
    expect(view.error?.vi).toMatch(/^Dịch vụ reporting từ chối: Không tìm thấy tổ chức đảng/);
    expect(view.error?.en).toMatch(/^The reporting service refused: Party organization not found/);
    expect(`${view.error?.vi} ${view.error?.en}`).not.toMatch(/\bat \S+ \(|\.ts:\d+|\{"code"/);
  }, 60_000);
});

describe('a worker killed in the middle of a job', () => {
  it('gives the job to another worker, which completes it once', async () => {
    await worker?.stop();
    const slow = await startReportWorker(stack.iso, { JOB_STEP_DELAY_MS: '1500', JOB_LOCK_MS: '3000', JOB_STALLED_CHECK_MS: '2000' });
    const completions: string[] = [];
    events.on('completed', ({ jobId }) => completions.push(jobId));
    const { id } = await start({ kind: 'yearEnd', year: 2023, orgId: tree.db1 });
    await waitFor(async () => ((await queue.getJob(id))?.progress as number) >= 35, { timeoutMs: 30_000, what: 'the job to be half done' });
    await slow.stop('SIGKILL');
    worker = await startReportWorker(stack.iso, { JOB_LOCK_MS: '3000', JOB_STALLED_CHECK_MS: '2000' });
    await waitFor(async () => (await queue.getJob(id).then((j) => j?.getState())) === 'completed', { timeoutMs: 60_000, what: 'the job to complete' });
    const done = await queue.getJob(id);
    expect(done?.stalledCounter).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(completions.filter((c) => c === id)).toHaveLength(1);
    const view = (await stack.get(`/reports/jobs/${encodeURIComponent(id)}`).expect(200)).body as ReportJobView;
    expect(view).toMatchObject({ state: 'completed', orgId: tree.db1, progress: 100 });
    await download(id, `bao-cao-cuoi-nam-2023-${tree.db1.slice(0, 8)}.pdf`).expect(200);
    // the killed attempt left no half file behind
    expect(readdirSync(jobResultsDir(DEFAULT_REPORT_RESULTS_DIR, stack.iso.queuePrefix, id)).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);
});

describe('the schedules', () => {
  /** The fires waiting for their time, by schedule: `repeat:<schedule>:<millis>`. */
  const waitingFires = async () => {
    const fires = (await queue.getJobs(['delayed', 'waiting', 'prioritized'])).filter((j): j is Job => j?.name === 'schedule.fired');
    const bySchedule = new Map<string, string[]>();
    for (const j of fires) {
      const key = /^repeat:([^:]+):\d+$/.exec(String(j.id))?.[1] ?? String(j.id);
      bySchedule.set(key, [...(bySchedule.get(key) ?? []), String(j.id)]);
    }
    return bySchedule;
  };

  it('are registered once however often reporting starts, on however many replicas at once, in Vietnam’s time zone', async () => {
    // two replicas, each with its own connection to Redis, each starting twice, all at the same time
    const replicas = [0, 1].map(() => new ReportQueue({ REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: stack.iso.queuePrefix } as BaseEnv));
    try {
      await Promise.all(replicas.flatMap((r) => [new ReportSchedules(r).register(), new ReportSchedules(r).register()]));
    } finally {
      await Promise.all(replicas.map((r) => r.onApplicationShutdown()));
    }
    const registered = await queue.getJobSchedulers(0, -1);
    expect(registered.map((s) => s.key).sort()).toEqual(REPORT_SCHEDULES.map((s) => s.key).sort());
    expect(new Set(registered.map((s) => s.tz))).toEqual(new Set(['Asia/Ho_Chi_Minh']));
    // one next fire per schedule, not one per registrar
    const fires = await waitingFires();
    expect([...fires.keys()].sort()).toEqual(REPORT_SCHEDULES.map((s) => s.key).sort());
    for (const [key, ids] of fires) expect({ key, fires: ids.length }).toEqual({ key, fires: 1 });
    const list = (await stack.get('/reports/jobs').expect(200)).body;
    const close = list.schedules.find((s: { key: string }) => s.key === 'yearEnd.close');
    expect(new Date(close.next).toISOString()).toMatch(/-12-31T10:00:00.000Z$/); // 17:00 in Hanoi
  });

  it('fire once across the replicas: one fire, one job', async () => {
    const [fireId] = (await waitingFires()).get('badges.feb3') as string[];
    await (await queue.getJob(fireId))?.promote(); // its time has come
    const queued = (await waitFor(async () => ((await queue.getJob(fireId))?.returnvalue as { queued: string } | undefined)?.queued, { timeoutMs: 30_000, what: 'the fire to be handled' })) as string;
    expect(queued).toMatch(/^reports\.badgeCandidates~\d{4}-02-03~all~w/);
    await waitFor(async () => (await queue.getJob(queued).then((j) => j?.getState())) === 'completed', { timeoutMs: 60_000, what: 'the scheduled list' });
    const made = (await queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed'])).filter((j) => j?.name === 'reports.badgeCandidates' && j.data.schedule === 'badges.feb3');
    expect(made.map((j) => j.id)).toEqual([queued]);
    // and the scheduler waits for its next fire, once
    expect((await waitingFires()).get('badges.feb3')).toHaveLength(1);
  }, 120_000);

  it('turns a fire into the real job under its deterministic id, so a second fire with the same inputs is the same job', async () => {
    // as the scheduler names its jobs: `repeat:<schedule>:<millis>`, 15/01/2024 07:00 and 07:01 in Hanoi
    const fire = async (millis: number) => {
      const tick = await queue.add('schedule.fired', { schedule: 'yearEnd.final' }, { jobId: `repeat:yearEnd.final:${millis}` });
      const handled = await waitFor(async () => (await queue.getJob(String(tick.id)))?.returnvalue as { queued: string } | undefined, { timeoutMs: 30_000, what: 'the fire to be handled' });
      return handled as { queued: string };
    };
    // a new fact: the demand runs above were at the old watermark, this one is the schedule's own
    await stack.world.org({ kind: 'grassroots_cell', parentId: tree.bloc, effectiveOn: '2023-07-01' });
    await reports.caughtUp();
    const first = await fire(Date.UTC(2024, 0, 15, 0, 0));
    expect(first.queued).toMatch(/^reports\.yearEnd~2023~all~w/);
    await waitFor(async () => (await queue.getJob(first.queued).then((j) => j?.getState())) === 'completed', { timeoutMs: 60_000, what: 'the scheduled report' });
    const second = await fire(Date.UTC(2024, 0, 15, 0, 1));
    expect(second.queued).toBe(first.queued);
    expect((await queue.getJob(first.queued))?.attemptsMade).toBe(1);
    const view = (await stack.get(`/reports/jobs/${encodeURIComponent(first.queued)}`).expect(200)).body as ReportJobView;
    expect(view).toMatchObject({ trigger: 'schedule', schedule: 'yearEnd.final', requestedBy: null, year: 2023, state: 'completed' });
    const runs = (await stack.get('/reports/jobs?trigger=schedule&kind=yearEnd').expect(200)).body;
    expect(runs.items.map((j: ReportJobView) => j.id)).toEqual([first.queued]);
  }, 120_000);
});
