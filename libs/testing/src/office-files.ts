import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The report files read back by the tools a department's reader would use: LibreOffice for the
 * workbook (Debian `libreoffice-calc`), poppler's pdftotext for the PDF (`poppler-utils`).
 */
/** Every sheet of a workbook as CSV rows, through LibreOffice's own reader. */
export function xlsxToCsv(bytes: Buffer, dir: string): { file: string; rows: string[][] }[] {
  const out = mkdtempSync(join(dir, 'csv-'));
  const file = join(out, 'book.xlsx');
  writeFileSync(file, bytes);
  // 44 = comma, 34 = quote, 76 = UTF-8; the last token (-1) writes every sheet to its own file
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, file], { stdio: 'pipe', timeout: 120_000 });
  return readdirSync(out)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => ({ file: f, rows: parseCsv(readFileSync(join(out, f), 'utf8')) }));
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** A number as LibreOffice shows it (`8,434` in its default locale, `#,##0`). */
export function number(cell: string | undefined): number | null {
  if (cell === undefined || !/^-?[\d,.]+$/.test(cell)) return null;
  return Number(cell.replace(/,/g, ''));
}

/** The text of a PDF as pdftotext reads it (UTF-8). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString();
}
