import ExcelJS from 'exceljs';
import { SEEDED_COURSE_TYPES } from '@party/contracts';
import { OutboxMessage } from '@party/messaging';
import { useStack } from '@party/gateway/testing';
import { TrainingClass } from './classes/class.entity';
import { Enrollment } from './enrollments/enrollment.entity';
import { TRAINING } from './testing/training-under-test';

/**
 * The training service and the gateway, real, on this file's schema and NATS prefix:
 * every call goes through HTTP as the portal would make it.
 */
const stack = useStack({ label: 'training', service: TRAINING });
const { em } = stack;
let viewer: string;
beforeAll(async () => {
  viewer = await stack.login('viewer');
});

const { post, patch, get } = stack.under('/training');
/** The outbox rows of one event type whose data matches `where`, oldest first. */
const outbox = (type: string, where: (data: Record<string, unknown>) => boolean = () => true) =>
  em()
    .find(OutboxMessage, { type }, { orderBy: { recordedAt: 'asc', id: 'asc' } })
    .then((rows) => rows.filter((row) => where(row.envelope.data as Record<string, unknown>)));

async function openClass(overrides: Record<string, unknown> = {}) {
  const res = await post('/classes', {
    courseTypeCode: 'nhan-thuc-ve-dang',
    title: 'Lớp bồi dưỡng nhận thức về Đảng khóa 1/2023',
    openedOn: '2023-03-01',
    hostSchool: 'Trung tâm Chính trị quận Ba Đình',
    partnerSchool: 'Trường Đại học Bách khoa Hà Nội',
    location: 'Hội trường A',
    servedOrgIds: ['org-dhbk'],
    ...overrides,
  }).expect(201);
  return res.body as { id: string; openedOn: string };
}

async function workbook(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['STT', 'Mã người', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã tổ chức']);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('course types', () => {
  it('start with the seeded six, as data', async () => {
    const res = await get('/course-types').expect(200);
    expect(res.body.items).toEqual(expect.arrayContaining(SEEDED_COURSE_TYPES.map((t) => expect.objectContaining(t))));
    expect(res.body.items).toHaveLength(SEEDED_COURSE_TYPES.length);
  });

  it('can be added without code, once', async () => {
    const body = { code: 'boi-duong-cap-uy', nameVi: 'Bồi dưỡng cấp ủy viên', nameEn: 'Committee member training', category: 'professional', certificateValidityMonths: null };
    await post('/course-types', body).expect(201);
    const again = await post('/course-types', body).expect(409);
    expect(again.body.message.vi).toContain('đã có');
    expect((await outbox('training.courseType.added')).map((e) => e.envelope.data)).toEqual([expect.objectContaining({ code: 'boi-duong-cap-uy' })]);
  });
});

describe('permissions and validation at the edge', () => {
  it('documents its routes and their bodies in the OpenAPI document', async () => {
    const doc = await stack.gw.http().get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/training/classes',
        '/api/training/classes/{id}/enrollments/import/preview',
        '/api/training/classes/{id}/results',
        '/api/training/classes/{id}/results/import/preview',
        '/api/training/classes/{id}/results/import',
        '/api/training/classes/{id}/results/template',
        '/api/training/enrollments/{id}/withdrawal',
        '/api/training/people/lacking',
      ]),
    );
    expect(JSON.stringify(doc.body.paths['/api/training/classes/{id}/results'].post)).toContain('certificateNumber');
    expect(JSON.stringify(doc.body.paths['/api/training/classes'].post)).toContain('openedOn');
  });

  it('gives a viewer 403 on every write, before looking at the body', async () => {
    for (const url of ['/classes', '/course-types', '/registrations', '/sendings', '/secretary-sessions']) {
      const res = await post(url, { nonsense: true }, viewer).expect(403);
      expect(res.body.code).toBe('forbidden');
    }
    await patch('/classes/00000000-0000-7000-8000-000000000000', {}, viewer).expect(403);
    await get('/classes?year=2023', viewer).expect(403);
  });

  it('answers 400 naming each bad field in Vietnamese and English', async () => {
    const res = await post('/classes', { courseTypeCode: 'Nhận Thức', title: '', openedOn: '2023-02-30', endsOn: '2023-01-01', capacity: 0 }).expect(400);
    const fields = Object.fromEntries(res.body.fields.map((f: { field: string; vi: string; en: string }) => [f.field, f]));
    expect(Object.keys(fields).sort()).toEqual(['capacity', 'courseTypeCode', 'openedOn', 'title']);
    expect(fields.openedOn.vi).toContain('Ngày không hợp lệ');
    expect(fields.openedOn.en).toContain('Invalid date');
  });

  it('asks for a citizen ID of 12 digits, a name and a birth date from a person without personId', async () => {
    const cls = await openClass({ title: 'Lớp kiểm tra dữ liệu' });
    const res = await post(`/classes/${cls.id}/enrollments`, { person: { citizenId: '12345' } }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['person.citizenId', 'person.dateOfBirth', 'person.fullName']);
    const res2 = await post(`/classes/${cls.id}/enrollments`, { person: { citizenId: '001203004567', fullName: 'Lê Thị Bình' } }).expect(400);
    expect(res2.body.fields.map((f: { field: string }) => f.field)).toEqual(['person.dateOfBirth']);
    expect(res2.body.fields[0].vi).toBe('Người chưa có mã cần ngày sinh');
  });

  it('answers 422 for an unknown course type and 404 for an unknown class', async () => {
    const res = await post('/classes', { courseTypeCode: 'khong-co', title: 'X', openedOn: '2023-01-01' }).expect(422);
    expect(res.body.fields[0].field).toBe('courseTypeCode');
    await post('/classes/0190b3c4-0000-7000-8000-000000000000/enrollments', { person: { personId: 'p-1' } }).expect(404);
  });
});

