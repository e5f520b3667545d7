import ExcelJS from 'exceljs';
import { DomainError, withoutInertMark } from '@party/contracts';
import { inflateWorkbook } from '@party/service-kit';
import { parseCsv } from './roster-csv';
import { readPlainSheet } from './roster-sheet-xml';

/** A cell as read: text (CSV, Excel text), a number (Excel number or date serial) or an Excel date. */
export type RawCell = string | number | Date | null;

/** The first sheet (or the CSV) as rows of cells; `row` is the number Excel shows (1 = header). */
export interface RosterTable {
  format: 'xlsx' | 'csv';
  headers: string[];
  rows: { row: number; cells: RawCell[] }[];
}

const unreadable = (vi: string, en: string) => DomainError.rule({ vi, en }, undefined, [{ field: 'file', vi, en }]);

/** Reads an .xlsx workbook or a UTF-8 CSV; anything else is refused with the reason. */
export async function readRosterFile(bytes: Buffer): Promise<RosterTable> {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return readWorkbook(bytes);
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw unreadable('Tệp Excel 97–2003 (.xls) không được hỗ trợ; hãy lưu thành .xlsx hoặc CSV UTF-8', 'Excel 97–2003 (.xls) files are not supported; save as .xlsx or UTF-8 CSV');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable('Tệp không phải .xlsx, cũng không phải CSV mã UTF-8 (hãy lưu CSV với mã UTF-8)', 'The file is neither .xlsx nor UTF-8 CSV (save the CSV as UTF-8)');
  }
  const [header = [], ...records] = parseCsv(text);
  // "=…" stays the text it is (never a formula); the apostrophe our export puts before it comes off
  return { format: 'csv', headers: header.map((h) => h.trim()), rows: records.map((cells, i) => ({ row: i + 2, cells: cells.map((c) => withoutInertMark(c.trim()) || null) })) };
}

/**
 * The first sheet. A plain sheet — what clerks and our export save — is read from its XML
 * (`readPlainSheet`, a third of exceljs's time); anything else by exceljs, loaded whole. Not
 * exceljs's streaming reader: with a workbook that writes its sheets before `xl/workbook.xml`
 * (exceljs itself does), that reader parks the sheet in a temp file and, a few times in a thousand
 * under concurrency, loses the workbook part and throws — a valid file refused as corrupt.
 */
async function readWorkbook(bytes: Buffer): Promise<RosterTable> {
  // a zip bomb is refused from the zip's directory before anything inflates the sheets
  const parts = inflateWorkbook(bytes, 'file');
  const rows = readPlainSheet(parts) ?? (await readWithExceljs(bytes));
  const header = rows.find((r) => r.row === 1);
  const headers = header ? header.values.map((c) => (c === null ? '' : c instanceof Date ? c.toISOString() : String(c).trim())) : [];
  return { format: 'xlsx', headers, rows: rows.filter((r) => r.row > 1).map((r) => ({ row: r.row, cells: r.values })) };
}

/** Every row with a value, its cells from A to the last with a value, as `rawCell` reads exceljs's. */
export async function readWithExceljs(bytes: Buffer): Promise<{ row: number; values: RawCell[] }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer); // exceljs types a Node Buffer narrower than ours
  } catch {
    throw unreadable('Không đọc được tệp Excel (tệp hỏng?)', 'The workbook cannot be read (corrupt file?)');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('Tệp Excel không có trang tính nào', 'The workbook has no sheet');
  const rows: { row: number; values: RawCell[] }[] = [];
  // row.values is 1-based (index 0 unused)
  sheet.eachRow((row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push({ row: row.number, values: Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => rawCell(values[i + 1])) });
  });
  return rows;
}

function rawCell(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('').trim() || null;
    if ('result' in value) return rawCell(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim() || null;
    return null;
  }
  return withoutInertMark(String(value).trim()) || null;
}
