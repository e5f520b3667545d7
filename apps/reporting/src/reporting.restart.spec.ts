import type { ChildProcess } from 'node:child_process';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { testEnv } from '@party/service-kit/testing';
import { isolate, Isolation, runTs, spawnTs, stopProcess, TEST_DATABASE_URL, waitFor } from '@party/testing';
import { startTestGateway, TestGateway } from '@party/gateway/testing';
import { REPORTING_CONSUMER_NAMES } from './projection/consumers';

/**
 * Reporting stopped with SIGKILL in the middle of projecting 1,500 events, then started again:
 * the figures are the ones a projection that never stopped gives, and a rebuild from the start of
 * the streams gives them too. Every service runs as its own process; reporting applies one event
 * per transaction here (CONSUMER_BATCH_SIZE=1) so that "the middle" lasts long enough to hit.
 */
const iso = isolate('represtart');
const own = (suffix: string): Isolation => ({ ...iso, schema: `${iso.schema}_${suffix}` });
const ENVS = {
  membership: testEnv(own('m')),
  training: testEnv(own('t')),
  reporting: testEnv(own('r'), { CONSUMER_BATCH_SIZE: '1' }),
};
const STUDENTS = 1500;
const running = new Map<string, ChildProcess>();
let gw: TestGateway;
let board: string;
let admin: string;

const auth = (t: string) => ({ authorization: `Bearer ${t}` });
const post = (path: string, body: unknown) => gw.http().post(`/api${path}`).set(auth(board)).send(body as object);
const get = (path: string, token = board) => gw.http().get(`/api${path}`).set(auth(token));
const start = (service: keyof typeof ENVS) => running.set(service, spawnTs(`apps/${service}/src/main.ts`, ENVS[service], service));
const lag = async (): Promise<number | null> => {
  const res = await get('/reports/status', admin);
  if (res.status !== 200 || res.body.consumers.length < REPORTING_CONSUMER_NAMES.length) return null;
  return res.body.consumers.reduce((a: number, c: { lag: number }) => a + c.lag, 0);
};
const caughtUp = () => waitFor(async () => (await lag()) === 0, { timeoutMs: 120_000, intervalMs: 200, what: 'reporting to catch up' });
const figures = async (year: number) => (await get(`/reports/year-end/${year}`).expect(200)).body.metrics;

async function roster(n: number, orgId: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['STT', 'Mã người', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã tổ chức']);
  for (let i = 1; i <= n; i++) ws.addRow([i, `hv-${i}`, null, null, null, orgId]);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

beforeAll(async () => {
  for (const [service, env] of Object.entries(ENVS)) await runTs(`apps/${service}/src/migrate.ts`, env, ['up']);
  start('membership');
  start('training');
  gw = await startTestGateway({ label: 'represtart', iso });
  board = await gw.login('bantochuc');
  admin = await gw.login('admin');
  await waitFor(async () => (await get('/orgs')).status === 200 && (await get('/training/course-types')).status === 200, { timeoutMs: 60_000, what: 'membership and training' });
}, 120_000);

afterAll(async () => {
  await Promise.all([...running.values()].map((p) => stopProcess(p, 'SIGKILL')));
  await gw?.close();
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  for (const env of Object.values(ENVS)) await db.query(`drop schema if exists "${env.DB_SCHEMA}" cascade`);
  await db.end();
}, 60_000);

it('gives the same figures after a crash mid-stream, and after a rebuild', async () => {
  // facts recorded while reporting is not running at all
  const bloc = (await post('/orgs', { kind: 'bloc_committee', name: 'Đảng bộ Khối', parentId: null, effectiveOn: '2015-01-01', decisionNumber: 'QĐ-1' }).expect(201)).body.id;
  const db1 = (await post('/orgs', { kind: 'grassroots_committee', name: 'Đảng bộ Công ty A', parentId: bloc, effectiveOn: '2020-01-01', decisionNumber: 'QĐ-2' }).expect(201)).body.id;
  await post('/orgs', { kind: 'grassroots_cell', name: 'Chi bộ Công ty B', parentId: bloc, effectiveOn: '2023-04-01', decisionNumber: 'QĐ-3' }).expect(201);
  const cls = (await post('/training/classes', { courseTypeCode: 'nhan-thuc-ve-dang', title: 'Lớp nhận thức về Đảng 2023', openedOn: '2023-03-01', servedOrgIds: [db1] }).expect(201)).body.id;
  await post(`/training/classes/${cls}/enrollments/import`, { fileBase64: await roster(STUDENTS, db1) }).expect(201);

  start('reporting');
  // somewhere in the middle of the 1,500 enrollments
  await waitFor(async () => {
    const l = await lag();
    return l !== null && l < STUDENTS - 100;
  }, { timeoutMs: 60_000, intervalMs: 50, what: 'reporting to be under way' });
  const lagAtCrash = (await lag()) as number;
  await stopProcess(running.get('reporting') as ChildProcess, 'SIGKILL');
  expect(lagAtCrash).toBeGreaterThan(0);

  start('reporting');
  await caughtUp();
  const afterCrash = await figures(2023);
  expect(afterCrash).toMatchObject({
    'orgs.grassroots': 2,
    'orgs.grassroots.partyCommittees': 1,
    'orgs.grassroots.cells': 1,
    'orgs.established': 1,
    'training.classes.candidates': 1,
    'training.students.candidates': STUDENTS,
  });

  await gw.http().post('/api/reports/rebuild').set(auth(admin)).expect(202);
  await waitFor(async () => (await lag()) === 0 && (await figures(2023))['training.students.candidates'] === STUDENTS, {
    timeoutMs: 120_000,
    intervalMs: 300,
    what: 'the rebuild',
  });
  expect(await figures(2023)).toEqual(afterCrash);
}, 300_000);