describe('classes', () => {
  it('records the opening as an event dated the day the class opened', async () => {
    const cls = await openClass({ title: 'Lớp sự kiện', openedOn: '2023-04-12', cohortLabel: 'khóa 2023' });
    const [event] = await outbox('training.class.opened', (d) => d.classId === cls.id);
    expect(event.occurredOn).toBe('2023-04-12');
    expect(event.envelope).toMatchObject({ occurredOn: '2023-04-12', actor: { username: 'bantochuc' } });
    expect(event.envelope.data).toMatchObject({ courseTypeCode: 'nhan-thuc-ve-dang', category: 'partyAwareness', openedOn: '2023-04-12', cohortLabel: 'khóa 2023' });
  });

  it('lists a class with no students with 0, in the year it opened, whatever its cohort label', async () => {
    const empty = await openClass({ courseTypeCode: 'trung-cap-llct', title: 'Trung cấp LLCT khóa 2023–2025', openedOn: '2023-09-05', cohortLabel: 'khóa 2023–2025' });
    const previous = await openClass({ courseTypeCode: 'trung-cap-llct', title: 'Trung cấp LLCT khóa 2022–2024', openedOn: '2022-12-20', cohortLabel: 'khóa 2022–2024' });
    const res = await get('/classes?year=2023&courseTypeCode=trung-cap-llct').expect(200);
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([empty.id]);
    expect(res.body.items[0].counts).toEqual({ students: 0, withdrawn: 0, completed: 0, passed: 0, certificates: 0 });
    expect(res.body.byCourseType).toEqual([expect.objectContaining({ courseTypeCode: 'trung-cap-llct', classes: 1, students: 0 })]);
    const y2022 = await get('/classes?year=2022').expect(200);
    expect(y2022.body.items.map((c: { id: string }) => c.id)).toEqual([previous.id]);
  });

  it('updates a class, with an event carrying the new opening date, but not past a completion', async () => {
    const cls = await openClass({ title: 'Lớp sẽ sửa', openedOn: '2023-05-02' });
    const moved = await patch(`/classes/${cls.id}`, { openedOn: '2023-05-03', location: 'Phòng 201' }).expect(200);
    expect(moved.body).toMatchObject({ openedOn: '2023-05-03', location: 'Phòng 201' });
    const [event] = await outbox('training.class.updated', (d) => d.classId === cls.id);
    expect(event).toMatchObject({ occurredOn: '2023-05-03', envelope: { data: { previousOpenedOn: '2023-05-02', changed: ['openedOn', 'location'], servedOrgIds: ['org-dhbk'] } } });

    const e = await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-upd-1' }, orgId: 'org-dhbk' }).expect(201);
    await post(`/enrollments/${e.body.enrollmentId}/completion`, { completedOn: '2023-05-10', result: 'passed' }).expect(200);
    const refused = await patch(`/classes/${cls.id}`, { openedOn: '2023-05-11' }).expect(422);
    expect(refused.body.fields[0].field).toBe('openedOn');
    const ends = await patch(`/classes/${cls.id}`, { endsOn: '2023-05-01' }).expect(422);
    expect(ends.body.fields[0].field).toBe('endsOn');
  });
});

