import { AuditEntry } from '@party/database';
import { addWorkingDaysNaive } from './transfers.spec-helpers';
import { v7 as uuidv7 } from 'uuid';
import { ComplaintFiled, ComplaintResolved, InspectionCaseOpened } from '@party/contracts';
import { OutboxMessage } from '@party/messaging';
import { publishFact } from '@party/service-kit/testing';
import { countOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { vietnamCalendar } from '@party/rules';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { Transfer } from './transfer.entity';

/** Transfers of party activity and the headcount, through the real gateway and real PostgreSQL. */
const stack = useStack({ label: 'transfers', service: MEMBERSHIP });
const { iso, post, get, em } = stack;
const consumed = (eventId: string) => stack.consumed(eventId);
const counts = stack.tables({ people: countOf(Person), transfers: countOf(Transfer), outbox: countOf(OutboxMessage), audit: countOf(AuditEntry) });

const ids: Record<string, string> = {};
let secretary: string;
/** A person's identity, for a transfer in. */
const person = (fullName: string) => stack.world.personFields({ fullName });
const existing = (fullName: string, orgId: string) => stack.world.member({ fullName, orgId });
const headcount = async (orgId: string, asOf: string, token?: string) => (await get(`/members/headcount?orgId=${orgId}&asOf=${asOf}`, token).expect(200)).body.total as number;
const events = (type: string, transferId: string) => em().find(OutboxMessage, { type: `membership.transfer.${type}` }, { orderBy: { id: 'asc' } }).then((rows) => rows.filter((r) => (r.envelope.data as { transferId: string }).transferId === transferId));

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '2010-01-01', cell2: true }));
  ids.an = await existing('Nguyễn Văn An', ids.cell1);
  ids.binh = await existing('Trần Văn Bình', ids.cb2);
  ids.cuong = await existing('Lê Văn Cường', ids.cell1);
  ids.dung = await existing('Phạm Thị Dung', ids.cell1);
  ids.em = await existing('Hoàng Văn Em', ids.cell2);
  ids.giang = await existing('Vũ Thị Giang', ids.cb2);
  secretary = await stack.world.secretary(ids.db1, { username: 'bithu.tr' });
}, 60_000);

describe('internal transfer with an in-transit state: counted exactly once', () => {
  let transferId: string;
  const days = ['2023-02-28', '2023-03-01', '2023-03-05', '2023-03-09', '2023-03-10', '2023-03-11'];
  const where = async (asOf: string) => ({ bloc: await headcount(ids.bloc, asOf), cell1: await headcount(ids.cell1, asOf), cb2: await headcount(ids.cb2, asOf) });

  it('leaves the source on departure, stays counted there while in transit (10-box letter filled on the way)', async () => {
    const res = (await post('/transfers/internal', { personId: ids.an, toOrgId: ids.cb2, letterNumber: 'GGT-01', departedOn: '2023-03-01' }).expect(201)).body;
    transferId = res.id;
    expect(res).toMatchObject({ kind: 'internal', status: 'inTransit', fromOrgId: ids.cell1, toOrgId: ids.cb2, effectiveOn: null });
    await post(`/transfers/${transferId}/hops`, { viaOrgId: ids.db1, receivedOn: '2023-03-02' }).expect(200);
    const hop2 = (await post(`/transfers/${transferId}/hops`, { viaOrgId: ids.bloc, receivedOn: '2023-03-06' }).expect(200)).body;
    expect(hop2.hops.map((h: { box: number }) => h.box)).toEqual([1, 2]);
    // still in transit: on every day the member is in cell1 and only there
    for (const d of days) expect(await where(d)).toEqual({ bloc: 6, cell1: 3, cb2: 2 });
    const [departed] = await events('departed', transferId);
    expect(departed.occurredOn).toBe('2023-03-01');
    expect(departed.envelope.data).toMatchObject({ kind: 'internal', fromOrgId: ids.cell1, toOrgId: ids.cb2 });
  });

  it('joins the destination on the arrival date: the day before, of and after arrival', async () => {
    await post(`/transfers/${transferId}/arrive`, { arrivedOn: '2023-03-02' }).expect(400); // before the last box
    const res = (await post(`/transfers/${transferId}/arrive`, { arrivedOn: '2023-03-10' }).expect(200)).body;
    expect(res).toMatchObject({ status: 'completed', arrivedOn: '2023-03-10', effectiveOn: '2023-03-10' });
    expect(await where('2023-03-01')).toEqual({ bloc: 6, cell1: 3, cb2: 2 });
    expect(await where('2023-03-09')).toEqual({ bloc: 6, cell1: 3, cb2: 2 });
    expect(await where('2023-03-10')).toEqual({ bloc: 6, cell1: 2, cb2: 3 });
    expect(await where('2023-03-11')).toEqual({ bloc: 6, cell1: 2, cb2: 3 });
    expect((await em().findOneOrFail(Person, { id: ids.an })).orgId).toBe(ids.cb2);
    const [arrived] = await events('arrived', transferId);
    const [completed] = await events('completed', transferId);
    expect(arrived.occurredOn).toBe('2023-03-10');
    expect(completed.occurredOn).toBe('2023-03-10');
    expect(completed.envelope.data).toMatchObject({ kind: 'internal', fromOrgKind: 'dependent_cell', toOrgKind: 'grassroots_cell' });
    expect(completed.orgId).toBe(ids.cb2);
    await post(`/transfers/${transferId}/arrive`, { arrivedOn: '2023-03-12' }).expect(409);
  });
});

