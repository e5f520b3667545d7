import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { countOf, rowsOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { PartyCard } from '../cards/party-card.entity';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * Probation and conversion, party age, cards, leaving and exemption through the real gateway,
 * with the REAL training service as a child process: certificates (nhận thức về Đảng for the
 * admission, lý luận chính trị cho đảng viên mới for the conversion) arrive only as JetStream events.
 */
const stack = useStack({ label: 'lifecycle', service: MEMBERSHIP, processes: ['training'] });
const { post, get, em } = stack;
let secretary: string;
/** Every table a command of this file may write, row by row. */
const snapshot = stack.tables({
  people: rowsOf(Person, (p) => [p.id, p.status, p.officialDate, p.endedOn, p.exemptFrom, p.deathNoticeSentOn]),
  cards: rowsOf(PartyCard, (c) => [c.id, c.cardNumber, c.active]),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});
const events = async (type: string, personId: string) =>
  (await em().find(OutboxMessage, { type: `membership.${type}` }, { orderBy: { id: 'asc' } }))
    .map((e) => Object.assign(e, { data: e.envelope.data as Record<string, unknown> }))
    .filter((e) => e.data.personId === personId);

const ids: Record<string, string> = {};
/** Official a year after the decision (the ceremony the same day). */
const existing = (fullName: string, orgId = ids.cell1, admittedOn = '2005-03-01') => stack.world.member({ fullName, orgId, admittedOn });
/** Through the real training service: a certificate of the course type, in membership once its event is. */
const certify = (personId: string, courseTypeCode: string, issuedOn: string, number: string) => stack.world.certify(personId, courseTypeCode, issuedOn, number);
/** A probationary member admitted through the real pipeline, with the ceremony held on `ceremonyDate`. */
const probationer = (fullName: string, ceremonyDate: string, orgId = ids.cell1) =>
  stack.world.probationer({ fullName, ceremonyDate, orgId, introducers: [ids.official1, ids.official2] });

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree());
  ids.official1 = await existing('Nguyễn Văn An');
  ids.official2 = await existing('Đặng Thị Đào');
  secretary = await stack.world.secretary(ids.db1, { username: 'bithu.dienluc' });
}, 60_000);

