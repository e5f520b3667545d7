import { v7 as uuidv7 } from 'uuid';
import { VETTING_ROUTES } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { PersonReplica } from '@party/org-replica';
import { countOf, rowsOf, waitFor } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { cadreOrm } from '../cadre.orm';
import { VettingCase, VettingRequest } from './vetting.entities';

/**
 * Political vetting (Quy định 58-QĐ/TW) over the real system: membership and reporting run as
 * their own processes, the gateway in front; cadre learns people from membership's stream and
 * reporting counts cadre's events. Dates are checked in order, field by field; every route is
 * closed to all but the Organization Board (write) and the Standing Committee (read).
 */
const CADRE = { service: 'cadre' as const, orm: cadreOrm, loadModule: () => require('../app.module').AppModule };
const stack = useStack({ label: 'vetting', service: CADRE, processes: ['membership', 'reporting'] });
const { post, get, em } = stack;

const state = stack.tables({
  cases: rowsOf(VettingCase, (c) => [c.id, c.requestId, c.repliedOn, c.concludedOn, c.result]),
  letters: countOf(VettingRequest),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});

const ids: Record<string, string> = {};
const tok: Record<string, string> = {};
/** What must never leave the vetting routes. */
const SECRET_REPLY = 'Có thân nhân ở nước ngoài tham gia tổ chức phản động (tài liệu mật)';
const SECRET_CONCLUSION = 'Không đủ tiêu chuẩn chính trị theo ý kiến của Công an tỉnh (mật)';

const known = (personId: string) => stack.world.caughtUp(async () => !!(await em().findOne(PersonReplica, { personId }))?.fullName, `cadre to know ${personId}`);
const member = async (fullName: string, orgId: string) => {
  const id = await stack.world.member({ fullName, dateOfBirth: '1975-04-04', orgId });
  await known(id);
  return id;
};
const events = async (type: string, caseIds: string[]) =>
  (await em().find(OutboxMessage, { type }, { orderBy: { id: 'asc' } })).filter((m) => caseIds.includes((m.envelope.data as { caseId: string }).caseId));
const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '1990-01-01', cell2: true }));
  tok.standing = await stack.login('thuongvu');
  tok.ubkt = await stack.login('ubkt');
  tok.viewer = await stack.login('viewer');
  tok.admin = await stack.login('admin');
  tok.secretary = await stack.world.secretary(ids.db1);
  ids.an = await member('Nguyễn Văn An', ids.cell1);
  ids.binh = await member('Trần Thị Bình', ids.cell2);
  ids.cuong = await member('Lê Văn Cường', ids.cb2);
  ids.em = await member('Hoàng Văn Em', ids.cb2);
  // a cadre who is not a party member, proposed for appointment
  ids.dung = await stack.world.person({ fullName: 'Phạm Thị Dung', orgId: ids.cb2 });
  await known(ids.dung);
}, 240_000);