describe('out of and into the bloc', () => {
  it('out: the member stops being counted on the letter date', async () => {
    const res = (await post('/transfers/out', { personId: ids.binh, toCommittee: 'Đảng bộ Quận Ba Đình', letterNumber: 'GGT-02', issuedOn: '2023-04-10' }).expect(201)).body;
    expect(res).toMatchObject({ kind: 'out', status: 'completed', effectiveOn: '2023-04-10', fromOrgId: ids.cb2 });
    expect(await headcount(ids.bloc, '2023-04-09')).toBe(6);
    expect(await headcount(ids.bloc, '2023-04-10')).toBe(5);
    expect(await headcount(ids.cb2, '2023-04-10')).toBe(2);
    const [completed] = await events('completed', res.id);
    expect(completed.occurredOn).toBe('2023-04-10');
    expect(completed.envelope.data).toMatchObject({ kind: 'out', toCommittee: 'Đảng bộ Quận Ba Đình' });
    // gone from the bloc: no second move out, nor an internal one
    await post('/transfers/out', { personId: ids.binh, toCommittee: 'X', letterNumber: 'GGT-02b', issuedOn: '2023-04-20' }).expect(422);
  });

  it('in: a new person is counted from the arrival date; a known person comes back', async () => {
    const res = (
      await post('/transfers/in', {
        person: { ...person('Đỗ Thị Hạnh'), admissionDecisionDate: '2010-06-01', ceremonyDate: '2010-06-15', officialDate: '2011-06-15' },
        fromCommittee: 'Đảng bộ tỉnh Nam Định',
        toOrgId: ids.cell2,
        letterNumber: 'GGT-03',
        issuedOn: '2023-05-02',
        arrivedOn: '2023-05-08',
      }).expect(201)
    ).body;
    ids.hanh = res.personId;
    ids.hanhTransfer = res.id;
    expect(await headcount(ids.bloc, '2023-05-07')).toBe(5);
    expect(await headcount(ids.bloc, '2023-05-08')).toBe(6);
    expect(await headcount(ids.cell2, '2023-05-08')).toBe(2);
    expect((await em().findOneOrFail(Person, { id: ids.hanh })).status).toBe('official');
    const [completed] = await events('completed', res.id);
    expect(completed.occurredOn).toBe('2023-05-08');
    expect(completed.envelope.data).toMatchObject({ kind: 'in', fromCommittee: 'Đảng bộ tỉnh Nam Định', toOrgId: ids.cell2 });

    await post('/transfers/in', { personId: ids.cuong, fromCommittee: 'X', toOrgId: ids.cell2, letterNumber: 'GGT-04', issuedOn: '2023-06-01', arrivedOn: '2023-06-02' }).expect(409);
    const back = (await post('/transfers/in', { personId: ids.binh, fromCommittee: 'Đảng bộ Quận Ba Đình', toOrgId: ids.cell1, letterNumber: 'GGT-05', issuedOn: '2023-06-01', arrivedOn: '2023-06-05', dossierReceivedOn: '2023-06-05' }).expect(201)).body;
    expect(back.personId).toBe(ids.binh);
    expect(await headcount(ids.bloc, '2023-04-09')).toBe(6); // history unchanged: Bình was in cb2
    expect(await headcount(ids.cb2, '2023-04-09')).toBe(3);
    expect(await headcount(ids.bloc, '2023-06-04')).toBe(6);
    expect(await headcount(ids.bloc, '2023-06-05')).toBe(7);
    expect(await headcount(ids.cell1, '2023-06-05')).toBe(3);
  });

  it('lists members transferred in without their dossier after 3 months, until it is handed over', async () => {
    const at = async (asOf: string) => (await get(`/transfers/missing-dossiers?asOf=${asOf}`).expect(200)).body.items.map((i: { personId: string }) => i.personId);
    expect(await at('2023-08-07')).toEqual([]);
    expect(await at('2023-08-08')).toEqual([ids.hanh]); // Bình handed his dossier over on arrival
    await post(`/transfers/${ids.hanhTransfer}/follow-up`, { dossierReceivedOn: '2023-08-20' }).expect(200);
    expect(await at('2023-09-01')).toEqual([]);
  });
});