describe('enrollment', () => {
  it('refuses the same person twice in one class with 409 and writes nothing', async () => {
    const cls = await openClass({ title: 'Lớp ghi danh' });
    const first = await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-100', fullName: 'Nguyễn Văn An' }, orgId: 'org-dhbk' }).expect(201);
    expect(first.body).toMatchObject({ enrolledOn: '2023-03-01', person: { personId: 'p-100' } });
    const again = await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-100', fullName: 'Nguyễn Văn An' } }).expect(409);
    expect(again.body.message.vi).toBe('Nguyễn Văn An (mã p-100) đã được ghi danh vào lớp này');
    expect(again.body.message.en).toContain('already enrolled');
    expect(await em().count(Enrollment, { classId: cls.id })).toBe(1);
    expect(await outbox('training.enrollment.enrolled', (d) => d.classId === cls.id)).toHaveLength(1);

    // by citizen ID, and the same citizen ID again under a personId
    await post(`/classes/${cls.id}/enrollments`, { person: { citizenId: '001203004567', fullName: 'Lê Thị Bình', dateOfBirth: '2003-04-05' }, orgId: 'org-dhbk' }).expect(201);
    await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-101', citizenId: '001203004567' } }).expect(409);
    expect(await em().count(Enrollment, { classId: cls.id })).toBe(2);
  });

  it('lets exactly one of two simultaneous enrollments of the same person through', async () => {
    const cls = await openClass({ title: 'Lớp đồng thời' });
    const results = await Promise.all([1, 2, 3].map(() => post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-race' }, orgId: 'org-dhbk' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await em().count(Enrollment, { classId: cls.id })).toBe(1);
  });

  it('refuses a student beyond the capacity', async () => {
    const cls = await openClass({ title: 'Lớp nhỏ', capacity: 1 });
    await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-cap-1' }, orgId: 'org-dhbk' }).expect(201);
    const res = await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-cap-2' } }).expect(422);
    expect(res.body.message.vi).toContain('chỉ nhận 1');
  });

  it('refuses completion the day before the class opened, accepts it on the opening day, with a 5-year certificate', async () => {
    const cls = await openClass({ title: 'Lớp hoàn thành', openedOn: '2023-03-15' });
    const e = await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-200' }, orgId: 'org-dhbk' }).expect(201);
    const id = e.body.enrollmentId as string;

    const early = await post(`/enrollments/${id}/completion`, { completedOn: '2023-03-14', result: 'passed', certificateNumber: 'NT-2023-0001' }).expect(422);
    expect(early.body).toMatchObject({ code: 'rule_violation', fields: [{ field: 'completedOn' }] });
    expect(early.body.message.vi).toContain('trước ngày khai giảng');
    expect((await em().findOneOrFail(Enrollment, { id })).completedOn).toBeNull();
    expect(await outbox('training.enrollment.completed', (d) => d.enrollmentId === id)).toHaveLength(0);

    const done = await post(`/enrollments/${id}/completion`, { completedOn: '2023-03-15', result: 'passed', grade: 'good', certificateNumber: 'NT-2023-0001' }).expect(200);
    expect(done.body).toMatchObject({ completedOn: '2023-03-15', certificateIssuedOn: '2023-03-15', certificateValidUntil: '2028-03-14' });

    const [completed] = await outbox('training.enrollment.completed', (d) => d.enrollmentId === id);
    expect(completed.occurredOn).toBe('2023-03-15');
    const [cert] = await outbox('training.certificate.issued', (d) => d.enrollmentId === id);
    expect(cert.occurredOn).toBe('2023-03-15');
    expect(cert.envelope.data).toMatchObject({
      person: { personId: 'p-200', citizenId: null },
      courseTypeCode: 'nhan-thuc-ve-dang',
      certificateNumber: 'NT-2023-0001',
      issuedOn: '2023-03-15',
      validUntil: '2028-03-14',
      requiredFor: 'admission',
      classOpenedOn: '2023-03-15',
    });

    await post(`/enrollments/${id}/completion`, { completedOn: '2023-03-16', result: 'passed' }).expect(409);
    const other = await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-201' }, orgId: 'org-dhbk' }).expect(201);
    const taken = await post(`/enrollments/${other.body.enrollmentId}/completion`, { completedOn: '2023-03-16', result: 'passed', certificateNumber: 'NT-2023-0001' }).expect(409);
    expect(taken.body.message.vi).toContain('NT-2023-0001');
  });

  it('records attendance as an event dated the day it was recorded', async () => {
    const cls = await openClass({ title: 'Lớp chuyên cần', openedOn: '2023-06-01' });
    const e = await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-att' }, orgId: 'org-dhbk' }).expect(201);
    await patch(`/enrollments/${e.body.enrollmentId}/attendance`, { attendance: 'partial', sessionsAttended: 4, sessionsTotal: 6, recordedOn: '2023-06-08' }).expect(200);
    const [event] = await outbox('training.enrollment.attendanceRecorded', (d) => d.enrollmentId === e.body.enrollmentId);
    expect(event).toMatchObject({ occurredOn: '2023-06-08', envelope: { data: { attendance: 'partial', sessionsAttended: 4 } } });
  });
});

describe('bulk enrollment from Excel', () => {
  it('previews a file with bad rows row by row, commits nothing, then enrolls a clean file all at once', async () => {
    const cls = await openClass({ title: 'Lớp sinh viên ĐHBK', openedOn: '2023-10-02' });
    await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-old' }, orgId: 'org-dhbk' }).expect(201);
    const bad = await workbook([
      [1, 'p-300', null, 'Phạm Minh Châu', null, 'org-dhbk'],
      [2, null, '12345', 'Vũ Đức Dũng', '01/02/2003', null],
      [3, null, '001203009999', null, '01/02/2003', null],
      [4, null, '001203008888', 'Hoàng Thu Hà', '31/02/2003', null],
      [5, 'p-300', null, 'Phạm Minh Châu', null, null],
      [6, 'p-old', null, null, null, null],
      [7, null, '001203007777', 'Đặng Quốc Huy', new Date(Date.UTC(2002, 10, 20)), 'org-dhbk'],
    ]);
    const preview = await post(`/classes/${cls.id}/enrollments/import/preview`, { fileBase64: bad }).expect(200);
    expect(preview.body).toMatchObject({ totalRows: 7, validRows: 2 });
    expect(preview.body.errors).toEqual([
      { row: 3, column: 'Số CCCD', problem: 'Số CCCD "12345" phải gồm đúng 12 chữ số', problemEn: expect.any(String) },
      { row: 4, column: 'Họ và tên', problem: 'Thiếu họ và tên (bắt buộc khi chưa có mã người)', problemEn: expect.any(String) },
      { row: 5, column: 'Ngày sinh', problem: 'Ngày sinh "31/02/2003" không hợp lệ (cần dạng dd/mm/yyyy)', problemEn: expect.any(String) },
      { row: 6, column: 'Mã người', problem: 'Trùng người với dòng 2', problemEn: expect.any(String) },
      { row: 7, column: 'Mã người', problem: 'mã p-old đã được ghi danh vào lớp này', problemEn: expect.any(String) },
    ]);
    expect(preview.body.sample.map((r: { row: number }) => r.row)).toEqual([2, 8]);
    expect(preview.body.sample[1].person).toMatchObject({ citizenId: '001203007777', dateOfBirth: '2002-11-20' });

    const refused = await post(`/classes/${cls.id}/enrollments/import`, { fileBase64: bad }).expect(422);
    expect(refused.body.fields).toHaveLength(5);
    expect(refused.body.fields[0]).toMatchObject({ field: 'row 3: Số CCCD', vi: expect.stringContaining('12 chữ số') });
    expect(await em().count(Enrollment, { classId: cls.id })).toBe(1);

    const good = await workbook([
      [1, 'p-300', null, 'Phạm Minh Châu', null, 'org-dhbk'],
      [2, null, '001203007777', 'Đặng Quốc Huy', '20/11/2002', 'org-dhbk'],
    ]);
    const committed = await post(`/classes/${cls.id}/enrollments/import`, { fileBase64: good }).expect(201);
    expect(committed.body).toEqual({ classId: cls.id, enrolled: 2 });
    const listed = await get(`/classes/${cls.id}`).expect(200);
    expect(listed.body.counts.students).toBe(3);
    const events = await outbox('training.enrollment.enrolled', (d) => d.classId === cls.id && d.source === 'import');
    expect(events.map((x) => x.occurredOn)).toEqual(['2023-10-02', '2023-10-02']);
  });

  it('refuses with 400 what is not base64 and with 422 what is not a workbook', async () => {
    const cls = await openClass({ title: 'Lớp tệp hỏng' });
    await post(`/classes/${cls.id}/enrollments/import/preview`, { fileBase64: '***' }).expect(400);
    const res = await post(`/classes/${cls.id}/enrollments/import/preview`, { fileBase64: Buffer.from('not a zip').toString('base64') }).expect(422);
    expect(res.body.message.vi).toContain('.xlsx');
  });
});

type Field = { field: string; vi: string; en: string };
const fieldsOf = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.field);

/** Enrolls people by personId into a class; returns their enrollment ids in order. */
async function enrollAll(classId: string, personIds: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const personId of personIds) ids.push((await post(`/classes/${classId}/enrollments`, { person: { personId }, orgId: 'org-dhbk' }).expect(201)).body.enrollmentId);
  return ids;
}

