import ExcelJS from 'exceljs';
import { DemoApi, inParallel } from '../api';
import { DemoPerson, trainingPerson } from '../people';

export const SCHOOL = 'Trường Chính trị Trường Chinh';

/** A class of the story and who sits in it. `certifiedOn`: the day its certificates are issued (none while it runs). */
export interface ClassPlan {
  courseTypeCode: string;
  title: string;
  openedOn: string;
  endsOn?: string;
  cohortLabel?: string;
  partnerSchool?: string;
  notes?: string | null;
  students: DemoPerson[];
  certifiedOn?: string;
}

async function roster(list: DemoPerson[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách học viên');
  ws.addRow(['STT', 'Mã người', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã tổ chức']);
  list.forEach((s, i) => ws.addRow([i + 1, null, s.citizenId, s.fullName, s.dateOfBirth, s.orgId]));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

let certificateSeq = 1;

/**
 * Opens the class, enrolls its roster from an Excel sheet (as the Board does), and when the class
 * is over records every student's result with a certificate — which training publishes, and which
 * membership needs before an admission or a conversion.
 */
export async function runClass(api: DemoApi, c: ClassPlan): Promise<string> {
  const { id } = await api.post<{ id: string }>('/training/classes', {
    courseTypeCode: c.courseTypeCode,
    title: c.title,
    openedOn: c.openedOn,
    endsOn: c.endsOn,
    cohortLabel: c.cohortLabel,
    hostSchool: SCHOOL,
    partnerSchool: c.partnerSchool,
    notes: c.notes ?? null,
    servedOrgIds: [],
  });
  await api.post(`/training/classes/${id}/enrollments/import`, { fileBase64: await roster(c.students) });
  if (c.certifiedOn) {
    // the results sheet of the whole class in one request (all or nothing)
    const year = c.certifiedOn.slice(0, 4);
    await api.post(`/training/classes/${id}/results`, {
      completedOn: c.certifiedOn,
      certificateIssuedOn: c.certifiedOn,
      results: c.students.map((s) => ({ citizenId: s.citizenId, result: 'passed', certificateNumber: `${certificateSeq++}/GCN-${year}` })),
    });
  }
  return id;
}

/** Registrations, sendings and the secretaries' training of 2023 (reference report). */
export interface OtherTraining2023 {
  sentToAdvanced: DemoPerson[];
  registeredAdvanced2024: DemoPerson[];
  registeredObject4: { person: DemoPerson; on: string }[];
  secretaries: DemoPerson[];
}

export async function recordOtherTraining2023(api: DemoApi, t: OtherTraining2023): Promise<void> {
  for (const s of t.sentToAdvanced) {
    await api.post('/training/sendings', { courseTypeCode: 'cao-cap-llct', person: trainingPerson(s), sentOn: '2023-03-06', institution: 'Học viện Chính trị khu vực I', decisionNumber: '215-QĐ/ĐUK', orgId: s.orgId });
  }
  for (const s of t.registeredAdvanced2024) {
    await api.post('/training/registrations', { courseTypeCode: 'cao-cap-llct', forYear: 2024, person: trainingPerson(s), registeredOn: '2023-11-20', orgId: s.orgId });
  }
  await inParallel(t.registeredObject4, 6, ({ person, on }) =>
    api.post('/training/registrations', { courseTypeCode: 'doi-tuong-4', forYear: 2024, person: trainingPerson(person), registeredOn: on, orgId: person.orgId }),
  );
  // the party-work course for the secretaries of the chi bộ trực thuộc, in two sessions
  const attendees = t.secretaries.map((s) => ({ ...trainingPerson(s), orgId: s.orgId }));
  const half = Math.ceil(attendees.length / 2);
  await api.post('/training/secretary-sessions', { title: 'Tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng cho bí thư chi bộ, đợt 1', heldOn: '2023-07-18', location: 'Hội trường Đảng ủy Khối', attendees: attendees.slice(0, half) });
  await api.post('/training/secretary-sessions', { title: 'Tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng cho bí thư chi bộ, đợt 2', heldOn: '2023-07-20', location: 'Hội trường Đảng ủy Khối', attendees: attendees.slice(half) });
}
