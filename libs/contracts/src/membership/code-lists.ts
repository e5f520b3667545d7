/**
 * The statistics dimensions of a person (DOMAIN.md, "Members and candidates") as code lists:
 * reference data with Vietnamese and English labels, never hard-coded enums in services. A new
 * code is a new row here (and, later, a row in a reference table), nothing else.
 */
export interface CodeListEntry {
  code: string;
  vi: string;
  en: string;
}

export interface EducationEntry extends CodeListEntry {
  /** Trung học cơ sở trở lên: what admission requires (Quy định 24-QĐ/TW; 232-QĐ/TW). */
  lowerSecondaryOrAbove: boolean;
}

const e = (code: string, vi: string, en: string): CodeListEntry => ({ code, vi, en });

export const GENDERS: readonly CodeListEntry[] = [e('male', 'Nam', 'Male'), e('female', 'Nữ', 'Female')];

/** The 54 recognized ethnic groups; the common ones of the bloc first. */
export const ETHNICITIES: readonly CodeListEntry[] = [
  e('kinh', 'Kinh', 'Kinh'),
  e('tay', 'Tày', 'Tay'),
  e('thai', 'Thái', 'Thai'),
  e('muong', 'Mường', 'Muong'),
  e('khmer', 'Khmer', 'Khmer'),
  e('hoa', 'Hoa', 'Hoa'),
  e('nung', 'Nùng', 'Nung'),
  e('hmong', "H'Mông", 'Hmong'),
  e('dao', 'Dao', 'Dao'),
  e('gia-rai', 'Gia Rai', 'Jarai'),
  e('e-de', 'Ê Đê', 'Rhade'),
  e('ba-na', 'Ba Na', 'Bahnar'),
  e('san-chay', 'Sán Chay', 'San Chay'),
  e('cham', 'Chăm', 'Cham'),
  e('co-ho', 'Cơ Ho', 'Koho'),
  e('xo-dang', 'Xơ Đăng', 'Xo Dang'),
  e('san-diu', 'Sán Dìu', 'San Diu'),
  e('hre', 'Hrê', 'Hre'),
  e('ra-glai', 'Ra Glai', 'Raglai'),
  e('mnong', 'Mnông', 'Mnong'),
  e('tho', 'Thổ', 'Tho'),
  e('xtieng', 'Xtiêng', 'Stieng'),
  e('kho-mu', 'Khơ Mú', 'Khmu'),
  e('bru-van-kieu', 'Bru - Vân Kiều', 'Bru - Van Kieu'),
  e('co-tu', 'Cơ Tu', 'Katu'),
  e('giay', 'Giáy', 'Giay'),
  e('ta-oi', 'Tà Ôi', 'Ta Oi'),
  e('ma', 'Mạ', 'Ma'),
  e('gie-trieng', 'Giẻ Triêng', 'Gie Trieng'),
  e('co', 'Co', 'Co'),
  e('cho-ro', 'Chơ Ro', 'Cho Ro'),
  e('xinh-mun', 'Xinh Mun', 'Xinh Mun'),
  e('ha-nhi', 'Hà Nhì', 'Ha Nhi'),
  e('chu-ru', 'Chu Ru', 'Chu Ru'),
  e('lao', 'Lào', 'Lao'),
  e('la-chi', 'La Chí', 'La Chi'),
  e('khang', 'Kháng', 'Khang'),
  e('phu-la', 'Phù Lá', 'Phu La'),
  e('la-hu', 'La Hủ', 'La Hu'),
  e('la-ha', 'La Ha', 'La Ha'),
  e('pa-then', 'Pà Thẻn', 'Pa Then'),
  e('lu', 'Lự', 'Lu'),
  e('ngai', 'Ngái', 'Ngai'),
  e('chut', 'Chứt', 'Chut'),
  e('lo-lo', 'Lô Lô', 'Lo Lo'),
  e('mang', 'Mảng', 'Mang'),
  e('co-lao', 'Cơ Lao', 'Co Lao'),
  e('bo-y', 'Bố Y', 'Bo Y'),
  e('cong', 'Cống', 'Cong'),
  e('si-la', 'Si La', 'Si La'),
  e('pu-peo', 'Pu Péo', 'Pu Peo'),
  e('ro-mam', 'Rơ Măm', 'Ro Mam'),
  e('brau', 'Brâu', 'Brau'),
  e('o-du', 'Ơ Đu', 'O Du'),
  e('foreign-origin', 'Người nước ngoài nhập quốc tịch', 'Naturalized foreign origin'),
];