describe('a vetting case from opening to conclusion', () => {
  it('opens cases for members and for a cadre who is not a member; refuses whom membership does not know, naming the row', async () => {
    const batch = await post('/cadre/vetting/cases/batch', { openedOn: '2023-02-01', purpose: 'planning', personIds: [ids.an, ids.binh] }).expect(201);
    [ids.caseAn, ids.caseBinh] = batch.body.ids;
    ids.caseCuong = (await post('/cadre/vetting/cases', { personId: ids.cuong, purpose: 'planning', openedOn: '2023-03-01' }).expect(201)).body.id;
    ids.caseDung = (await post('/cadre/vetting/cases', { personId: ids.dung, purpose: 'appointment', purposeNote: 'Phó Giám đốc Công ty', openedOn: '2023-02-01' }).expect(201)).body.id;

    const before = await state();
    const stranger = uuidv7();
    const unknown = await post('/cadre/vetting/cases/batch', { openedOn: '2023-02-01', purpose: 'planning', personIds: [ids.em, stranger] }).expect(422);
    expect(fieldsOf(unknown.body)).toEqual(['personIds.1']);
    expect(unknown.body.message.vi).toContain('Không có người này trong hồ sơ');
    expect(unknown.body.message.en).toContain('not in the membership records');
    expect(fieldsOf((await post('/cadre/vetting/cases', { personId: stranger, purpose: 'planning', openedOn: '2023-02-01' }).expect(422)).body)).toEqual(['personId']);
    // one open case per person and purpose; a purpose "other" says what it is
    const twice = await post('/cadre/vetting/cases', { personId: ids.an, purpose: 'planning', openedOn: '2023-02-02' }).expect(409);
    expect(twice.body.message.vi).toContain('Nguyễn Văn An');
    expect(fieldsOf((await post('/cadre/vetting/cases', { personId: ids.em, purpose: 'other', openedOn: '2023-02-02' }).expect(400)).body)).toEqual(['purposeNote']);
    expect(fieldsOf((await post('/cadre/vetting/cases/batch', { openedOn: '2023-02-02', purpose: 'planning', personIds: [ids.em, ids.em] }).expect(400)).body)).toEqual(['personIds.1']);
    expect(await state()).toEqual(before);
    // another purpose is another case
    ids.caseAnAppointment = (await post('/cadre/vetting/cases', { personId: ids.an, purpose: 'appointment', openedOn: '2023-05-02' }).expect(201)).body.id;
  });

  it('sends one letter naming many people; a letter dated before an opening is refused on sentOn, naming the person', async () => {
    const before = await state();
    const early = await post('/cadre/vetting/requests', { letterNumber: '45-CV/BTCĐUK', sentOn: '2023-02-10', caseIds: [ids.caseAn, ids.caseBinh, ids.caseCuong] }).expect(422);
    expect(early.body.fields).toEqual([
      { field: 'sentOn', vi: 'Ngày gửi công văn 10/02/2023 trước ngày mở hồ sơ thẩm tra 01/03/2023 (Lê Văn Cường)', en: 'The letter date 2023-02-10 is before the case was opened on 2023-03-01 (Lê Văn Cường)' },
    ]);
    expect(early.body.message).toEqual({ vi: early.body.fields[0].vi, en: early.body.fields[0].en });
    expect(fieldsOf((await post('/cadre/vetting/requests', { letterNumber: '45-CV/BTCĐUK', sentOn: '2023-03-10', caseIds: [ids.caseAn, uuidv7()] }).expect(422)).body)).toEqual(['caseIds.1']);
    expect(await state()).toEqual(before);

    const sent = await post('/cadre/vetting/requests', { letterNumber: '45-CV/BTCĐUK', sentOn: '2023-03-10', caseIds: [ids.caseAn, ids.caseBinh, ids.caseCuong] }).expect(201);
    expect(sent.body).toEqual({ id: expect.any(String), people: 3 });
    ids.letter = sent.body.id;
    // once on a letter, always: a second letter for the same case, or the same letter again, is a conflict
    expect((await post('/cadre/vetting/requests', { letterNumber: '46-CV/BTCĐUK', sentOn: '2023-03-11', caseIds: [ids.caseAn] }).expect(409)).body.message.vi).toContain('Nguyễn Văn An');
    await post('/cadre/vetting/requests', { letterNumber: '45-CV/BTCĐUK', sentOn: '2023-03-10', caseIds: [ids.caseAnAppointment] }).expect(409);

    const out = await events('cadre.vetting.requestSent', [ids.caseAn, ids.caseBinh, ids.caseCuong]);
    expect(out.map((m) => [m.occurredOn, (m.envelope.data as { personId: string }).personId])).toEqual([
      ['2023-03-10', ids.an],
      ['2023-03-10', ids.binh],
      ['2023-03-10', ids.cuong],
    ]);
    expect(out[0].envelope.data).toEqual({ caseId: ids.caseAn, personId: ids.an, orgId: ids.cell1, purpose: 'planning', requestId: ids.letter, letterNumber: '45-CV/BTCĐUK', sentOn: '2023-03-10' });
  });

  it('records the police’s reply, not before the letter; the opinion stays in the cadre service', async () => {
    const before = await state();
    const early = await post('/cadre/vetting/replies', { replyNumber: '112/CAT-PA03', repliedOn: '2023-03-09', cases: [{ caseId: ids.caseAn, opinion: 'no_issue' }, { caseId: ids.caseBinh, opinion: 'no_issue' }] }).expect(422);
    expect(early.body.fields).toEqual([
      { field: 'repliedOn', vi: 'Ngày Công an trả lời 09/03/2023 trước ngày gửi công văn 10/03/2023 (Nguyễn Văn An)', en: 'The reply date 2023-03-09 is before the letter was sent on 2023-03-10 (Nguyễn Văn An)' },
      { field: 'repliedOn', vi: 'Ngày Công an trả lời 09/03/2023 trước ngày gửi công văn 10/03/2023 (Trần Thị Bình)', en: 'The reply date 2023-03-09 is before the letter was sent on 2023-03-10 (Trần Thị Bình)' },
    ]);
    const single = await post(`/cadre/vetting/cases/${ids.caseAn}/reply`, { replyNumber: '112/CAT-PA03', repliedOn: '2023-03-09', opinion: 'no_issue' }).expect(422);
    expect(single.body.fields).toEqual([{ field: 'repliedOn', vi: 'Ngày Công an trả lời 09/03/2023 trước ngày gửi công văn 10/03/2023', en: 'The reply date 2023-03-09 is before the letter was sent on 2023-03-10' }]);
    const noLetter = await post('/cadre/vetting/replies', { replyNumber: '112/CAT-PA03', repliedOn: '2023-04-20', cases: [{ caseId: ids.caseDung, opinion: 'no_issue' }] }).expect(422);
    expect(noLetter.body.fields).toEqual([expect.objectContaining({ field: 'cases.0.caseId', vi: 'Chưa gửi công văn xin ý kiến Công an' })]);
    expect(fieldsOf((await post('/cadre/vetting/replies', { replyNumber: '112/CAT-PA03', repliedOn: '2023-04-20', cases: [{ caseId: ids.caseBinh, opinion: 'issues_noted' }] }).expect(400)).body)).toEqual(['cases.0.summary']);
    expect(await state()).toEqual(before);

    const replied = await post('/cadre/vetting/replies', {
      replyNumber: '112/CAT-PA03',
      repliedOn: '2023-04-20',
      cases: [
        { caseId: ids.caseAn, opinion: 'no_issue' },
        { caseId: ids.caseBinh, opinion: 'issues_noted', summary: SECRET_REPLY },
      ],
    }).expect(200);
    expect(replied.body).toEqual({ replied: 2, noIssue: 1, issuesNoted: 1 });
    await post(`/cadre/vetting/cases/${ids.caseAn}/reply`, { replyNumber: '113/CAT-PA03', repliedOn: '2023-04-21', opinion: 'no_issue' }).expect(409);
    const cuong = await post(`/cadre/vetting/cases/${ids.caseCuong}/reply`, { replyNumber: '120/CAT-PA03', repliedOn: '2023-04-25', opinion: 'no_issue' }).expect(200);
    expect(cuong.body).toMatchObject({ status: 'replied', reply: { replyNumber: '120/CAT-PA03', repliedOn: '2023-04-25', opinion: 'no_issue', summary: null } });
    await post(`/cadre/vetting/cases/${uuidv7()}/reply`, { replyNumber: '1', repliedOn: '2023-04-25', opinion: 'no_issue' }).expect(404);

    const out = await events('cadre.vetting.replyReceived', [ids.caseAn, ids.caseBinh, ids.caseCuong]);
    expect(out.map((m) => m.occurredOn)).toEqual(['2023-04-20', '2023-04-20', '2023-04-25']);
    for (const m of out) expect(Object.keys(m.envelope.data as object).sort()).toEqual(['caseId', 'orgId', 'personId', 'purpose', 'repliedOn', 'replyNumber', 'requestId']);
  });

  it('concludes on the letter, not before the reply, and only once', async () => {
    const before = await state();
    const early = await post(`/cadre/vetting/cases/${ids.caseAn}/conclude`, { conclusionNumber: '15-TB/ĐUK', concludedOn: '2023-04-19', text: 'Đủ tiêu chuẩn chính trị', result: 'meets' }).expect(422);
    expect(early.body.fields).toEqual([{ field: 'concludedOn', vi: 'Ngày kết luận 19/04/2023 trước ngày Công an trả lời 20/04/2023', en: 'The conclusion date 2023-04-19 is before the police replied on 2023-04-20' }]);
    const onRecords = await post(`/cadre/vetting/cases/${ids.caseAn}/conclude`, { conclusionNumber: '15-TB/ĐUK', concludedOn: '2023-05-15', text: 'x', result: 'meets', basis: 'records' }).expect(422);
    expect(fieldsOf(onRecords.body)).toEqual(['basis']);
    const batchEarly = await post('/cadre/vetting/conclusions', { conclusionNumber: '15-TB/ĐUK', concludedOn: '2023-04-22', text: 'x', cases: [{ caseId: ids.caseAn, result: 'meets' }, { caseId: ids.caseCuong, result: 'meets' }] }).expect(422);
    expect(batchEarly.body.fields).toEqual([expect.objectContaining({ field: 'concludedOn', vi: 'Ngày kết luận 22/04/2023 trước ngày Công an trả lời 25/04/2023 (Lê Văn Cường)' })]);
    expect(await state()).toEqual(before);

    const done = await post('/cadre/vetting/conclusions', {
      conclusionNumber: '15-TB/ĐUK',
      concludedOn: '2023-05-15',
      text: 'Ban Thường vụ kết luận tiêu chuẩn chính trị các đồng chí có tên trong danh sách',
      cases: [
        { caseId: ids.caseAn, result: 'meets' },
        { caseId: ids.caseBinh, result: 'not_meets', note: SECRET_CONCLUSION },
      ],
    }).expect(200);
    expect(done.body).toEqual({ concluded: 2, meets: 1, notMeets: 1 });
    const again = await post(`/cadre/vetting/cases/${ids.caseAn}/conclude`, { conclusionNumber: '16-TB/ĐUK', concludedOn: '2023-05-20', text: 'x', result: 'meets' }).expect(409);
    expect(again.body.message.vi).toBe('Hồ sơ đã kết luận; mục đích mới cần mở hồ sơ mới: Nguyễn Văn An (15-TB/ĐUK, 2023-05-15)');
    await post('/cadre/vetting/requests', { letterNumber: '50-CV/BTCĐUK', sentOn: '2023-05-20', caseIds: [ids.caseAn] }).expect(409);
    const cuong = await post(`/cadre/vetting/cases/${ids.caseCuong}/conclude`, { conclusionNumber: '18-TB/ĐUK', concludedOn: '2023-06-01', text: 'Đủ tiêu chuẩn chính trị', result: 'meets' }).expect(200);
    expect(cuong.body).toMatchObject({ status: 'concluded', conclusion: { conclusionNumber: '18-TB/ĐUK', concludedOn: '2023-06-01', result: 'meets', basis: 'request', text: 'Đủ tiêu chuẩn chính trị' } });

    const out = await events('cadre.vetting.concluded', [ids.caseAn, ids.caseBinh]);
    expect(out.map((m) => [m.occurredOn, m.envelope.data])).toEqual([
      ['2023-05-15', { caseId: ids.caseAn, personId: ids.an, orgId: ids.cell1, purpose: 'planning', concludedOn: '2023-05-15', conclusionNumber: '15-TB/ĐUK', result: 'meets', basis: 'request' }],
      ['2023-05-15', { caseId: ids.caseBinh, personId: ids.binh, orgId: ids.cell2, purpose: 'planning', concludedOn: '2023-05-15', conclusionNumber: '15-TB/ĐUK', result: 'not_meets', basis: 'request' }],
    ]);
  });

  it('concludes on the records held, with no request at all; not before the opening', async () => {
    ids.caseEm = (await post('/cadre/vetting/cases', { personId: ids.em, purpose: 'reappointment', openedOn: '2023-06-01' }).expect(201)).body.id;
    const early = await post(`/cadre/vetting/cases/${ids.caseEm}/conclude`, { conclusionNumber: '20-TB/ĐUK', concludedOn: '2023-05-31', text: 'x', result: 'meets' }).expect(422);
    expect(early.body.fields).toEqual([{ field: 'concludedOn', vi: 'Ngày kết luận 31/05/2023 trước ngày mở hồ sơ thẩm tra 01/06/2023', en: 'The conclusion date 2023-05-31 is before the case was opened on 2023-06-01' }]);
    expect(fieldsOf((await post(`/cadre/vetting/cases/${ids.caseEm}/conclude`, { conclusionNumber: '20-TB/ĐUK', concludedOn: '2023-06-05', text: 'x', result: 'meets', basis: 'request' }).expect(422)).body)).toEqual(['basis']);

    const dung = await post(`/cadre/vetting/cases/${ids.caseDung}/conclude`, { conclusionNumber: '12-TB/ĐUK', concludedOn: '2023-02-20', text: 'Đủ tiêu chuẩn chính trị theo hồ sơ cán bộ', result: 'meets' }).expect(200);
    expect(dung.body).toMatchObject({ status: 'concluded', request: null, reply: null, conclusion: { basis: 'records', result: 'meets' }, person: { fullName: 'Phạm Thị Dung', status: 'masses' } });
    const [event] = await events('cadre.vetting.concluded', [ids.caseDung]);
    expect(event).toMatchObject({ occurredOn: '2023-02-20', envelope: { data: { basis: 'records', result: 'meets', personId: ids.dung, purpose: 'appointment' } } });
  });

  it('concludes a new purpose on an earlier request of the same person, not before that request’s reply', async () => {
    const conclude = (body: Record<string, unknown>) =>
      post(`/cadre/vetting/cases/${ids.caseAnAppointment}/conclude`, { conclusionNumber: '21-TB/ĐUK', concludedOn: '2023-06-10', text: 'Đủ tiêu chuẩn chính trị', result: 'meets', basis: 'earlier_request', ...body });
    expect(fieldsOf((await conclude({}).expect(400)).body)).toEqual(['basisCaseId']);
    expect(fieldsOf((await conclude({ basisCaseId: ids.caseBinh }).expect(422)).body)).toEqual(['basisCaseId']);
    expect(fieldsOf((await conclude({ basisCaseId: ids.caseAnAppointment }).expect(422)).body)).toEqual(['basisCaseId']);
    const ok = await conclude({ basisCaseId: ids.caseAn }).expect(200);
    expect(ok.body.conclusion).toMatchObject({ basis: 'earlier_request', basisCaseId: ids.caseAn });
  });

  it('publishes each step once per person, through the outbox', async () => {
    const all = [ids.caseAn, ids.caseBinh, ids.caseCuong, ids.caseDung, ids.caseAnAppointment];
    const count = async (type: string) => (await events(type, all)).length;
    expect([await count('cadre.vetting.requestSent'), await count('cadre.vetting.replyReceived'), await count('cadre.vetting.concluded')]).toEqual([3, 3, 5]);
    await waitFor(async () => (await em().count(OutboxMessage, { type: { $like: 'cadre.vetting.%' }, publishedAt: null })) === 0, { what: 'the relay to publish' });
  });
});