/** What a failed request must have left: the class's enrollments as they were, no new events. */
async function snapshot(classId: string) {
  const rows = await em().find(Enrollment, { classId }, { orderBy: { id: 'asc' } });
  const events = (await em().find(OutboxMessage, {})).length;
  return { rows: rows.map((r) => [r.id, r.completedOn, r.result, r.certificateNumber, r.withdrawnOn]), events };
}

describe('results of a class in bulk (JSON)', () => {
  it('records many completions in one transaction, each with the events a single completion publishes, dated in the world', async () => {
    const cls = await openClass({ title: 'Lớp kết quả', openedOn: '2023-04-03' });
    const [a, b] = await enrollAll(cls.id, ['p-res-1', 'p-res-2']);
    await post(`/classes/${cls.id}/enrollments`, { person: { citizenId: '001203009991', fullName: 'Đặng Thu Trang', dateOfBirth: '2002-02-02' }, orgId: 'org-dhbk' }).expect(201);
    const res = await post(`/classes/${cls.id}/results`, {
      completedOn: '2023-04-07',
      certificateIssuedOn: '2023-04-10',
      results: [
        { enrollmentId: a, result: 'passed', grade: 'excellent', certificateNumber: 'KQ-2023-001' },
        { personId: 'p-res-2', result: 'failed' },
        { citizenId: '001203009991', result: 'passed', completedOn: '2023-04-08', certificateNumber: 'KQ-2023-002', certificateIssuedOn: '2023-04-08' },
      ],
    }).expect(200);
    expect(res.body).toMatchObject({ classId: cls.id, recorded: 3, passed: 2, failed: 1, certificates: 2 });
    expect(res.body.items[0]).toMatchObject({ enrollmentId: a, completedOn: '2023-04-07', certificateIssuedOn: '2023-04-10', certificateValidUntil: '2028-04-09', grade: 'excellent' });
    expect(res.body.items[1]).toMatchObject({ enrollmentId: b, result: 'failed', certificateNumber: null });

    const completed = await outbox('training.enrollment.completed', (d) => d.classId === cls.id);
    expect(completed.map((e) => e.occurredOn).sort()).toEqual(['2023-04-07', '2023-04-07', '2023-04-08']);
    const certs = await outbox('training.certificate.issued', (d) => d.classId === cls.id);
    expect(certs.map((e) => [(e.envelope.data as { certificateNumber: string }).certificateNumber, e.occurredOn])).toEqual([
      ['KQ-2023-001', '2023-04-10'],
      ['KQ-2023-002', '2023-04-08'],
    ]);
    expect(certs[1].envelope.data).toMatchObject({ person: { citizenId: '001203009991', personId: null }, requiredFor: 'admission', validUntil: '2028-04-07' });
    const detail = await get(`/classes/${cls.id}`).expect(200);
    expect(detail.body.counts).toEqual({ students: 3, withdrawn: 0, completed: 3, passed: 2, certificates: 2 });
  });

  it('refuses completion the day before the class opens, and writes nothing for anyone in the list', async () => {
    const cls = await openClass({ title: 'Lớp khai giảng 15/5', openedOn: '2023-05-15' });
    const [a, b] = await enrollAll(cls.id, ['p-early-1', 'p-early-2']);
    const before = await snapshot(cls.id);
    const res = await post(`/classes/${cls.id}/results`, {
      results: [
        { enrollmentId: a, result: 'passed', completedOn: '2023-05-15', certificateNumber: 'EA-1' },
        { enrollmentId: b, result: 'passed', completedOn: '2023-05-14' },
      ],
    }).expect(422);
    expect(res.body.code).toBe('rule_violation');
    expect(res.body.fields).toEqual([{ field: 'results.1.completedOn', vi: expect.stringContaining('trước ngày khai giảng'), en: expect.stringContaining('before the class opened') }]);
    expect(res.body.message.vi).toContain('chưa ghi nhận ai');
    const certBefore = await post(`/classes/${cls.id}/results`, { results: [{ enrollmentId: a, result: 'passed', completedOn: '2023-05-20', certificateNumber: 'EA-1', certificateIssuedOn: '2023-05-14' }] }).expect(422);
    expect(fieldsOf(certBefore.body)).toEqual(['results.0.certificateIssuedOn']);
    expect(await snapshot(cls.id)).toEqual(before);
  });

  it('refuses an unknown enrollment or person, a student listed twice and certificate numbers used twice within a course type', async () => {
    const other = await openClass({ title: 'Lớp khác cùng loại', openedOn: '2023-01-09' });
    const [o1] = await enrollAll(other.id, ['p-other-1']);
    await post(`/enrollments/${o1}/completion`, { completedOn: '2023-01-13', result: 'passed', certificateNumber: 'DUP-001' }).expect(200);
    // the same number in a course of another type is another certificate
    const tc = await openClass({ courseTypeCode: 'trung-cap-llct', title: 'Trung cấp có số trùng', openedOn: '2023-01-09' });
    const [t1] = await enrollAll(tc.id, ['p-tc-1']);
    await post(`/enrollments/${t1}/completion`, { completedOn: '2023-01-13', result: 'passed', certificateNumber: 'DUP-002' }).expect(200);

    const cls = await openClass({ title: 'Lớp nhiều lỗi', openedOn: '2023-06-05' });
    const [a, b, c] = await enrollAll(cls.id, ['p-many-1', 'p-many-2', 'p-many-3']);
    const before = await snapshot(cls.id);
    const res = await post(`/classes/${cls.id}/results`, {
      completedOn: '2023-06-09',
      results: [
        { enrollmentId: a, result: 'passed', certificateNumber: 'DUP-001' }, // issued in the other class of this type
        { enrollmentId: o1, result: 'passed' }, // a student of another class
        { personId: 'p-nobody', result: 'passed' },
        { personId: 'p-many-1', result: 'failed' }, // a again
        { enrollmentId: b, result: 'passed', certificateNumber: 'NEW-1' },
        { enrollmentId: c, result: 'passed', certificateNumber: 'NEW-1' }, // twice in the list
        { enrollmentId: c, personId: 'p-many-2', result: 'passed' }, // two ids, two people
      ],
    }).expect(422);
    expect(fieldsOf(res.body)).toEqual([
      'results.0.certificateNumber',
      'results.1.enrollmentId',
      'results.2.personId',
      'results.3.personId',
      'results.5.certificateNumber',
      'results.6.personId',
    ]);
    const byField = Object.fromEntries((res.body.fields as Field[]).map((f) => [f.field, f]));
    expect(byField['results.3.personId'].vi).toBe('Học viên đã có ở dòng 0');
    expect(byField['results.5.certificateNumber'].en).toContain('repeats row 4');
    expect(await snapshot(cls.id)).toEqual(before);

    // DUP-002 belongs to trung cấp: free for nhận thức về Đảng
    await post(`/classes/${cls.id}/results`, { completedOn: '2023-06-09', results: [{ enrollmentId: a, result: 'passed', certificateNumber: 'DUP-002' }] }).expect(200);
    const again = await post(`/classes/${cls.id}/results`, { completedOn: '2023-06-10', results: [{ enrollmentId: a, result: 'passed' }] }).expect(422);
    expect(again.body.fields[0]).toMatchObject({ field: 'results.0.result', vi: expect.stringContaining('đã được ghi nhận hoàn thành') });
  });

  it('answers 400 field by field for a malformed list', async () => {
    const cls = await openClass({ title: 'Lớp dữ liệu sai' });
    const empty = await post(`/classes/${cls.id}/results`, { results: [] }).expect(400);
    expect(fieldsOf(empty.body)).toEqual(['results']);
    const res = await post(`/classes/${cls.id}/results`, {
      results: [{ result: 'passed', completedOn: '2023-03-02' }, { personId: 'p-x', result: 'đạt' }, { personId: 'p-y', result: 'failed', certificateNumber: 'X', completedOn: '2023-02-30' }],
    }).expect(400);
    expect(fieldsOf(res.body).sort()).toEqual(['results.0.enrollmentId', 'results.1.result', 'results.2.certificateNumber', 'results.2.completedOn']);
    const undated = await post(`/classes/${cls.id}/results`, { results: [{ personId: 'p-x', result: 'passed', completedOn: '2023-03-02' }, { personId: 'p-y', result: 'passed' }] }).expect(400);
    expect(undated.body.fields).toEqual([{ field: 'results.1.completedOn', vi: expect.stringContaining('Thiếu ngày hoàn thành'), en: expect.stringContaining('completedOn is missing') }]);
    expect((res.body.fields as Field[]).find((f) => f.field === 'results.0.enrollmentId')).toMatchObject({ vi: 'Cần mã ghi danh, mã người hoặc số CCCD', en: expect.stringContaining('required') });
    const tooMany = await post(`/classes/${cls.id}/results`, { completedOn: '2023-03-02', results: Array.from({ length: 2001 }, (_, i) => ({ personId: `p-${i}`, result: 'passed' })) }).expect(400);
    expect(fieldsOf(tooMany.body)).toEqual(['results']);
    await post('/classes/not-a-uuid/results', { results: [{ personId: 'p', result: 'passed', completedOn: '2023-01-01' }] }).expect(400);
    await post('/classes/0190b3c4-0000-7000-8000-000000000000/results', { results: [{ personId: 'p', result: 'passed', completedOn: '2023-01-01' }] }).expect(404);
    await post(`/classes/${cls.id}/results`, { results: [{ personId: 'p', result: 'passed', completedOn: '2023-03-02' }] }, viewer).expect(403);
  });

  it('lets one of two simultaneous lists of two classes of one course type take a certificate number, never both', async () => {
    const [x, y] = [await openClass({ title: 'Lớp song song X', openedOn: '2023-02-06' }), await openClass({ title: 'Lớp song song Y', openedOn: '2023-02-06' })];
    const [ex] = await enrollAll(x.id, ['p-par-x']);
    const [ey] = await enrollAll(y.id, ['p-par-y']);
    const results = await Promise.all([
      post(`/classes/${x.id}/results`, { completedOn: '2023-02-10', results: [{ enrollmentId: ex, result: 'passed', certificateNumber: 'PAR-1' }] }),
      post(`/enrollments/${ey}/completion`, { completedOn: '2023-02-10', result: 'passed', certificateNumber: 'PAR-1' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, results[0].status === 200 ? 409 : 422].sort());
    expect(await em().count(Enrollment, { certificateNumber: 'PAR-1' })).toBe(1);
  });

  it('issues 1,000 certificates in one request', async () => {
    const cls = await openClass({ title: 'Lớp 1000 học viên', openedOn: '2023-08-07' });
    const rows = Array.from({ length: 1000 }, (_, i) => [i + 1, `p-k-${i}`, null, null, null, 'org-dhbk']);
    await post(`/classes/${cls.id}/enrollments/import`, { fileBase64: await workbook(rows) }).expect(201);
    const started = Date.now();
    const res = await post(`/classes/${cls.id}/results`, {
      completedOn: '2023-08-11',
      results: rows.map((_, i) => ({ personId: `p-k-${i}`, result: 'passed', certificateNumber: `NT-K-${String(i).padStart(4, '0')}` })),
    }).expect(200);
    const ms = Date.now() - started;
    expect(res.body).toMatchObject({ recorded: 1000, certificates: 1000 });
    expect(await em().count(Enrollment, { classId: cls.id, certificateNumber: { $ne: null } })).toBe(1000);
    expect(await outbox('training.certificate.issued', (d) => d.classId === cls.id)).toHaveLength(1000);
    console.info(`1,000 results in ${ms} ms`);
  }, 60_000);
});

describe('results sheet (Excel)', () => {
  async function sheet(rows: unknown[][], header = ['STT', 'Mã người', 'Số CCCD', 'Họ và tên', 'Kết quả', 'Xếp loại', 'Ngày hoàn thành', 'Số giấy chứng nhận', 'Ngày cấp']): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kết quả');
    ws.addRow(header);
    rows.forEach((r) => ws.addRow(r));
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }

  it('gives the sheet to fill in, previews a wrong one row by row, commits nothing, then records a clean one', async () => {
    const cls = await openClass({ title: 'Lớp bảng điểm', openedOn: '2023-09-11' });
    await enrollAll(cls.id, ['p-xl-1', 'p-xl-2']);
    await post(`/classes/${cls.id}/enrollments`, { person: { citizenId: '001203007777', fullName: 'Hoàng Văn Nam', dateOfBirth: '2001-01-01' }, orgId: 'org-dhbk' }).expect(201);
    const template = await get(`/classes/${cls.id}/results/template`).expect(200);
    expect(template.body.students).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template.body.fileBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(1).values).toEqual(expect.arrayContaining(['Mã ghi danh', 'Kết quả', 'Số giấy chứng nhận']));

    const bad = await sheet([
      [1, 'p-xl-1', null, null, 'Đạt', 'Giỏi', '10/09/2023', 'XL-1', null], // the day before the opening
      [2, 'p-xl-9', null, null, 'Đạt', null, '15/09/2023', null, null], // not in the class
      [3, null, 1203007777, 'Hoàng Văn Nam', 'Khá', null, '15/09/2023', null, null], // not a result
      [4, 'p-xl-2', null, null, 'Không đạt', null, null, null, null], // no date, none given in the request
      [5, 'p-xl-1', null, null, 'Đạt', null, '15/09/2023', 'XL-2', '31/02/2023'],
    ]);
    const preview = await post(`/classes/${cls.id}/results/import/preview`, { fileBase64: bad }).expect(200);
    expect(preview.body).toMatchObject({ totalRows: 5, validRows: 0 });
    expect(preview.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [2, 'Ngày hoàn thành'],
      [3, 'Mã người'],
      [4, 'Kết quả'],
      [5, 'Ngày hoàn thành'],
      [6, 'Ngày cấp'],
    ]);
    expect(preview.body.errors[0]).toMatchObject({ problem: expect.stringContaining('trước ngày khai giảng'), problemEn: expect.stringContaining('before the class opened') });
    const before = await snapshot(cls.id);
    const refused = await post(`/classes/${cls.id}/results/import`, { fileBase64: bad }).expect(422);
    expect(refused.body.fields[0]).toMatchObject({ field: 'row 2: Ngày hoàn thành' });
    expect(await snapshot(cls.id)).toEqual(before);

    const good = await sheet([
      [1, 'p-xl-1', null, null, 'Đạt', 'Giỏi', null, 'XL-1', null],
      [2, 'p-xl-2', null, null, 'Không đạt', null, null, null, null],
      [3, null, 1203007777, 'Hoàng Văn Nam', 'đạt', 'xuất sắc', '16/09/2023', 'XL-2', '18/09/2023'],
    ]);
    const ok = await post(`/classes/${cls.id}/results/import`, { fileBase64: good, completedOn: '2023-09-15' }).expect(200);
    expect(ok.body).toMatchObject({ recorded: 3, passed: 2, failed: 1, certificates: 2 });
    const certs = await outbox('training.certificate.issued', (d) => d.classId === cls.id);
    // one transaction: the same recordedAt, so the dates are compared as a set
    expect(certs.map((e) => e.occurredOn).sort()).toEqual(['2023-09-15', '2023-09-18']);
    expect((await get(`/classes/${cls.id}/results/template`).expect(200)).body.students).toBe(0);
  });

  it('names the missing columns of a sheet without headers it knows', async () => {
    const cls = await openClass({ title: 'Lớp tiêu đề sai' });
    const res = await post(`/classes/${cls.id}/results/import/preview`, { fileBase64: await sheet([[1, 'x']], ['STT', 'Tên']) }).expect(200);
    expect(res.body.errors.map((e: { problemEn: string }) => e.problemEn)).toEqual([expect.stringContaining('Mã ghi danh'), expect.stringContaining('Kết quả')]);
  });
});