describe('probation: review due within 30 working days after the 12 months, across Tết 2024', () => {
  beforeAll(async () => {
    // ceremony 2023-01-20 → probation ends 2024-01-20; Tết 2024 (8–14/2) inside the 30 working days
    ids.late = await probationer('Lê Văn Muộn', '2023-01-20');
  }, 60_000);

  const review = async (asOf: string, token?: string) => (await get(`/probation/reviews?asOf=${asOf}`, token).expect(200)).body.items.find((i: { personId: string }) => i.personId === ids.late);

  it('is not listed before the 12 months end, due on the 30th working day (2024-03-08), overdue on the 31st (2024-03-11)', async () => {
    expect(await review('2024-01-19')).toBeUndefined();
    expect(await review('2024-01-20')).toMatchObject({ probationEnds: '2024-01-20', officialDate: '2024-01-20', reviewDeadline: '2024-03-08', workingDays: 30, status: 'due' });
    expect(await review('2024-03-08')).toMatchObject({ status: 'due' });
    expect(await review('2024-03-11')).toMatchObject({ status: 'overdue' });
  });

  it('refuses the conversion without the new-member course certificate, naming it, and writes nothing', async () => {
    const before = await snapshot();
    const res = await post(`/probation/${ids.late}/convert`, { meetingDate: '2024-03-20', decisionDate: '2024-03-25', decisionNumber: 'QĐ-CT 01' }).expect(422);
    expect(res.body.message.vi).toContain('Chưa có giấy chứng nhận học lớp bồi dưỡng lý luận chính trị cho đảng viên mới');
    expect(res.body.violations.map((v: { code: string }) => v.code)).toEqual(['NEW_MEMBER_COURSE_MISSING']);
    expect(res.body.fields[0].field).toBe('certificate');
    expect(res.body.regulation).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });

  it('converted 2 months late, the member is still official on ceremony + 12 months; member.madeOfficial on that date', async () => {
    await certify(ids.late, 'llct-dang-vien-moi', '2023-09-15', 'LLCT-DVM-001');
    const res = await post(`/probation/${ids.late}/convert`, { meetingDate: '2024-03-20', decisionDate: '2024-03-25', decisionNumber: 'QĐ-CT 01' }).expect(200);
    expect(res.body).toMatchObject({ officialDate: '2024-01-20', reviewStatus: 'overdue', person: { status: 'official', officialDate: '2024-01-20' }, certificate: { certificateNumber: 'LLCT-DVM-001' } });
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toEqual(['REVIEW_LATE']);
    const evts = await events('member.madeOfficial', ids.late);
    expect(evts).toHaveLength(1);
    expect(evts[0].occurredOn).toBe('2024-01-20');
    expect(evts[0].envelope.data).toMatchObject({ orgId: ids.cell1, ceremonyDate: '2023-01-20', officialDate: '2024-01-20', decisionDate: '2024-03-25', reviewStatus: 'overdue', certificateNumber: 'LLCT-DVM-001' });
    expect(await review('2024-03-25')).toBeUndefined();
    // a second conversion: not probationary any more
    await post(`/probation/${ids.late}/convert`, { meetingDate: '2024-03-20', decisionDate: '2024-03-25', decisionNumber: 'QĐ-CT 01' }).expect(422);
  });

  it('refuses a review before the 12 months end', async () => {
    const early = await probationer('Trần Văn Sớm', '2023-06-01');
    await certify(early, 'llct-dang-vien-moi', '2023-09-15', 'LLCT-DVM-002');
    const res = await post(`/probation/${early}/convert`, { meetingDate: '2024-05-31', decisionDate: '2024-06-03', decisionNumber: 'QĐ-CT 02' }).expect(422);
    expect(res.body.violations.map((v: { code: string }) => v.code)).toEqual(['REVIEW_BEFORE_PROBATION_ENDS']);
    const ok = await post(`/probation/${early}/convert`, { meetingDate: '2024-06-03', decisionDate: '2024-06-05', decisionNumber: 'QĐ-CT 02' }).expect(200);
    expect(ok.body).toMatchObject({ officialDate: '2024-06-01', reviewStatus: 'on_time' });
  });

  it('strikes a member off the probationary list: member.removedFromProbation on the decision date, then nothing more changes', async () => {
    const out = await probationer('Phạm Văn Loại', '2023-05-10');
    const res = await post(`/probation/${out}/remove`, { meetingDate: '2024-05-20', decisionDate: '2024-05-28', decisionNumber: 'QĐ-XT 01', reason: 'Không đủ tư cách đảng viên' }).expect(200);
    expect(res.body).toMatchObject({ status: 'removedFromProbation', endedOn: '2024-05-28' });
    const [evt] = await events('member.removedFromProbation', out);
    expect(evt.occurredOn).toBe('2024-05-28');
    const before = await snapshot();
    const again = await post(`/probation/${out}/convert`, { meetingDate: '2024-06-20', decisionDate: '2024-06-25', decisionNumber: 'QĐ-CT 09' }).expect(422);
    expect(again.body.message.vi).toContain('không còn là đảng viên đang sinh hoạt');
    await post(`/members/${out}/exemption`, { from: '2024-06-01' }).expect(422);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 400 field by field for a bad conversion and writes nothing', async () => {
    const before = await snapshot();
    const res = await post(`/probation/${ids.late}/convert`, { meetingDate: '2024-02-30', decisionNumber: '' }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['decisionDate', 'decisionNumber', 'meetingDate']);
    const order = await post(`/probation/${ids.late}/convert`, { meetingDate: '2024-03-20', decisionDate: '2024-03-01', decisionNumber: 'x' }).expect(400);
    expect(order.body.fields.map((f: { field: string }) => f.field)).toEqual(['decisionDate']);
    await post('/probation/not-a-uuid/convert', { meetingDate: '2024-03-20', decisionDate: '2024-03-25', decisionNumber: 'x' }).expect(400);
    await post(`/probation/${ids.late}/remove`, { decisionDate: 'yesterday', decisionNumber: 'x', extra: 1 }).expect(400);
    await get('/probation/reviews?asOf=2024-13-01').expect(400);
    expect(await snapshot()).toEqual(before);
  });
});

