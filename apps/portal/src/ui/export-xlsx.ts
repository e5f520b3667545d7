/** A cell of an export: numbers stay numbers and `YYYY-MM-DD` dates become dates, so Excel can sum and sort them. */
export type ExportValue = string | number | boolean | null | undefined;

export interface ExportColumn {
  title: string;
  width?: number;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Writes `rows` as a one-sheet workbook and hands it to the browser as a download. exceljs is
 * loaded here, on the first export, so no page carries it before someone asks for a file.
 */
export async function downloadXlsx(fileName: string, sheetName: string, columns: ExportColumn[], rows: ExportValue[][]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.title, width: c.width ?? Math.max(12, Math.min(48, c.title.length + 4)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((v, i) => {
      if (typeof v === 'string' && LOCAL_DATE.test(v)) added.getCell(i + 1).numFmt = 'dd/mm/yyyy';
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`);
}

function cellValue(v: ExportValue): string | number | boolean | Date | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') {
    const m = LOCAL_DATE.exec(v);
    // A date in the world, written at midnight UTC so no zone moves it to the day before.
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    // A string cell is never a formula in xlsx; the apostrophe keeps "=…" inert when the sheet is
    // saved as CSV later (formula injection).
    return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  }
  return v;
}

/** Offers a file the page made (an export) or fetched (a template) as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
