import { waitFor } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { todayInVietnam } from '@party/contracts';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { member, xlsxOf } from './roster-import.spec-helpers';

/**
 * An imported roster is history for the reporting service (its own process, fed by JetStream):
 * members counted from their admission dates, never as admissions — neither in their decision
 * year nor in the year the file was imported — probationary rows included.
 */
const stack = useStack({ label: 'rosterreport', service: MEMBERSHIP, processes: ['reporting', 'training'] });
const ids: Record<string, string> = {};
const thisYear = Number(todayInVietnam().slice(0, 4));

beforeAll(async () => {
  ids.bloc = await stack.world.org({ kind: 'bloc_committee', name: 'Đảng bộ Khối' });
  ids.cb1 = await stack.world.org({ kind: 'grassroots_cell', name: 'Chi bộ Một', parentId: ids.bloc });
  ids.cb2 = await stack.world.org({ kind: 'grassroots_cell', name: 'Chi bộ Hai', parentId: ids.bloc });
}, 60_000);

const metrics = async (year: number) => (await stack.get(`/reports/year-end/${year}`).expect(200)).body.metrics as Record<string, number>;

it('counts imported members from their dates and never as admitted, probationary ones too', async () => {
  const rows = [
    member(ids.cb1, { 'Họ và tên': 'Người Cũ', 'Ngày quyết định kết nạp': '01/03/2005', 'Ngày lễ kết nạp': '20/03/2005', 'Ngày chính thức': '20/03/2006', 'Số thẻ đảng': '02000001', 'Ngày cấp thẻ': '01/06/2007' }),
    member(ids.cb1, { 'Họ và tên': 'Người Năm 2023', 'Ngày quyết định kết nạp': '01/03/2023', 'Ngày lễ kết nạp': '20/03/2023', 'Ngày chính thức': '20/03/2024' }),
    member(ids.cb2, { 'Họ và tên': 'Người Dự Bị', 'Ngày quyết định kết nạp': '10/12/2023', 'Ngày lễ kết nạp': '20/12/2023', 'Ngày chính thức': null }),
  ];
  const pre = (await stack.upload('/members/import/preview', await xlsxOf(rows), 'lich-su.xlsx').expect(200)).body;
  expect(pre.errors).toEqual([]);
  await stack.post(`/members/import/${pre.uploadId}/commit`).expect(200);

  await waitFor(async () => (await metrics(2023))['members.total'] === 3, { timeoutMs: 60_000, intervalMs: 500, what: 'reporting to count the imported members' });
  expect(await metrics(2023)).toMatchObject({ 'members.total': 3, 'members.admitted': 0, 'members.madeOfficial': 0 });
  expect(await metrics(2022)).toMatchObject({ 'members.total': 1, 'members.admitted': 0 });
  expect(await metrics(2007)).toMatchObject({ 'members.total': 1, 'members.admitted': 0, 'cards.issued': 1 });
  expect(await metrics(thisYear)).toMatchObject({ 'members.total': 3, 'members.admitted': 0, 'cards.issued': 0 });
}, 120_000);
