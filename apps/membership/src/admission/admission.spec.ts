import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { countOf, rowsOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { Candidate } from '../candidates/candidate.entity';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * People, candidates and admission through the real gateway, with the REAL training service on
 * the same NATS prefix (its own process and schema): certificates reach membership only as JetStream events.
 */
const stack = useStack({ label: 'admission', service: MEMBERSHIP, processes: ['training'] });
const { post, get, em } = stack;
const counts = stack.tables({ people: countOf(Person), candidates: countOf(Candidate), outbox: countOf(OutboxMessage), audit: countOf(AuditEntry) });
const snapshot = stack.tables({
  people: rowsOf(Person, (p) => [p.id, p.status, p.admissionDecisionDate]),
  candidates: countOf(Candidate),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});

const ids: Record<string, string> = {};
const profile = { professionalEducation: 'bachelor', theoryLevel: 'elementary', occupation: 'Kỹ sư' };
const person = (fullName: string, dateOfBirth: string, orgId = ids.cell1, extra: Record<string, unknown> = {}) => stack.world.personFields({ fullName, dateOfBirth, orgId, ...profile, ...extra });

/** A candidate ready for the vote: nominated, listed with a mentor, two official introducers, resolution 6/9. */
const candidate = (fullName: string, dateOfBirth: string, voteDate: string, orgId = ids.cell1) =>
  stack.world.candidate({ fullName, dateOfBirth, orgId, ...profile, introducers: [ids.official1, ids.official2], voteDate, votes: { officialMembers: 9, votesFor: 6 } });

/** Through the real training service: a nhận thức về Đảng certificate, in membership once its event is. */
const certify = (personId: string, issuedOn: string, number: string) => stack.world.certify(personId, 'nhan-thuc-ve-dang', issuedOn, number);

const admit = (c: { candidateId: string }, voteDate: string, decisionDate: string, extra: Record<string, unknown> = {}, token?: string) =>
  post('/admissions', { candidateId: c.candidateId, voteDate, decisionDate, decisionNumber: `QĐ-KN ${c.candidateId.slice(-6)}`, ...extra }, token);

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '2010-01-01' }));
  const existing = (fullName: string, orgId: string) => stack.world.member({ fullName, orgId, ...profile });
  ids.official1 = await existing('Nguyễn Văn An', ids.cell1);
  ids.official2 = await existing('Đặng Thị Đào', ids.cell1);
  ids.official3 = await existing('Trần Văn Bình', ids.cb2);
}, 60_000);

describe('people', () => {
  it('registers an existing official member as history: member.registered on the decision date, never an admission', async () => {
    const [evt] = await em().find(OutboxMessage, { type: 'membership.member.registered', orgId: ids.cell1 }, { orderBy: { id: 'asc' } });
    expect(evt.occurredOn).toBe('2005-03-01');
    // the chi bộ was established in 2010: on the 2005 decision date it had no kind to report
    expect(evt.envelope.data).toMatchObject({ personId: ids.official1, orgKind: null, admissionDecisionDate: '2005-03-01', officialDate: '2006-03-20', source: 'existing' });
    expect(await em().count(OutboxMessage, { type: 'membership.member.admitted' })).toBe(0);
  });

  it('refuses a second person with the same citizen ID with 409 and a clear message', async () => {
    const existing = await em().findOneOrFail(Person, { id: ids.official1 });
    const before = await counts();
    const res = await post('/people', { ...person('Người Khác', '1990-01-01'), citizenId: existing.citizenId }).expect(409);
    expect(res.body.message.vi).toContain(`Số CCCD ${existing.citizenId} đã có`);
    expect(await counts()).toEqual(before);
  });

  it('answers 400 field by field for a bad person and writes nothing', async () => {
    const before = await counts();
    const res = await post('/people', { fullName: ' ', dateOfBirth: '2000-02-30', gender: 'x', citizenId: '12345', ethnicity: 'martian', religion: 'none', hometown: 'Huế', generalEducation: '13/12', orgId: 'nope' }).expect(400);
    const fields = res.body.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['citizenId', 'dateOfBirth', 'ethnicity', 'fullName', 'gender', 'generalEducation', 'orgId']);
    expect(res.body.fields.find((f: { field: string }) => f.field === 'citizenId').vi).toBe('Số CCCD phải gồm đúng 12 chữ số');
    expect(await counts()).toEqual(before);
  });

  it('finds Vietnamese names regardless of diacritics and case, and by citizen ID', async () => {
    const names = async (q: string) => (await get(`/members?q=${encodeURIComponent(q)}`).expect(200)).body.items.map((p: { fullName: string }) => p.fullName);
    expect(await names('nguyen van an')).toEqual(['Nguyễn Văn An']);
    expect(await names('NGUYỄN an')).toEqual(['Nguyễn Văn An']);
    expect(await names('dang thi dao')).toEqual(['Đặng Thị Đào']);
    expect(await names('van')).toEqual(expect.arrayContaining(['Nguyễn Văn An', 'Trần Văn Bình']));
    expect(await names('an binh')).toEqual([]);
    const cid = (await em().findOneOrFail(Person, { id: ids.official3 })).citizenId;
    expect(await names(cid.slice(0, 12))).toEqual(['Trần Văn Bình']);
    const page = (await get(`/members?status=official&orgId=${ids.db1}&page=1&pageSize=1`).expect(200)).body;
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    await get('/members?status=boss&pageSize=1000').expect(400);
  });
});

