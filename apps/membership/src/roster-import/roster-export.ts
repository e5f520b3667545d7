import ExcelJS from 'exceljs';
import { inertCellText, labelOf, MembershipCodeList, RosterFormat } from '@party/contracts';
import { ROSTER_COLUMNS, RosterField } from './roster-columns';
import { csvField } from './roster-csv';

/** One member as the roster writes them: codes and dates as stored, the organization's current name. */
export type RosterLine = Partial<Record<Exclude<RosterField, 'index'>, string | null>>;

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A code as the clerk reads it: its Vietnamese label (the import takes labels back). */
function shown(field: RosterField, value: string | null | undefined, list?: MembershipCodeList): string {
  if (!value) return '';
  return list ? (labelOf(list, value)?.vi ?? value) : value;
}

/**
 * The roster file in the import's column shape: Vietnamese headers, code lists as Vietnamese
 * labels, dates dd/mm/yyyy (real dates in Excel, text in CSV), CCCD as text so its leading zeros stay,
 * text that would start a formula behind an apostrophe (`inertCellText`; the import takes it off).
 */
export async function writeRoster(format: RosterFormat, lines: readonly RosterLine[]): Promise<Buffer> {
  return format === 'csv' ? writeCsv(lines) : writeXlsx(lines);
}

function writeCsv(lines: readonly RosterLine[]): Buffer {
  const out = [ROSTER_COLUMNS.map((c) => csvField(c.header)).join(',')];
  lines.forEach((line, i) => {
    out.push(
      ROSTER_COLUMNS.map((c) => {
        if (c.field === 'index') return String(i + 1);
        const v = line[c.field];
        // a name or a hometown typed as "=…" stays text when Excel opens the CSV
        return csvField(c.kind === 'date' && v ? ddmmyyyy(v) : inertCellText(shown(c.field, v, c.list)));
      }).join(','),
    );
  });
  // a BOM, so Excel opens the UTF-8 Vietnamese text as UTF-8
  return Buffer.from(`\uFEFF${out.join('\r\n')}\r\n`, 'utf8');
}

async function writeXlsx(lines: readonly RosterLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách đảng viên', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.field,
    width: c.field === 'fullName' || c.field === 'orgName' ? 30 : c.field === 'orgId' ? 38 : c.kind === 'date' ? 14 : 16,
    style: c.kind === 'date' ? { numFmt: 'dd/mm/yyyy' } : c.kind === 'citizenId' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  lines.forEach((line, i) => {
    sheet.addRow(
      ROSTER_COLUMNS.map((c) => {
        if (c.field === 'index') return i + 1;
        const v = line[c.field];
        if (c.kind === 'date') return v ? toDate(v) : null;
        // a text cell is never a formula in .xlsx; the apostrophe keeps it inert if saved as CSV later
        return inertCellText(shown(c.field, v, c.list)) || null;
      }),
    );
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
