import { Client } from 'pg';
import { isolate, TEST_DATABASE_URL } from '@party/testing';
import { ServiceProcess, startServiceProcess } from '@party/service-kit/testing';
import { startTestGateway, TestGateway, binaryBody, useStack } from '@party/gateway/testing';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { member, xlsxOf } from './roster-import.spec-helpers';

/**
 * Export, then import the exported file into a fresh schema (another membership service and
 * gateway, with the same organization tree): the second roster exports exactly as the first.
 */
const a = useStack({ label: 'rostertripa', service: MEMBERSHIP });
const isoB = isolate('rostertripb');
let membershipB: ServiceProcess;
let gwA: TestGateway;
let gwB: TestGateway;
let boardA: string;
let boardB: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  [gwA, boardA] = [a.gw, a.board];
  Object.assign(ids, await a.world.tree());

  membershipB = await startServiceProcess('membership', isoB);
  // the fresh schema gets the same organization tree (same ids), nothing else
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  for (const table of ['organization', 'organization_version']) await db.query(`insert into "${isoB.schema}"."${table}" select * from "${a.iso.schema}"."${table}"`);
  await db.end();
  gwB = await startTestGateway({ label: 'rostertripb', iso: isoB });
  boardB = await gwB.login('bantochuc');
}, 180_000);
afterAll(async () => {
  await gwB?.close();
  await membershipB?.stop();
}, 60_000);

// supertest buffers text only: collect the raw bytes of a file download
const exportOf = async (gw: TestGateway, token: string, format: 'xlsx' | 'csv') =>
  (await gw.http().get(`/api/members/export?format=${format}`).set({ authorization: `Bearer ${token}` }).buffer(true).parse(binaryBody).expect(200)).body as Buffer;
const importInto = async (gw: TestGateway, token: string, file: Buffer, name: string) => {
  const pre = (await gw.http().post('/api/members/import/preview').set({ authorization: `Bearer ${token}` }).attach('file', file, name).expect(200)).body;
  expect(pre.errors).toEqual([]);
  return (await gw.http().post(`/api/members/import/${pre.uploadId}/commit`).set({ authorization: `Bearer ${token}` }).expect(200)).body;
};

it('an exported roster imports into a fresh schema and exports back identically (xlsx and csv)', async () => {
  const rows = [
    member(ids.cell1, { 'Họ và tên': 'Nguyễn Thị Một', 'Giới tính': 'Nữ', 'Số thẻ đảng': '01000001', 'Ngày cấp thẻ': '02/09/2008', 'Chức vụ': 'Bí thư chi bộ' }),
    member(ids.cell1, { 'Họ và tên': 'Trần Văn Hai', 'Dân tộc': 'Mường', 'Tôn giáo': 'Công giáo', 'Trình độ GDPT': '9/10 (hệ 10 năm)', 'Chuyên môn': 'Thạc sĩ', 'Lý luận chính trị': 'Cao cấp' }),
    member(ids.cb2, { 'Họ và tên': 'Lê Văn Ba', 'Ngày quyết định kết nạp': '01/10/2024', 'Ngày lễ kết nạp': '15/10/2024', 'Ngày chính thức': null, 'Chuyên môn': null, 'Lý luận chính trị': null, 'Nghề nghiệp': null }),
  ];
  expect(await importInto(gwA, boardA, await xlsxOf(rows), 'goc.xlsx')).toMatchObject({ imported: 3, probationary: 1, cards: 1 });

  const exported = await exportOf(gwA, boardA, 'xlsx');
  expect(await importInto(gwB, boardB, exported, 'xuat.xlsx')).toMatchObject({ imported: 3, probationary: 1, official: 2, cards: 1 });

  const [csvA, csvB] = [await exportOf(gwA, boardA, 'csv'), await exportOf(gwB, boardB, 'csv')];
  expect(csvB.toString('utf8')).toEqual(csvA.toString('utf8'));
  const lines = csvA.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toBe('STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Dân tộc,Tôn giáo,Quê quán,Trình độ GDPT,Chuyên môn,Lý luận chính trị,Nghề nghiệp,Chức vụ,Mã tổ chức,Tên tổ chức,Ngày quyết định kết nạp,Số quyết định kết nạp,Ngày lễ kết nạp,Ngày chính thức,Số thẻ đảng,Ngày cấp thẻ');
  expect(lines.find((l) => l.includes('Trần Văn Hai'))).toContain(',Mường,Công giáo,Hà Nội,9/10 (hệ 10 năm),Thạc sĩ,Cao cấp,');
  expect(lines.find((l) => l.includes('Lê Văn Ba'))).toMatch(/,01\/10\/2024,15-QĐ\/ĐUK,15\/10\/2024,,,$/);

  // and the CSV export imports into B too — its citizen IDs are all taken there now
  const again = (await gwB.http().post('/api/members/import/preview').set({ authorization: `Bearer ${boardB}` }).attach('file', csvA, 'xuat.csv').expect(200)).body;
  expect(again).toMatchObject({ rows: 3, valid: 0 });
  expect(new Set(again.errors.map((e: { column: string }) => e.column))).toEqual(new Set(['Số CCCD', 'Số thẻ đảng']));
}, 120_000);