describe('admission: age on the vote date', () => {
  it('refuses a vote the day before the 18th birthday in months and admits on the birthday itself', async () => {
    const young = await candidate('Lê Văn Trẻ', '2006-01-16', '2024-01-15');
    const ready = await candidate('Lê Văn Đủ', '2006-01-15', '2024-01-15');
    await certify(young.personId, '2023-10-10', 'NT-2023-001');
    await certify(ready.personId, '2023-10-10', 'NT-2023-002');
    ids.ready = ready.personId;

    const before = await snapshot();
    const refused = await admit(young, '2024-01-15', '2024-01-25').expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ code: 'AGE_UNDER_18', regulation: expect.stringContaining('Điều lệ Đảng') })]);
    expect(refused.body.violations[0].vi).toContain('Chưa đủ 18 tuổi');
    expect(refused.body.fields[0].field).toBe('person.dateOfBirth');
    expect(await snapshot()).toEqual(before);

    const ok = await admit(ready, '2024-01-15', '2024-01-25').expect(201);
    expect(ok.body).toMatchObject({ needsHigherApproval: false, person: { status: 'probationary', admissionDecisionDate: '2024-01-25', ceremonyDate: null }, certificate: { certificateNumber: 'NT-2023-002' } });
    const [evt] = await em().find(OutboxMessage, { type: 'membership.member.admitted' });
    expect(evt.occurredOn).toBe('2024-01-25');
    expect(evt.envelope.data).toMatchObject({ personId: ready.personId, orgId: ids.cell1, orgKind: 'dependent_cell', voteDate: '2024-01-15', admissionDecisionDate: '2024-01-25', ceremonyDate: null });
    await admit(ready, '2024-01-15', '2024-01-25').expect(409);
  });

  it('shows the admitted person with their timeline in date order', async () => {
    const res = await get(`/members/${ids.ready}`).expect(200);
    expect(res.body.status).toBe('probationary');
    const types = res.body.timeline.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['membership.candidate.nominated', 'membership.candidate.resolutionPassed', 'membership.member.admitted']));
    const dates = res.body.timeline.map((e: { on: string }) => e.on);
    expect(dates).toEqual([...dates].sort());
    expect(types.indexOf('membership.candidate.resolutionPassed')).toBeLessThan(types.indexOf('membership.member.admitted'));
  });

  it('admits an applicant over 60 flagged as needing higher approval, not refused', async () => {
    const old = await candidate('Phạm Văn Cao', '1962-01-01', '2024-01-15');
    await certify(old.personId, '2023-10-10', 'NT-2023-003');
    const ok = await admit(old, '2024-01-15', '2024-01-20', { ceremonyDate: '2024-02-01' }).expect(201);
    expect(ok.body.needsHigherApproval).toBe(true);
    expect(ok.body.warnings[0].code).toBe('AGE_OVER_60_NEEDS_HIGHER_APPROVAL');
  });
});