describe('party age', () => {
  it('counts from the admission decision; a struck-off member stops counting', async () => {
    const at = async (id: string, asOf: string) => (await get(`/members/${id}/party-age?asOf=${asOf}`).expect(200)).body;
    expect(await at(ids.official1, '2024-02-29')).toMatchObject({ fullYears: 18, official: true, interruptedDays: 0, admissionDecisionDate: '2005-03-01' });
    expect(await at(ids.official1, '2024-03-01')).toMatchObject({ fullYears: 19 });
    // converted late: official on 2024-01-20, whatever the decision date
    expect(await at(ids.late, '2024-01-19')).toMatchObject({ official: false, officialDate: '2024-01-20' });
    expect(await at(ids.late, '2024-01-20')).toMatchObject({ official: true, fullYears: 1 });
    const stopped = await existing('Võ Văn Dừng', ids.cell1, '2000-06-01');
    await post(`/members/${stopped}/strike-off`, { decisionDate: '2020-06-01', decisionNumber: 'QĐ-XT 02', reason: 'absent-3-months' }).expect(200);
    const atStrike = await at(stopped, '2020-06-01');
    expect(atStrike.fullYears).toBe(20);
    const later = await at(stopped, '2024-06-01');
    expect(later).toMatchObject({ fullYears: 20, days: atStrike.days, status: 'struckOff' });
    expect(later.interruptedDays).toBeGreaterThan(1400);
    const res = await get(`/members/${ids.official1}/party-age?asOf=2004-01-01`).expect(400);
    expect(res.body.fields[0].field).toBe('asOf');
    await get(`/members/${ids.official1}/party-age?asOf=nope`).expect(400);
  });
});

