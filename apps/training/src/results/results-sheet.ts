import ExcelJS from 'exceljs';
import { inertCellText, isLocalDate, MAX_RESULTS } from '@party/contracts';
import { cellDate, cellText, citizenIdOf, fileError, ImportError, normalize, readFirstSheet, SheetFile } from '../enrollments/enrollment-import';
import type { ResultField, ResultLine } from './results.rules';

/** Header texts accepted for each column, compared without accents, case or spaces. */
const HEADERS: Record<ResultField, string[]> = {
  enrollmentId: ['ma ghi danh', 'enrollmentid'],
  personId: ['ma nguoi', 'ma dang vien', 'ma ho so', 'personid'],
  citizenId: ['so cccd', 'cccd', 'so can cuoc cong dan', 'so dinh danh', 'citizenid'],
  fullName: ['ho va ten', 'ho ten', 'fullname'],
  result: ['ket qua', 'result'],
  grade: ['xep loai', 'grade'],
  completedOn: ['ngay hoan thanh', 'completedon'],
  certificateNumber: ['so giay chung nhan', 'so gcn', 'so chung nhan', 'certificatenumber'],
  certificateIssuedOn: ['ngay cap', 'ngay cap giay chung nhan', 'ngay cap gcn', 'certificateissuedon'],
};

/** The column headers of the sheet training writes and reads back. */
export const RESULT_COLUMNS: Record<ResultField, string> = {
  enrollmentId: 'Mã ghi danh',
  personId: 'Mã người',
  citizenId: 'Số CCCD',
  fullName: 'Họ và tên',
  result: 'Kết quả',
  grade: 'Xếp loại',
  completedOn: 'Ngày hoàn thành',
  certificateNumber: 'Số giấy chứng nhận',
  certificateIssuedOn: 'Ngày cấp',
};

const RESULTS: Record<string, 'passed' | 'failed'> = { dat: 'passed', passed: 'passed', pass: 'passed', 'khong dat': 'failed', 'chua dat': 'failed', failed: 'failed', fail: 'failed' };
const GRADES: Record<string, NonNullable<ResultLine['grade']>> = {
  'xuat sac': 'excellent',
  excellent: 'excellent',
  gioi: 'good',
  good: 'good',
  kha: 'fair',
  fair: 'fair',
  'trung binh': 'average',
  average: 'average',
};

export interface ParsedResults {
  lines: ResultLine[];
  errors: ImportError[];
  /** Column label per field, as the sheet spells it (for reporting problems). */
  labels: Record<ResultField, string>;
  dataRows: number;
}

/**
 * A class's results sheet: a header row, then one student per row — named by "Mã ghi danh",
 * "Mã người" or "Số CCCD" — with "Kết quả" (Đạt / Không đạt), and optionally "Xếp loại", "Ngày
 * hoàn thành", "Số giấy chứng nhận", "Ngày cấp". Blank dates take the defaults of the request.
 * Problems of form come back per row and column; the class is not looked at here.
 */