describe('withdrawal', () => {
  it('withdraws a student with date and reason: still counted among the students, shown withdrawn, event dated the withdrawal', async () => {
    const cls = await openClass({ title: 'Lớp có người thôi học', openedOn: '2023-03-06', capacity: 2 });
    const [a, b] = await enrollAll(cls.id, ['p-wd-1', 'p-wd-2']);
    const res = await post(`/enrollments/${a}/withdrawal`, { withdrawnOn: '2023-03-08', reason: 'Chuyển công tác' }).expect(200);
    expect(res.body).toMatchObject({ attendance: 'withdrawn', withdrawnOn: '2023-03-08', withdrawalReason: 'Chuyển công tác' });
    const [event] = await outbox('training.enrollment.withdrawn', (d) => d.enrollmentId === a);
    expect(event).toMatchObject({ occurredOn: '2023-03-08', envelope: { data: { reason: 'Chuyển công tác', classOpenedOn: '2023-03-06' } } });

    const detail = await get(`/classes/${cls.id}`).expect(200);
    expect(detail.body.counts).toMatchObject({ students: 2, withdrawn: 1 });
    expect(detail.body.students.find((s: { enrollmentId: string }) => s.enrollmentId === a)).toMatchObject({ attendance: 'withdrawn', withdrawnOn: '2023-03-08' });
    const list = await get('/classes?year=2023&courseTypeCode=nhan-thuc-ve-dang').expect(200);
    expect(list.body.items.find((c: { id: string }) => c.id === cls.id).counts).toMatchObject({ students: 2, withdrawn: 1 });
    // the withdrawn student's seat is free again
    await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-wd-3' }, orgId: 'org-dhbk' }).expect(201);

    const single = await post(`/enrollments/${a}/completion`, { completedOn: '2023-03-10', result: 'passed' }).expect(422);
    expect(single.body.message.vi).toContain('thôi học');
    const bulk = await post(`/classes/${cls.id}/results`, { completedOn: '2023-03-10', results: [{ enrollmentId: b, result: 'passed' }, { enrollmentId: a, result: 'passed' }] }).expect(422);
    expect(bulk.body.fields).toEqual([expect.objectContaining({ field: 'results.1.result', vi: expect.stringContaining('thôi học') })]);
    expect((await em().findOneOrFail(Enrollment, { id: b })).completedOn).toBeNull();
  });

  it('refuses a withdrawal before the enrollment (422), a second one or one after completion (409), and attendance for it', async () => {
    const cls = await openClass({ title: 'Lớp thôi học sai', openedOn: '2023-04-03' });
    const [a, b] = await enrollAll(cls.id, ['p-wd-4', 'p-wd-5']);
    const early = await post(`/enrollments/${a}/withdrawal`, { withdrawnOn: '2023-04-02', reason: 'Ốm' }).expect(422);
    expect(early.body.fields).toEqual([expect.objectContaining({ field: 'withdrawnOn' })]);
    const bad = await post(`/enrollments/${a}/withdrawal`, { withdrawnOn: '2023-13-01', reason: '' }).expect(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['reason', 'withdrawnOn']);
    await post(`/enrollments/${a}/withdrawal`, { withdrawnOn: '2023-04-05', reason: 'Ốm dài ngày' }).expect(200);
    await post(`/enrollments/${a}/withdrawal`, { withdrawnOn: '2023-04-06', reason: 'Lần hai' }).expect(409);
    await patch(`/enrollments/${a}/attendance`, { attendance: 'attending', recordedOn: '2023-04-07' }).expect(409);
    const viaAttendance = await patch(`/enrollments/${b}/attendance`, { attendance: 'withdrawn', recordedOn: '2023-04-07' }).expect(400);
    expect(viaAttendance.body.fields[0].field).toBe('attendance');
    await post(`/enrollments/${b}/completion`, { completedOn: '2023-04-07', result: 'passed' }).expect(200);
    const done = await post(`/enrollments/${b}/withdrawal`, { withdrawnOn: '2023-04-08', reason: 'Sau khi học xong' }).expect(409);
    expect(done.body.message.vi).toContain('đã hoàn thành');
    expect(await outbox('training.enrollment.withdrawn', (d) => d.classId === cls.id)).toHaveLength(1);
  });
});

