import ExcelJS from 'exceljs';
import { inflateWorkbook } from '@party/service-kit';
import { writeRoster } from './roster-export';
import { readRosterFile, readWithExceljs } from './roster-file';
import { readPlainSheet } from './roster-sheet-xml';
import { member, xlsxOf } from './roster-import.spec-helpers';

/**
 * The plain-sheet reader answers exactly what exceljs answers (through `rawCell`) for every sheet
 * it takes, and declines (null: exceljs reads it) what it does not interpret.
 */
const plain = (bytes: Buffer) => readPlainSheet(inflateWorkbook(bytes, 'file'));

async function workbook(fill: (sheet: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('DS'), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Text, numbers, dates under several formats, booleans, gaps, blank and styled-empty cells. */
const everyPlainKind = (sheet: ExcelJS.Worksheet) => {
  sheet.addRow(['STT', ' Họ và tên ', 'Ngày sinh', 'Số CCCD', 'Ghi chú']);
  sheet.addRow([1, 'Nguyễn Văn A & "B" <C> \'D\'', new Date(Date.UTC(1980, 4, 5)), '001080000123', "'=1+1"]);
  sheet.addRow([2, '  Trần  Thị  ', new Date(Date.UTC(1899, 11, 31)), 1080000123, '']);
  sheet.addRow([]);
  sheet.addRow([null, null, null, null, '']);
  const r = sheet.addRow([3, 'Lê Văn Giờ', 44197.5, 0.25, true]);
  r.getCell(3).numFmt = 'dd/mm/yyyy hh:mm';
  r.getCell(4).numFmt = '0%';
  const s = sheet.addRow([4, 'Phạm [Văn] "Ngoặc"', 36526, 36526, false]);
  s.getCell(3).numFmt = '[$-42A]d mmmm yyyy';
  s.getCell(4).numFmt = '"ngày" 0';
  const t = sheet.addRow([5, '\u00A0Khoảng trắng\t', 12.75, -3, 'Dòng một\nDòng hai']);
  t.getCell(3).numFmt = 'h:mm';
  sheet.getCell('H9').value = 'xa bên phải';
  sheet.getCell('B10').numFmt = 'dd/mm/yyyy';
  sheet.getCell('C11').value = 'chỉ một ô';
};

describe('readPlainSheet', () => {
  it.each([
    ['the import spec files', () => xlsxOf([member('org'), member('org', { 'Ngày sinh': new Date(Date.UTC(1985, 6, 9)), 'Số CCCD': Number('001080000123') }), member('org', { 'Chức vụ': '' })])],
    ['our export', () => writeRoster('xlsx', [{ fullName: 'Đỗ =Văn', dateOfBirth: '1970-01-31', citizenId: '001070000001', gender: 'male', cardIssuedOn: '2001-02-03', orgName: '+Chi bộ' }, { fullName: 'Mai' }])],
    ['every plain kind, shared strings', () => workbook(everyPlainKind)],
    ['the 1904 date system', () => workbook((sheet, wb) => {
      wb.properties.date1904 = true;
      everyPlainKind(sheet);
    })],
  ])('reads %s as exceljs does', async (_, make) => {
    const bytes = await make();
    const rows = plain(bytes);
    expect(rows).not.toBeNull();
    expect(rows).toEqual(await readWithExceljs(bytes));
  });

  it('reads text written inline in the sheet (as some writers save it) as the same text shared', async () => {
    const bytes = await workbook(everyPlainKind);
    const parts = inflateWorkbook(bytes, 'file');
    const shared = [...String(parts.get('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
    const sheet = String(parts.get('xl/worksheets/sheet1.xml'));
    const inline = sheet.replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g, (_, ref, style = '', i) => `<c r="${ref}"${style} t="inlineStr"><is>${shared[Number(i)]}</is></c>`);
    expect(inline).toContain('t="inlineStr"');
    expect(inline).not.toContain('t="s"');
    const rows = readPlainSheet(new Map([...parts, ['xl/worksheets/sheet1.xml', Buffer.from(inline)]]));
    expect(rows).toEqual(await readWithExceljs(bytes));
  });

  it.each([
    ['rich text', (sheet: ExcelJS.Worksheet) => (sheet.getCell('B2').value = { richText: [{ text: 'Nguyễn ' }, { font: { bold: true }, text: 'Văn A' }] })],
    ['a formula', (sheet: ExcelJS.Worksheet) => (sheet.getCell('B2').value = { formula: 'A1&"x"', result: 'STTx' })],
    ['merged cells', (sheet: ExcelJS.Worksheet) => {
      sheet.getCell('B2').value = 'Chi bộ chung';
      sheet.mergeCells('B2:B4');
    }],
    ['a link', (sheet: ExcelJS.Worksheet) => (sheet.getCell('B2').value = { text: 'Trang', hyperlink: 'http://127.0.0.1/' })],
    ['an error value', (sheet: ExcelJS.Worksheet) => (sheet.getCell('B2').value = { error: '#N/A' })],
    ['an escaped character', (sheet: ExcelJS.Worksheet) => (sheet.getCell('B2').value = 'a_x000D_b')],
  ])('leaves %s to exceljs, and the file reads as before', async (_, fill) => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['STT', 'Họ và tên']);
      fill(sheet);
    });
    expect(plain(bytes)).toBeNull();
    const table = await readRosterFile(bytes);
    const rows = await readWithExceljs(bytes);
    expect(table.rows).toEqual(rows.filter((r) => r.row > 1).map((r) => ({ row: r.row, cells: r.values })));
  });

  it('leaves a workbook without a sheet to exceljs, which refuses it in words', async () => {
    const empty = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect(plain(empty)).toBeNull();
    await expect(readRosterFile(empty)).rejects.toMatchObject({ message: expect.stringContaining('no sheet') });
  });
});
