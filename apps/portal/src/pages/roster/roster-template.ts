import { downloadXlsx } from '../../ui/export-xlsx';

/**
 * The import's column headers, as membership's export writes them (`roster-columns.ts` there):
 * they are the file's format, Vietnamese in both languages of the portal, not interface texts.
 * The import also accepts the usual other spellings and "Tên tổ chức" instead of "Mã tổ chức".
 */
export const ROSTER_HEADERS = [
  'STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Dân tộc', 'Tôn giáo', 'Quê quán', 'Trình độ GDPT', 'Chuyên môn', 'Lý luận chính trị',
  'Nghề nghiệp', 'Chức vụ', 'Mã tổ chức', 'Ngày quyết định kết nạp', 'Số quyết định kết nạp', 'Ngày lễ kết nạp', 'Ngày chính thức', 'Số thẻ đảng', 'Ngày cấp thẻ',
] as const;

/** An empty roster with the header row only (no example row, which would be imported as a member). */
export const downloadRosterTemplate = (fileName: string, sheet: string) => downloadXlsx(fileName, sheet, ROSTER_HEADERS.map((title) => ({ title })), []);
