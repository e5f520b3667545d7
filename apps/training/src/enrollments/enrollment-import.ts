import ExcelJS from 'exceljs';
import { CITIZEN_ID, DomainError, isLocalDate, PersonRef, searchableName, withoutInertMark } from '@party/contracts';
import { assertWorkbookInflatesWithin } from '@party/service-kit';

/** One problem of the file, for a person to fix in Excel: row number as Excel shows it, column header. */
export interface ImportError {
  /** Excel's row number (1 = the header row); null for a problem of the whole file. */
  row: number | null;
  column: string | null;
  problem: string;
  problemEn: string;
}

export interface ImportRow {
  row: number;
  person: PersonRef;
  orgId: string | null;
}

export interface ParsedImport {
  rows: ImportRow[];
  errors: ImportError[];
}

export const MAX_IMPORT_ROWS = 5000;

type Field = 'personId' | 'citizenId' | 'fullName' | 'dateOfBirth' | 'orgId';

/** Header texts accepted for each field, compared without accents, case or spaces. */
const HEADERS: Record<Field, string[]> = {
  personId: ['ma nguoi', 'ma dang vien', 'ma ho so', 'personid'],
  citizenId: ['so cccd', 'cccd', 'so can cuoc cong dan', 'so dinh danh', 'citizenid'],
  fullName: ['ho va ten', 'ho ten', 'fullname'],
  dateOfBirth: ['ngay sinh', 'dateofbirth'],
  orgId: ['ma to chuc', 'ma chi bo', 'orgid'],
};

export const IMPORT_COLUMNS: Record<Field, string> = {
  personId: 'Mã người',
  citizenId: 'Số CCCD',
  fullName: 'Họ và tên',
  dateOfBirth: 'Ngày sinh',
  orgId: 'Mã tổ chức',
};

/** A column header as matched: the searchable form, without a parenthesised hint ("Ngày sinh (dd/mm/yyyy)"). */
export function normalize(text: string): string {
  return searchableName(text.replace(/\(.*?\)/g, ''));
}

/** A cell as text: "=…" stays the text it is (never a formula), and the apostrophe an export put before it comes off. */
export function cellText(value: ExcelJS.CellValue): string {
  return withoutInertMark(rawText(value));
}

function rawText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return rawText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A birth date cell: an Excel date (exceljs reads it as a UTC midnight) or dd/mm/yyyy or yyyy-mm-dd text. */
export function cellDate(value: ExcelJS.CellValue): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  const text = cellText(value);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    return isLocalDate(iso) ? iso : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m && isLocalDate(text) ? text : null;
}

/** A citizen ID typed as a number loses its leading zeros (CCCD of Hà Nội start with 001). */
export function citizenIdOf(value: ExcelJS.CellValue): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && String(value).length <= 12) return String(value).padStart(12, '0');
  return cellText(value).replace(/\s/g, '');
}

export function fileError(problem: string, problemEn: string): ImportError {
  return { row: null, column: null, problem, problemEn };
}

/**
 * A spreadsheet as it reaches the service: base64 inside a JSON command (small files), or the
 * bytes of a staged upload. A problem with it names `fileBase64` or `file` accordingly.
 */
export type SheetFile = string | Buffer;

/** The first sheet of an .xlsx, or a 422 naming the file's field when it is not one. */
export async function readFirstSheet(file: SheetFile): Promise<ExcelJS.Worksheet | null> {
  const buffer = typeof file === 'string' ? Buffer.from(file, 'base64') : file;
  const field = typeof file === 'string' ? 'fileBase64' : 'file';
  if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) {
    throw DomainError.rule({ vi: 'Tệp không phải tệp Excel .xlsx', en: 'The file is not an .xlsx workbook' }, undefined, [
      { field, vi: 'Tệp không phải tệp Excel .xlsx', en: 'The file is not an .xlsx workbook' },
    ]);
  }
  // a zip bomb is refused from the zip's directory before exceljs inflates anything
  assertWorkbookInflatesWithin(buffer, field);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw DomainError.rule({ vi: 'Không đọc được tệp Excel (tệp hỏng?)', en: 'The workbook cannot be read (corrupt file?)' }, undefined, [
      { field, vi: 'Không đọc được tệp Excel', en: 'The workbook cannot be read' },
    ]);
  }
  return workbook.worksheets[0] ?? null;
}

/**
 * Reads the first sheet: a header row, then one person per row. Every problem is reported with its
 * row and column (in Vietnamese, with English beside); nothing here touches the database.
 */