describe('admission: the nhận thức về Đảng certificate from the training service', () => {
  it('refuses without a certificate, naming it, and admits once training has issued one over JetStream', async () => {
    const c = await candidate('Hoàng Thị Mai', '1995-07-07', '2024-05-20');
    const before = await snapshot();
    const refused = await admit(c, '2024-05-20', '2024-05-27').expect(422);
    expect(refused.body.message.vi).toContain('Chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng còn hiệu lực');
    expect(refused.body.violations.map((v: { code: string }) => v.code)).toEqual(['CERTIFICATE_MISSING']);
    expect(await snapshot()).toEqual(before);

    await certify(c.personId, '2024-05-10', 'NT-2024-010');
    const ok = await admit(c, '2024-05-20', '2024-05-27', { ceremonyDate: '2024-06-05' }).expect(201);
    expect(ok.body.person).toMatchObject({ status: 'probationary', admissionDecisionDate: '2024-05-27', ceremonyDate: '2024-06-05' });
    expect(ok.body.deadlines).toMatchObject({ decisionStatus: 'on_time', ceremonyStatus: 'on_time' });
  });

  it('accepts a certificate the day before its fifth anniversary and refuses it on the anniversary', async () => {
    const dayBefore = await candidate('Vũ Văn Hạn', '1990-01-01', '2024-04-09');
    const onAnniversary = await candidate('Vũ Văn Quá', '1990-01-01', '2024-04-10');
    await certify(dayBefore.personId, '2019-04-10', 'NT-2019-001');
    await certify(onAnniversary.personId, '2019-04-10', 'NT-2019-002');
    const before = await snapshot();
    const refused = await admit(onAnniversary, '2024-04-10', '2024-04-15').expect(422);
    expect(refused.body.message.vi).toContain('Chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng còn hiệu lực vào ngày chi bộ xét 2024-04-10');
    expect(refused.body.violations).toEqual([expect.objectContaining({ code: 'CERTIFICATE_EXPIRED', vi: expect.stringContaining('2024-04-09') })]);
    expect(await snapshot()).toEqual(before);
    await admit(dayBefore, '2024-04-09', '2024-04-15').expect(201);
  });

  it('lists every violation with its regulation: introducers not official long enough, vote below 2/3, education', async () => {
    const p = (await post('/people', person('Đỗ Văn Thiếu', '1995-01-01', ids.cell1, { generalEducation: '8/12' })).expect(201)).body;
    const c = (await post('/candidates', { personId: p.id, nominatedBy: 'trade-union', nominatedOn: '2023-01-10' }).expect(201)).body;
    await post(`/candidates/${c.id}/vetting`, { status: 'concluded', concludedOn: '2023-12-01' }).expect(200);
    await post(`/candidates/${c.id}/introducers`, { introducers: [{ kind: 'party_member', personId: ids.official1, togetherSince: '2023-10-01' }, { kind: 'trade_union_committee', organization: 'BCH Công đoàn cơ sở' }] }).expect(200);
    await post(`/candidates/${c.id}/resolution`, { voteDate: '2024-03-01', officialMembers: 9, votesFor: 5 }).expect(200);
    const before = await snapshot();
    const res = await admit({ candidateId: c.id }, '2024-03-01', '2024-03-05').expect(422);
    const codes = res.body.violations.map((v: { code: string }) => v.code).sort();
    expect(codes).toEqual(['CERTIFICATE_MISSING', 'EDUCATION_BELOW_LOWER_SECONDARY', 'INTRODUCER_TOO_SHORT_TOGETHER', 'VOTE_BELOW_TWO_THIRDS']);
    for (const v of res.body.violations) expect(v).toEqual(expect.objectContaining({ vi: expect.any(String), en: expect.any(String), regulation: expect.any(String) }));
    expect(await snapshot()).toEqual(before);
  });

  it('answers 400 field by field for a bad admission and writes nothing', async () => {
    const before = await snapshot();
    const res = await post('/admissions', { candidateId: 'x', voteDate: '2024-13-01', decisionDate: '2024-01-01', ceremonyDate: '2023-12-31' }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['candidateId', 'decisionNumber', 'voteDate']);
    const order = await post('/admissions', { candidateId: ids.official1, voteDate: '2024-02-01', decisionDate: '2024-01-01', decisionNumber: '1', ceremonyDate: '2023-12-31' }).expect(400);
    expect(order.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['ceremonyDate', 'decisionDate']);
    await post('/candidates', { personId: ids.official1, nominatedBy: 'unknown-org', nominatedOn: '2024-01-01' }).expect(400);
    expect(await snapshot()).toEqual(before);
  });
});