export async function parseResultsSheet(file: SheetFile, defaults: { completedOn?: string; certificateIssuedOn?: string }): Promise<ParsedResults> {
  const labels = { ...RESULT_COLUMNS };
  const sheet = await readFirstSheet(file);
  if (!sheet) return { lines: [], errors: [fileError('Tệp không có trang tính nào', 'The workbook has no sheet')], labels, dataRows: 0 };
  const columns = new Map<ResultField, number>();
  sheet.getRow(1).eachCell((cell, index) => {
    const label = cellText(cell.value);
    const key = normalize(label);
    for (const field of Object.keys(HEADERS) as ResultField[]) {
      if (HEADERS[field].includes(key) && !columns.has(field)) {
        columns.set(field, index);
        labels[field] = label;
      }
    }
  });
  const errors: ImportError[] = [];
  if (!columns.has('enrollmentId') && !columns.has('personId') && !columns.has('citizenId')) {
    errors.push({ row: 1, column: null, problem: 'Dòng tiêu đề cần cột "Mã ghi danh", "Mã người" hoặc "Số CCCD"', problemEn: 'The header row needs a "Mã ghi danh", "Mã người" or "Số CCCD" column' });
  }
  if (!columns.has('result')) errors.push({ row: 1, column: null, problem: 'Dòng tiêu đề cần cột "Kết quả"', problemEn: 'The header row needs a "Kết quả" (result) column' });
  if (errors.length) return { lines: [], errors, labels, dataRows: 0 };

  const lines: ResultLine[] = [];
  let dataRows = 0;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const raw = (f: ResultField): ExcelJS.CellValue => {
      const c = columns.get(f);
      return c ? row.getCell(c).value : null;
    };
    const text = (f: ResultField) => cellText(raw(f));
    if ((Object.keys(HEADERS) as ResultField[]).every((f) => f === 'fullName' || !text(f))) continue; // a blank row
    dataRows++;
    if (dataRows > MAX_RESULTS) {
      errors.push(fileError(`Tệp có quá ${MAX_RESULTS} dòng dữ liệu`, `More than ${MAX_RESULTS} data rows`));
      break;
    }
    const before = errors.length;
    const problem = (f: ResultField, vi: string, en: string) => errors.push({ row: r, column: labels[f], problem: vi, problemEn: en });
    const date = (f: 'completedOn' | 'certificateIssuedOn', fallback: string | undefined): string | null => {
      if (!text(f)) return fallback ?? null;
      const d = cellDate(raw(f));
      if (!d || !isLocalDate(d)) problem(f, `Ngày "${text(f)}" không hợp lệ (cần dạng dd/mm/yyyy)`, `Invalid date "${text(f)}" (expected dd/mm/yyyy)`);
      return d;
    };
    const enrollmentId = text('enrollmentId') || null;
    const personId = text('personId') || null;
    const citizenId = citizenIdOf(raw('citizenId')) || null;
    if (!enrollmentId && !personId && !citizenId) problem(columns.has('citizenId') ? 'citizenId' : columns.has('personId') ? 'personId' : 'enrollmentId', 'Thiếu mã ghi danh, mã người hoặc số CCCD', 'Missing enrollmentId, personId or citizen ID');
    if (enrollmentId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(enrollmentId)) problem('enrollmentId', `Mã ghi danh "${enrollmentId}" không hợp lệ`, `Invalid enrollmentId "${enrollmentId}"`);
    if (personId && personId.length > 64) problem('personId', 'Mã người quá dài (tối đa 64 ký tự)', 'personId longer than 64 characters');
    if (citizenId && !/^\d{12}$/.test(citizenId)) problem('citizenId', `Số CCCD "${citizenId}" phải gồm đúng 12 chữ số`, `Citizen ID "${citizenId}" must be exactly 12 digits`);
    const result = RESULTS[normalize(text('result'))];
    if (!result) problem('result', `Kết quả "${text('result')}" không hợp lệ (Đạt / Không đạt)`, `Invalid result "${text('result')}" (Đạt / Không đạt, passed / failed)`);
    let grade: ResultLine['grade'] = null;
    if (text('grade')) {
      grade = GRADES[normalize(text('grade'))] ?? null;
      if (!grade) problem('grade', `Xếp loại "${text('grade')}" không hợp lệ (Xuất sắc / Giỏi / Khá / Trung bình)`, `Invalid grade "${text('grade')}" (excellent / good / fair / average)`);
    }
    const completedOn = date('completedOn', defaults.completedOn);
    const certificateNumber = text('certificateNumber') || null;
    if (certificateNumber && certificateNumber.length > 60) problem('certificateNumber', 'Số giấy chứng nhận quá dài (tối đa 60 ký tự)', 'Certificate number longer than 60 characters');
    const certificateIssuedOn = date('certificateIssuedOn', certificateNumber ? defaults.certificateIssuedOn : undefined);
    if (errors.length > before || !result) continue;
    lines.push({ row: r, enrollmentId, personId, citizenId, fullName: text('fullName') || null, completedOn, result, grade, certificateNumber, certificateIssuedOn });
  }
  if (dataRows === 0) errors.push(fileError('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề', 'No data rows under the header row'));
  return { lines, errors, labels, dataRows };
}

/** The sheet to fill in: one row per student still to complete, the result columns empty. */
export async function resultsTemplate(students: TemplateStudent[]): Promise<string> {
  return (await resultsTemplateBytes(students)).toString('base64');
}

export interface TemplateStudent {
  id: string;
  personId: string | null;
  citizenId: string | null;
  fullName: string | null;
}

/** The template workbook's bytes (for a file download). */
export async function resultsTemplateBytes(students: TemplateStudent[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kết quả học tập');
  const fields: ResultField[] = ['enrollmentId', 'personId', 'citizenId', 'fullName', 'result', 'grade', 'completedOn', 'certificateNumber', 'certificateIssuedOn'];
  ws.addRow(['STT', ...fields.map((f) => RESULT_COLUMNS[f])]).font = { bold: true };
  // a name that would start a formula is written inert (formula injection)
  students.forEach((s, i) => ws.addRow([i + 1, s.id, s.personId, s.citizenId, s.fullName === null ? null : inertCellText(s.fullName)]));
  ws.columns.forEach((c, i) => (c.width = [6, 38, 14, 15, 28, 12, 12, 16, 20, 12][i] ?? 14));
  // citizen IDs and dates typed by hand stay text (leading zeros, dd/mm/yyyy)
  for (const col of [4, 8, 10]) ws.getColumn(col).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
