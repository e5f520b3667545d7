import ExcelJS from 'exceljs';
import { binaryBody, useStack } from '@party/gateway/testing';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { countOf, xlsxZipBomb } from '@party/testing';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { readRosterFile } from './roster-file';
import { csvOf, member } from './roster-import.spec-helpers';

/**
 * What a roster file cannot do: a zip bomb is refused with a 4xx before exceljs inflates it, and
 * text that would start a formula (=, +, -, @) is kept as the text it is and written inert on export.
 */
const stack = useStack({ label: 'roster_hygiene', service: MEMBERSHIP });
const snapshot = stack.tables({ people: countOf(Person), outbox: countOf(OutboxMessage), audit: countOf(AuditEntry) });
const ids: Record<string, string> = {};

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree());
}, 60_000);

const preview = (file: Buffer, name: string) => stack.upload('/members/import/preview', file, name);
const exportOf = async (format: 'xlsx' | 'csv') =>
  (await stack.gw.http().get(`/api/members/export?format=${format}&orgId=${ids.cell1}`).set({ authorization: `Bearer ${stack.board}` }).buffer(true).parse(binaryBody).expect(200)).body as Buffer;

it('refuses a 100 MB zip bomb dressed as .xlsx with 422 under the file field, nothing written', async () => {
  const before = await snapshot();
  const started = Date.now();
  const res = await preview(xlsxZipBomb(100), 'danh-sach.xlsx').expect(422);
  expect(res.body.fields).toEqual([expect.objectContaining({ field: 'file', vi: expect.stringContaining('giải nén vượt quá 50 MB') })]);
  console.log(`zip bomb refused in ${Date.now() - started} ms (upload and staging included)`);
  expect(await snapshot()).toEqual(before);
});

it('keeps formula-looking text as text on import, and writes it inert in CSV and Excel exports', async () => {
  const risky = { 'Quê quán': '=HYPERLINK("http://x.example","Hà Nội")', 'Nghề nghiệp': '+84 Kỹ sư', 'Chức vụ': '@SUM(A1)', 'Số quyết định kết nạp': '-15-QĐ/ĐUK' };
  const pre = (await preview(csvOf([member(ids.cell1, { 'Họ và tên': 'Đỗ Văn Công Thức', ...risky })]), 'ds.csv').expect(200)).body;
  expect(pre.errors).toEqual([]);
  await stack.post(`/members/import/${pre.uploadId}/commit`).expect(200);
  const person = await stack.em().findOneOrFail(Person, { fullName: 'Đỗ Văn Công Thức' });
  expect(person).toMatchObject({ hometown: risky['Quê quán'], occupation: risky['Nghề nghiệp'], position: risky['Chức vụ'] });

  const csv = (await exportOf('csv')).toString('utf8');
  const line = csv.split('\r\n').find((l) => l.includes('Đỗ Văn Công Thức')) as string;
  expect(line).toContain(`"'=HYPERLINK(""http://x.example"",""Hà Nội"")"`);
  expect(line).toContain(",'+84 Kỹ sư,");
  expect(line).toContain(",'@SUM(A1),");
  expect(line).toContain(",'-15-QĐ/ĐUK,");
  // no cell of the line starts a formula
  expect(line.split(',').some((cell) => /^"?[=+\-@]/.test(cell))).toBe(false);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportOf('xlsx')) as unknown as ArrayBuffer);
  const row = wb.worksheets[0].getRows(2, wb.worksheets[0].rowCount)?.find((r) => r.getCell(2).value === 'Đỗ Văn Công Thức') as ExcelJS.Row;
  const cells = [] as ExcelJS.Cell[];
  row.eachCell((c) => cells.push(c));
  expect(cells.every((c) => c.type !== ExcelJS.ValueType.Formula)).toBe(true);
  expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining([`'${risky['Quê quán']}`, `'${risky['Nghề nghiệp']}`, `'${risky['Chức vụ']}`]));

  // and the exported files read back to the same text (the apostrophe comes off)
  for (const format of ['csv', 'xlsx'] as const) {
    const table = await readRosterFile(await exportOf(format));
    const cells = table.rows.find((r) => r.cells.includes('Đỗ Văn Công Thức'))?.cells;
    expect(cells).toEqual(expect.arrayContaining(Object.values(risky)));
  }
});
