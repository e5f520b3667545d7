import { todayInVietnam } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { addDays } from '@party/rules';
import { OutboxMessage } from '@party/messaging';
import { countOf, rowsOf, waitFor } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { PersonReplica } from '@party/org-replica';
import { inspectionOrm } from '../inspection.orm';
import { Complaint } from './complaint.entity';
import { Discipline } from './discipline.entity';
import { InspectionCase } from './inspection-case.entity';

/**
 * The Inspection Committee's work on people over the real system: membership runs as its own
 * process, the gateway in front; inspection learns of people from membership's stream, and
 * membership applies what inspection decides from inspection's stream (JetStream both ways).
 */
const INSPECTION = { service: 'inspection' as const, orm: inspectionOrm, loadModule: () => require('../app.module').AppModule };
const stack = useStack({ label: 'discipline', service: INSPECTION, processes: ['membership'] });
const { post, get, em } = stack;

const state = stack.tables({
  cases: rowsOf(InspectionCase, (c) => [c.id, c.closedOn]),
  disciplines: rowsOf(Discipline, (d) => [d.id, d.status, d.level]),
  complaints: rowsOf(Complaint, (c) => [c.id, c.resolvedOn]),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});

const tok: Record<string, string> = {};
const ids: Record<string, string> = {};

/** Waits until inspection's copy of the person says what membership recorded. */
const known = (personId: string, status = /probationary|official/) =>
  stack.world.caughtUp(async () => status.test((await em().findOne(PersonReplica, { personId }))?.status ?? ''), `inspection to know ${personId}`);
const member = async (fullName: string, orgId: string, admittedOn = '2005-03-01', officialDate?: string | null) => {
  const id = await stack.world.member({ fullName, dateOfBirth: '1960-05-05', orgId, admittedOn, officialDate });
  await known(id);
  return id;
};
/**
 * Waits until membership (its own process and schema) has taken in what inspection published last
 * about `personId` (its inbox has the event): a probe that writes nothing in membership.
 */
async function membershipApplied(type: string, personId: string): Promise<void> {
  const [last] = (await em().find(OutboxMessage, { type }, { orderBy: { recordedAt: 'desc' } })).filter((m) => (m.envelope.data as { personId?: string }).personId === personId);
  await stack.world.caughtUp(async () => {
    const [row] = await em().execute<{ n: number }[]>(`select count(*)::int as n from "${stack.iso.schema}_membership"."inbox" where consumer = 'membership-inspection-facts' and event_id = ?`, [last.id]);
    return row.n === 1;
  }, `membership to apply ${type}`);
}
const memberStatus = async (personId: string) => (await get(`/members/${personId}`).expect(200)).body.status as string;

const discipline = (personId: string, level: string, decidedOn: string, extra: Record<string, unknown> = {}) => ({
  subject: 'member',
  personId,
  violation: 'Vi phạm quy định về những điều đảng viên không được làm',
  level,
  decidingBody: 'superior_inspection_committee',
  decidedOn,
  decisionNumber: stack.world.number('QĐ-KL'),
  ...extra,
});

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '1980-01-01', cell2: true }));
  tok.ubkt = await stack.login('ubkt');
  tok.standing = await stack.login('thuongvu');
  tok.viewer = await stack.login('viewer');
  tok.secretaryDb1 = await stack.world.secretary(ids.db1);
  tok.secretaryCb2 = await stack.world.secretary(ids.cb2);
  ids.inspected = await member('Phạm Thị Dung', ids.cell1);
  ids.warned = await member('Phạm Văn Cảnh', ids.cell1, '1983-05-19');
  ids.expelled = await member('Đỗ Văn Khai', ids.cell1, '1990-02-03');
  ids.probationer = await member('Ngô Thị Mới', ids.cell2, '2023-01-10', null);
  ids.other = await member('Lý Văn Xa', ids.cb2);
}, 180_000);