describe('registrations, sendings, secretary sessions', () => {
  it('records a registration for next year once, dated when it was made', async () => {
    const body = { courseTypeCode: 'cao-cap-llct', forYear: 2024, person: { personId: 'p-cc-1' }, registeredOn: '2023-11-20', orgId: 'org-a' };
    const r = await post('/registrations', body).expect(201);
    await post('/registrations', body).expect(409);
    const past = await post('/registrations', { ...body, forYear: 2022 }).expect(422);
    expect(past.body.fields[0].field).toBe('forYear');
    const [event] = await outbox('training.registration.made', (d) => d.registrationId === r.body.registrationId);
    expect(event).toMatchObject({ occurredOn: '2023-11-20', orgId: 'org-a', envelope: { data: { forYear: 2024, category: 'advancedTheory' } } });
    const list = await get('/registrations?forYear=2024&courseTypeCode=cao-cap-llct').expect(200);
    expect(list.body.total).toBe(1);
  });

  it('records a person sent to a course run by an academy, dated by the decision', async () => {
    const s = await post('/sendings', {
      courseTypeCode: 'cao-cap-llct',
      person: { personId: 'p-cc-2' },
      sentOn: '2023-08-15',
      institution: 'Học viện Chính trị khu vực I',
      decisionNumber: '125-QĐ/ĐUK',
    }).expect(201);
    const [event] = await outbox('training.sending.made', (d) => d.sendingId === s.body.sendingId);
    expect(event).toMatchObject({ occurredOn: '2023-08-15', envelope: { data: { institution: 'Học viện Chính trị khu vực I', category: 'advancedTheory' } } });
    expect((await get('/sendings?year=2023').expect(200)).body.total).toBe(1);
  });

  it('records a secretaries session with one event per attendee, and refuses a person listed twice', async () => {
    const attendees = [
      { personId: 'p-bt-1', orgId: 'org-1' },
      { personId: 'p-bt-2', orgId: 'org-2' },
      { citizenId: '001080001234', fullName: 'Bùi Văn Khánh', dateOfBirth: '1980-01-02' },
    ];
    const res = await post('/secretary-sessions', { title: 'Bồi dưỡng nghiệp vụ bí thư chi bộ 2023', heldOn: '2023-07-18', attendees }).expect(201);
    expect(res.body).toMatchObject({ courseTypeCode: 'nghiep-vu-cong-tac-dang', attendeeCount: 3 });
    const held = await outbox('training.secretarySession.held', (d) => d.sessionId === res.body.sessionId);
    expect(held[0]).toMatchObject({ occurredOn: '2023-07-18', envelope: { data: { attendeeCount: 3 } } });
    const attended = await outbox('training.secretarySession.attended', (d) => d.sessionId === res.body.sessionId);
    expect(attended.map((x) => x.occurredOn)).toEqual(['2023-07-18', '2023-07-18', '2023-07-18']);
    const dup = await post('/secretary-sessions', { title: 'Trùng', heldOn: '2023-07-19', attendees: [attendees[0], attendees[0]] }).expect(400);
    expect(dup.body.fields[0].field).toBe('attendees.1');
  });
});

