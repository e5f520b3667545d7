import ExcelJS from 'exceljs';
import { viNumber, type YearEndReport } from '@party/contracts';
import { metricDefinition, metricLabel, metricUnit, PENDING_TEXT } from './labels';
import { shareText, type Narrative } from './narrative';

const NUMBER_FORMAT = '#,##0';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** Excel refuses sheet names over 31 characters or with `[]:*?/\`; two sections never share one. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim();
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

function header(sheet: ExcelJS.Worksheet, titles: string[], widths: number[]): void {
  sheet.columns = titles.map((_, i) => ({ width: widths[i] }));
  const row = sheet.addRow(titles);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.alignment = { vertical: 'middle', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: row.number }];
}

/** A count as a number cell (sums and filters work); a pending one as the words saying so. */
function figure(cell: ExcelJS.Cell, value: number | null): void {
  if (value === null) {
    cell.value = PENDING_TEXT.vi;
    cell.font = { italic: true, color: { argb: 'FF777777' } };
  } else {
    cell.value = value;
    cell.numFmt = NUMBER_FORMAT;
  }
  cell.alignment = { horizontal: 'right' };
}

/**
 * The year-end workbook: an overview sheet, a sheet per section of the catalogue (every key the
 * report holds, in catalogue order, numbers as numbers), and the reconciliation with the
 * inconsistencies on a sheet of their own. Labels in Vietnamese; the key of each figure beside
 * it, so a figure can be traced to its definition.
 */
export async function yearEndWorkbook(report: YearEndReport, narrative: Narrative, made: { at: string; watermark: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Đảng ủy Khối — report-worker';
  wb.created = new Date(made.at);
  const taken = new Set<string>();

  const overview = wb.addWorksheet(sheetName('Thông tin chung', taken));
  overview.columns = [{ width: 34 }, { width: 70 }];
  overview.addRow([narrative.title]).font = { bold: true, size: 13 };
  overview.mergeCells(1, 1, 1, 2);
  overview.getRow(1).alignment = { wrapText: true };
  overview.getRow(1).height = 36;
  const facts: [string, string | number][] = [
    ['Năm báo cáo', report.year],
    ['Phạm vi', narrative.scopeName],
    ['Số liệu tại ngày', report.asOf.split('-').reverse().join('/')],
    ['Số tổ chức trong phạm vi', report.scope.orgCount === null ? 'toàn Đảng bộ Khối' : report.scope.orgCount],
    ['Dữ liệu đã đầy đủ khi lập', report.completeness.complete ? 'Có' : 'Chưa — còn sự kiện chưa được tính'],
    ['Lập lúc', made.at],
    ['Mốc dữ liệu', made.watermark],
    ['Chỉ tiêu chưa có số liệu', report.pending.length ? report.pending.length : 'không có'],
    ['Số liệu không khớp', report.inconsistencies.length ? report.inconsistencies.length : 'không có'],
  ];
  for (const [label, value] of facts) {
    const row = overview.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (typeof value === 'number') row.getCell(2).alignment = { horizontal: 'left' };
  }

  for (const section of report.sections) {
    const sheet = wb.addWorksheet(sheetName(section.title.vi, taken));
    header(sheet, ['Mã chỉ tiêu', 'Chỉ tiêu', 'Số liệu', 'Đơn vị', 'Tỷ lệ', 'Cách tính'], [30, 50, 14, 12, 18, 80]);
    for (const key of section.metrics) {
      const v = report.metrics[key];
      const row = sheet.addRow([key, metricLabel(key).vi, null, metricUnit(key).vi, shareText(report, key) ?? '', metricDefinition(key).vi]);
      figure(row.getCell(3), typeof v === 'number' ? v : null);
      row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    }
  }

  const checks = wb.addWorksheet(sheetName('Cân đối và số liệu không khớp', taken));
  header(checks, ['Khoản mục', 'Tăng/giảm', 'Số liệu', 'Mã', 'Ghi chú'], [40, 10, 14, 24, 70]);
  for (const r of narrative.reconciliation) {
    const row = checks.addRow([r.label, r.sign, null, r.term, '']);
    figure(row.getCell(3), r.value);
    if (r.term === 'closing') row.font = { bold: true };
  }
  checks.addRow([]);
  const title = checks.addRow(['Số liệu không khớp', '', '', '', '']);
  title.font = { bold: true };
  if (!report.inconsistencies.length) checks.addRow(['Không phát hiện số liệu không khớp.']);
  for (const i of report.inconsistencies) {
    const row = checks.addRow([i.message.vi, '', null, i.code, `Cần ${viNumber(i.expected)}, thực tế ${viNumber(i.actual)}; chỉ tiêu: ${i.keys.join(', ')}`]);
    figure(row.getCell(3), i.actual);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
