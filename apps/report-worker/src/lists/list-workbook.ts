import ExcelJS from 'exceljs';

export interface ListColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
}

/** `2024-01-08` → `08/01/2024`; null stays empty. */
export const viDate = (d: string | null | undefined) => (d ? d.split('-').reverse().join('/') : '');

/**
 * A list a department downloads: a title and a subtitle above a numbered table (STT first),
 * frozen header, Vietnamese headers; an empty list says so rather than showing an empty grid.
 */
export async function listWorkbook<T>(sheet: string, title: string, subtitle: string, columns: ListColumn<T>[], rows: T[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Đảng ủy Khối — report-worker';
  const ws = wb.addWorksheet(sheet.slice(0, 31));
  ws.columns = [{ width: 6 }, ...columns.map((c) => ({ width: c.width }))];
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([subtitle]).font = { italic: true };
  ws.addRow([]);
  const head = ws.addRow(['STT', ...columns.map((c) => c.header)]);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    c.alignment = { wrapText: true, vertical: 'middle' };
  });
  ws.views = [{ state: 'frozen', ySplit: head.number }];
  rows.forEach((r, i) => ws.addRow([i + 1, ...columns.map((c) => c.value(r))]));
  if (!rows.length) ws.addRow(['', 'Không có trường hợp nào.']).font = { italic: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