describe('inspection cases hold a transfer in membership (over JetStream)', () => {
  it('a member under inspection cannot be transferred; from the day the case closes they can', async () => {
    const opened = await post('/inspection/cases', { personId: ids.inspected, openedOn: '2023-03-01', decisionNumber: 'QĐ-KT 12', grounds: 'Đơn phản ánh về kê khai tài sản' }, tok.ubkt).expect(201);
    ids.case = opened.body.id;
    const transfer = (letterNumber: string, departedOn: string) => post('/transfers/internal', { personId: ids.inspected, toOrgId: ids.cell2, letterNumber, departedOn });
    await membershipApplied('inspection.case.opened', ids.inspected);
    const refused = await transfer('GGT-K1', '2023-04-01').expect(422);
    expect(refused.body.message.vi).toBe('Không thể chuyển sinh hoạt đảng: Phạm Thị Dung đang bị kiểm tra (từ ngày 2023-03-01)');

    // a second case while one is open, and a close before the opening, are refused without writing
    const before = await state();
    await post('/inspection/cases', { personId: ids.inspected, openedOn: '2023-03-05', decisionNumber: 'QĐ-KT 13', grounds: 'x' }, tok.ubkt).expect(409);
    const early = await post(`/inspection/cases/${ids.case}/close`, { closedOn: '2023-02-28', outcome: 'no_violation', conclusion: 'Không vi phạm' }, tok.ubkt).expect(422);
    expect(early.body.fields).toEqual([expect.objectContaining({ field: 'closedOn' })]);
    expect(await state()).toEqual(before);

    const closed = await post(`/inspection/cases/${ids.case}/close`, { closedOn: '2023-05-10', outcome: 'no_violation', conclusion: 'Không có vi phạm' }, tok.ubkt).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: '2023-05-10', person: { personId: ids.inspected, fullName: 'Phạm Thị Dung', dateOfBirth: '1960-05-05', orgId: ids.cell1, status: 'official' } });
    await membershipApplied('inspection.case.closed', ids.inspected);
    // dated: a transfer during the case stays refused, one from the day it closed is accepted
    await transfer('GGT-K2', '2023-05-09').expect(422);
    await transfer('GGT-K3', '2023-05-10').expect(201);
  });

  it('refuses a case about someone who was not a member on the opening date, naming the field', async () => {
    const res = await post('/inspection/cases', { personId: ids.probationer, openedOn: '2022-12-01', decisionNumber: 'QĐ-KT 14', grounds: 'x' }, tok.ubkt).expect(422);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['personId', 'openedOn']);
    expect(res.body.message.vi).toContain('không phải là đảng viên vào ngày 2022-12-01');
    // only what has happened is recorded: a decision dated tomorrow is refused on its field
    const tomorrow = addDays(todayInVietnam(), 1);
    const future = await post('/inspection/disciplines', discipline(ids.other, 'khien_trach', tomorrow), tok.ubkt).expect(400);
    expect(future.body.fields.map((f: { field: string }) => f.field)).toEqual(['decidedOn']);
    await post('/inspection/cases', { personId: ids.other, openedOn: tomorrow, decisionNumber: 'QĐ-KT 15', grounds: 'x' }, tok.ubkt).expect(400);
  });
});