describe('admission deadlines in working days, across Tết 2024', () => {
  it('a ceremony decided on 2024-01-25 is due on its 30th working day (2024-03-14) and overdue on the 31st', async () => {
    const due = (await get('/admissions/deadlines?asOf=2024-03-14').expect(200)).body.items.find((i: { personId: string }) => i.personId === ids.ready);
    expect(due).toMatchObject({ stage: 'ceremony', from: '2024-01-25', workingDays: 30, deadline: '2024-03-14', status: 'due' });
    const overdue = (await get('/admissions/deadlines?asOf=2024-03-15').expect(200)).body.items.find((i: { personId: string }) => i.personId === ids.ready);
    expect(overdue).toMatchObject({ stage: 'ceremony', status: 'overdue' });
    // the ceremony held later takes it off the list
    await post(`/admissions/${ids.ready}/ceremony`, { ceremonyDate: '2024-03-15' }).expect(200);
    const after = (await get('/admissions/deadlines?asOf=2024-03-15').expect(200)).body.items.map((i: { personId: string }) => i.personId);
    expect(after).not.toContain(ids.ready);
    const [held] = await em().find(OutboxMessage, { type: 'membership.member.ceremonyHeld' });
    expect(held.occurredOn).toBe('2024-03-15');
  });

  it('lists a resolution waiting for its decision: 60 working days, due then overdue', async () => {
    const c = await candidate('Bùi Văn Chờ', '1994-04-04', '2024-01-15');
    const at = async (asOf: string) => (await get(`/admissions/deadlines?asOf=${asOf}`).expect(200)).body.items.find((i: { candidateId: string }) => i.candidateId === c.candidateId);
    expect(await at('2024-04-15')).toMatchObject({ stage: 'decision', deadline: '2024-04-15', status: 'due' });
    expect(await at('2024-04-16')).toMatchObject({ status: 'overdue' });
    expect(await at('2024-01-14')).toBeUndefined();
  });
});