export const RELIGIONS: readonly CodeListEntry[] = [
  e('none', 'Không', 'None'),
  e('buddhism', 'Phật giáo', 'Buddhism'),
  e('catholicism', 'Công giáo', 'Catholicism'),
  e('protestantism', 'Tin Lành', 'Protestantism'),
  e('cao-dai', 'Cao Đài', 'Cao Dai'),
  e('hoa-hao', 'Phật giáo Hòa Hảo', 'Hoa Hao Buddhism'),
  e('islam', 'Hồi giáo', 'Islam'),
  e('other', 'Tôn giáo khác', 'Other'),
];

/** General education as the national records write it: grade / system (12-year or old 10-year). */
export const GENERAL_EDUCATION: readonly EducationEntry[] = [
  ...[5, 6, 7, 8, 9, 10, 11, 12].map((g) => ({ code: `${g}/12`, vi: `${g}/12`, en: `Grade ${g} of 12`, lowerSecondaryOrAbove: g >= 9 })),
  ...[7, 8, 9, 10].map((g) => ({ code: `${g}/10`, vi: `${g}/10 (hệ 10 năm)`, en: `Grade ${g} of 10 (old system)`, lowerSecondaryOrAbove: g >= 7 })),
];

export const PROFESSIONAL_EDUCATION: readonly CodeListEntry[] = [
  e('none', 'Chưa qua đào tạo', 'None'),
  e('elementary', 'Sơ cấp', 'Elementary vocational'),
  e('intermediate', 'Trung cấp', 'Intermediate vocational'),
  e('college', 'Cao đẳng', 'College'),
  e('bachelor', 'Đại học', 'Bachelor'),
  e('master', 'Thạc sĩ', 'Master'),
  e('doctor', 'Tiến sĩ', 'Doctor'),
];

export const THEORY_LEVELS: readonly CodeListEntry[] = [
  e('none', 'Chưa qua đào tạo', 'None'),
  e('elementary', 'Sơ cấp', 'Elementary'),
  e('intermediate', 'Trung cấp', 'Intermediate'),
  e('advanced', 'Cao cấp', 'Advanced'),
  e('bachelor', 'Cử nhân', 'Bachelor'),
];

/** Mass organizations that nominate candidates (đoàn thể giới thiệu quần chúng ưu tú). */
export const MASS_ORGANIZATIONS: readonly CodeListEntry[] = [
  e('youth-union', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Ho Chi Minh Communist Youth Union'),
  e('trade-union', 'Công đoàn', 'Trade union'),
  e('women-union', 'Hội Liên hiệp Phụ nữ', "Women's Union"),
  e('veterans', 'Hội Cựu chiến binh', 'Veterans Association'),
  e('fatherland-front', 'Mặt trận Tổ quốc', 'Fatherland Front'),
];

export const MEMBERSHIP_CODE_LISTS = {
  gender: GENDERS,
  ethnicity: ETHNICITIES,
  religion: RELIGIONS,
  generalEducation: GENERAL_EDUCATION,
  professionalEducation: PROFESSIONAL_EDUCATION,
  theoryLevel: THEORY_LEVELS,
  massOrganization: MASS_ORGANIZATIONS,
} as const;
export type MembershipCodeList = keyof typeof MEMBERSHIP_CODE_LISTS;

export const isCode = (list: MembershipCodeList, code: string): boolean => MEMBERSHIP_CODE_LISTS[list].some((x) => x.code === code);
export const labelOf = (list: MembershipCodeList, code: string): CodeListEntry | undefined => MEMBERSHIP_CODE_LISTS[list].find((x) => x.code === code);
export const LOWER_SECONDARY_OR_ABOVE_CODES: readonly string[] = GENERAL_EDUCATION.filter((x) => x.lowerSecondaryOrAbove).map((x) => x.code);

/**
 * A Vietnamese name as it is searched: without diacritics (đ → d included), lower-case, single
 * spaces — so `nguyen van an` finds `Nguyễn Văn An`.
 */
export function searchableName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
