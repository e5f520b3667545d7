import ExcelJS from 'exceljs';
import { reconciledClosing, todayInVietnam } from '@party/contracts';
import { useReportingStack } from './testing/reporting-under-test';

/**
 * A second bloc taken over from its books beside another: its members imported from a roster as
 * of today, probationers of last year among them, some in organizations established after their
 * admission. The years those facts are dated in reconcile — the bloc's, one of its subtrees' and
 * the whole system's — with the members recorded from the books on a line of their own, never
 * as admissions; a year without such members has no such line.
 */
const { stack, report: yearEnd } = useReportingStack('repbooks', ['membership']);

const IMPORT_YEAR = Number(todayInVietnam().slice(0, 4));
const BEFORE = IMPORT_YEAR - 1;
const ids: Record<string, string> = {};

const post = (path: string, body: unknown = {}) => stack.post(path, body);

async function establish(key: string, kind: string, parent: string | null, effectiveOn: string) {
  ids[key] = (await post('/orgs', { kind, name: `Tổ chức ${key}`, parentId: parent ? ids[parent] : null, effectiveOn, decisionNumber: `QĐ-${key}` }).expect(201)).body.id;
}

const HEADERS = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Dân tộc', 'Tôn giáo', 'Quê quán', 'Trình độ GDPT', 'Mã tổ chức', 'Ngày quyết định kết nạp', 'Ngày lễ kết nạp', 'Ngày chính thức'];
let cccd = 481_000_000_000;
const vn = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : null);
/** A roster row: the member's organization, admission decision and ceremony; official when `officialOn` is given. */
const row = (name: string, org: string, admittedOn: string, ceremonyOn: string, officialOn: string | null) =>
  [name, '05/05/1985', 'Nam', String(++cccd), 'Kinh', 'Không', 'Hà Nội', '12/12', ids[org], vn(admittedOn), vn(ceremonyOn), vn(officialOn)];

/** Preview then commit, as a clerk imports the opening roster. */
async function importRoster(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('DS');
  sheet.addRow(HEADERS);
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]));
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const pre = (await stack.upload('/members/import/preview', file, 'so-sach.xlsx').expect(200)).body;
  expect(pre.errors).toEqual([]);
  await post(`/members/import/${pre.uploadId}/commit`).expect(200);
}

const report = (year: number, org?: string) => yearEnd(year, org ? `?orgId=${ids[org]}` : '');

/** The reconciliation adds up and says nothing is wrong. */
function expectReconciled(r: Record<string, any>) {
  expect(reconciledClosing(r.reconciliation as never)).toBe(r.reconciliation.closing);
  expect(r.inconsistencies.map((i: { code: string }) => i.code)).not.toContain('headcount_not_reconciled');
}

beforeAll(async () => {
  // ── bloc A: the system's first bloc, its members from its own books ──────────────────────────
  await establish('A', 'bloc_committee', null, '2015-01-01');
  await establish('A1', 'grassroots_cell', 'A', '2015-03-01');
  await importRoster([row('Lê Văn Cũ', 'A1', '2010-04-05', '2010-04-20', '2011-04-20'), row('Trần Thị Mới', 'A1', '2018-06-04', '2018-06-20', '2019-06-20')]);

  // ── bloc B, beside it: one organization established last year, after some of its members' admission
  await establish('B', 'bloc_committee', null, '2016-01-01');
  await establish('B1', 'grassroots_cell', 'B', '2016-02-01');
  await establish('B2', 'grassroots_committee', 'B', '2016-02-01');
  await establish('B2a', 'dependent_cell', 'B2', '2016-03-01');
  await establish('B3', 'grassroots_cell', 'B', `${BEFORE}-06-01`);
  await importRoster([
    row('Nguyễn Văn Một', 'B1', '2012-05-02', '2012-05-20', '2013-05-20'),
    row('Phạm Văn Hai', 'B2a', '2019-04-01', '2019-04-15', '2020-04-15'),
    // probationers admitted last year: the closing of that year holds them, no admission of it does
    row('Hoàng Thị Ba', 'B1', `${BEFORE}-03-10`, `${BEFORE}-03-25`, null),
    row('Vũ Văn Bốn', 'B2a', `${BEFORE}-09-15`, `${BEFORE}-10-01`, null),
    // in an organization established after their admission: they enter the tree with it
    row('Đỗ Văn Năm', 'B3', '2014-05-05', '2014-05-20', '2015-05-20'),
    row('Bùi Thị Sáu', 'B3', `${BEFORE}-02-02`, `${BEFORE}-02-20`, null),
  ]);
}, 180_000);

it('reconciles the bloc imported from its books, for the year before the import and the import year', async () => {
  const before = await report(BEFORE, 'B');
  expect(before.metrics).toMatchObject({ 'members.total': 6, 'members.admitted': 0 });
  // 2 at the opening + 2 probationers + 2 brought in by B3's establishment = 6
  expect(before.reconciliation).toMatchObject({ opening: 2, admitted: 0, recordedFromBooks: 4, closing: 6 });
  expect(Object.keys(before.reconciliation).slice(-2)).toEqual(['recordedFromBooks', 'closing']);
  expectReconciled(before);
  expect(before.inconsistencies).toEqual([]);

  const importYear = await report(IMPORT_YEAR, 'B');
  expect(importYear.reconciliation).toMatchObject({ opening: 6, admitted: 0, closing: 6 });
  expect(importYear.reconciliation).not.toHaveProperty('recordedFromBooks');
  expect(importYear.inconsistencies).toEqual([]);
});

it('reconciles a subtree of the bloc the same way', async () => {
  const b2 = await report(BEFORE, 'B2');
  expect(b2.reconciliation).toMatchObject({ opening: 1, recordedFromBooks: 1, closing: 2 });
  expect(b2.inconsistencies).toEqual([]);
});

it('reconciles the whole system, both blocs, in every year it has facts for', async () => {
  const whole = await report(BEFORE);
  expect(whole.reconciliation).toMatchObject({ opening: 4, admitted: 0, recordedFromBooks: 4, closing: 8 });
  expect(whole.inconsistencies).toEqual([]);
  expect((await report(IMPORT_YEAR)).inconsistencies).toEqual([]);

  const years: number[] = (await stack.get('/reports/years').expect(200)).body.years;
  expect(years).toEqual(expect.arrayContaining([BEFORE, 2018, 2016, 2015, 2014, 2012, 2010]));
  for (const year of [IMPORT_YEAR, ...years]) {
    const r = await report(year);
    expectReconciled(r);
    expect(r.metrics['members.admitted']).toBe(0);
  }
  // A's member of 2010 enters with A1 in 2015; its member of 2018 on her admission day
  expect((await report(2015)).reconciliation).toMatchObject({ opening: 0, recordedFromBooks: 1, closing: 1 });
  expect((await report(2018, 'A')).reconciliation).toMatchObject({ opening: 1, recordedFromBooks: 1, closing: 2 });
});

it('prints no such line in a year without members recorded from the books', async () => {
  const a = await report(BEFORE, 'A');
  expect(a.reconciliation).toEqual({ opening: 2, admitted: 0, transferredIn: 0, transferredOut: 0, died: 0, struckOff: 0, leftParty: 0, expelled: 0, removedFromProbation: 0, handedOverIn: 0, handedOverOut: 0, closing: 2 });
});