describe('temporary transfer', () => {
  it('is never counted at the host, and its duration is checked (3 months – 1 year, 2 years for study)', async () => {
    const base = { personId: ids.cuong, toOrgId: ids.cb2, letterNumber: 'GGT-T1', purpose: 'work', startOn: '2023-03-01' };
    const before = await counts();
    const short = await post('/transfers/temporary', { ...base, untilOn: '2023-05-31' }).expect(422);
    expect(short.body.message.vi).toContain('tối thiểu 3 tháng');
    const long = await post('/transfers/temporary', { ...base, untilOn: '2024-03-02' }).expect(422);
    expect(long.body.fields[0].field).toBe('untilOn');
    await post('/transfers/temporary', { ...base, purpose: 'study', untilOn: '2025-03-02' }).expect(422);
    expect(await counts()).toEqual(before);
    const res = (await post('/transfers/temporary', { ...base, purpose: 'study', untilOn: '2025-03-01' }).expect(201)).body;
    expect(res).toMatchObject({ kind: 'temporary', fromOrgId: ids.cell1, toOrgId: ids.cb2 });
    const hc = (await get(`/members/headcount?orgId=${ids.cb2}&asOf=2023-07-01`).expect(200)).body;
    expect(hc.total).toBe(2); // An (arrived 10/3) and Giang; Cường is not counted at the host
    expect(hc.byOrg.find((o: { orgId: string }) => o.orgId === ids.cb2).count).toBe(hc.total);
    expect(hc.temporaryHostedNotCounted).toBe(1);
    expect(await headcount(ids.cell1, '2023-07-01')).toBe(3); // Cường still counted at home (with Dung and Bình)
    const [completed] = await events('completed', res.id);
    expect(completed.envelope.data).toMatchObject({ kind: 'temporary' });
  });
});