describe('discipline decided here, applied by membership', () => {
  it('a warning holds the member’s badge for 6 months; annulled on a complaint, the badge is due again', async () => {
    const at40 = async (occasion: string) =>
      ((await get(`/badges/eligible?occasion=${occasion}`).expect(200)).body.items as { personId: string; level: number; status: string }[]).filter((i) => i.personId === ids.warned && i.level === 40);
    const res = await post('/inspection/disciplines', discipline(ids.warned, 'canh_cao', '2023-04-01', { decidingBody: 'chi_bo', proposedLevel: 'canh_cao', periodMonths: 6 }), tok.ubkt).expect(201);
    ids.warning = res.body.id;
    await stack.world.caughtUp(async () => (await at40('2023-05-19'))[0]?.status === 'held', 'membership to hold the badge');
    expect((await get(`/inspection/disciplines/${ids.warning}`, tok.ubkt).expect(200)).body).toMatchObject({ level: 'canh_cao', effectiveOn: '2023-04-01', endsOn: '2023-09-30', status: 'in_force', competenceRegulation: expect.stringContaining('Điều 36') });

    // a complaint lodged after the month is refused on its field; one within it is filed and holds a transfer
    const before = await state();
    const late = await post(`/inspection/disciplines/${ids.warning}/complaints`, { receivedOn: '2023-05-02', summary: 'Không đồng ý' }, tok.ubkt).expect(422);
    expect(late.body.fields).toEqual([expect.objectContaining({ field: 'receivedOn' })]);
    expect(late.body.regulation).toContain('22-QĐ/TW');
    expect(await state()).toEqual(before);
    const complaint = (await post(`/inspection/disciplines/${ids.warning}/complaints`, { receivedOn: '2023-04-20', notifiedOn: '2023-04-03', summary: 'Không đồng ý với hình thức cảnh cáo' }, tok.ubkt).expect(201)).body.id;
    expect((await get(`/inspection/complaints/${complaint}?`, tok.ubkt).expect(200)).body).toMatchObject({ kind: 'khieu_nai', disciplineId: ids.warning, deadline: '2023-06-06', workingDays: 30, status: 'pending' });
    // settled with the ruling, not the plain resolution
    await post(`/inspection/complaints/${complaint}/resolve`, { resolvedOn: '2023-05-02', outcome: 'upheld', conclusion: 'x' }, tok.ubkt).expect(422);

    const ruled = await post(`/inspection/complaints/${complaint}/ruling`, { resolvedOn: '2023-05-02', ruling: 'annulled', decisionNumber: 'QĐ-HB 3', conclusion: 'Hủy quyết định kỷ luật' }, tok.ubkt).expect(200);
    expect(ruled.body).toMatchObject({ status: 'resolved', outcome: 'upheld', ruling: 'annulled', deadlineStatus: 'on_time' });
    await stack.world.caughtUp(async () => (await at40('2023-05-19'))[0]?.status === 'due', 'membership to release the badge');
    expect((await get(`/inspection/disciplines/${ids.warning}`, tok.ubkt).expect(200)).body).toMatchObject({ status: 'annulled', annulledOn: '2023-05-02', annulmentDecisionNumber: 'QĐ-HB 3', complaintIds: [complaint] });
    await post(`/inspection/complaints/${complaint}/ruling`, { resolvedOn: '2023-05-03', ruling: 'upheld', decisionNumber: 'QĐ-HB 4', conclusion: 'x' }, tok.ubkt).expect(409);
  });

  it('an expulsion removes the member in membership on its effective date', async () => {
    await post('/inspection/disciplines', discipline(ids.expelled, 'khai_tru', '2023-08-10', { effectiveOn: '2023-08-15' }), tok.ubkt).expect(201);
    await stack.world.caughtUp(async () => (await memberStatus(ids.expelled)) === 'expelled', 'membership to expel the member');
    // and the copy hears back: no longer a member from the effective date
    await known(ids.expelled, /expelled/);
    const again = await post('/inspection/disciplines', discipline(ids.expelled, 'canh_cao', '2023-09-01'), tok.ubkt).expect(422);
    expect(again.body.fields[0].field).toBe('personId');
  });

  it('removal from post for a probationary member is refused with a clear message, nothing written', async () => {
    const before = await state();
    const res = await post('/inspection/disciplines', discipline(ids.probationer, 'cach_chuc', '2023-07-01'), tok.ubkt).expect(422);
    expect(res.body.message).toEqual({
      vi: 'Không áp dụng hình thức cách chức đối với đảng viên dự bị: chỉ khiển trách, cảnh cáo',
      en: 'Removal from post does not apply to a probationary member: only reprimand, warning',
    });
    expect(res.body.fields).toEqual([{ field: 'level', vi: res.body.message.vi, en: res.body.message.en }]);
    expect(res.body.regulation).toBe('Điều lệ Đảng, Điều 35');
    await post('/inspection/disciplines', discipline(ids.probationer, 'khai_tru', '2023-07-01'), tok.ubkt).expect(422);
    expect(await state()).toEqual(before);
    // a reprimand is theirs to receive
    await post('/inspection/disciplines', discipline(ids.probationer, 'khien_trach', '2023-07-01', { decidingBody: 'chi_bo' }), tok.ubkt).expect(201);
  });

  it('checks the deciding body’s competence: a chi bộ may not expel; an organization is dissolved only by the superior committee', async () => {
    const before = await state();
    const chiBo = await post('/inspection/disciplines', discipline(ids.other, 'khai_tru', '2023-07-01', { decidingBody: 'chi_bo' }), tok.ubkt).expect(422);
    expect(chiBo.body.fields[0].field).toBe('decidingBody');
    expect(chiBo.body.message.vi).toBe('Chi bộ không có thẩm quyền quyết định khai trừ đảng viên chính thức: chỉ khiển trách, cảnh cáo');
    const org = { subject: 'organization', orgId: ids.cell2, violation: 'Buông lỏng lãnh đạo', decidedOn: '2023-07-01', decisionNumber: 'QĐ-KL TC1' };
    const byUbkt = await post('/inspection/disciplines', { ...org, level: 'giai_tan', decidingBody: 'superior_inspection_committee' }, tok.ubkt).expect(422);
    expect(byUbkt.body.fields[0].field).toBe('decidingBody');
    const expelOrg = await post('/inspection/disciplines', { ...org, level: 'khai_tru', decidingBody: 'superior_committee' }, tok.ubkt).expect(422);
    expect(expelOrg.body.fields[0].field).toBe('level');
    const missing = await post('/inspection/disciplines', { ...org, orgId: undefined, level: 'khien_trach', decidingBody: 'superior_committee' }, tok.ubkt).expect(400);
    expect(missing.body.fields[0].field).toBe('orgId');
    expect(await state()).toEqual(before);
    const ok = await post('/inspection/disciplines', { ...org, level: 'khien_trach', decidingBody: 'superior_committee' }, tok.ubkt).expect(201);
    expect((await get(`/inspection/disciplines/${ok.body.id}`, tok.ubkt).expect(200)).body).toMatchObject({ subject: 'organization', person: null, orgId: ids.cell2, level: 'khien_trach' });
    // membership's rating reads it: leadership disciplined in the year caps the organization's level
    const published = await em().findOne(OutboxMessage, { type: 'inspection.discipline.orgDecided' });
    await waitFor(async () => (await em().findOne(OutboxMessage, { id: published!.id }))?.publishedAt != null, { what: 'the relay to publish it' });
    expect(published?.envelope).toMatchObject({ occurredOn: '2023-07-01', orgId: ids.cell2, data: { orgId: ids.cell2, decisionId: ok.body.id, level: 'khien_trach', decisionNumber: 'QĐ-KL TC1' } });
  });

  it('a lessened penalty replaces the decision: the removal from post becomes a warning, dated as decided', async () => {
    const removal = (await post('/inspection/disciplines', discipline(ids.other, 'cach_chuc', '2023-06-01'), tok.ubkt).expect(201)).body.id;
    const complaint = (await post(`/inspection/disciplines/${removal}/complaints`, { receivedOn: '2023-06-20', summary: 'Xin xem xét giảm' }, tok.ubkt).expect(201)).body.id;
    const before = await state();
    const heavier = await post(`/inspection/complaints/${complaint}/ruling`, { resolvedOn: '2023-07-10', ruling: 'lessened', newLevel: 'khai_tru', decisionNumber: 'QĐ-GQ 1', conclusion: 'x' }, tok.ubkt).expect(422);
    expect(heavier.body.fields[0].field).toBe('newLevel');
    expect(await state()).toEqual(before);
    await post(`/inspection/complaints/${complaint}/ruling`, { resolvedOn: '2023-07-10', ruling: 'lessened', newLevel: 'canh_cao', decisionNumber: 'QĐ-GQ 2', conclusion: 'Giảm xuống cảnh cáo' }, tok.ubkt).expect(200);
    const old = (await get(`/inspection/disciplines/${removal}`, tok.ubkt).expect(200)).body;
    expect(old).toMatchObject({ status: 'replaced', annulledOn: '2023-07-10', replacedBy: expect.any(String) });
    expect((await get(`/inspection/disciplines/${old.replacedBy}`, tok.ubkt).expect(200)).body).toMatchObject({ level: 'canh_cao', decidedOn: '2023-06-01', effectiveOn: '2023-06-01', decisionNumber: 'QĐ-GQ 2', replaces: removal, status: 'in_force' });
    const types = (await em().find(OutboxMessage, {}, { orderBy: { occurredOn: 'asc' } })).filter((m) => (m.envelope.data as { personId?: string }).personId === ids.other).map((m) => m.type);
    expect(types).toEqual(expect.arrayContaining(['inspection.discipline.decided', 'inspection.complaint.filed', 'inspection.complaint.resolved', 'inspection.discipline.annulled']));
  });
});

