import ExcelJS from 'exceljs';
import { DemoApi, inParallel } from '../api';
import { personName } from '../names';
import { Random } from '../random';
import { DemoTree } from './organizations';

let citizenSeq = 1;
/** 12-digit citizen IDs of the demo: a province code, then a running number. */
export const nextCitizenId = () => `001${String(1_000_000_000 + citizenSeq++).slice(1)}`;

interface Student {
  citizenId: string;
  fullName: string;
  dateOfBirth: string;
  orgId: string | null;
}

function students(r: Random, n: number, tree: DemoTree, born: [string, string]): Student[] {
  return Array.from({ length: n }, () => ({
    citizenId: nextCitizenId(),
    fullName: personName(r, r.next() < 0.55 ? 'male' : 'female'),
    dateOfBirth: r.date(...born),
    orgId: r.pick(tree.activeUnits).id,
  }));
}

async function roster(list: Student[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách học viên');
  ws.addRow(['STT', 'Mã người', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã tổ chức']);
  list.forEach((s, i) => ws.addRow([i + 1, null, s.citizenId, s.fullName, s.dateOfBirth, s.orgId]));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function classWith(api: DemoApi, body: Record<string, unknown>, list: Student[]): Promise<string> {
  const { id } = await api.post<{ id: string }>('/training/classes', { servedOrgIds: [], ...body });
  await api.post(`/training/classes/${id}/enrollments/import`, { fileBase64: await roster(list) });
  return id;
}

const SCHOOL = 'Trường Chính trị Trường Chinh';

/**
 * Classes of 2022 (their certificates are what the 2023 admissions and conversions need) and the
 * training of 2023 in the reference report: 3 candidate classes / 305 students (one for 102
 * students of a university), 3 new-member classes / 313, 1 trung cấp LLCT class / 79 (khóa
 * 2022–2024), 6 sent to cao cấp LLCT, 8 registered for cao cấp LLCT 2024, 223 registered for lớp
 * đối tượng 4, 637 chi bộ secretaries trained.
 */
export async function seedTraining(api: DemoApi, r: Random, tree: DemoTree, log: (m: string) => void): Promise<void> {
  const young: [string, string] = ['1985-01-01', '2003-06-30'];
  // 2022: the backstory
  await classWith(api, { courseTypeCode: 'nhan-thuc-ve-dang', title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa I/2022', openedOn: '2022-04-11', endsOn: '2022-04-15', hostSchool: SCHOOL }, students(r, 140, tree, young));
  await classWith(api, { courseTypeCode: 'nhan-thuc-ve-dang', title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa II/2022', openedOn: '2022-09-19', endsOn: '2022-09-23', hostSchool: SCHOOL }, students(r, 150, tree, young));
  await classWith(api, { courseTypeCode: 'llct-dang-vien-moi', title: 'Lớp lý luận chính trị cho đảng viên mới, khóa I/2022', openedOn: '2022-06-06', endsOn: '2022-06-14', hostSchool: SCHOOL }, students(r, 120, tree, young));
  await classWith(api, { courseTypeCode: 'trung-cap-llct', title: 'Lớp Trung cấp lý luận chính trị, khóa 2021–2023', openedOn: '2021-10-04', cohortLabel: 'khóa 2021–2023', hostSchool: SCHOOL }, students(r, 70, tree, ['1975-01-01', '1992-12-31']));
  log('2022: 4 lớp');

  // 2023
  const candidates = [
    { title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa I/2023', openedOn: '2023-03-20', n: 101, notes: null },
    { title: 'Lớp bồi dưỡng nhận thức về Đảng cho sinh viên Trường Đại học Kinh tế kỹ thuật công nghiệp', openedOn: '2023-05-08', n: 102, notes: 'Lớp dành cho sinh viên Trường Đại học Kinh tế kỹ thuật công nghiệp' },
    { title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa II/2023', openedOn: '2023-10-16', n: 102, notes: null },
  ];
  for (const c of candidates) {
    await classWith(api, { courseTypeCode: 'nhan-thuc-ve-dang', title: c.title, openedOn: c.openedOn, hostSchool: SCHOOL, notes: c.notes }, students(r, c.n, tree, c.notes ? ['2001-01-01', '2004-12-31'] : young));
  }
  for (const [i, n] of [105, 104, 104].entries()) {
    await classWith(api, { courseTypeCode: 'llct-dang-vien-moi', title: `Lớp lý luận chính trị cho đảng viên mới, khóa ${['I', 'II', 'III'][i]}/2023`, openedOn: ['2023-04-10', '2023-08-14', '2023-11-06'][i], hostSchool: SCHOOL }, students(r, n, tree, young));
  }
  await classWith(api, { courseTypeCode: 'trung-cap-llct', title: 'Lớp Trung cấp lý luận chính trị hệ không tập trung', openedOn: '2023-02-20', cohortLabel: 'khóa 2022–2024', hostSchool: SCHOOL, partnerSchool: 'Đảng ủy Khối' }, students(r, 79, tree, ['1975-01-01', '1992-12-31']));
  log('2023: 3 lớp đối tượng kết nạp (305), 3 lớp đảng viên mới (313), 1 lớp trung cấp (79)');

  const person = (s: Student) => ({ citizenId: s.citizenId, fullName: s.fullName, dateOfBirth: s.dateOfBirth });
  for (const s of students(r, 6, tree, ['1972-01-01', '1988-12-31'])) {
    await api.post('/training/sendings', { courseTypeCode: 'cao-cap-llct', person: person(s), sentOn: '2023-03-06', institution: 'Học viện Chính trị khu vực I', decisionNumber: '215-QĐ/ĐUK', orgId: s.orgId });
  }
  for (const s of students(r, 8, tree, ['1975-01-01', '1990-12-31'])) {
    await api.post('/training/registrations', { courseTypeCode: 'cao-cap-llct', forYear: 2024, person: person(s), registeredOn: '2023-11-20', orgId: s.orgId });
  }
  await inParallel(students(r, 223, tree, ['1970-01-01', '1995-12-31']), 6, (s) =>
    api.post('/training/registrations', { courseTypeCode: 'doi-tuong-4', forYear: 2024, person: person(s), registeredOn: r.date('2023-09-04', '2023-09-29'), orgId: s.orgId }),
  );
  // the party-work course for the secretaries of the chi bộ trực thuộc, in two sessions
  const secretaries = tree.dependentCells.filter((d) => tree.activeUnits.some((u) => u.id === d.id)).slice(0, 637);
  const attendees = secretaries.map((cell) => ({ ...person(students(r, 1, tree, ['1965-01-01', '1990-12-31'])[0]), orgId: cell.id }));
  const half = Math.ceil(attendees.length / 2);
  await api.post('/training/secretary-sessions', { title: 'Tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng cho bí thư chi bộ, đợt 1', heldOn: '2023-07-18', location: 'Hội trường Đảng ủy Khối', attendees: attendees.slice(0, half) });
  await api.post('/training/secretary-sessions', { title: 'Tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng cho bí thư chi bộ, đợt 2', heldOn: '2023-07-20', location: 'Hội trường Đảng ủy Khối', attendees: attendees.slice(half) });
  log(`6 cử đi học cao cấp, 8 đăng ký cao cấp 2024, 223 đăng ký đối tượng 4, ${attendees.length} bí thư chi bộ tập huấn`);
}
