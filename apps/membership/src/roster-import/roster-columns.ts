import { type MembershipCodeList, searchableName } from '@party/contracts';

/**
 * The roster's columns (danh sách đảng viên): what the export writes, what the import reads.
 * Headers are recognized without accents, case, punctuation or a bracketed hint, under the
 * names clerks actually use ("Ngày vào Đảng", "Số thẻ đảng viên"…). One definition for both
 * directions, so an exported file imports back unchanged.
 */
export type RosterField =
  | 'index'
  | 'fullName'
  | 'dateOfBirth'
  | 'gender'
  | 'citizenId'
  | 'ethnicity'
  | 'religion'
  | 'hometown'
  | 'generalEducation'
  | 'professionalEducation'
  | 'theoryLevel'
  | 'occupation'
  | 'position'
  | 'orgId'
  | 'orgName'
  | 'admissionDecisionDate'
  | 'admissionDecisionNumber'
  | 'ceremonyDate'
  | 'officialDate'
  | 'cardNumber'
  | 'cardIssuedOn';

export interface RosterColumn {
  field: RosterField;
  /** The header the export writes. */
  header: string;
  kind: 'index' | 'text' | 'date' | 'code' | 'citizenId';
  list?: MembershipCodeList;
  /** A file without this column cannot be imported (the organization needs Mã or Tên tổ chức). */
  required: boolean;
  /** Other headers accepted, already normalized (`normalizeHeader`). */
  aliases: string[];
}

const col = (field: RosterField, header: string, kind: RosterColumn['kind'], required: boolean, aliases: string[], list?: MembershipCodeList): RosterColumn => ({
  field,
  header,
  kind,
  required,
  aliases,
  list,
});

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  col('index', 'STT', 'index', false, ['stt', 'tt', 'so thu tu']),
  col('fullName', 'Họ và tên', 'text', true, ['ho va ten', 'ho ten', 'ho va ten dang vien', 'fullname']),
  col('dateOfBirth', 'Ngày sinh', 'date', true, ['ngay sinh', 'ngay thang nam sinh', 'dateofbirth']),
  col('gender', 'Giới tính', 'code', true, ['gioi tinh', 'gender'], 'gender'),
  col('citizenId', 'Số CCCD', 'citizenId', true, ['so cccd', 'cccd', 'so can cuoc', 'so can cuoc cong dan', 'so dinh danh', 'so dinh danh ca nhan', 'citizenid']),
  col('ethnicity', 'Dân tộc', 'code', true, ['dan toc', 'ethnicity'], 'ethnicity'),
  col('religion', 'Tôn giáo', 'code', true, ['ton giao', 'religion'], 'religion'),
  col('hometown', 'Quê quán', 'text', true, ['que quan', 'hometown']),
  col('generalEducation', 'Trình độ GDPT', 'code', true, ['trinh do gdpt', 'gdpt', 'giao duc pho thong', 'trinh do giao duc pho thong', 'trinh do van hoa', 'generaleducation'], 'generalEducation'),
  col('professionalEducation', 'Chuyên môn', 'code', false, ['chuyen mon', 'trinh do chuyen mon', 'chuyen mon nghiep vu', 'professionaleducation'], 'professionalEducation'),
  col('theoryLevel', 'Lý luận chính trị', 'code', false, ['ly luan chinh tri', 'trinh do ly luan chinh tri', 'llct', 'theorylevel'], 'theoryLevel'),
  col('occupation', 'Nghề nghiệp', 'text', false, ['nghe nghiep', 'occupation']),
  col('position', 'Chức vụ', 'text', false, ['chuc vu', 'chuc vu chinh quyen', 'position']),
  col('orgId', 'Mã tổ chức', 'text', false, ['ma to chuc', 'ma chi bo', 'orgid']),
  col('orgName', 'Tên tổ chức', 'text', false, ['ten to chuc', 'to chuc', 'chi bo', 'ten chi bo', 'orgname']),
  col('admissionDecisionDate', 'Ngày quyết định kết nạp', 'date', true, ['ngay quyet dinh ket nap', 'ngay qd ket nap', 'ngay ket nap', 'ngay vao dang', 'admissiondecisiondate']),
  col('admissionDecisionNumber', 'Số quyết định kết nạp', 'text', false, ['so quyet dinh ket nap', 'so qd ket nap', 'admissiondecisionnumber']),
  col('ceremonyDate', 'Ngày lễ kết nạp', 'date', false, ['ngay le ket nap', 'ceremonydate']),
  col('officialDate', 'Ngày chính thức', 'date', false, ['ngay chinh thuc', 'ngay cong nhan chinh thuc', 'ngay dang vien chinh thuc', 'officialdate']),
  col('cardNumber', 'Số thẻ đảng', 'text', false, ['so the dang', 'so the dang vien', 'so the', 'cardnumber']),
  col('cardIssuedOn', 'Ngày cấp thẻ', 'date', false, ['ngay cap the', 'ngay cap the dang', 'ngay cap the dang vien', 'cardissuedon']),
];

export const COLUMN_OF: Readonly<Record<RosterField, RosterColumn>> = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.field, c])) as Record<RosterField, RosterColumn>;

/** A header or a code-list value as compared: no accents (đ → d), lower case, no bracketed hint, no punctuation. */
export function normalizeHeader(text: string): string {
  return searchableName(text.replace(/\(.*?\)/g, ' ').replace(/[.:;,_*]/g, ' '));
}

const BY_ALIAS = new Map<string, RosterField>();
for (const c of ROSTER_COLUMNS) for (const a of [normalizeHeader(c.header), ...c.aliases]) if (!BY_ALIAS.has(a)) BY_ALIAS.set(a, c.field);

export interface HeaderMap {
  /** field → the column's position in the row and its header as written in the file. */
  columns: Map<RosterField, { index: number; label: string }>;
  /** Required columns the file lacks (Vietnamese header). */
  missing: string[];
}

/** Which column holds which field; unknown columns are ignored (a roster often carries notes). */
export function mapHeaders(labels: readonly string[]): HeaderMap {
  const columns = new Map<RosterField, { index: number; label: string }>();
  labels.forEach((label, index) => {
    const field = BY_ALIAS.get(normalizeHeader(label));
    if (field && !columns.has(field)) columns.set(field, { index, label: label.trim() });
  });
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !columns.has(c.field)).map((c) => c.header);
  if (!columns.has('orgId') && !columns.has('orgName')) missing.push(`${COLUMN_OF.orgId.header} (hoặc ${COLUMN_OF.orgName.header})`);
  return { columns, missing };
}
