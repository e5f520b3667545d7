import type { Random } from '@party/testing';

// Family names in roughly their Vietnamese frequencies: a search for "nguyen van" finds about one
// member in sixty, as in a real bloc.
const FAMILY: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 4], ['Võ', 2],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Trương', 0.8], ['Lương', 0.5], ['Mai', 0.5],
];
const MIDDLE = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Tiến', 'Mạnh', 'Anh', 'Trung', 'Hoàng', 'Việt'],
  female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Thuỳ', 'Kim', 'Bích', 'Mai', 'Diệu', 'Khánh'],
};
const GIVEN = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Việt', 'Hiếu', 'Tùng', 'Kiên', 'Lâm', 'Hưng'],
  female: ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Quyên', 'Thảo', 'Trang', 'Vân', 'Yến', 'Huyền', 'Thủy', 'Nga'],
};

export function personName(r: Random, gender: 'male' | 'female'): string {
  return `${r.weighted(FAMILY)} ${r.pick(MIDDLE[gender])} ${r.pick(GIVEN[gender])}`;
}

const PROVINCES = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Nghệ An', 'Thanh Hóa', 'Quảng Ninh', 'Bắc Ninh', 'Nam Định', 'Thái Bình', 'Hải Dương',
  'Hưng Yên', 'Vĩnh Phúc', 'Phú Thọ', 'Thái Nguyên', 'Bắc Giang', 'Lạng Sơn', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Huế', 'Quảng Nam', 'Quảng Ngãi',
  'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Gia Lai', 'Đắk Lắk', 'Lâm Đồng', 'Đồng Nai', 'Bình Dương', 'Long An', 'Tiền Giang', 'An Giang', 'Kiên Giang',
];
const COMPANY_FORMS = ['Công ty cổ phần', 'Công ty TNHH', 'Tổng công ty', 'Công ty TNHH MTV', 'Trường Đại học', 'Bệnh viện', 'Trung tâm', 'Xã', 'Phường'];
const COMPANY_WORDS = [
  'Sông Hồng', 'Thăng Long', 'Hồng Hà', 'Đông Đô', 'Trường Sơn', 'Phú Thái', 'Hoàng Long', 'Bắc Việt', 'Tân Phát', 'An Khánh', 'Việt Tiến', 'Hòa Bình',
  'Đại Dương', 'Sao Mai', 'Kinh Bắc', 'Thành Nam', 'Minh Phát', 'Hưng Thịnh', 'Thái Sơn', 'Nam Thành', 'Ba Đình', 'Long Biên', 'Tây Hồ', 'Cầu Giấy',
];
const SECTORS = ['Xây dựng', 'Thương mại', 'Vận tải', 'Cơ khí', 'Điện lực', 'Dược phẩm', 'Đầu tư', 'May mặc', 'Thực phẩm', 'Công nghệ', 'Du lịch', 'Môi trường'];
const DEPARTMENTS = ['Phòng Kế toán', 'Phòng Kỹ thuật', 'Phòng Kinh doanh', 'Phòng Hành chính', 'Xí nghiệp', 'Phân xưởng', 'Ban Quản lý dự án', 'Chi nhánh', 'Khoa', 'Bộ môn', 'Thôn', 'Tổ dân phố'];

/** A committee above the grassroots: a province at the first level of the nation, else a district or bloc. */
export function committeeName(r: Random, level: number, levels: number, i: number): string {
  if (levels === 2 && level === 0) return `Đảng bộ tỉnh ${PROVINCES[i % PROVINCES.length]}${i >= PROVINCES.length ? ` ${Math.floor(i / PROVINCES.length) + 1}` : ''}`;
  return `Đảng bộ ${r.next() < 0.5 ? 'Khối' : 'huyện'} ${r.pick(COMPANY_WORDS)} ${i + 1}`;
}

/** A grassroots organization's unit: unique by its number, readable by its words. */
export function unitName(r: Random, i: number): string {
  return `${r.pick(COMPANY_FORMS)} ${r.pick(SECTORS)} ${r.pick(COMPANY_WORDS)} ${i + 1}`;
}

export function departmentName(r: Random, i: number): string {
  return `${r.pick(DEPARTMENTS)} ${i + 1}`;
}
