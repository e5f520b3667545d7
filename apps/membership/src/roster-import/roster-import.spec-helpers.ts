import ExcelJS from 'exceljs';

/** A roster row as a clerk types it: Vietnamese header → cell (a Date is a real Excel date). */
export type SheetRow = Record<string, string | number | Date | null>;

export const HEADERS = [
  'STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Dân tộc', 'Tôn giáo', 'Quê quán', 'Trình độ GDPT', 'Chuyên môn', 'Lý luận chính trị',
  'Nghề nghiệp', 'Chức vụ', 'Mã tổ chức', 'Ngày quyết định kết nạp', 'Số quyết định kết nạp', 'Ngày lễ kết nạp', 'Ngày chính thức', 'Số thẻ đảng', 'Ngày cấp thẻ',
];

let cccd = 300000000000;
export const nextCitizenId = () => String(++cccd).padStart(12, '0');

/** An official member admitted in 2005, in the organization given; override any cell. */
export function member(orgId: string, over: SheetRow = {}): SheetRow {
  return {
    'Họ và tên': 'Nguyễn Văn Mẫu',
    'Ngày sinh': '05/05/1980',
    'Giới tính': 'Nam',
    'Số CCCD': nextCitizenId(),
    'Dân tộc': 'Kinh',
    'Tôn giáo': 'Không',
    'Quê quán': 'Hà Nội',
    'Trình độ GDPT': '12/12',
    'Chuyên môn': 'Đại học',
    'Lý luận chính trị': 'Sơ cấp',
    'Nghề nghiệp': 'Kỹ sư',
    'Chức vụ': null,
    'Mã tổ chức': orgId,
    'Ngày quyết định kết nạp': '01/03/2005',
    'Số quyết định kết nạp': '15-QĐ/ĐUK',
    'Ngày lễ kết nạp': '20/03/2005',
    'Ngày chính thức': '20/03/2006',
    'Số thẻ đảng': null,
    'Ngày cấp thẻ': null,
    ...over,
  };
}

export async function xlsxOf(rows: SheetRow[], headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('DS');
  sheet.addRow(headers);
  rows.forEach((r, i) => sheet.addRow(headers.map((h) => (h === 'STT' ? i + 1 : (r[h] ?? null)))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csvOf(rows: SheetRow[], opts: { sep?: string; bom?: boolean; headers?: string[] } = {}): Buffer {
  const sep = opts.sep ?? ',';
  const headers = opts.headers ?? HEADERS;
  const field = (v: unknown) => {
    const s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [headers.join(sep), ...rows.map((r, i) => headers.map((h) => field(h === 'STT' ? i + 1 : r[h])).join(sep))];
  return Buffer.from(`${opts.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`, 'utf8');
}

/** dd/mm/yyyy → yyyy-mm-dd */
export const iso = (ddmmyyyy: string) => `${ddmmyyyy.slice(6, 10)}-${ddmmyyyy.slice(3, 5)}-${ddmmyyyy.slice(0, 2)}`;