export async function parseEnrollmentWorkbook(file: SheetFile, today: string): Promise<ParsedImport> {
  const sheet = await readFirstSheet(file);
  if (!sheet) return { rows: [], errors: [fileError('Tệp không có trang tính nào', 'The workbook has no sheet')] };

  const columns = new Map<Field, { index: number; label: string }>();
  sheet.getRow(1).eachCell((cell, index) => {
    const label = cellText(cell.value);
    const key = normalize(label);
    for (const field of Object.keys(HEADERS) as Field[]) {
      if (HEADERS[field].includes(key) && !columns.has(field)) columns.set(field, { index, label });
    }
  });
  const errors: ImportError[] = [];
  if (!columns.has('personId') && !columns.has('citizenId')) {
    errors.push({ row: 1, column: null, problem: 'Dòng tiêu đề cần cột "Mã người" hoặc cột "Số CCCD"', problemEn: 'The header row needs a "Mã người" or a "Số CCCD" column' });
  }
  if (columns.has('citizenId') && (!columns.has('fullName') || !columns.has('dateOfBirth'))) {
    errors.push({ row: 1, column: null, problem: 'Có cột "Số CCCD" thì cần cả cột "Họ và tên" và "Ngày sinh"', problemEn: 'With "Số CCCD", the "Họ và tên" and "Ngày sinh" columns are needed' });
  }
  if (errors.length) return { rows: [], errors };

  const label = (f: Field) => columns.get(f)?.label ?? IMPORT_COLUMNS[f];
  const rows: ImportRow[] = [];
  let dataRows = 0;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const raw = (f: Field): ExcelJS.CellValue => {
      const c = columns.get(f);
      return c ? row.getCell(c.index).value : null;
    };
    const personId = cellText(raw('personId'));
    const citizenId = citizenIdOf(raw('citizenId'));
    const fullName = cellText(raw('fullName')).replace(/\s+/g, ' ');
    const dobRaw = raw('dateOfBirth');
    const orgId = cellText(raw('orgId'));
    if (!personId && !citizenId && !fullName && !cellText(dobRaw) && !orgId) continue; // a blank row
    dataRows++;
    if (dataRows > MAX_IMPORT_ROWS) {
      errors.push(fileError(`Tệp có quá ${MAX_IMPORT_ROWS} dòng dữ liệu`, `More than ${MAX_IMPORT_ROWS} data rows`));
      break;
    }
    const before = errors.length;
    const problem = (f: Field, vi: string, en: string) => errors.push({ row: r, column: label(f), problem: vi, problemEn: en });
    if (personId.length > 64) problem('personId', 'Mã người quá dài (tối đa 64 ký tự)', 'personId longer than 64 characters');
    if (!personId && !citizenId) problem(columns.has('citizenId') ? 'citizenId' : 'personId', 'Thiếu mã người hoặc số CCCD', 'Missing personId or citizen ID');
    if (citizenId && !CITIZEN_ID.test(citizenId)) problem('citizenId', `Số CCCD "${citizenId}" phải gồm đúng 12 chữ số`, `Citizen ID "${citizenId}" must be exactly 12 digits`);
    let dateOfBirth: string | undefined;
    if (cellText(dobRaw)) {
      const d = cellDate(dobRaw);
      if (!d) problem('dateOfBirth', `Ngày sinh "${cellText(dobRaw)}" không hợp lệ (cần dạng dd/mm/yyyy)`, `Invalid birth date "${cellText(dobRaw)}" (expected dd/mm/yyyy)`);
      else if (d > today) problem('dateOfBirth', `Ngày sinh ${d} ở tương lai`, `Birth date ${d} is in the future`);
      else dateOfBirth = d;
    }
    if (!personId) {
      if (!fullName) problem('fullName', 'Thiếu họ và tên (bắt buộc khi chưa có mã người)', 'Missing full name (required without personId)');
      if (!cellText(dobRaw)) problem('dateOfBirth', 'Thiếu ngày sinh (bắt buộc khi chưa có mã người)', 'Missing birth date (required without personId)');
    }
    if (fullName.length > 120) problem('fullName', 'Họ và tên quá dài (tối đa 120 ký tự)', 'Full name longer than 120 characters');
    if (orgId.length > 64) problem('orgId', 'Mã tổ chức quá dài', 'Organization id too long');
    if (errors.length > before) continue;
    rows.push({
      row: r,
      person: {
        ...(personId ? { personId } : {}),
        ...(citizenId ? { citizenId } : {}),
        ...(fullName ? { fullName } : {}),
        ...(dateOfBirth ? { dateOfBirth } : {}),
      },
      orgId: orgId || null,
    });
  }
  if (dataRows === 0) errors.push(fileError('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề', 'No data rows under the header row'));
  return { rows, errors };
}