describe('party cards', () => {
  it('issues a first card to an official member: card.issued on the issue date', async () => {
    const res = await post(`/members/${ids.official1}/cards`, { cardNumber: '01-000001', issuedOn: '2010-05-19' }).expect(201);
    expect(res.body).toMatchObject({ cardNumber: '01-000001', kind: 'issue', active: true });
    const evts = await events('card.issued', ids.official1);
    expect(evts).toHaveLength(1);
    expect(evts[0].occurredOn).toBe('2010-05-19');
    expect(evts[0].envelope.data).toMatchObject({ cardNumber: '01-000001', orgId: ids.cell1 });
    // a second first issue
    await post(`/members/${ids.official1}/cards`, { cardNumber: '01-000009', issuedOn: '2011-05-19' }).expect(409);
  });

  it('refuses a card to a probationary member with a clear message, and a lost-card reissue too — nothing written', async () => {
    const probationary = await probationer('Hồ Thị Dự', '2024-03-01');
    const before = await snapshot();
    const issue = await post(`/members/${probationary}/cards`, { cardNumber: '01-000100', issuedOn: '2024-04-01' }).expect(422);
    expect(issue.body.message.vi).toContain('đảng viên dự bị chưa được cấp thẻ; thẻ đảng viên chỉ cấp cho đảng viên chính thức');
    const lost = await post(`/members/${probationary}/cards/reissue`, { cardNumber: '01-000101', issuedOn: '2024-04-01', reason: 'lost' }).expect(422);
    expect(lost.body.message.vi).toContain('Không thể cấp lại thẻ đảng viên bị mất cho Hồ Thị Dự: đảng viên dự bị chưa được cấp thẻ');
    expect(lost.body.message.en).toContain('probationary member holds no card');
    expect(lost.body.regulation).toBeTruthy();
    // the refusal names the person (the path's `id`), so the portal shows it under the person picker
    expect(issue.body.fields).toEqual([{ field: 'id', vi: 'Hồ Thị Dự là đảng viên dự bị: thẻ đảng viên chỉ cấp cho đảng viên chính thức', en: expect.stringContaining('probationary member') }]);
    expect(lost.body.fields).toEqual([expect.objectContaining({ field: 'id', vi: expect.stringContaining('đảng viên dự bị') })]);
    expect(await snapshot()).toEqual(before);
    expect(await em().count(PartyCard, { personId: probationary })).toBe(0);
    expect([...(await events('card.issued', probationary)), ...(await events('card.reissued', probationary))]).toHaveLength(0);
  });

  it('reissues for damaged and for lost: card.reissued with the reason on the issue date, the old card inactive', async () => {
    const damaged = await post(`/members/${ids.official1}/cards/reissue`, { cardNumber: '01-000002', issuedOn: '2023-04-10', reason: 'damaged' }).expect(201);
    expect(damaged.body).toMatchObject({ kind: 'reissue', reason: 'damaged', active: true });
    const lost = await post(`/members/${ids.official1}/cards/reissue`, { cardNumber: '01-000003', issuedOn: '2023-11-07', reason: 'lost', decisionNumber: 'QĐ-T 7' }).expect(201);
    expect(lost.body).toMatchObject({ reason: 'lost', replacesCardId: damaged.body.id });
    const evts = await events('card.reissued', ids.official1);
    expect(evts.map((e) => [e.occurredOn, e.data.reason, e.data.replacesCardNumber])).toEqual([
      ['2023-04-10', 'damaged', '01-000001'],
      ['2023-11-07', 'lost', '01-000002'],
    ]);
    const cards = (await get(`/members/${ids.official1}/cards`).expect(200)).body.items;
    expect(cards.map((c: { cardNumber: string; active: boolean }) => [c.cardNumber, c.active])).toEqual([
      ['01-000001', false],
      ['01-000002', false],
      ['01-000003', true],
    ]);
  });

  it('keeps card numbers unique: 409, nothing written; a reissue to a member without a card is refused', async () => {
    const before = await snapshot();
    const dup = await post(`/members/${ids.official2}/cards`, { cardNumber: '01-000002', issuedOn: '2015-01-01' }).expect(409);
    expect(dup.body.message.vi).toContain('Số thẻ đảng viên 01-000002 đã được cấp');
    expect(dup.body.fields.map((f: { field: string }) => f.field)).toEqual(['cardNumber']);
    await post(`/members/${ids.official1}/cards/reissue`, { cardNumber: '01-000001', issuedOn: '2024-01-02', reason: 'damaged' }).expect(409);
    const none = await post(`/members/${ids.official2}/cards/reissue`, { cardNumber: '01-000200', issuedOn: '2024-01-02', reason: 'lost' }).expect(422);
    expect(none.body.fields.map((f: { field: string }) => f.field)).toEqual(['id']);
    expect(none.body.message.vi).toContain('chưa được cấp thẻ đảng viên');
    expect(await snapshot()).toEqual(before);
    // two clerks, one number: one card
    const [a, b] = await Promise.all([
      post(`/members/${ids.official2}/cards`, { cardNumber: '01-000300', issuedOn: '2015-01-01' }),
      post(`/members/${ids.late}/cards`, { cardNumber: '01-000300', issuedOn: '2024-04-01' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await em().count(PartyCard, { cardNumber: '01-000300' })).toBe(1);
  });

  it('answers 400 field by field for a bad card and writes nothing', async () => {
    const before = await snapshot();
    const res = await post(`/members/${ids.official2}/cards/reissue`, { cardNumber: '#', issuedOn: '2024-02-30', reason: 'stolen' }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['cardNumber', 'issuedOn', 'reason']);
    // a card dated before the official date
    const early = await post(`/members/${ids.late}/cards/reissue`, { cardNumber: '01-000400', issuedOn: '2023-01-01', reason: 'damaged' });
    expect([400, 409, 422]).toContain(early.status);
    expect(await snapshot()).toEqual(before);
  });

  it('lists a member’s cards paged with the total', async () => {
    const page = (await get(`/members/${ids.official1}/cards?sort=issuedOn&order=desc&pageSize=2`).expect(200)).body;
    expect(page).toMatchObject({ personId: ids.official1, total: 3, page: 1, pageSize: 2 });
    expect(page.items.map((c: { cardNumber: string }) => c.cardNumber)).toEqual(['01-000003', '01-000002']);
  });
});

describe('leaving and exemption', () => {
  it('strikes off with the reason from the code list: member.struckOff on the decision date; refuses further changes', async () => {
    const m = await existing('Đinh Văn Xóa');
    const bad = await post(`/members/${m}/strike-off`, { decisionDate: '2024-05-10', decisionNumber: 'QĐ-XT 03', reason: 'lazy' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    const other = await post(`/members/${m}/strike-off`, { decisionDate: '2024-05-10', decisionNumber: 'QĐ-XT 03', reason: 'other' }).expect(400);
    expect(other.body.fields.map((f: { field: string }) => f.field)).toEqual(['note']);
    const res = await post(`/members/${m}/strike-off`, { decisionDate: '2024-05-10', decisionNumber: 'QĐ-XT 03', reason: 'no-progress-12-months' }).expect(200);
    expect(res.body).toMatchObject({ status: 'struckOff', endedOn: '2024-05-10', endReason: 'no-progress-12-months' });
    const [evt] = await events('member.struckOff', m);
    expect(evt.occurredOn).toBe('2024-05-10');
    expect(evt.envelope.data).toMatchObject({ statusBefore: 'official', reason: 'no-progress-12-months', decisionNumber: 'QĐ-XT 03' });
    const before = await snapshot();
    const card = await post(`/members/${m}/cards`, { cardNumber: '01-000500', issuedOn: '2024-06-01' }).expect(422);
    expect(card.body.message.vi).toContain('Đinh Văn Xóa đã bị xóa tên khỏi danh sách đảng viên (ngày 2024-05-10); không còn là đảng viên đang sinh hoạt');
    await post(`/members/${m}/leave`, { decisionDate: '2024-06-01', decisionNumber: 'x', hasViolations: false }).expect(422);
    await post(`/members/${m}/death`, { dateOfDeath: '2024-07-01' }).expect(422);
    expect(await snapshot()).toEqual(before);
    expect((await get('/leaving/strike-off-reasons').expect(200)).body.map((r: { code: string }) => r.code)).toContain('violating-standards-2-years');
  });

  it('allows a member to leave only without violations: member.leftParty on the decision date', async () => {
    const m = await existing('Cao Văn Đi');
    const before = await snapshot();
    const refused = await post(`/members/${m}/leave`, { decisionDate: '2024-08-01', decisionNumber: 'QĐ-RK 01', hasViolations: true }).expect(422);
    expect(refused.body.message.vi).toContain('chi bộ khai báo đảng viên có vi phạm');
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual(['hasViolations']);
    // the declaration is optional (membership checks the inspection facts itself), but typed
    await post(`/members/${m}/leave`, { decisionDate: '2024-08-01', decisionNumber: 'QĐ-RK 01', hasViolations: 'no' }).expect(400);
    expect(await snapshot()).toEqual(before);
    const ok = await post(`/members/${m}/leave`, { decisionDate: '2024-08-01', decisionNumber: 'QĐ-RK 01', hasViolations: false, reason: 'Hoàn cảnh gia đình' }).expect(200);
    expect(ok.body).toMatchObject({ status: 'left', endedOn: '2024-08-01' });
    const evts = await events('member.leftParty', m);
    expect(evts.map((e) => e.occurredOn)).toEqual(['2024-08-01']);
    const listed = (await get(`/members?status=left&q=cao van di`).expect(200)).body.items.map((p: { id: string }) => p.id);
    expect(listed).toEqual([m]);
  });

  it('records a death on its date; the notice is due on the 30th working day across Tết (2024-03-14), overdue on the 31st', async () => {
    const m = await existing('Lý Văn Mất');
    const bad = await post(`/members/${m}/death`, { dateOfDeath: '2024-01-25', noticeSentOn: '2024-01-20' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['noticeSentOn']);
    const res = await post(`/members/${m}/death`, { dateOfDeath: '2024-01-25' }).expect(200);
    expect(res.body).toMatchObject({ status: 'died', endedOn: '2024-01-25', noticeDeadline: '2024-03-14' });
    const [evt] = await events('member.died', m);
    expect(evt.occurredOn).toBe('2024-01-25');
    const notice = async (asOf: string, token?: string) => (await get(`/deaths/notices?asOf=${asOf}`, token).expect(200)).body.items.find((i: { personId: string }) => i.personId === m);
    expect(await notice('2024-01-24')).toBeUndefined();
    expect(await notice('2024-03-14')).toMatchObject({ dateOfDeath: '2024-01-25', deadline: '2024-03-14', workingDays: 30, status: 'due' });
    expect(await notice('2024-03-15')).toMatchObject({ status: 'overdue' });
    const sent = await post(`/deaths/${m}/notice`, { sentOn: '2024-03-15' }).expect(200);
    expect(sent.body).toMatchObject({ onTime: false, deathNoticeSentOn: '2024-03-15' });
    expect(await notice('2024-03-20')).toBeUndefined();
    const [sentEvt] = await events('member.deathNoticeSent', m);
    expect(sentEvt.occurredOn).toBe('2024-03-15');
    await post(`/deaths/${m}/notice`, { sentOn: '2024-03-16' }).expect(409);
  });

  it('exempts a member from activities (from/to): member.exempted on the first day, still a member', async () => {
    const m = await existing('Tạ Văn Miễn');
    const bad = await post(`/members/${m}/exemption`, { from: '2024-06-01', to: '2024-01-01' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['to']);
    const ok = await post(`/members/${m}/exemption`, { from: '2024-01-01', to: '2024-12-31', decisionNumber: 'QĐ-MSH 1', reason: 'Tuổi cao, sức yếu' }).expect(200);
    expect(ok.body).toMatchObject({ status: 'official', exemptFrom: '2024-01-01', exemptTo: '2024-12-31' });
    const [evt] = await events('member.exempted', m);
    expect(evt.occurredOn).toBe('2024-01-01');
    await post(`/members/${m}/exemption`, { from: '2024-06-01' }).expect(409);
  });
});

describe('a secretary scoped to one đảng bộ', () => {
  let outsideOfficial: string;
  let outsideProbationary: string;
  let outsideDead: string;
  beforeAll(async () => {
    outsideOfficial = await existing('Ngô Văn Ngoài', ids.cb2);
    outsideProbationary = await probationer('Ngô Thị Ngoài', '2023-01-20', ids.cb2);
    outsideDead = await existing('Ngô Văn Khuất', ids.cb2);
    await post(`/members/${outsideDead}/death`, { dateOfDeath: '2024-01-25' }).expect(200);
  }, 60_000);

  it('cannot read or change members outside its subtree on any route — 403, nothing written', async () => {
    const before = await snapshot();
    const forbidden = [
      await post(`/probation/${outsideProbationary}/convert`, { meetingDate: '2024-03-20', decisionDate: '2024-03-25', decisionNumber: 'x' }, secretary),
      await post(`/probation/${outsideProbationary}/remove`, { decisionDate: '2024-03-25', decisionNumber: 'x', reason: 'x' }, secretary),
      await get(`/members/${outsideOfficial}/party-age?asOf=2024-01-01`, secretary),
      await get(`/members/${outsideOfficial}/cards`, secretary),
      await post(`/members/${outsideOfficial}/cards`, { cardNumber: '02-000001', issuedOn: '2020-01-01' }, secretary),
      await post(`/members/${outsideOfficial}/cards/reissue`, { cardNumber: '02-000002', issuedOn: '2020-01-01', reason: 'lost' }, secretary),
      await post(`/members/${outsideOfficial}/strike-off`, { decisionDate: '2024-05-10', decisionNumber: 'x', reason: 'absent-3-months' }, secretary),
      await post(`/members/${outsideOfficial}/leave`, { decisionDate: '2024-05-10', decisionNumber: 'x', hasViolations: false }, secretary),
      await post(`/members/${outsideOfficial}/death`, { dateOfDeath: '2024-05-10' }, secretary),
      await post(`/members/${outsideOfficial}/exemption`, { from: '2024-05-10' }, secretary),
      await post(`/deaths/${outsideDead}/notice`, { sentOn: '2024-02-01' }, secretary),
    ];
    for (const res of forbidden) {
      expect(res.status).toBe(403);
      expect(res.body.message.vi).toContain('ngoài phạm vi');
    }
    expect(await snapshot()).toEqual(before);
    const reviews = (await get('/probation/reviews?asOf=2024-02-01', secretary).expect(200)).body.items.map((i: { personId: string }) => i.personId);
    expect(reviews).not.toContain(outsideProbationary);
    expect((await get('/probation/reviews?asOf=2024-02-01').expect(200)).body.items.map((i: { personId: string }) => i.personId)).toContain(outsideProbationary);
    const notices = (await get('/deaths/notices?asOf=2024-02-01', secretary).expect(200)).body.items.map((i: { personId: string }) => i.personId);
    expect(notices).not.toContain(outsideDead);
  });

  it('lists the death notices of an organization’s subtree, paged with the total', async () => {
    const notices = async (query: string) => (await get(`/deaths/notices?asOf=2024-02-01&${query}`).expect(200)).body;
    expect(await notices(`orgId=${ids.cb2}`)).toMatchObject({ asOf: '2024-02-01', total: 1, items: [expect.objectContaining({ personId: outsideDead, status: 'due' })] });
    expect(await notices(`orgId=${ids.cb2}&status=overdue`)).toMatchObject({ total: 0, items: [] });
    expect(await notices(`orgId=${ids.db1}`)).toMatchObject({ total: 0, items: [] });
    expect((await get(`/deaths/notices?orgId=${ids.cb2}`, secretary).expect(403)).body.message.vi).toContain('ngoài phạm vi');
  });

  it('works inside its subtree', async () => {
    await get(`/members/${ids.official2}/party-age?asOf=2024-01-01`, secretary).expect(200);
    await post(`/members/${ids.official2}/exemption`, { from: '2024-02-01', to: '2024-03-01' }, secretary).expect(200);
  });

  it('publishes its routes in the OpenAPI document', async () => {
    const doc = (await stack.gw.http().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/probation/reviews',
        '/api/probation/{personId}/convert',
        '/api/probation/{personId}/remove',
        '/api/members/{id}/party-age',
        '/api/members/{id}/cards',
        '/api/members/{id}/cards/reissue',
        '/api/members/{id}/strike-off',
        '/api/members/{id}/leave',
        '/api/members/{id}/death',
        '/api/members/{id}/exemption',
        '/api/deaths/notices',
        '/api/deaths/{id}/notice',
      ]),
    );
  });
});