describe('refusals', () => {
  it('refuses a transfer while the member is under inspection, with a clear message and nothing written', async () => {
    // the Inspection Committee's facts, as JetStream events on this file's prefix
    const opened = await publishFact(iso, InspectionCaseOpened, { personId: ids.dung, orgId: ids.cell1, caseId: uuidv7(), openedOn: '2023-01-15', decisionNumber: null }, { occurredOn: '2023-01-15' });
    await consumed(opened.id);
    const before = await counts();
    const res = await post('/transfers/internal', { personId: ids.dung, toOrgId: ids.cell2, letterNumber: 'GGT-06', departedOn: '2023-04-01' }).expect(422);
    expect(res.body.message.vi).toBe('Không thể chuyển sinh hoạt đảng: Phạm Thị Dung đang bị kiểm tra (từ ngày 2023-01-15)');
    expect(res.body.regulation).toContain('12-HD/BTCTW');
    await post('/transfers/out', { personId: ids.dung, toCommittee: 'X', letterNumber: 'GGT-07', issuedOn: '2023-04-01' }).expect(422);
    expect(await counts()).toEqual(before);
    // before the inspection started it would have been allowed: the hold is dated
    const complaintId = uuidv7();
    await publishFact(iso, ComplaintFiled, { personId: ids.giang, orgId: ids.cb2, complaintId, kind: 'khieu_nai', filedOn: '2023-01-01' }, { occurredOn: '2023-01-01' });
    const resolved = await publishFact(iso, ComplaintResolved, { personId: ids.giang, orgId: ids.cb2, complaintId, kind: 'khieu_nai', filedOn: '2023-01-01', resolvedOn: '2023-02-01', outcome: 'dismissed' }, { occurredOn: '2023-02-01' });
    await consumed(resolved.id);
    await post('/transfers/temporary', { personId: ids.giang, toCommittee: 'Đảng bộ Trường Chính trị', purpose: 'study', letterNumber: 'GGT-08', startOn: '2023-01-20', untilOn: '2023-12-20' }).expect(422);
  });

  it('answers 400 field by field and writes nothing', async () => {
    const before = await counts();
    const res = await post('/transfers/internal', { personId: 'x', toOrgId: 'y', letterNumber: ' ', departedOn: '2023-02-30' }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['departedOn', 'letterNumber', 'personId', 'toOrgId']);
    const r2 = await post('/transfers/temporary', { personId: ids.em, letterNumber: 'x', purpose: 'work', startOn: '2023-01-01', untilOn: '2022-01-01' }).expect(400);
    expect(r2.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['toOrgId', 'untilOn']);
    const r3 = await post('/transfers/temporary', { personId: ids.em, toCommittee: 'X', letterNumber: 'x', purpose: 'holiday', startOn: '2023-01-01', untilOn: '2023-06-01' }).expect(400);
    expect(r3.body.fields.map((f: { field: string }) => f.field)).toEqual(['purpose']);
    await get('/members/headcount?asOf=2023-13-01').expect(400);
    await get('/transfers/not-a-uuid').expect(400);
    expect(await counts()).toEqual(before);
  });
});

describe('deadlines in working days', () => {
  it('the 30th working day across Tết 2024 is due, the 31st overdue; 60 days to start activity', async () => {
    const t = (await post('/transfers/internal', { personId: ids.em, toOrgId: ids.cb2, letterNumber: 'GGT-09', departedOn: '2024-01-15' }).expect(201)).body;
    const day30 = vietnamCalendar.addWorkingDays('2024-01-15', 30);
    const day31 = vietnamCalendar.addWorkingDays('2024-01-15', 31);
    // Tết Giáp Thìn (8–14/2/2024) pushes the deadline past a plain Monday–Friday count
    expect(day30 > addWorkingDaysNaive('2024-01-15', 30)).toBe(true);
    const at = async (asOf: string) => (await get(`/transfers/deadlines?asOf=${asOf}`).expect(200)).body.items.filter((i: { transferId: string }) => i.transferId === t.id);
    const on30 = await at(day30);
    expect(on30.find((i: { stage: string }) => i.stage === 'presentLetter')).toMatchObject({ deadline: day30, status: 'due', workingDays: 30 });
    expect(on30.find((i: { stage: string }) => i.stage === 'startActivity')).toMatchObject({ deadline: vietnamCalendar.addWorkingDays('2024-01-15', 60), status: 'due' });
    const on31 = await at(day31);
    expect(on31.find((i: { stage: string }) => i.stage === 'presentLetter')).toMatchObject({ status: 'overdue' });
    await post(`/transfers/${t.id}/arrive`, { arrivedOn: day31, activityStartedOn: day31 }).expect(200);
    expect(await at(day31)).toEqual([]);
  });
});