describe('denunciations and complaints with their deadlines', () => {
  it('lists them due and overdue on a date; a resolution is published', async () => {
    const file = (receivedOn: string, kind = 'to_cao') => post('/inspection/complaints', { kind, personId: ids.inspected, receivedOn, complainant: 'Quần chúng', summary: 'Tố cáo vi phạm' }, tok.ubkt).expect(201);
    const tet = (await file('2023-01-16')).body.id; // 30 working days across Tết 2023: 6 March
    const later = (await file('2023-02-20', 'khieu_nai')).body.id;
    const complaint = (await get(`/inspection/complaints/${tet}`, tok.ubkt).expect(200)).body;
    expect(complaint).toMatchObject({ deadline: '2023-03-06', workingDays: 30, regulation: 'Quy định 22-QĐ/TW (2021)' });

    const list = async (query: string) => ((await get(`/inspection/complaints?${query}`, tok.ubkt).expect(200)).body.items as { id: string }[]).map((c) => c.id).filter((i) => i === tet || i === later);
    expect(await list('deadline=due&asOf=2023-03-06')).toEqual([tet, later]);
    expect(await list('deadline=overdue&asOf=2023-03-07')).toEqual([tet]);
    expect(await list('dueBy=2023-03-06')).toEqual([tet]);
    const page = (await get('/inspection/complaints?status=pending&pageSize=1&asOf=2023-03-07', tok.ubkt).expect(200)).body;
    expect(page).toMatchObject({ pageSize: 1, asOf: '2023-03-07' });
    expect(page.items).toHaveLength(1);

    const resolved = await post(`/inspection/complaints/${tet}/resolve`, { resolvedOn: '2023-03-08', outcome: 'dismissed', conclusion: 'Tố cáo sai' }, tok.ubkt).expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', deadlineStatus: 'overdue', outcome: 'dismissed' });
    expect(await list('deadline=overdue&asOf=2023-03-09')).toEqual([tet]); // settled late
    expect(await list('status=pending')).toEqual([later]);
    const events = (await em().find(OutboxMessage, { type: { $in: ['inspection.complaint.filed', 'inspection.complaint.resolved'] } }, { orderBy: { id: 'asc' } })).filter((m) => (m.envelope.data as { complaintId: string }).complaintId === tet);
    expect(events.map((e) => [e.type, e.occurredOn])).toEqual([
      ['inspection.complaint.filed', '2023-01-16'],
      ['inspection.complaint.resolved', '2023-03-08'],
    ]);
    await post(`/inspection/complaints/${tet}/resolve`, { resolvedOn: '2023-03-09', outcome: 'dismissed', conclusion: 'x' }, tok.ubkt).expect(409);
    await post(`/inspection/complaints/${later}/ruling`, { resolvedOn: '2023-03-09', ruling: 'upheld', decisionNumber: 'x', conclusion: 'x' }, tok.ubkt).expect(422);
  });
});