describe('queries for a person', () => {
  it('gives a person’s history and who lacks a valid certificate on a date', async () => {
    const cls = await openClass({ title: 'Lớp 2018', openedOn: '2018-05-02' });
    const e = await post(`/classes/${cls.id}/enrollments`, { person: { personId: 'p-hist', citizenId: '001090005555' }, orgId: 'org-dhbk' }).expect(201);
    await post(`/enrollments/${e.body.enrollmentId}/completion`, { completedOn: '2018-05-10', result: 'passed', certificateNumber: 'NT-2018-77', certificateIssuedOn: '2018-05-12' }).expect(200);
    await post('/registrations', { courseTypeCode: 'doi-tuong-4', forYear: 2024, person: { personId: 'p-hist' }, registeredOn: '2023-12-01' }).expect(201);

    for (const q of ['personId=p-hist', 'citizenId=001090005555']) {
      const h = await get(`/people/history?${q}`).expect(200);
      expect(h.body.classes).toEqual([expect.objectContaining({ title: 'Lớp 2018', certificateNumber: 'NT-2018-77', certificateValidUntil: '2023-05-11' })]);
      expect(h.body.registrations).toEqual([expect.objectContaining({ courseTypeCode: 'doi-tuong-4', forYear: 2024 })]);
    }
    await get('/people/history').expect(400);

    const ask = (asOf: string) => post('/people/lacking', { personIds: ['p-hist', 'p-200', 'p-nobody'], courseTypeCode: 'nhan-thuc-ve-dang', asOf }).expect(200);
    const onLastDay = await ask('2023-05-11');
    expect(onLastDay.body.lacking).toEqual(['p-nobody']); // p-hist's last valid day; p-200 holds one from 2023-03-15
    const dayAfter = await ask('2023-05-12');
    expect(dayAfter.body.lacking).toEqual(['p-hist', 'p-nobody']);
    expect(dayAfter.body.people[0]).toMatchObject({ personId: 'p-hist', status: 'expired', validUntil: '2023-05-11' });
    expect(dayAfter.body.people[1]).toMatchObject({ personId: 'p-200', status: 'valid', certificateNumber: 'NT-2023-0001' });
    expect(dayAfter.body.people[2]).toMatchObject({ personId: 'p-nobody', status: 'missing' });
  });

  it('leaves the classes table alone when a query fails', async () => {
    const before = await em().count(TrainingClass, {});
    await post('/people/lacking', { personIds: [], courseTypeCode: 'nhan-thuc-ve-dang' }).expect(400);
    expect(await em().count(TrainingClass, {})).toBe(before);
  });
});