describe('a secretary scoped to one đảng bộ', () => {
  it('cannot read or move members outside it on any transfer route — nothing written — but can inside', async () => {
    const before = await counts();
    const outside = (await em().findOneOrFail(Transfer, { personId: ids.em, kind: 'internal' })).id; // cell2 → cb2: one end inside
    const giangOut = ids.giang;
    expect((await get(`/members/headcount?orgId=${ids.cb2}&asOf=2023-07-01`, secretary).expect(403)).body.message.vi).toContain('ngoài phạm vi');
    await post('/transfers/out', { personId: giangOut, toCommittee: 'X', letterNumber: 'S-1', issuedOn: '2023-07-01' }, secretary).expect(403);
    await post('/transfers/internal', { personId: giangOut, toOrgId: ids.cell1, letterNumber: 'S-2', departedOn: '2023-07-01' }, secretary).expect(403);
    await post('/transfers/temporary', { personId: giangOut, toCommittee: 'X', purpose: 'work', letterNumber: 'S-3', startOn: '2023-07-01', untilOn: '2023-12-01' }, secretary).expect(403);
    await post('/transfers/in', { person: { ...person('Người Ngoài'), admissionDecisionDate: '2010-01-01', officialDate: '2011-01-01' }, fromCommittee: 'X', toOrgId: ids.cb2, letterNumber: 'S-4', issuedOn: '2023-07-01', arrivedOn: '2023-07-02' }, secretary).expect(403);
    const binhOut = (await em().findOneOrFail(Transfer, { personId: ids.binh, kind: 'out' })).id; // cb2 → outside
    await get(`/transfers/${binhOut}`, secretary).expect(403);
    await post(`/transfers/${ids.hanhTransfer}/follow-up`, { activityStartedOn: '2023-05-09' }, secretary).expect(200); // cell2 is inside
    expect(await counts()).toMatchObject({ people: before.people, transfers: before.transfers, outbox: before.outbox });
    await get(`/transfers/${outside}`, secretary).expect(200);
    expect(await headcount(ids.db1, '2023-07-01', secretary)).toBe(5);
    const own = (await get('/members/headcount?asOf=2023-07-01', secretary).expect(200)).body;
    expect(own.total).toBe(5);
    const dossiers = (await get('/transfers/missing-dossiers?asOf=2024-12-31', secretary).expect(200)).body.items;
    expect(dossiers.every((i: { toOrgId: string }) => [ids.cell1, ids.cell2].includes(i.toOrgId))).toBe(true);
  });
});

