import { isolate, Isolation, waitFor } from '@party/testing';
import { RunningService, ServiceProcess, startServiceProcess, startTestService } from '@party/service-kit/testing';
import { startTestGateway, TestGateway } from '@party/gateway/testing';
import { todayInVietnam } from '@party/contracts';
import { membershipOrm } from '../membership.orm';
import { member, xlsxOf } from './roster-import.spec-helpers';

/**
 * An imported roster is history for the reporting service (its own process, fed by JetStream):
 * members counted from their admission dates, never as admissions — neither in their decision
 * year nor in the year the file was imported — probationary rows included.
 */
const iso = isolate('rosterreport');
const own = (suffix: string): Isolation => ({ ...iso, schema: `${iso.schema}_${suffix}` });
let membership: RunningService;
let reporting: ServiceProcess;
let training: ServiceProcess;
let gw: TestGateway;
let board: string;
const ids: Record<string, string> = {};
const thisYear = Number(todayInVietnam().slice(0, 4));

beforeAll(async () => {
  membership = await startTestService({ service: 'membership', orm: membershipOrm, loadModule: () => require('../app.module').AppModule, iso });
  [reporting, training] = await Promise.all([startServiceProcess('reporting', own('r')), startServiceProcess('training', own('t'))]);
  gw = await startTestGateway({ label: 'rosterreport', iso });
  board = await gw.login('bantochuc');
  const org = async (kind: string, name: string, parentId: string | null) =>
    (await gw.as(board).post('/orgs', { kind, name, parentId, effectiveOn: '2000-01-01', decisionNumber: `QĐ ${name}` }).expect(201)).body.id as string;
  ids.bloc = await org('bloc_committee', 'Đảng bộ Khối', null);
  ids.cb1 = await org('grassroots_cell', 'Chi bộ Một', ids.bloc);
  ids.cb2 = await org('grassroots_cell', 'Chi bộ Hai', ids.bloc);
}, 180_000);
afterAll(async () => {
  await gw?.close();
  await Promise.all([reporting?.stop(), training?.stop()]);
  await membership?.close();
}, 60_000);

const metrics = async (year: number) => (await gw.as(board).get(`/reports/year-end/${year}`).expect(200)).body.metrics as Record<string, number>;

it('counts imported members from their dates and never as admitted, probationary ones too', async () => {
  const rows = [
    member(ids.cb1, { 'Họ và tên': 'Người Cũ', 'Ngày quyết định kết nạp': '01/03/2005', 'Ngày lễ kết nạp': '20/03/2005', 'Ngày chính thức': '20/03/2006', 'Số thẻ đảng': '02000001', 'Ngày cấp thẻ': '01/06/2007' }),
    member(ids.cb1, { 'Họ và tên': 'Người Năm 2023', 'Ngày quyết định kết nạp': '01/03/2023', 'Ngày lễ kết nạp': '20/03/2023', 'Ngày chính thức': '20/03/2024' }),
    member(ids.cb2, { 'Họ và tên': 'Người Dự Bị', 'Ngày quyết định kết nạp': '10/12/2023', 'Ngày lễ kết nạp': '20/12/2023', 'Ngày chính thức': null }),
  ];
  const pre = (await gw.http().post('/api/members/import/preview').set({ authorization: `Bearer ${board}` }).attach('file', await xlsxOf(rows), 'lich-su.xlsx').expect(200)).body;
  expect(pre.errors).toEqual([]);
  await gw.http().post(`/api/members/import/${pre.uploadId}/commit`).set({ authorization: `Bearer ${board}` }).expect(200);

  await waitFor(async () => (await metrics(2023))['members.total'] === 3, { timeoutMs: 60_000, intervalMs: 500, what: 'reporting to count the imported members' });
  expect(await metrics(2023)).toMatchObject({ 'members.total': 3, 'members.admitted': 0, 'members.madeOfficial': 0 });
  expect(await metrics(2022)).toMatchObject({ 'members.total': 1, 'members.admitted': 0 });
  expect(await metrics(2007)).toMatchObject({ 'members.total': 1, 'members.admitted': 0, 'cards.issued': 1 });
  expect(await metrics(thisYear)).toMatchObject({ 'members.total': 3, 'members.admitted': 0, 'cards.issued': 0 });
}, 120_000);