describe('lists, a case with its history, a person’s vetting, the year in figures', () => {
  const list = async (query: string, token?: string) => (await get(`/cadre/vetting/cases?${query}`, token).expect(200)).body as { items: { id: string; person: { fullName: string } }[]; total: number };

  it('filters, sorts and pages on the server', async () => {
    expect((await list('year=2023&status=concluded&sort=fullName')).items.map((c) => c.person.fullName)).toEqual(['Lê Văn Cường', 'Nguyễn Văn An', 'Nguyễn Văn An', 'Phạm Thị Dung', 'Trần Thị Bình']);
    expect((await list('result=not_meets')).items.map((c) => c.id)).toEqual([ids.caseBinh]);
    expect((await list('q=nguyen van AN&sort=openedOn&order=desc')).items.map((c) => c.id)).toEqual([ids.caseAnAppointment, ids.caseAn]);
    expect((await list(`requestId=${ids.letter}&sort=fullName`)).total).toBe(3);
    expect((await list('status=open')).items.map((c) => c.id)).toEqual([ids.caseEm]);
    expect((await list('purpose=appointment&basis=records')).items.map((c) => c.id)).toEqual([ids.caseDung]);
    expect(new Set((await list(`orgId=${ids.db1}`)).items.map((c) => c.id))).toEqual(new Set([ids.caseAn, ids.caseBinh, ids.caseAnAppointment]));
    expect((await list('year=2022')).total).toBe(0);
    const page = await list('pageSize=2&page=3&sort=openedOn');
    expect(page).toMatchObject({ total: 6, page: 3, pageSize: 2 });
    expect(page.items.map((c) => c.id)).toEqual([ids.caseAnAppointment, ids.caseEm]);
    // the Standing Committee reads
    expect((await list('', tok.standing)).total).toBe(6);
  });

  it('shows a case with its steps, who recorded them, and the person’s other cases', async () => {
    const c = (await get(`/cadre/vetting/cases/${ids.caseBinh}`).expect(200)).body;
    expect(c).toMatchObject({
      person: { personId: ids.binh, fullName: 'Trần Thị Bình', orgId: ids.cell2 },
      orgName: 'Chi bộ Phòng Kinh doanh',
      request: { id: ids.letter, letterNumber: '45-CV/BTCĐUK', sentOn: '2023-03-10' },
      reply: { opinion: 'issues_noted', summary: SECRET_REPLY },
      conclusion: { result: 'not_meets', note: SECRET_CONCLUSION },
    });
    expect(c.history.map((h: { step: string; on: string; number: string | null; recordedBy: string }) => [h.step, h.on, h.number, h.recordedBy])).toEqual([
      ['opened', '2023-02-01', null, 'bantochuc'],
      ['requestSent', '2023-03-10', '45-CV/BTCĐUK', 'bantochuc'],
      ['replyReceived', '2023-04-20', '112/CAT-PA03', 'bantochuc'],
      ['concluded', '2023-05-15', '15-TB/ĐUK', 'bantochuc'],
    ]);
    const an = (await get(`/cadre/vetting/cases/${ids.caseAn}`).expect(200)).body;
    expect(an.otherCases).toEqual([{ id: ids.caseAnAppointment, purpose: 'appointment', openedOn: '2023-05-02', status: 'concluded', sentOn: null, concludedOn: '2023-06-10', result: 'meets' }]);
    await get(`/cadre/vetting/cases/${uuidv7()}`).expect(404);

    const history = (await get(`/cadre/vetting/people/${ids.an}`, tok.standing).expect(200)).body;
    expect(history.cases.map((x: { id: string }) => x.id)).toEqual([ids.caseAnAppointment, ids.caseAn]);
    expect(history.latest).toEqual({ caseId: ids.caseAnAppointment, concludedOn: '2023-06-10', result: 'meets' });

    const letters = (await get('/cadre/vetting/requests?year=2023').expect(200)).body;
    expect(letters.items).toEqual([{ id: ids.letter, letterNumber: '45-CV/BTCĐUK', sentOn: '2023-03-10', people: 3, replied: 3, concluded: 3 }]);
    expect((await get(`/cadre/vetting/requests/${ids.letter}`).expect(200)).body.cases).toHaveLength(3);
  });

  it('sums a year up, each fact by its own date; the year-end report counts people', async () => {
    const s = (await get('/cadre/vetting/summary?year=2023').expect(200)).body;
    expect(s).toEqual({
      year: 2023,
      orgId: null,
      requests: { letters: 1, people: 3, byPurpose: { planning: 3, appointment: 0, reappointment: 0, election: 0, other: 0 } },
      replies: { cases: 3, noIssue: 2, issuesNoted: 1 },
      conclusions: {
        people: 4,
        cases: 5,
        meets: 4,
        notMeets: 1,
        byBasis: { request: 3, earlier_request: 1, records: 1 },
        byPurpose: { planning: 3, appointment: 2, reappointment: 0, election: 0, other: 0 },
      },
      openAtYearEnd: 1,
    });
    expect((await get(`/cadre/vetting/summary?year=2023&orgId=${ids.db1}`).expect(200)).body.conclusions).toMatchObject({ people: 2, cases: 3 });

    // reporting, its own process, took cadre's events in: Nguyễn Văn An concluded twice counts once
    const figures = async () => {
      const m = (await get('/reports/year-end/2023').expect(200)).body.metrics as Record<string, number | null>;
      return [m['vetting.requestsToPolice'], m['vetting.concluded']];
    };
    await waitFor(async () => JSON.stringify(await figures()) === JSON.stringify([3, 4]), { timeoutMs: 60_000, what: 'the year-end report to count the vetting' });
  });
});

