import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { DEFAULT_REPORT_RESULTS_DIR } from '@party/messaging';
import { REPORT_QUEUE, ReportJobView } from '@party/contracts';
import { TEST_REDIS_URL, waitFor, xlsxToCsv } from '@party/testing';
import { ReportWorkerProcess, startReportWorker } from '../testing/report-worker-process';
import { useReportingStack } from '../testing/reporting-under-test';

/**
 * The list jobs (badge candidates, overdue deadlines) run by the worker as its own process
 * against the real membership and inspection routes, on a world with a member due a badge and a
 * probation review past its deadline; their files read back by LibreOffice, given only to whom
 * may read members; and the same jobs made by a fire of their schedules.
 */
const reports = useReportingStack('reportlists', ['membership', 'inspection']);
const { stack } = reports;
const tmp = mkdtempSync(join(tmpdir(), 'report-lists-'));
let worker: ReportWorkerProcess | undefined;
let queue: Queue;
let tree: { bloc: string; db1: string; cell1: string; cb2: string };
const veteran = 'Nguyễn Văn Cựu Chiến';
const probationer = 'Trần Thị Dự Bị';

beforeAll(async () => {
  queue = new Queue(REPORT_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: stack.iso.queuePrefix });
  tree = (await stack.world.tree({ effectiveOn: '1990-01-01' })) as typeof tree;
  // party age from the decision: 30 years on 01/06/2023, so level 30 is due on every later occasion
  await stack.world.member({ orgId: tree.cell1, fullName: veteran, admittedOn: '1993-06-01' });
  // probation ended 01/03/2023; its review was due 30 working days later and never held
  await stack.world.member({ orgId: tree.cb2, fullName: probationer, admittedOn: '2022-03-01', officialDate: null });
  await stack.world.member({ orgId: tree.cb2 }); // an ordinary member, on no list
  worker = await startReportWorker(stack.iso);
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  rmSync(join(process.cwd(), DEFAULT_REPORT_RESULTS_DIR, stack.iso.queuePrefix), { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}, 60_000);

const start = async (body: Record<string, unknown>) => {
  await reports.caughtUp();
  return (await stack.post('/reports/jobs', body).expect(202)).body as { id: string; duplicate: boolean };
};

const view = async (id: string, token = stack.board) => (await stack.get(`/reports/jobs/${encodeURIComponent(id)}`, token).expect(200)).body as ReportJobView;

/** The job as the board reads it once it has ended. */
const ended = (id: string): Promise<ReportJobView> =>
  waitFor<ReportJobView | undefined>(
    async () => {
      const v = await view(id);
      return v.state === 'completed' || v.state === 'failed' ? v : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 500, what: `job ${id} to end` },
  ) as Promise<ReportJobView>;

const download = (id: string, name: string, token = stack.board) =>
  stack.gw
    .http()
    .get(`/api/reports/jobs/${encodeURIComponent(id)}/files/${name}`)
    .set({ authorization: `Bearer ${token}` })
    .buffer(true)
    .parse((r, cb) => {
      const parts: Buffer[] = [];
      r.on('data', (c: Buffer) => parts.push(c));
      r.on('end', () => cb(null, Buffer.concat(parts)));
    });

/** The table rows of a list (after the title, the subtitle and the header), as LibreOffice reads the workbook. */
async function listRows(id: string, name: string): Promise<{ title: string; header: string[]; rows: string[][] }> {
  const file = await download(id, name).expect(200);
  expect(file.headers['content-disposition']).toContain(`attachment; filename="${name}"`);
  const [sheet] = xlsxToCsv(file.body as Buffer, tmp);
  const at = sheet.rows.findIndex((r) => r[0] === 'STT');
  expect(at).toBeGreaterThan(0);
  return { title: sheet.rows[0][0], header: sheet.rows[at], rows: sheet.rows.slice(at + 1).filter((r) => /^\d+$/.test(r[0])) };
}

const OVERDUE_FILES = (asOf: string) =>
  ['qua-han-xet-chinh-thuc', 'qua-han-ket-nap', 'qua-han-chuyen-sinh-hoat', 'qua-han-bao-tu', 'qua-han-kiem-tra-giam-sat'].map((f) => `${f}-${asOf}.xlsx`);

describe('the badge candidates job', () => {
  let id: string;

  it('completes with its list, the member due a badge in it, read back by LibreOffice', async () => {
    ({ id } = await start({ kind: 'badgeCandidates', occasion: '2024-02-03' }));
    expect(id).toMatch(/^reports\.badgeCandidates~2024-02-03~all~w\d+-[0-9a-f]{8}$/);
    const done = await ended(id);
    expect(done).toMatchObject({ state: 'completed', progress: 100, kind: 'badgeCandidates', occasion: '2024-02-03', trigger: 'demand', error: null });
    expect(done.files.map((f) => [f.name, f.rows])).toEqual([['huy-hieu-dang-2024-02-03.xlsx', 1]]);
    expect(done.summary.map((s) => [s.label.en, s.value])).toEqual([['Due', 1], ['Held', 0]]);
    const list = await listRows(id, 'huy-hieu-dang-2024-02-03.xlsx');
    expect(list.title).toBe('DANH SÁCH ĐẢNG VIÊN ĐỦ ĐIỀU KIỆN XÉT TẶNG HUY HIỆU ĐẢNG DỊP 03/02/2024');
    expect(list.header.slice(0, 4)).toEqual(['STT', 'Họ và tên', 'Tổ chức đảng', 'Huy hiệu (năm tuổi đảng)']);
    expect(list.rows).toEqual([['1', veteran, 'Chi bộ Phòng Kỹ thuật', '30', '01/06/1993', '01/06/2023', 'Đủ tuổi đảng', 'Đủ điều kiện']]);
  }, 120_000);

  it('gives its file only to whom may read members', async () => {
    const viewer = await stack.login('viewer');
    expect((await view(id, viewer)).files).toEqual([]);
    await download(id, 'huy-hieu-dang-2024-02-03.xlsx', viewer).expect(404);
  });
});

describe('the overdue deadlines job', () => {
  let id: string;

  it('completes with a file per list, the overdue probation review in its own, read back by LibreOffice', async () => {
    ({ id } = await start({ kind: 'overdueDeadlines', asOf: '2024-01-08' }));
    const done = await ended(id);
    expect(done).toMatchObject({ state: 'completed', progress: 100, kind: 'overdueDeadlines', asOf: '2024-01-08', error: null });
    // the board reads members, not inspections: the inspection phases are not theirs to download
    expect(done.files.map((f) => f.name)).toEqual(OVERDUE_FILES('2024-01-08').slice(0, 4));
    expect(done.files.map((f) => f.rows)).toEqual([1, 0, 0, 0]);
    const probation = await listRows(id, 'qua-han-xet-chinh-thuc-2024-01-08.xlsx');
    expect(probation.title).toBe('ĐẢNG VIÊN DỰ BỊ QUÁ HẠN XÉT CHÍNH THỨC TẠI NGÀY 08/01/2024');
    expect(probation.rows).toHaveLength(1);
    expect(probation.rows[0].slice(0, 5)).toEqual(['1', probationer, 'Chi bộ Công ty Xây lắp', '01/03/2022', '01/03/2023']);
    const admissions = await download(id, 'qua-han-ket-nap-2024-01-08.xlsx').expect(200);
    expect(xlsxToCsv(admissions.body as Buffer, tmp)[0].rows.flat()).toContain('Không có trường hợp nào.');
  }, 120_000);

  it('gives the members lists only to whom may read members, and the inspection phases to whom may read inspections', async () => {
    const viewer = await stack.login('viewer');
    expect((await view(id, viewer)).files).toEqual([]);
    await download(id, 'qua-han-xet-chinh-thuc-2024-01-08.xlsx', viewer).expect(404);
    const ubkt = await stack.world.user({ roles: ['inspection'] });
    expect((await view(id, ubkt)).files.map((f) => [f.name, f.permission])).toEqual(
      OVERDUE_FILES('2024-01-08').map((name) => [name, name.startsWith('qua-han-kiem-tra') ? 'inspection:read' : 'members:read']),
    );
    await download(id, 'qua-han-kiem-tra-giam-sat-2024-01-08.xlsx').expect(404);
    await download(id, 'qua-han-kiem-tra-giam-sat-2024-01-08.xlsx', ubkt).expect(200);
  });
});

describe('a fire of the list schedules', () => {
  let badgeRun: string;
  /** As the scheduler names its jobs: `repeat:<schedule>:<millis>`. */
  const fire = async (schedule: string, millis: number): Promise<string> => {
    const tick = await queue.add('schedule.fired', { schedule }, { jobId: `repeat:${schedule}:${millis}` });
    return (await waitFor(async () => ((await queue.getJob(String(tick.id)))?.returnvalue as { queued: string } | undefined)?.queued, { timeoutMs: 30_000, what: `the ${schedule} fire to be handled` })) as string;
  };

  it('makes the badge list of the occasion 30 days ahead: 19/04/2024 07:00 in Hanoi → 19/05/2024', async () => {
    await reports.caughtUp();
    const queued = await fire('badges.may19', Date.UTC(2024, 3, 19, 0, 0));
    expect(queued).toMatch(/^reports\.badgeCandidates~2024-05-19~all~w/);
    const done = await ended(queued);
    expect(done).toMatchObject({ state: 'completed', trigger: 'schedule', schedule: 'badges.may19', requestedBy: null, occasion: '2024-05-19' });
    expect(done.files.map((f) => [f.name, f.rows])).toEqual([['huy-hieu-dang-2024-05-19.xlsx', 1]]);
    expect((await listRows(queued, 'huy-hieu-dang-2024-05-19.xlsx')).rows.map((r) => r[1])).toEqual([veteran]);
    badgeRun = queued;
  }, 120_000);

  it('makes the weekly overdue lists of the Monday it fired: 15/01/2024 07:00 in Hanoi', async () => {
    const queued = await fire('deadlines.weekly', Date.UTC(2024, 0, 15, 0, 0));
    expect(queued).toMatch(/^reports\.overdueDeadlines~2024-01-15~all~w/);
    const done = await ended(queued);
    expect(done).toMatchObject({ state: 'completed', trigger: 'schedule', schedule: 'deadlines.weekly', asOf: '2024-01-15' });
    expect(done.files.map((f) => f.name)).toEqual(OVERDUE_FILES('2024-01-15').slice(0, 4));
    expect((await listRows(queued, 'qua-han-xet-chinh-thuc-2024-01-15.xlsx')).rows.map((r) => r[1])).toEqual([probationer]);
    const runs = (await stack.get('/reports/jobs?trigger=schedule').expect(200)).body;
    expect(runs.items.map((j: ReportJobView) => j.id).sort()).toEqual([queued, badgeRun].sort());
  }, 120_000);
});