describe('worklists: candidates by stage, deadlines by stage and status, paged', () => {
  it('lists candidates by stage and status, in an organization subtree, with the total', async () => {
    const all = (await get('/candidates?pageSize=500').expect(200)).body;
    expect(all.total).toBe(all.items.length);
    expect(all.items.every((c: { fullName: string }) => c.fullName)).toBe(true);
    const admitted = (await get('/candidates?status=admitted&pageSize=500').expect(200)).body;
    expect(admitted.total).toBeGreaterThan(0);
    expect(admitted.items.every((c: { status: string; stage: string }) => c.status === 'admitted' && c.stage === 'admitted')).toBe(true);
    // Đỗ Văn Thiếu: introducers and resolution recorded, refused at admission: still waiting at the resolution
    const waiting = (await get('/candidates?stage=resolution&pageSize=500').expect(200)).body.items;
    expect(waiting.map((c: { fullName: string }) => c.fullName)).toContain('Đỗ Văn Thiếu');
    expect(waiting.every((c: { status: string; resolution: unknown }) => c.status === 'inPipeline' && c.resolution)).toBe(true);
    const page = (await get('/candidates?sort=fullName&order=desc&page=2&pageSize=2').expect(200)).body;
    expect(page).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    const names = all.items.map((c: { fullName: string }) => c.fullName).sort((a: string, b: string) => b.localeCompare(a, 'vi'));
    expect(page.items.map((c: { fullName: string }) => c.fullName)).toEqual(names.slice(2, 4));
    expect((await get(`/candidates?orgId=${ids.cb2}`).expect(200)).body.items.every((c: { orgId: string }) => c.orgId === ids.cb2)).toBe(true);
    await get('/candidates?stage=elected').expect(400);
  });

  it('narrows the admission deadlines by stage and status, paged with the total', async () => {
    const res = (await get('/admissions/deadlines?asOf=2024-04-16&stage=decision&status=overdue&pageSize=1').expect(200)).body;
    expect(res).toMatchObject({ asOf: '2024-04-16', page: 1, pageSize: 1 });
    expect(res.total).toBeGreaterThan(0);
    expect(res.items).toEqual([expect.objectContaining({ stage: 'decision', status: 'overdue' })]);
  });
});

describe('a secretary scoped to one đảng bộ', () => {
  let secretary: string;
  let outside: { personId: string; candidateId: string };
  beforeAll(async () => {
    outside = await candidate('Ngô Văn Ngoài', '1990-02-02', '2024-02-20', ids.cb2);
    await certify(outside.personId, '2023-10-10', 'NT-2023-099');
    secretary = await stack.world.secretary(ids.db1, { username: 'bithu.dienluc' });
  }, 60_000);

  it('reads only its subtree: the list, a member, the deadlines', async () => {
    const list = (await get('/members?pageSize=200', secretary).expect(200)).body;
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((p: { orgId: string }) => p.orgId === ids.cell1)).toBe(true);
    await get(`/members/${ids.official1}`, secretary).expect(200);
    const res = await get(`/members/${ids.official3}`, secretary).expect(403);
    expect(res.body.message.vi).toContain('ngoài phạm vi');
    await get(`/members?orgId=${ids.cb2}`, secretary).expect(403);
    await get(`/candidates/${outside.candidateId}`, secretary).expect(403);
    const deadlines = (await get('/admissions/deadlines?asOf=2024-03-01', secretary).expect(200)).body.items;
    expect(deadlines.map((d: { personId: string }) => d.personId)).not.toContain(outside.personId);
    const candidates = (await get('/candidates?pageSize=500', secretary).expect(200)).body.items;
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c: { orgId: string }) => c.orgId === ids.cell1)).toBe(true);
    await get(`/candidates?orgId=${ids.cb2}`, secretary).expect(403);
  });

  it('cannot admit, nominate or record people outside it — nothing written — but can inside it', async () => {
    const before = await snapshot();
    await admit(outside, '2024-02-20', '2024-02-26', {}, secretary).expect(403);
    await post('/people', person('Người Ngoài', '1990-01-01', ids.cb2), secretary).expect(403);
    const p = (await post('/people', person('Người Ngoài 2', '1990-01-01', ids.cb2)).expect(201)).body;
    const mid = await snapshot();
    await post('/candidates', { personId: p.id, nominatedBy: 'youth-union', nominatedOn: '2024-01-01' }, secretary).expect(403);
    await post(`/candidates/${outside.candidateId}/vetting`, { status: 'pending' }, secretary).expect(403);
    expect(await snapshot()).toEqual(mid);
    expect(mid.outbox).toBeGreaterThan(before.outbox);
    await admit(outside, '2024-02-20', '2024-02-26').expect(201);
  });

  it('publishes its routes in the OpenAPI document', async () => {
    const doc = (await stack.gw.http().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/people', '/api/members', '/api/members/{id}', '/api/members/existing', '/api/candidates', '/api/candidates/{id}/resolution', '/api/admissions', '/api/admissions/deadlines', '/api/admissions/{personId}/ceremony']));
  });
});
