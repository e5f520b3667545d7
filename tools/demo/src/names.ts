import { Random } from '@party/testing';

// Family names in roughly their Vietnamese frequencies.
const FAMILY: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 4], ['Võ', 2],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Trương', 0.8], ['Lương', 0.5], ['Mai', 0.5],
];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Tiến', 'Mạnh', 'Anh', 'Trung', 'Hoàng', 'Việt'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Thuỳ', 'Kim', 'Bích', 'Mai', 'Diệu', 'Khánh'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Việt', 'Hiếu', 'Tùng', 'Kiên', 'Lâm', 'Hưng'];
const GIVEN_FEMALE = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Quyên', 'Thảo', 'Trang', 'Vân', 'Yến', 'Huyền', 'Thủy', 'Nga'];

export function personName(r: Random, gender: 'male' | 'female'): string {
  const family = r.weighted(FAMILY);
  return gender === 'male' ? `${family} ${r.pick(MIDDLE_MALE)} ${r.pick(GIVEN_MALE)}` : `${family} ${r.pick(MIDDLE_FEMALE)} ${r.pick(GIVEN_FEMALE)}`;
}

const COMPANY_FORMS = ['Công ty cổ phần', 'Công ty TNHH', 'Tổng công ty', 'Công ty TNHH MTV'];
const COMPANY_WORDS = [
  'Sông Hồng', 'Thăng Long', 'Hồng Hà', 'Đông Đô', 'Trường Sơn', 'Phú Thái', 'Hoàng Long', 'Bắc Việt', 'Tân Phát', 'An Khánh', 'Việt Tiến', 'Hòa Bình',
  'Đại Dương', 'Sao Mai', 'Kinh Bắc', 'Thành Nam', 'Minh Phát', 'Hưng Thịnh', 'Thái Sơn', 'Nam Thành', 'Ba Đình', 'Long Biên', 'Tây Hồ', 'Cầu Giấy',
];
const SECTORS = ['Xây dựng', 'Thương mại', 'Vận tải', 'Cơ khí', 'Điện lực', 'Dược phẩm', 'Đầu tư', 'May mặc', 'Thực phẩm', 'Công nghệ', 'Du lịch', 'Môi trường'];
const SCHOOLS = ['Trường Đại học', 'Trường Cao đẳng', 'Viện', 'Bệnh viện', 'Trung tâm'];
const SCHOOL_FIELDS = ['Kinh tế', 'Kỹ thuật', 'Y tế', 'Sư phạm', 'Nông nghiệp', 'Văn hóa', 'Công nghiệp', 'Giao thông'];

/** A unit name as it appears in "Đảng bộ …" or "Chi bộ …", unique within one demo. */
export function unitName(r: Random, taken: Set<string>): string {
  for (;;) {
    const name = r.next() < 0.8 ? `${r.pick(COMPANY_FORMS)} ${r.pick(SECTORS)} ${r.pick(COMPANY_WORDS)}` : `${r.pick(SCHOOLS)} ${r.pick(SCHOOL_FIELDS)} ${r.pick(COMPANY_WORDS)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

const DEPARTMENTS = ['Phòng Kế toán', 'Phòng Kỹ thuật', 'Phòng Kinh doanh', 'Phòng Hành chính', 'Xí nghiệp số 1', 'Xí nghiệp số 2', 'Phân xưởng', 'Ban Quản lý dự án', 'Chi nhánh Hà Nội', 'Chi nhánh miền Nam', 'Khoa', 'Bộ môn'];

export function departmentName(r: Random, i: number): string {
  return `${r.pick(DEPARTMENTS)} ${i + 1}`;
}
