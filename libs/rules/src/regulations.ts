import type { LocalDate } from './local-date';

/**
 * The documents the rules cite. `issuedOn` is given only where we are confident of the day;
 * otherwise only the year. Rules cite a point or article only where we are confident of it too
 * (an invented article number is worse than none).
 */
export interface RegulationDocument {
  code: string;
  title: string;
  issuedBy: string;
  issuedYear: number;
  issuedOn?: LocalDate;
  replaces?: string;
}

export const REGULATIONS = {
  DIEU_LE_DANG: {
    code: 'Điều lệ Đảng',
    title: 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI thông qua)',
    issuedBy: 'Đại hội đại biểu toàn quốc lần thứ XI',
    issuedYear: 2011,
    issuedOn: '2011-01-19',
  },
  QD_24_2021: {
    code: 'Quy định 24-QĐ/TW (2021)',
    title: 'Thi hành Điều lệ Đảng',
    issuedBy: 'Ban Chấp hành Trung ương',
    issuedYear: 2021,
    issuedOn: '2021-07-30',
    replaces: 'Quy định 29-QĐ/TW (2016)',
  },
  QD_232_2025: {
    code: 'Quy định 232-QĐ/TW (2025)',
    title: 'Thi hành Điều lệ Đảng',
    issuedBy: 'Ban Chấp hành Trung ương',
    issuedYear: 2025,
    issuedOn: '2025-01-20',
    replaces: 'Quy định 24-QĐ/TW (2021)',
  },
  HD_12_2022: {
    code: 'Hướng dẫn 12-HD/BTCTW (2022)',
    title: 'Một số vấn đề cụ thể về nghiệp vụ công tác đảng viên',
    issuedBy: 'Ban Tổ chức Trung ương',
    issuedYear: 2022,
  },
  QD_94_2022: {
    code: 'Quy định 94-QĐ/TW (2022)',
    title: 'Xét tặng Huy hiệu Đảng',
    issuedBy: 'Ban Bí thư',
    issuedYear: 2022,
    issuedOn: '2022-12-15',
  },
  QD_132_2018: {
    code: 'Quy định 132-QĐ/TW (2018)',
    title: 'Kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
    issuedBy: 'Bộ Chính trị',
    issuedYear: 2018,
    issuedOn: '2018-03-08',
  },
  QD_124_2023: {
    code: 'Quy định 124-QĐ/TW (2023)',
    title: 'Kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
    issuedBy: 'Bộ Chính trị',
    issuedYear: 2023,
    issuedOn: '2023-10-04',
    replaces: 'Quy định 132-QĐ/TW (2018)',
  },
  QD_366_2025: {
    code: 'Quy định 366-QĐ/TW (2025)',
    title: 'Kiểm điểm, đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị',
    issuedBy: 'Bộ Chính trị',
    issuedYear: 2025,
    issuedOn: '2025-08-30',
    replaces: 'Quy định 124-QĐ/TW (2023)',
  },
  QD_96_2023: {
    code: 'Quy định 96-QĐ/TW (2023)',
    title: 'Lấy phiếu tín nhiệm đối với chức danh lãnh đạo, quản lý trong hệ thống chính trị',
    issuedBy: 'Bộ Chính trị',
    issuedYear: 2023,
    issuedOn: '2023-02-02',
  },
  QD_58_2022: {
    code: 'Quy định 58-QĐ/TW (2022)',
    title: 'Một số vấn đề bảo vệ chính trị nội bộ Đảng',
    issuedBy: 'Bộ Chính trị',
    issuedYear: 2022,
    issuedOn: '2022-02-08',
  },
  QD_377_2025: {
    code: 'Quy định 377-QĐ/TW (2025)',
    title: 'Công tác quy hoạch cán bộ',
    issuedBy: 'Bộ Chính trị',
    issuedYear: 2025,
  },
  BLLD_2012: {
    code: 'Bộ luật Lao động 2012, Điều 115',
    title: 'Nghỉ lễ, tết',
    issuedBy: 'Quốc hội',
    issuedYear: 2012,
  },
  BLLD_2019: {
    code: 'Bộ luật Lao động 2019, Điều 112',
    title: 'Nghỉ lễ, tết (Điều 111 khoản 3: nghỉ bù khi trùng ngày nghỉ hằng tuần)',
    issuedBy: 'Quốc hội',
    issuedYear: 2019,
    replaces: 'Bộ luật Lao động 2012',
  },
} as const satisfies Record<string, RegulationDocument>;
