import ExcelJS from 'exceljs';
import { DemoApi } from '../api';
import { OpeningMember, OpeningRoster } from './roster';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = [
  'STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Dân tộc', 'Tôn giáo', 'Quê quán', 'Trình độ GDPT', 'Chuyên môn', 'Lý luận chính trị', 'Nghề nghiệp',
  'Mã tổ chức', 'Ngày quyết định kết nạp', 'Số quyết định kết nạp', 'Ngày lễ kết nạp', 'Ngày chính thức', 'Số thẻ đảng', 'Ngày cấp thẻ',
];
/** Dates as the Board's spreadsheets write them. */
const vn = (d: string | null | undefined) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : null);

async function rosterFile(members: OpeningMember[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách đảng viên');
  ws.addRow(HEADERS);
  members.forEach((m, i) =>
    ws.addRow([
      i + 1, m.fullName, vn(m.dateOfBirth), m.gender === 'male' ? 'Nam' : 'Nữ', m.citizenId, m.ethnicity, m.religion, m.hometown, m.generalEducation, m.professionalEducation,
      m.theoryLevel, m.occupation, m.orgId, vn(m.admissionDecisionDate), m.admissionDecisionNumber, vn(m.ceremonyDate), vn(m.officialDate), m.card?.number ?? null, vn(m.card?.issuedOn),
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The members at 31/12/2022, as the Board brings them in: one roster spreadsheet, previewed, then
 * committed all or nothing — history (admission, official date, card), never an admission of the
 * year it is typed. Membership's ids are then read back from the member list.
 */
export async function importOpeningMembers(api: DemoApi, roster: OpeningRoster, log: (m: string) => void): Promise<void> {
  const file = await rosterFile(roster.members);
  const preview = await api.upload<{ uploadId: string; rows: number; valid: number; errorCount: number; errors: unknown[] }>('/members/import/preview', 'danh-sach-dang-vien-31-12-2022.xlsx', file, XLSX);
  if (preview.errorCount) throw new Error(`demo: the roster has ${preview.errorCount} problems: ${JSON.stringify(preview.errors.slice(0, 5))}`);
  const done = await api.post<{ imported: number; cards: number }>(`/members/import/${preview.uploadId}/commit`, {});
  log(`${done.imported} đảng viên tại 31/12/2022 nhập từ Excel (${(file.length / 1024).toFixed(0)} KB, ${done.cards} thẻ)`);
  const byCitizenId = new Map(roster.members.map((m) => [m.citizenId, m]));
  for (let page = 1; ; page++) {
    const res = await api.get<{ items: { id: string; citizenId: string }[]; total: number }>(`/members?status=official&page=${page}&pageSize=200`);
    for (const p of res.items) {
      const m = byCitizenId.get(p.citizenId);
      if (m) m.id = p.id;
    }
    if (page * 200 >= res.total) break;
  }
  const missing = roster.members.filter((m) => !m.id).length;
  if (missing) throw new Error(`demo: ${missing} imported members not found in the member list`);
}
