import { waitFor } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { PersonPlacement } from '../people/person-placement.entity';
import { TRAINING } from '../testing/training-under-test';

/**
 * No student vanishes from the figures: an enrollment that names no organization counts in the
 * person's organization on the enrollment date, as membership's records place them (training keeps
 * a copy from its events); someone the records do not place is refused until one is named.
 */
const stack = useStack({ label: 'enrollorg', service: TRAINING, processes: ['membership', 'reporting'] });
const org: Record<string, string> = {};
const people: Record<string, string> = {};

beforeAll(async () => {
  org.bloc = await stack.world.org({ kind: 'bloc_committee', name: 'Đảng bộ Khối', effectiveOn: '2015-01-01' });
  org.A = await stack.world.org({ kind: 'grassroots_cell', name: 'Chi bộ A', parentId: org.bloc, effectiveOn: '2015-02-01' });
  org.B = await stack.world.org({ kind: 'grassroots_cell', name: 'Chi bộ B', parentId: org.bloc, effectiveOn: '2015-02-01' });
  people.mover = await stack.world.member({ orgId: org.A, fullName: 'Nguyễn Văn Chuyển', admittedOn: '2016-05-02' });
  people.candidate = await stack.world.person({ orgId: org.B, fullName: 'Lê Thị Quần Chúng' });
  // the member moves from A to B on 5 June 2023
  const move = (await stack.post('/transfers/internal', { personId: people.mover, toOrgId: org.B, letterNumber: 'GGT-01', departedOn: '2023-06-01' }).expect(201)).body;
  await stack.post(`/transfers/${move.id}/arrive`, { arrivedOn: '2023-06-05' }).expect(200);
  // person recorded, member registered, transfer completed: three placements in training's copy
  await waitFor(async () => (await stack.em().count(PersonPlacement, {})) === 4, { timeoutMs: 30_000, what: 'training to copy the placements' });
}, 120_000);

const open = async (openedOn: string) =>
  (await stack.post('/training/classes', { courseTypeCode: 'nhan-thuc-ve-dang', title: `Lớp ${openedOn}`, openedOn, servedOrgIds: [] }).expect(201)).body.id as string;

it('places a student the records know in their organization on the class date', async () => {
  const march = await open('2023-03-01');
  const september = await open('2023-09-04');
  expect((await stack.post(`/training/classes/${march}/enrollments`, { person: { personId: people.mover } }).expect(201)).body.orgId).toBe(org.A);
  expect((await stack.post(`/training/classes/${september}/enrollments`, { person: { personId: people.mover } }).expect(201)).body.orgId).toBe(org.B);
  // the day before the move and the day of it
  const dayBefore = await open('2023-06-04');
  const dayOf = await open('2023-06-05');
  expect((await stack.post(`/training/classes/${dayBefore}/enrollments`, { person: { personId: people.mover } }).expect(201)).body.orgId).toBe(org.A);
  expect((await stack.post(`/training/classes/${dayOf}/enrollments`, { person: { personId: people.mover } }).expect(201)).body.orgId).toBe(org.B);
  // a candidate recorded today is placed by their record, whatever the class's date
  expect((await stack.post(`/training/classes/${march}/enrollments`, { person: { personId: people.candidate } }).expect(201)).body.orgId).toBe(org.B);
  // named: the organization given is kept
  expect((await stack.post(`/training/classes/${september}/enrollments`, { person: { personId: people.candidate }, orgId: org.A }).expect(201)).body.orgId).toBe(org.A);
});

it('refuses a student the records do not place until an organization is named', async () => {
  const cls = await open('2023-10-02');
  const stranger = { citizenId: '001203004242', fullName: 'Trần Văn Lạ', dateOfBirth: '2003-04-05' };
  const refused = await stack.post(`/training/classes/${cls}/enrollments`, { person: stranger }).expect(422);
  expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'orgId' })]);
  expect(refused.body.message.vi).toContain('Trần Văn Lạ chưa có trong hồ sơ');
  expect(refused.body.message.en).toContain('name the organization');
  await stack.post(`/training/classes/${cls}/enrollments`, { person: { personId: 'p-not-in-membership' } }).expect(422);
  expect((await stack.post(`/training/classes/${cls}/enrollments`, { person: stranger, orgId: org.A }).expect(201)).body.orgId).toBe(org.A);
});

it('places the rows of a roster file the same way, and names the rows it cannot place', async () => {
  const cls = await open('2023-11-06');
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['STT', 'Mã người', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã tổ chức']);
  ws.addRow([1, people.mover, null, 'Nguyễn Văn Chuyển', null, null]);
  ws.addRow([2, null, '001203004343', 'Phạm Thị Không Rõ', '02/02/2002', null]);
  const fileBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const preview = (await stack.post(`/training/classes/${cls}/enrollments/import/preview`, { fileBase64 }).expect(200)).body;
  expect(preview.sample).toEqual([expect.objectContaining({ row: 2, orgId: org.B })]);
  expect(preview.errors).toEqual([expect.objectContaining({ row: 3, column: 'Mã tổ chức', problem: expect.stringContaining('Phạm Thị Không Rõ chưa có trong hồ sơ') })]);
});

it('counts every student in their organization’s figures', async () => {
  const figures = async (orgId: string) => (await stack.get(`/reports/year-end/2023?orgId=${orgId}`).expect(200)).body.metrics['training.students.candidates'];
  // A: the March and 4 June enrollments of the mover, the candidate named in A, the stranger named in A
  await waitFor(async () => (await figures(org.A)) === 4, { timeoutMs: 30_000, what: 'reporting to count A’s students' });
  // B: the mover in September and on 5 June, the candidate in March
  expect(await figures(org.B)).toBe(3);
  expect((await stack.get('/reports/year-end/2023').expect(200)).body.metrics['training.students.candidates']).toBe(7);
});
