import { todayInVietnam } from '@party/contracts';
import { OutboxMessage } from '@party/messaging';
import { countOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { TrainingClass } from './classes/class.entity';
import { Enrollment } from './enrollments/enrollment.entity';
import { TRAINING } from './testing/training-under-test';

/**
 * Issue 10, item 11, on the training side: a class opened, a student enrolled or finishing, a
 * registration or a sending dated after today (in Vietnam) is refused with 400 naming the field;
 * the same dated today is taken. A class's planned end may lie ahead.
 */
const stack = useStack({ label: 'training_future_dates', service: TRAINING });
const { post } = stack.under('/training');
const written = stack.tables({ classes: countOf(TrainingClass), enrollments: countOf(Enrollment), outbox: countOf(OutboxMessage) });

const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const today = todayInVietnam();
const tomorrow = plusDays(today, 1);
const student = { citizenId: '001203005555', fullName: 'Đinh Thị Học', dateOfBirth: '2003-03-03' };

const fieldsOf = (res: { body: { code: string; fields: { field: string }[] } }) => {
  expect(res.body.code).toBe('validation');
  return res.body.fields.map((f) => f.field);
};

describe('training facts dated after today', () => {
  let classId: string;

  it('refuses a class opened tomorrow, naming openedOn, and opens one today that ends next month', async () => {
    const body = (openedOn: string) => ({ courseTypeCode: 'nhan-thuc-ve-dang', title: `Lớp khai giảng ${openedOn}`, openedOn, endsOn: plusDays(today, 30) });
    const before = await written();
    const res = await post('/classes', body(tomorrow)).expect(400);
    expect(res.body.fields).toEqual([
      { field: 'openedOn', vi: `Ngày khai giảng ${tomorrow} ở sau hôm nay (${today}): chỉ ghi nhận việc đã diễn ra`, en: `The opening date ${tomorrow} is after today (${today}): only what has happened can be recorded` },
    ]);
    expect(await written()).toEqual(before);
    classId = (await post('/classes', body(today)).expect(201)).body.id;
  });

  it('refuses an enrollment, a completion and a withdrawal dated tomorrow, takes them today', async () => {
    const before = await written();
    expect(fieldsOf(await post(`/classes/${classId}/enrollments`, { person: student, enrolledOn: tomorrow }).expect(400))).toEqual(['enrolledOn']);
    expect(fieldsOf(await post(`/classes/${classId}/enrollments`, { person: { ...student, dateOfBirth: tomorrow } }).expect(400))).toEqual(['person.dateOfBirth']);
    expect(await written()).toEqual(before);
    const enrollment = (await post(`/classes/${classId}/enrollments`, { person: student, enrolledOn: today, orgId: 'org-dhbk' }).expect(201)).body;

    const done = (completedOn: string) => post(`/enrollments/${enrollment.id}/completion`, { completedOn, result: 'passed', certificateNumber: 'NT-TL-001' });
    expect(fieldsOf(await done(tomorrow).expect(400))).toEqual(['completedOn']);
    expect(fieldsOf(await post(`/enrollments/${enrollment.id}/withdrawal`, { withdrawnOn: tomorrow, reason: 'Chuyển công tác' }).expect(400))).toEqual(['withdrawnOn']);
    await done(today).expect(200);
  });

  it('refuses a registration and a sending dated tomorrow (the course year registered for may be next year)', async () => {
    const year = Number(today.slice(0, 4)) + 1;
    const register = (registeredOn: string) => post('/registrations', { courseTypeCode: 'trung-cap-llct', forYear: year, person: student, registeredOn });
    expect(fieldsOf(await register(tomorrow).expect(400))).toEqual(['registeredOn']);
    await register(today).expect(201);
    const send = await post('/sendings', { courseTypeCode: 'trung-cap-llct', person: student, sentOn: tomorrow, institution: 'Trường Chính trị tỉnh' }).expect(400);
    expect(fieldsOf(send)).toEqual(['sentOn']);
  });
});
