import { MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import {
  EventDefinition,
  EventData,
  OrganizationDissolved,
  OrganizationEstablished,
  OrganizationMoved,
  CLASS_ROUTES,
  ENROLLMENT_ROUTES,
  RESULT_ROUTES,
  type Envelope,
} from '@party/contracts';
import { InboxEntry } from '@party/messaging';
import { factEnvelope, publishEnvelope, redeliver, RunningService, startTestService } from '@party/service-kit/testing';
import { isolate, waitFor } from '@party/testing';
import { startTestGateway, TestGateway } from '@party/gateway/testing';
import ExcelJS from 'exceljs';
import { TrainingClass } from '../classes/class.entity';
import { Enrollment } from '../enrollments/enrollment.entity';
import { Registration } from '../registrations/registration.entity';
import { Sending } from '../registrations/sending.entity';
import { trainingOrm } from '../training.orm';
import { OrgEvent, OrgVersion } from '@party/org-replica';

/**
 * A secretary's scope, checked by the training service itself against its own copy of the
 * organization tree. The tree comes from membership's organization events, published here onto
 * this file's JetStream prefix exactly as membership's relay publishes them (the envelope
 * validated by the contracts), and taken in by training's durable consumer.
 *
 *   BLOC ─┬─ G1 (the secretary's) ─┬─ C1
 *         │                        ├─ CD   dissolved 2023-03-01
 *         │                        └─ CM   moved in from G2 on 2023-06-01
 *         └─ G2 ─┬─ C2
 *                └─ CM (until 2023-06-01)
 */
const iso = isolate('trainingscope');
let running: RunningService;
let gw: TestGateway;
let board: string;
let standing: string;
let secretary: string;
const org = { BLOC: uuidv7(), G1: uuidv7(), C1: uuidv7(), CD: uuidv7(), CM: uuidv7(), G2: uuidv7(), C2: uuidv7() };
const K: Record<string, string> = {};
const E: Record<string, string> = {};

const envelope = <D extends EventDefinition>(def: D, occurredOn: string, data: EventData<D>) =>
  factEnvelope(def, data, { occurredOn, orgId: (data as { orgId: string }).orgId, actor: { userId: 'u-board', username: 'bantochuc' } });

const established = (orgId: string, kind: 'bloc_committee' | 'grassroots_committee' | 'dependent_cell', name: string, parentId: string | null, on: string) =>
  envelope(OrganizationEstablished, on, { orgId, kind, grassroots: kind === 'grassroots_committee', name, parentId, decisionNumber: `QĐ-${name}`, origin: 'new', fromOrgIds: [] });

const db = () => running.app.get(MikroORM).em.fork();
const as = (token: string) => gw.as(token);
/** Rows a refused request must not have touched. */
const tables = async () => ({
  classes: await db().count(TrainingClass, {}),
  enrollments: await db().count(Enrollment, {}),
  completed: await db().count(Enrollment, { completedOn: { $ne: null } }),
  withdrawn: await db().count(Enrollment, { withdrawnOn: { $ne: null } }),
  registrations: await db().count(Registration, {}),
  sendings: await db().count(Sending, {}),
});

beforeAll(async () => {
  running = await startTestService({ service: 'training', orm: trainingOrm, loadModule: () => require('../app.module').AppModule, iso });
  gw = await startTestGateway({ label: 'trainingscope', iso });

  const moved = envelope(OrganizationMoved, '2023-06-01', { orgId: org.CM, kind: 'dependent_cell', grassroots: false, name: 'Chi bộ M', parentId: org.G1, decisionNumber: 'QĐ-chuyen-M', previousParentId: org.G2, reason: 'reparent' });
  const events: [EventDefinition, Envelope][] = [
    // the move first: a late-recorded or out-of-order event lands in its place by its date
    [OrganizationMoved, moved],
    [OrganizationEstablished, established(org.BLOC, 'bloc_committee', 'Đảng ủy Khối', null, '2015-01-01')],
    [OrganizationEstablished, established(org.G1, 'grassroots_committee', 'Đảng bộ 1', org.BLOC, '2019-01-01')],
    [OrganizationEstablished, established(org.C1, 'dependent_cell', 'Chi bộ 1', org.G1, '2019-02-01')],
    [OrganizationEstablished, established(org.CD, 'dependent_cell', 'Chi bộ D', org.G1, '2019-02-01')],
    [OrganizationEstablished, established(org.G2, 'grassroots_committee', 'Đảng bộ 2', org.BLOC, '2019-01-01')],
    [OrganizationEstablished, established(org.C2, 'dependent_cell', 'Chi bộ 2', org.G2, '2019-02-01')],
    [OrganizationEstablished, established(org.CM, 'dependent_cell', 'Chi bộ M', org.G2, '2019-02-01')],
    [OrganizationDissolved, envelope(OrganizationDissolved, '2023-03-01', { orgId: org.CD, kind: 'dependent_cell', grassroots: false, name: 'Chi bộ D', parentId: org.G1, decisionNumber: 'QĐ-gt-D', withOrgId: null })],
  ];
  for (const [def, e] of events) await publishEnvelope(iso, def, e);
  // the same event again under another message id (a republish JetStream cannot recognise): the inbox must
  await redeliver(iso, OrganizationMoved, moved);
  await waitFor(async () => (await db().count(OrgEvent, {})) === events.length && (await db().count(InboxEntry, {})) >= events.length, { what: 'the organization tree to be copied' });

  const admin = await gw.login('admin');
  await as(admin).post('/admin/users', { username: 'bithu.g1', fullName: 'Nguyễn Thị Bí Thư', password: 'BiThu2023', roles: ['secretary'], orgScopeId: org.G1 }).expect(201);
  secretary = await gw.login('bithu.g1', 'BiThu2023');
  board = await gw.login('bantochuc');
  standing = await gw.login('thuongvu');

  // ── the Board's classes and students ────────────────────────────────────────────────────────
  const open = async (key: string, openedOn: string, servedOrgIds: string[] = []) => {
    K[key] = (await as(board).post('/training/classes', { courseTypeCode: 'nhan-thuc-ve-dang', title: `Lớp ${key}`, openedOn, servedOrgIds }).expect(201)).body.id;
  };
  const enroll = async (key: string, cls: string, personId: string, orgId: string | null, enrolledOn?: string) => {
    E[key] = (await as(board).post(`/training/classes/${K[cls]}/enrollments`, { person: { personId }, orgId, ...(enrolledOn ? { enrolledOn } : {}) }).expect(201)).body.enrollmentId;
  };
  await open('K0', '2022-05-09');
  await enroll('cd22', 'K0', 'p-cd22', org.CD); // CD was G1's in 2022
  await enroll('mix22', 'K0', 'p-mix', org.CM); // CM was G2's in 2022
  await open('K1', '2023-03-20');
  await enroll('c1', 'K1', 'p-c1', org.C1);
  await enroll('c2', 'K1', 'p-c2', org.C2);
  await enroll('cm', 'K1', 'p-cm', org.CM); // still G2's in March 2023
  await open('K2', '2023-07-03', [org.G2]);
  await enroll('mix23', 'K2', 'p-mix', org.CM); // G1's since June
  await enroll('c2b', 'K2', 'p-c2b', org.C2);
  await open('K3', '2023-04-03', [org.G1]); // serves G1, nobody enrolled yet
  await open('K4', '2023-05-02', [org.G2]);
  await enroll('c2c', 'K4', 'p-c2c', org.C2);
  await as(board).post('/training/registrations', { courseTypeCode: 'doi-tuong-4', forYear: 2024, person: { personId: 'p-reg-1' }, registeredOn: '2023-09-04', orgId: org.C1 }).expect(201);
  await as(board).post('/training/registrations', { courseTypeCode: 'doi-tuong-4', forYear: 2024, person: { personId: 'p-reg-2' }, registeredOn: '2023-09-04', orgId: org.C2 }).expect(201);
  await as(board).post('/training/sendings', { courseTypeCode: 'cao-cap-llct', person: { personId: 'p-send-1' }, sentOn: '2023-03-06', institution: 'Học viện Chính trị khu vực I', orgId: org.G1 }).expect(201);
  await as(board).post('/training/sendings', { courseTypeCode: 'cao-cap-llct', person: { personId: 'p-send-2' }, sentOn: '2023-03-06', institution: 'Học viện Chính trị khu vực I', orgId: org.G2 }).expect(201);
}, 90_000);

afterAll(async () => {
  await gw?.close();
  await running?.close();
});

const ids = (items: { id: string }[]) => items.map((c) => c.id).sort();

describe('the copy of the organization tree', () => {
  it('is kept from membership’s events, each applied once, a late event in its place by its date', async () => {
    expect(await db().count(OrgEvent, {})).toBe(9);
    const cm = await db().find(OrgVersion, { orgId: org.CM }, { orderBy: { seq: 'asc' } });
    expect(cm.map((v) => [v.parentId, v.validFrom, v.validTo])).toEqual([
      [org.G2, '2019-02-01', '2023-06-01'],
      [org.G1, '2023-06-01', null],
    ]);
    const cd = await db().find(OrgVersion, { orgId: org.CD });
    expect(cd.map((v) => [v.validFrom, v.validTo])).toEqual([['2019-02-01', '2023-03-01']]);
  });
});

describe('a secretary reads only their subtree', () => {
  it('sees the classes that serve their organizations or hold their students, counted by their own students', async () => {
    const y2023 = (await as(secretary).get('/training/classes?year=2023').expect(200)).body;
    expect(y2023.scope).toBe('subtree');
    expect(ids(y2023.items)).toEqual([K.K1, K.K2, K.K3].sort());
    const count = (id: string) => y2023.items.find((c: { id: string }) => c.id === id).counts.students;
    expect([count(K.K1), count(K.K2), count(K.K3)]).toEqual([1, 1, 0]);
    expect(y2023.byCourseType).toEqual([expect.objectContaining({ classes: 3, students: 2 })]);
    // a 2022 record of a chi bộ dissolved since: theirs
    const y2022 = (await as(secretary).get('/training/classes?year=2022').expect(200)).body;
    expect(ids(y2022.items)).toEqual([K.K0]);
    expect(y2022.items[0].counts.students).toBe(1);
  });

  it('while the Board and the Standing Committee see every class and every student', async () => {
    for (const token of [board, standing]) {
      const y2023 = (await as(token).get('/training/classes?year=2023').expect(200)).body;
      expect(ids(y2023.items)).toEqual([K.K1, K.K2, K.K3, K.K4].sort());
      expect(y2023.items.find((c: { id: string }) => c.id === K.K1).counts.students).toBe(3);
      expect((await as(token).get(`/training/classes/${K.K4}`).expect(200)).body.students).toHaveLength(1);
    }
  });

  it('sees only their own students in a class, and is refused a class with none of theirs (403)', async () => {
    const k1 = (await as(secretary).get(`/training/classes/${K.K1}`).expect(200)).body;
    expect(k1.students.map((s: { person: { personId: string } }) => s.person.personId)).toEqual(['p-c1']);
    expect(k1.counts).toMatchObject({ students: 1 });
    const k2 = (await as(secretary).get(`/training/classes/${K.K2}`).expect(200)).body;
    expect(k2.students.map((s: { person: { personId: string } }) => s.person.personId)).toEqual(['p-mix']); // CM is theirs since June
    expect((await as(secretary).get(`/training/classes/${K.K3}`).expect(200)).body.students).toEqual([]);
    const refused = await as(secretary).get(`/training/classes/${K.K4}`).expect(403);
    expect(refused.body.message.vi).toContain('ngoài phạm vi');
  });

  it('sees a person’s history only as far as it happened in their subtree, and 403 for someone else’s', async () => {
    const mix = (await as(secretary).get('/training/people/history?personId=p-mix').expect(200)).body;
    expect(mix.classes.map((c: { classId: string }) => c.classId)).toEqual([K.K2]); // not the 2022 class, taken under G2
    expect((await as(board).get('/training/people/history?personId=p-mix').expect(200)).body.classes).toHaveLength(2);
    for (const personId of ['p-c2', 'p-cm', 'p-send-2', 'p-reg-2', 'p-nobody']) await as(secretary).get(`/training/people/history?personId=${personId}`).expect(403);
    expect((await as(secretary).get('/training/people/history?personId=p-cd22').expect(200)).body.classes).toHaveLength(1);
  });

  it('lists only their subtree’s registrations and sendings', async () => {
    const regs = (await as(secretary).get('/training/registrations?forYear=2024').expect(200)).body;
    expect(regs.items.map((r: { person: { personId: string } }) => r.person.personId)).toEqual(['p-reg-1']);
    expect((await as(board).get('/training/registrations?forYear=2024').expect(200)).body.total).toBe(2);
    const sent = (await as(secretary).get('/training/sendings?year=2023').expect(200)).body;
    expect(sent.items.map((r: { person: { personId: string } }) => r.person.personId)).toEqual(['p-send-1']);
  });
});

describe('a secretary changes only their subtree', () => {
  it('enrolls and registers people of their subtree, and is refused (403, nothing written) outside it or without an organization', async () => {
    const ok = await as(secretary).post(`/training/classes/${K.K3}/enrollments`, { person: { personId: 'p-c1-new' }, orgId: org.C1 }).expect(201);
    expect(ok.body.orgId).toBe(org.C1);
    const before = await tables();
    const outside = await as(secretary).post(`/training/classes/${K.K3}/enrollments`, { person: { personId: 'p-x' }, orgId: org.C2 }).expect(403);
    expect(outside.body.fields).toEqual([expect.objectContaining({ field: 'orgId' })]);
    await as(secretary).post(`/training/classes/${K.K3}/enrollments`, { person: { personId: 'p-x' } }).expect(403);
    // CD no longer exists on the class's opening day
    await as(secretary).post(`/training/classes/${K.K3}/enrollments`, { person: { personId: 'p-x' }, orgId: org.CD }).expect(403);
    await as(secretary).post('/training/registrations', { courseTypeCode: 'doi-tuong-4', forYear: 2024, person: { personId: 'p-x' }, registeredOn: '2023-09-05', orgId: org.G2 }).expect(403);
    expect(await tables()).toEqual(before);
    await as(secretary).post('/training/registrations', { courseTypeCode: 'doi-tuong-4', forYear: 2024, person: { personId: 'p-reg-3' }, registeredOn: '2023-09-05', orgId: org.CM }).expect(201);
  });

  it('enrolls from Excel only rows of their subtree: the preview names the rows outside, the commit is refused whole', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Mã người', 'Mã tổ chức']);
    ws.addRow([1, 'p-xl-in', org.C1]);
    ws.addRow([2, 'p-xl-out', org.C2]);
    const fileBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const preview = (await as(secretary).post(`/training/classes/${K.K3}/enrollments/import/preview`, { fileBase64 }).expect(200)).body;
    expect(preview.errors).toEqual([expect.objectContaining({ row: 3, column: 'Mã tổ chức', problem: expect.stringContaining('ngoài phạm vi'), problemEn: expect.stringContaining('outside') })]);
    const before = await tables();
    const refused = await as(secretary).post(`/training/classes/${K.K3}/enrollments/import`, { fileBase64 }).expect(403);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'row 3: Mã tổ chức' })]);
    expect(await tables()).toEqual(before);
  });

  it('withdraws a student of their subtree, not one of another organization', async () => {
    const before = await tables();
    await as(secretary).post(`/training/enrollments/${E.c2}/withdrawal`, { withdrawnOn: '2023-03-22', reason: 'X' }).expect(403);
    await as(secretary).patch(`/training/enrollments/${E.c2}/attendance`, { attendance: 'absent', recordedOn: '2023-03-22' }).expect(403);
    await as(secretary).post(`/training/enrollments/${E.cm}/withdrawal`, { withdrawnOn: '2023-03-22', reason: 'X' }).expect(403); // CM was G2's then
    expect(await tables()).toEqual(before);
    await as(secretary).post(`/training/enrollments/${E.mix23}/withdrawal`, { withdrawnOn: '2023-07-10', reason: 'Chuyển công tác' }).expect(200);
  });

  it('is refused every class-wide write — classes, results, completions, course types, sendings, sessions — inside or outside the subtree', async () => {
    const before = await tables();
    const refusals = [
      as(secretary).post('/training/classes', { courseTypeCode: 'nhan-thuc-ve-dang', title: 'X', openedOn: '2023-01-01', servedOrgIds: [org.G1] }),
      as(secretary).patch(`/training/classes/${K.K3}`, { title: 'Y' }),
      as(secretary).post(`/training/classes/${K.K1}/results`, { completedOn: '2023-03-25', results: [{ enrollmentId: E.c1, result: 'passed' }] }),
      as(secretary).get(`/training/classes/${K.K1}/results/template`),
      as(secretary).post(`/training/classes/${K.K1}/results/import/preview`, { fileBase64: 'UEsDBA==' }),
      as(secretary).post(`/training/classes/${K.K1}/results/import`, { fileBase64: 'UEsDBA==' }),
      as(secretary).post(`/training/enrollments/${E.c1}/completion`, { completedOn: '2023-03-25', result: 'passed' }),
      as(secretary).post('/training/course-types', { code: 'lop-bi-thu', nameVi: 'X', nameEn: 'X', category: 'other' }),
      as(secretary).post('/training/sendings', { courseTypeCode: 'cao-cap-llct', person: { personId: 'p-c1' }, sentOn: '2023-03-06', institution: 'HV', orgId: org.C1 }),
      as(secretary).post('/training/secretary-sessions', { title: 'X', heldOn: '2023-07-18', attendees: [{ personId: 'p-c1', orgId: org.C1 }] }),
    ];
    for (const res of await Promise.all(refusals)) expect([res.status, res.body.code]).toEqual([403, 'forbidden']);
    expect(await tables()).toEqual(before);
  });

  it('the service itself refuses a scoped writer outside its subtree (not only the gateway)', async () => {
    const scoped = running.tokenFor({ roles: ['secretary'], username: 'scoped', orgScopeId: org.G1 });
    const req = (payload: unknown) => ({ token: scoped, correlationId: 'c-scope', payload });
    const before = await tables();
    await expect(running.send(ENROLLMENT_ROUTES.enroll.pattern, req({ id: K.K1, person: { personId: 'p-y' }, orgId: org.C2 }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(running.send(RESULT_ROUTES.recordResults.pattern, req({ id: K.K1, completedOn: '2023-03-25', results: [{ enrollmentId: E.c1, result: 'passed' }] }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(running.send(CLASS_ROUTES.getClass.pattern, req({ id: K.K4 }))).rejects.toMatchObject({ code: 'forbidden' });
    expect(await tables()).toEqual(before);
  });
});

describe('who in an organization lacks a course', () => {
  it('takes the people of the organization’s subtree on the date from the local tree, by their latest training record', async () => {
    const ask = (token: string, body: Record<string, unknown>) => as(token).post('/training/people/lacking', { courseTypeCode: 'nhan-thuc-ve-dang', asOf: '2023-12-31', ...body });
    await as(board).post(`/training/enrollments/${E.c1}/completion`, { completedOn: '2023-03-24', result: 'passed', certificateNumber: 'SC-001' }).expect(200);
    const g1 = (await ask(board, { orgId: org.G1 }).expect(200)).body;
    // G1 on 31/12/2023: G1, C1, CM (CD dissolved). p-cd22's chi bộ is gone; p-cm's latest record is of March, under G2 — but CM is G1's now
    const people = Object.fromEntries(g1.people.map((p: { personId: string; status: string }) => [p.personId, p.status]));
    expect(people).toEqual({ 'p-c1': 'valid', 'p-c1-new': 'missing', 'p-cm': 'missing', 'p-mix': 'missing', 'p-reg-1': 'missing', 'p-reg-3': 'missing', 'p-send-1': 'missing' });
    expect(g1.lacking).not.toContain('p-c1');
    // on a date before the move, CM's people are not G1's
    const june = (await ask(board, { orgId: org.G1, asOf: '2023-05-31' }).expect(200)).body;
    expect(june.people.map((p: { personId: string }) => p.personId).sort()).toEqual(['p-c1', 'p-c1-new', 'p-send-1']);
    // the same for the secretary, inside their scope; refused outside it
    expect((await ask(secretary, { orgId: org.G1 }).expect(200)).body.lacking.sort()).toEqual([...g1.lacking].sort());
    await ask(secretary, { orgId: org.G2 }).expect(403);
    await ask(secretary, { personIds: ['p-c2'] }).expect(403);
    expect((await ask(secretary, { personIds: ['p-unknown', 'p-c1'] }).expect(200)).body.lacking).toEqual(['p-unknown']);
    const unknown = await ask(board, { orgId: uuidv7() }).expect(422);
    expect(unknown.body.fields[0].field).toBe('orgId');
  });
});