describe('confidentiality, each route crossed', () => {
  beforeAll(async () => {
    // an open case in cb2, a closed one in db1's subtree exists (Phạm Thị Dung)
    ids.openCase = (await post('/inspection/cases', { personId: ids.other, openedOn: '2023-09-01', decisionNumber: 'QĐ-KT 20', grounds: 'Bí mật' }, tok.ubkt).expect(201)).body.id;
  });

  it('org_board cannot read a case in progress, a discipline in full or a complaint; it reads outcomes without the violation', async () => {
    for (const path of [`/inspection/cases/${ids.openCase}`, '/inspection/cases', '/inspection/disciplines', `/inspection/disciplines/${ids.warning}`, '/inspection/complaints']) {
      await get(path).expect(403);
    }
    await post('/inspection/cases', { personId: ids.other, openedOn: '2023-09-01', decisionNumber: 'x', grounds: 'x' }).expect(403);
    await post('/inspection/disciplines', discipline(ids.other, 'khien_trach', '2023-09-01')).expect(403);
    await post('/inspection/complaints', { kind: 'to_cao', personId: ids.other, receivedOn: '2023-09-01', summary: 'x' }).expect(403);
    await post(`/inspection/cases/${ids.openCase}/close`, { closedOn: '2023-09-02', outcome: 'violation', conclusion: 'x' }).expect(403);
    const outcomes = (await get(`/inspection/discipline-outcomes?personId=${ids.warned}`).expect(200)).body.items;
    expect(outcomes).toEqual([expect.objectContaining({ id: ids.warning, level: 'canh_cao', status: 'annulled', decidedOn: '2023-04-01' })]);
    expect(outcomes[0]).not.toHaveProperty('violation');
    expect(outcomes[0]).not.toHaveProperty('proposedLevel');
    const conclusions = (await get('/inspection/conclusions').expect(200)).body.items.map((c: { id: string }) => c.id);
    expect(conclusions).toContain(ids.case);
    expect(conclusions).not.toContain(ids.openCase);
  });

  it('the Standing Committee reads cases in progress but writes nothing; a viewer reads none of it', async () => {
    expect((await get(`/inspection/cases/${ids.openCase}`, tok.standing).expect(200)).body).toMatchObject({ status: 'open', grounds: 'Bí mật' });
    await get('/inspection/complaints', tok.standing).expect(200);
    await post(`/inspection/cases/${ids.openCase}/close`, { closedOn: '2023-09-02', outcome: 'violation', conclusion: 'x' }, tok.standing).expect(403);
    for (const path of ['/inspection/cases', '/inspection/conclusions', '/inspection/discipline-outcomes', '/inspection/disciplines']) await get(path, tok.viewer).expect(403);
  });

  it('a secretary sees only closed conclusions and outcomes of their own subtree, never another organization’s', async () => {
    await get(`/inspection/cases/${ids.case}`, tok.secretaryDb1).expect(403);
    await get('/inspection/complaints', tok.secretaryDb1).expect(403);
    const mine = (await get('/inspection/conclusions', tok.secretaryDb1).expect(200)).body.items;
    expect(mine.map((c: { id: string }) => c.id)).toEqual([ids.case]);
    expect(mine[0]).not.toHaveProperty('grounds');
    await get(`/inspection/conclusions?orgId=${ids.cb2}`, tok.secretaryDb1).expect(403);
    await get(`/inspection/discipline-outcomes?orgId=${ids.cb2}`, tok.secretaryDb1).expect(403);
    const outcomes = (await get('/inspection/discipline-outcomes', tok.secretaryDb1).expect(200)).body.items as { person: { personId: string } | null; orgId: string }[];
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((o) => o.orgId !== ids.cb2)).toBe(true);
    // cb2's secretary: no conclusion closed there, their member's discipline outcomes only
    expect((await get('/inspection/conclusions', tok.secretaryCb2).expect(200)).body.items).toEqual([]);
    const theirs = (await get('/inspection/discipline-outcomes', tok.secretaryCb2).expect(200)).body.items as { person: { personId: string } | null }[];
    expect(new Set(theirs.map((o) => o.person?.personId))).toEqual(new Set([ids.other]));
    await post('/inspection/complaints', { kind: 'to_cao', personId: ids.other, receivedOn: '2023-09-01', summary: 'x' }, tok.secretaryCb2).expect(403);
  });
});