describe('the list of transfers and the worklists, by organization subtree', () => {
  type Row = { id: string; personId: string };
  const list = async (query: string, token?: string) => (await get(`/transfers?${query}`, token).expect(200)).body as { items: Row[]; total: number; page: number; pageSize: number };
  const people = (page: { items: Row[] }) => page.items.map((i) => i.personId);

  it('lists transfers by state on a date, paged with the total', async () => {
    expect(people(await list('state=inTransit&asOf=2023-03-05'))).toEqual([ids.an]);
    expect(people(await list('state=arrived&asOf=2023-12-31'))).toEqual([ids.an, ids.hanh, ids.binh]);
    expect(people(await list('state=arrived&asOf=2023-12-31&sort=departedOn&order=desc'))).toEqual([ids.binh, ids.hanh, ids.an]);
    const first = await list('state=arrived&asOf=2023-12-31&pageSize=2');
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(people(first)).toEqual([ids.an, ids.hanh]);
    expect(people(await list('state=arrived&asOf=2023-12-31&pageSize=2&page=2'))).toEqual([ids.binh]);
    expect(people(await list(`kind=out`))).toEqual([ids.binh]);
    await get('/transfers?state=lost').expect(400);
  });

  it('lists the overdue ones: the 31st working day without the letter presented', async () => {
    const t = (await post('/transfers/internal', { personId: ids.giang, toOrgId: ids.cell1, letterNumber: 'GGT-10', departedOn: '2024-06-03' }).expect(201)).body;
    const day30 = vietnamCalendar.addWorkingDays('2024-06-03', 30);
    const day31 = vietnamCalendar.addWorkingDays('2024-06-03', 31);
    const overdue = async (asOf: string) => (await list(`state=overdue&asOf=${asOf}`)).items.map((i) => i.id);
    expect(await overdue(day30)).not.toContain(t.id);
    expect(await overdue(day31)).toContain(t.id);
    const letters = async (orgId: string) => (await get(`/transfers/deadlines?asOf=${day31}&orgId=${orgId}&stage=presentLetter&status=overdue`).expect(200)).body;
    expect((await letters(ids.cb2)).items.map((i: { transferId: string }) => i.transferId)).toEqual([t.id]);
    expect(await letters(ids.cell2)).toMatchObject({ items: [], total: 0, asOf: day31 });
  });

  it('narrows to an organization’s subtree at either end; a secretary sees their own by default and nothing outside', async () => {
    expect(people(await list(`orgId=${ids.cell2}&sort=fullName`)).sort()).toEqual([ids.em, ids.hanh].sort());
    const newcomer = { ...person('Đinh Văn Tới'), admissionDecisionDate: '2012-01-10', officialDate: '2013-01-10' };
    const arrived = (await post('/transfers/in', { person: newcomer, fromCommittee: 'Đảng bộ tỉnh Thái Bình', toOrgId: ids.cb2, letterNumber: 'GGT-11', issuedOn: '2023-08-25', arrivedOn: '2023-09-01' }).expect(201)).body;
    const dossiers = async (orgId: string) => (await get(`/transfers/missing-dossiers?asOf=2023-12-01&orgId=${orgId}`).expect(200)).body;
    expect(await dossiers(ids.cb2)).toMatchObject({ total: 1, items: [expect.objectContaining({ personId: arrived.personId, monthsWaiting: 3 })] });
    expect(await dossiers(ids.cell2)).toMatchObject({ total: 0, items: [] });
    const secretary = await stack.login('bithu.tr', 'BiThu2023');
    const inside = [ids.db1, ids.cell1, ids.cell2];
    const own = await list('pageSize=500', secretary);
    expect(own.items.map((i) => i.id).sort()).toEqual((await em().find(Transfer, { $or: [{ fromOrgId: { $in: inside } }, { toOrgId: { $in: inside } }] })).map((t) => t.id).sort());
    expect(own.items.map((i) => i.id)).not.toContain(arrived.id);
    expect(own.total).toBe(own.items.length);
    expect((await get(`/transfers?orgId=${ids.cb2}`, secretary).expect(403)).body.message.vi).toContain('ngoài phạm vi');
    await get(`/transfers/deadlines?orgId=${ids.cb2}`, secretary).expect(403);
  });
});

describe('refusals name the field of the form they are about', () => {
  const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

  it('the person (not in the bloc on the date, already on the move, already active) and the date (before the previous move)', async () => {
    const before = await counts();
    // Bình was outside the bloc between 10/4 and 5/6/2023
    const away = await post('/transfers/out', { personId: ids.binh, toCommittee: 'X', letterNumber: 'F-1', issuedOn: '2023-05-01' }).expect(422);
    expect(fieldsOf(away.body)).toEqual(['personId']);
    expect(away.body.message.vi).toContain('không sinh hoạt trong Đảng bộ Khối');
    // An arrived in cb2 on 10/3/2023: a new move cannot start before that
    const early = await post('/transfers/internal', { personId: ids.an, toOrgId: ids.cell2, letterNumber: 'F-2', departedOn: '2023-03-05' }).expect(422);
    expect(fieldsOf(early.body)).toEqual(['departedOn']);
    const earlyTemp = await post('/transfers/temporary', { personId: ids.an, toCommittee: 'X', purpose: 'work', letterNumber: 'F-3', startOn: '2023-03-05', untilOn: '2023-09-05' }).expect(422);
    expect(fieldsOf(earlyTemp.body)).toEqual(['startOn']);
    // Giang left cb2 on 3/6/2024 and has not arrived yet
    const moving = await post('/transfers/internal', { personId: ids.giang, toOrgId: ids.cell2, letterNumber: 'F-4', departedOn: '2024-07-01' }).expect(409);
    expect(fieldsOf(moving.body)).toEqual(['personId']);
    expect(moving.body.message.vi).toContain('đang trên đường');
    // Cường is active in the bloc: an internal transfer, not a transfer in
    const active = await post('/transfers/in', { personId: ids.cuong, fromCommittee: 'X', toOrgId: ids.cell2, letterNumber: 'F-5', issuedOn: '2024-08-01', arrivedOn: '2024-08-02' }).expect(409);
    expect(fieldsOf(active.body)).toEqual(['personId']);
    expect(await counts()).toEqual(before);
  });
});