describe('confidential: only the Organization Board writes, only it and the Standing Committee read', () => {
  const pathOf = (path: string) => `/${path.replace(':personId', ids.an).replace(':id', path.includes('requests') ? ids.letter : ids.caseBinh)}`;
  const call = (method: string, path: string, token: string) => (method === 'GET' ? get(pathOf(path), token) : post(pathOf(path), {}, token));

  it.each(['secretary', 'ubkt', 'viewer', 'admin'])('refuses every vetting route to %s', async (who) => {
    for (const route of Object.values(VETTING_ROUTES)) {
      const res = await call(route.method, route.path, tok[who]);
      expect([route.pattern, res.status]).toEqual([route.pattern, 403]);
      expect(JSON.stringify(res.body)).not.toContain('Bình');
    }
  });

  it('lets the Standing Committee read but not write', async () => {
    for (const route of Object.values(VETTING_ROUTES).filter((r) => r.method === 'POST')) {
      expect([route.pattern, (await call('POST', route.path, tok.standing)).status]).toEqual([route.pattern, 403]);
    }
    await get('/cadre/vetting/summary?year=2023', tok.standing).expect(200);
  });

  it('leaves no vetting detail in what others read about the person', async () => {
    const views = [
      (await get(`/members/${ids.binh}`).expect(200)).body,
      (await get(`/members/${ids.binh}`, tok.secretary).expect(200)).body,
      (await get('/reports/year-end/2023', tok.viewer).expect(200)).body,
    ];
    for (const body of views) {
      const text = JSON.stringify(body);
      for (const secret of [SECRET_REPLY, SECRET_CONCLUSION, '112/CAT-PA03', '15-TB/ĐUK', 'not_meets', 'issues_noted']) expect(text).not.toContain(secret);
    }
  });
});
