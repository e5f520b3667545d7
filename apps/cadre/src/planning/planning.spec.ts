import { v7 as uuidv7 } from 'uuid';
import { DisciplineAnnulled, DisciplineDecided, VettingConcluded } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { OrgVersion, PersonReplica } from '@party/org-replica';
import { publishFact } from '@party/service-kit/testing';
import { countOf, rowsOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { cadreOrm } from '../cadre.orm';
import { ConfidenceVote, PlanningEntry, PlanningReview } from './planning.entities';

/**
 * Cadre planning and confidence votes over the real system: membership and inspection run as
 * their own processes, the gateway in front. Cadre learns people and organizations from
 * membership's stream; a discipline decided in the inspection service reaches cadre over
 * JetStream and takes the person out of their plans by itself.
 */
const CADRE = { service: 'cadre' as const, orm: cadreOrm, loadModule: () => require('../app.module').AppModule };
const stack = useStack({ label: 'planning', service: CADRE, processes: ['membership', 'inspection'] });
const { post, get, em } = stack;

const state = stack.tables({
  entries: rowsOf(PlanningEntry, (e) => [e.id, e.endedOn, e.exitReason]),
  reviews: countOf(PlanningReview),
  votes: rowsOf(ConfidenceVote, (v) => [v.id, v.decidedOn]),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});

const ids: Record<string, string> = {};
const tok: Record<string, string> = {};
const TERM = '2025-2030';
const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

const known = (personId: string) => stack.world.caughtUp(async () => !!(await em().findOne(PersonReplica, { personId }))?.fullName, `cadre to know ${personId}`);
const member = async (fullName: string, orgId: string, dateOfBirth = '1975-04-04') => {
  const id = await stack.world.member({ fullName, dateOfBirth, orgId });
  await known(id);
  return id;
};
const plan = (orgId: string, post_: string, personIds: string[], decidedOn = '2023-03-15', extra: Record<string, unknown> = {}) =>
  post('/cadre/planning/entries', { orgId, committeeKind: post_.startsWith('inspection') ? 'inspection' : 'executive', post: post_, term: TERM, personIds, decisionNumber: stack.world.number('QĐ-QH'), decidedOn, ...extra });
const entriesOf = async (personId: string) => (await get(`/cadre/planning/entries?personId=${personId}&sort=plannedOn`).expect(200)).body.items as Record<string, any>[];
const outboxOf = async (type: string, pick: (d: Record<string, unknown>) => boolean) =>
  (await em().find(OutboxMessage, { type }, { orderBy: { id: 'asc' } })).filter((m) => pick(m.envelope.data as Record<string, unknown>));

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '1990-01-01', cell2: true }));
  [tok.standing, tok.ubkt, tok.viewer] = await Promise.all([stack.login('thuongvu'), stack.login('ubkt'), stack.login('viewer')]);
  tok.secretary = await stack.world.secretary(ids.db1);
  await stack.world.caughtUp(async () => (await em().count(OrgVersion, { orgId: { $in: [ids.bloc, ids.db1, ids.cell1, ids.cell2, ids.cb2] } })) === 5, 'cadre to copy the tree');
  for (const [key, name] of [['a1', 'Nguyễn Văn An'], ['a2', 'Trần Thị Bình'], ['a3', 'Lê Văn Cường'], ['a4', 'Phạm Văn Dũng'], ['rep', 'Đỗ Văn Khiển'], ['vet', 'Hoàng Thị Thẩm'], ['vp', 'Vũ Văn Phiếu'], ['low', 'Bùi Thị Quang'], ['vet2', 'Lý Thị Kết Luận']]) {
    ids[key] = await member(name, ids.cell1);
  }
  ids.old1 = await member('Ngô Văn Đủ', ids.cell2, '1967-12-01');
  ids.old2 = await member('Ngô Văn Thiếu', ids.cell2, '1967-11-30');
  ids.hold = await member('Đinh Văn Giữ', ids.cell1);
  // cb2's chi ủy from mid-2023 (the committees' records): the votes are for its holders, and a holder is planned only for higher posts
  const holders = [{ personId: ids.low, post: 'secretary' }, { personId: ids.vp, post: 'deputy_secretary' }, { personId: ids.hold, post: 'member' }];
  await post('/cadre/committees', { orgId: ids.cb2, kind: 'executive', term: '2020-2025', electedOn: '2023-06-01', decisionNumber: 'QĐ-CU 12', holders }).expect(201);
}, 240_000);

describe('planning a post (Quy định 50-QĐ/TW, 377-QĐ/TW)', () => {
  it('accepts the 3rd person for a post and refuses the 4th, naming the rule and the person, writing nothing', async () => {
    const three = await plan(ids.db1, 'secretary', [ids.a1, ids.a2, ids.a3]).expect(201);
    expect(three.body.ids).toHaveLength(3);
    const before = await state();
    const fourth = await plan(ids.db1, 'secretary', [ids.a4], '2023-06-01').expect(422);
    expect(fourth.body.regulation).toBe('Quy định 50-QĐ/TW (2021)');
    expect(fourth.body.fields).toEqual([expect.objectContaining({ field: 'personIds.0' })]);
    expect(fourth.body.message.vi).toBe('Chức danh Bí thư — Đảng bộ Công ty Điện lực, nhiệm kỳ 2025-2030 đã đủ 3 người trong quy hoạch: mỗi chức danh quy hoạch không quá 3 người');
    // four in one decision: refused on the fourth, and the first three are not kept either
    const batch = await plan(ids.cb2, 'deputy_secretary', [ids.a1, ids.a2, ids.a3, ids.a4]).expect(422);
    expect(fieldsOf(batch.body)).toEqual(['personIds.3']);
    expect(await state()).toEqual(before);

    const board = (await get(`/cadre/planning/board?orgId=${ids.db1}&committeeKind=executive&post=secretary&term=${TERM}&asOf=2023-12-01&sort=fullName`).expect(200)).body;
    expect(board).toMatchObject({ orgName: 'Đảng bộ Công ty Điện lực', termStart: '2025-01-01', caps: { used: 3, allowed: 3, regulation: 'Quy định 50-QĐ/TW (2021)' }, total: 3 });
    expect(board.items.map((i: { person: { fullName: string } }) => i.person.fullName)).toEqual(['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình']);
    expect(board.items[0]).toMatchObject({ ageAtTermStart: { years: 49, months: 8 }, retiresAfter: '2037-04-30', sexAssumed: true, status: 'in_plan', personCaps: { level: 'grassroots', used: 1, allowed: 3 } });
    const events = await outboxOf('cadre.planning.planned', (d) => three.body.ids.includes(d.entryId));
    expect(events.map((e) => e.occurredOn)).toEqual(['2023-03-15', '2023-03-15', '2023-03-15']);
  });

  it('judges a decision of 2026 by Quy định 377-QĐ/TW, and refuses a 4th post for one person at one level', async () => {
    await plan(ids.db1, 'deputy_secretary', [ids.a1, ids.a2, ids.a3], '2026-01-10').expect(201);
    const fourth = await plan(ids.db1, 'deputy_secretary', [ids.a4], '2026-01-10').expect(422);
    expect(fourth.body.regulation).toBe('Quy định 377-QĐ/TW (2025)');
    await plan(ids.cb2, 'secretary', [ids.a1], '2026-01-10').expect(201);
    const before = await state();
    const fourthPost = await plan(ids.cb2, 'deputy_secretary', [ids.a1], '2026-01-10').expect(422);
    expect(fourthPost.body.message.vi).toBe('Đồng chí Nguyễn Văn An đã được quy hoạch 3 chức danh cấp cơ sở: mỗi người quy hoạch không quá 3 chức danh ở cùng cấp');
    expect(fieldsOf(fourthPost.body)).toEqual(['personIds.0']);
    // the same person twice in one plan
    const twice = await plan(ids.cb2, 'secretary', [ids.a1], '2026-02-01').expect(422);
    expect(twice.body.message.vi).toContain('đã có trong quy hoạch');
    expect(await state()).toEqual(before);
  });

  it('accepts a man who reaches 62 in December 2029 for 2025-2030 and refuses one born a day earlier (retires 30/11/2029)', async () => {
    await plan(ids.db1, 'standing_member', [ids.old1]).expect(201);
    const short = await plan(ids.db1, 'standing_member', [ids.old2]).expect(422);
    expect(short.body.regulation).toBe('Quy định 50-QĐ/TW (2021)');
    expect(short.body.message.vi).toBe('Đồng chí Ngô Văn Thiếu không đủ tuổi công tác trọn nhiệm kỳ 2025-2030: đến tuổi nghỉ hưu sau ngày 2029-11-30, trước khi hết nhiệm kỳ (2029-12-31)');
    // a chi bộ cơ sở has no standing committee: nobody is planned for it (the committees' rule)
    const noSuchPost = await plan(ids.cb2, 'standing_member', [ids.a4]).expect(422);
    expect(fieldsOf(noSuchPost.body)).toEqual(['post']);
    expect(noSuchPost.body.message.vi).toBe('Chi bộ Công ty Xây lắp: Chi bộ cơ sở không có ban thường vụ');
    // a decision before the encoded regulation is refused on its date, not guessed
    const early = await plan(ids.db1, 'standing_member', [ids.a4], '2021-06-01').expect(422);
    expect(fieldsOf(early.body)).toEqual(['decidedOn']);
  });
});

describe('a holder of a post is planned only for a higher one (chỉ quy hoạch chức danh cao hơn)', () => {
  it('refuses the post held, one no higher elsewhere and one below, naming the post held and the rule; accepts a higher post and one of the bloc above', async () => {
    const before = await state();
    const same = await plan(ids.cb2, 'member', [ids.hold], '2023-07-03').expect(422);
    expect(same.body.regulation).toBe('Quy định 50-QĐ/TW (2021)');
    expect(fieldsOf(same.body)).toEqual(['personIds.0']);
    expect(same.body.message.vi).toBe('Đồng chí Đinh Văn Giữ đang giữ chức danh Cấp ủy viên — Chi bộ Công ty Xây lắp: chỉ quy hoạch chức danh cao hơn, Cấp ủy viên — Chi bộ Công ty Xây lắp không cao hơn');
    // a member of another grassroots committee is no higher; the secretary of a chi bộ trực thuộc is a level below
    expect((await plan(ids.db1, 'member', [ids.hold], '2023-07-03').expect(422)).body.message.vi).toContain('Cấp ủy viên — Đảng bộ Công ty Điện lực không cao hơn');
    expect(fieldsOf((await plan(ids.cell1, 'secretary', [ids.hold], '2023-07-03').expect(422)).body)).toEqual(['personIds.0']);
    // in a review, on the addition's field, by the rule of 2026
    const review = { orgId: ids.bloc, title: 'Rà soát quy hoạch 2026', terms: [TERM], decisionNumber: 'QĐ-RS 2026', decidedOn: '2026-01-12' };
    const reviewed = await post('/cadre/planning/reviews', { ...review, additions: [{ orgId: ids.db1, term: TERM, committeeKind: 'executive', post: 'member', personId: ids.vp }] }).expect(422);
    expect(reviewed.body).toMatchObject({ regulation: 'Quy định 377-QĐ/TW (2025)', fields: [expect.objectContaining({ field: 'additions.0.personId' })] });
    expect(await state()).toEqual(before);
    await plan(ids.cb2, 'deputy_secretary', [ids.hold], '2023-07-03').expect(201);
    await plan(ids.bloc, 'member', [ids.hold], '2023-07-03').expect(201);
    // before the chi ủy was elected they held nothing: any post
    await plan(ids.db1, 'member', [ids.hold], '2023-05-15').expect(201);
  });
});

describe('leaving the plan by itself', () => {
  it('a planned cadre reprimanded in the inspection service leaves every plan, over JetStream, once', async () => {
    const planned = [(await plan(ids.db1, 'member', [ids.rep]).expect(201)).body.ids[0], (await plan(ids.cb2, 'member', [ids.rep]).expect(201)).body.ids[0]];
    const decision = {
      subject: 'member',
      personId: ids.rep,
      violation: 'Vi phạm quy định về những điều đảng viên không được làm',
      level: 'khien_trach',
      decidingBody: 'superior_inspection_committee',
      decidedOn: '2023-09-01',
      decisionNumber: 'QĐ-KL 17',
    };
    // the inspection service learns of the person from membership's stream on its own
    await stack.world.caughtUp(async () => (await post('/inspection/disciplines', decision, tok.ubkt)).status === 201, 'inspection to decide the discipline');
    await stack.world.caughtUp(async () => (await entriesOf(ids.rep)).every((e) => e.status === 'out'), 'cadre to take the person out of the plans');
    const entries = await entriesOf(ids.rep);
    expect(entries.map((e) => e.id).sort()).toEqual([...planned].sort());
    for (const e of entries) {
      expect(e.exit).toMatchObject({ reason: 'discipline', on: '2023-09-01', decisionNumber: 'QĐ-KL 17', note: 'Kỷ luật khiển trách', regulation: 'Quy định 50-QĐ/TW (2021)', basisAnnulledOn: null });
    }
    const removed = await outboxOf('cadre.planning.removed', (d) => d.personId === ids.rep);
    expect(removed.map((m) => [m.occurredOn, (m.envelope.data as { reason: string }).reason])).toEqual([
      ['2023-09-01', 'discipline'],
      ['2023-09-01', 'discipline'],
    ]);

    // the same decision published again (another event id) changes nothing
    const decisionId = (await em().findOne(PlanningEntry, { id: planned[0] }))?.exitSourceId ?? '';
    const again = await publishFact(stack.iso, DisciplineDecided, { personId: ids.rep, orgId: null, decisionId, caseId: null, level: 'khien_trach', decidedOn: '2023-09-01', decisionNumber: 'QĐ-KL 17', effectiveOn: '2023-09-01' }, { occurredOn: '2023-09-01' });
    const before = await state();
    await stack.consumed(again.id, 'cadre-discipline');
    expect(await state()).toEqual(before);

    // planned in May, recorded only now: the reprimand already heard of ends it at once
    const late = (await plan(ids.cell1, 'secretary', [ids.rep], '2023-05-02').expect(201)).body.ids[0];
    expect((await get(`/cadre/planning/entries/${late}`).expect(200)).body).toMatchObject({ status: 'out', exit: { reason: 'discipline', on: '2023-09-01' } });

    // annulled on a complaint: the exit stays (planning again is a review's decision), its ground is shown annulled
    const annulled = await publishFact(stack.iso, DisciplineAnnulled, { personId: ids.rep, orgId: null, decisionId, annulledOn: '2023-10-05', decisionNumber: 'QĐ-HB 3', reason: 'annulled' }, { occurredOn: '2023-10-05' });
    await stack.consumed(annulled.id, 'cadre-discipline');
    expect((await entriesOf(ids.rep)).map((e) => [e.status, e.exit.basisAnnulledOn])).toEqual([
      ['out', '2023-10-05'],
      ['out', '2023-10-05'],
      ['out', '2023-10-05'],
    ]);
  });

  it('a vetting concluded "not meeting the standard" takes the person out, and they cannot be planned after it', async () => {
    const entry = (await plan(ids.db1, 'inspection_chair', [ids.vet]).expect(201)).body.ids[0];
    const fact = await publishFact(
      stack.iso,
      VettingConcluded,
      { caseId: uuidv7(), personId: ids.vet, orgId: ids.cell1, purpose: 'planning', concludedOn: '2023-10-02', conclusionNumber: 'KL-BVCT 9', result: 'not_meets', basis: 'request' },
      { occurredOn: '2023-10-02' },
    );
    await stack.consumed(fact.id, 'cadre-planning-vetting');
    expect((await get(`/cadre/planning/entries/${entry}`).expect(200)).body.exit).toMatchObject({ reason: 'vetting', on: '2023-10-02', decisionNumber: 'KL-BVCT 9', note: 'Kết luận không đạt tiêu chuẩn chính trị' });
    const after = await plan(ids.bloc, 'inspection_chair', [ids.vet], '2023-11-01').expect(422);
    expect(after.body.message.vi).toContain('không đạt tiêu chuẩn chính trị ngày 2023-10-02');
  });

  it('a "not meeting the standard" concluded through the vetting routes ends the plans by itself, dated on the conclusion', async () => {
    const planned = [(await plan(ids.bloc, 'deputy_secretary', [ids.vet2]).expect(201)).body.ids[0], (await plan(ids.cb2, 'member', [ids.vet2]).expect(201)).body.ids[0]];
    const caseId = (await post('/cadre/vetting/cases', { personId: ids.vet2, purpose: 'planning', openedOn: '2023-10-10' }).expect(201)).body.id;
    // still in the plans while the case is open: only a conclusion ends them
    expect((await entriesOf(ids.vet2)).map((e) => e.status)).toEqual(['in_plan', 'in_plan']);
    // the Standing Committee concludes on the records already held, with no letter to the police (Quy định 58-QĐ/TW)
    const concluded = await post(`/cadre/vetting/cases/${caseId}/conclude`, { conclusionNumber: 'KL-BVCT 21', concludedOn: '2023-11-20', text: 'Không đạt tiêu chuẩn chính trị', result: 'not_meets' }).expect(200);
    expect(concluded.body.conclusion).toMatchObject({ result: 'not_meets', basis: 'records' });

    // over this service's own stream: the outbox relays the conclusion, the planning consumer applies it
    await stack.world.caughtUp(async () => (await entriesOf(ids.vet2)).every((e) => e.status === 'out'), 'cadre to take the person out of the plans after the conclusion');
    const entries = await entriesOf(ids.vet2);
    expect(entries.map((e) => e.id).sort()).toEqual([...planned].sort());
    for (const e of entries) expect(e.exit).toMatchObject({ reason: 'vetting', on: '2023-11-20', decisionNumber: 'KL-BVCT 21', note: 'Kết luận không đạt tiêu chuẩn chính trị' });
    const removed = await outboxOf('cadre.planning.removed', (d) => d.personId === ids.vet2);
    expect(removed.map((m) => [m.occurredOn, (m.envelope.data as { reason: string }).reason])).toEqual([
      ['2023-11-20', 'vetting'],
      ['2023-11-20', 'vetting'],
    ]);
  });
});

describe('the yearly review (rà soát, bổ sung quy hoạch)', () => {
  it('removes and adds in one decision, a freed place filled at once; refuses an addition over the cap on its field', async () => {
    const [a1Entry] = (await entriesOf(ids.a1)).filter((e) => e.orgId === ids.db1 && e.post === 'secretary');
    const review = { orgId: ids.bloc, title: 'Rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2020-2025 và 2025-2030 năm 2023', terms: ['2020-2025', TERM], decisionNumber: 'QĐ-RS 2023', decidedOn: '2023-12-10' };
    const before = await state();
    const full = await post('/cadre/planning/reviews', { ...review, additions: [{ orgId: ids.db1, term: TERM, committeeKind: 'executive', post: 'secretary', personId: ids.a4 }] }).expect(422);
    expect(fieldsOf(full.body)).toEqual(['additions.0.personId']);
    expect(full.body.regulation).toBe('Quy định 50-QĐ/TW (2021)');
    expect(await state()).toEqual(before);

    const id = (
      await post('/cadre/planning/reviews', {
        ...review,
        removals: [{ entryId: a1Entry.id, reason: 'Chuyển công tác khỏi đơn vị' }],
        additions: [
          { orgId: ids.db1, term: TERM, committeeKind: 'executive', post: 'secretary', personId: ids.a4 },
          { orgId: ids.cb2, term: '2020-2025', committeeKind: 'executive', post: 'deputy_secretary', personId: ids.a4 },
        ],
      }).expect(201)
    ).body.id;
    const r = (await get(`/cadre/planning/reviews/${id}`).expect(200)).body;
    expect(r).toMatchObject({ year: 2023, added: 2, removed: 1, orgName: 'Đảng bộ Khối' });
    expect(r.removals).toEqual([expect.objectContaining({ id: a1Entry.id, status: 'out', exit: expect.objectContaining({ reason: 'review', on: '2023-12-10', note: 'Chuyển công tác khỏi đơn vị', decisionNumber: 'QĐ-RS 2023' }) })]);
    expect(r.additions.map((a: { person: { personId: string }; reviewId: string }) => [a.person.personId, a.reviewId])).toEqual([
      [ids.a4, id],
      [ids.a4, id],
    ]);
    const board = (await get(`/cadre/planning/board?orgId=${ids.db1}&committeeKind=executive&post=secretary&term=${TERM}&asOf=2023-12-31&status=in_plan`).expect(200)).body;
    expect(board.caps.used).toBe(3);
    expect((await get('/cadre/planning/reviews?year=2023').expect(200)).body.items.map((x: { id: string }) => x.id)).toEqual([id]);
    const reviewed = await outboxOf('cadre.planning.reviewed', (d) => d.reviewId === id);
    expect(reviewed.map((m) => m.occurredOn)).toEqual(['2023-12-10']);
    const plans = (await get(`/cadre/planning/plans?orgId=${ids.db1}&term=${TERM}&asOf=2023-12-31`).expect(200)).body.items;
    expect(plans.find((p: { post: string }) => p.post === 'secretary')).toMatchObject({ inPlan: 3, allowed: 3, out: 1 });
  });
});

describe('confidence votes (Quy định 96-QĐ/TW)', () => {
  const vote = (body: Record<string, unknown>) =>
    post('/cadre/confidence-votes', { personId: ids.low, orgId: ids.cb2, committeeKind: 'executive', post: 'secretary', heldOn: '2023-10-20', votingBody: 'Ban Chấp hành Đảng bộ Khối', ...body });

  it('records a vote without its quorum as invalid, and exactly 2/3 attending as valid', async () => {
    const invalid = (await vote({ summoned: 15, attended: 9, high: 7, normal: 2, low: 0 }).expect(201)).body.id;
    expect((await get(`/cadre/confidence-votes/${invalid}`).expect(200)).body).toMatchObject({ valid: false, result: 'no_quorum', flagged: false, status: 'not_flagged', sheet: { attendance: '9/15 = 60,0%', high: '7/9 = 77,8%' } });
    const valid = (await vote({ summoned: 15, attended: 10, high: 8, normal: 2, low: 0 }).expect(201)).body.id;
    expect((await get(`/cadre/confidence-votes/${valid}`).expect(200)).body).toMatchObject({ valid: true, result: 'no_action', sheet: { attendance: '10/15 = 66,7%' } });
  });

  it('is for the person holding the post on its day: anyone else is refused on personId, naming what they hold', async () => {
    const before = await state();
    const deputy = await vote({ personId: ids.vp, summoned: 15, attended: 12, high: 10, normal: 2, low: 0 }).expect(422);
    expect(fieldsOf(deputy.body)).toEqual(['personId']);
    expect(deputy.body.regulation).toBe('Quy định 96-QĐ/TW (2023)');
    expect(deputy.body.message.vi).toBe(
      'Đồng chí Vũ Văn Phiếu không giữ chức danh Bí thư — Chi bộ Công ty Xây lắp vào ngày 2023-10-20 (đang giữ: Phó Bí thư — Chi bộ Công ty Xây lắp): chỉ lấy phiếu tín nhiệm người đang giữ chức vụ',
    );
    const nobody = await vote({ personId: ids.a4, summoned: 15, attended: 12, high: 10, normal: 2, low: 0 }).expect(422);
    expect(nobody.body.message.vi).toContain('(không giữ chức danh nào trong các cấp ủy, ủy ban kiểm tra đã ghi nhận)');
    // the secretary, before the chi ủy was elected
    expect(fieldsOf((await vote({ heldOn: '2023-05-20', summoned: 15, attended: 12, high: 10, normal: 2, low: 0 }).expect(422)).body)).toEqual(['personId']);
    expect(await state()).toEqual(before);
  });

  it('refuses counts that do not add up, field by field, writing nothing', async () => {
    const before = await state();
    expect(fieldsOf((await vote({ summoned: 15, attended: 16, high: 10, normal: 0, low: 0 }).expect(400)).body)).toEqual(['attended']);
    expect(fieldsOf((await vote({ summoned: 15, attended: 12, high: 10, normal: 2, low: 1 }).expect(400)).body)).toEqual(['high', 'normal', 'low']);
    expect(fieldsOf((await vote({ summoned: 15, attended: 12, ballots: 13, high: 10, normal: 0, low: 0 }).expect(400)).body)).toEqual(['ballots']);
    expect(await state()).toEqual(before);
  });

  it('flags 2/3 low for dismissal: the plans of higher posts end, the standing committee sees it and its decision is recorded', async () => {
    // vp holds cb2's deputy secretary; planned for cb2 secretary (higher), the bloc's standing committee (higher), db1 member (beside)
    const higher = (await plan(ids.cb2, 'secretary', [ids.vp]).expect(201)).body.ids[0];
    const bloc = (await plan(ids.bloc, 'standing_member', [ids.vp]).expect(201)).body.ids[0];
    const beside = (await plan(ids.db1, 'member', [ids.vp]).expect(201)).body.ids[0];
    const id = (await vote({ personId: ids.vp, post: 'deputy_secretary', summoned: 15, attended: 12, high: 1, normal: 3, low: 8, reference: 'Kế hoạch 12-KH/ĐUK' }).expect(201)).body.id;
    const sheet = (await get(`/cadre/confidence-votes/${id}`, tok.standing).expect(200)).body;
    expect(sheet).toMatchObject({ valid: true, result: 'dismissal_to_consider', flagged: true, status: 'awaiting_decision', regulation: 'Quy định 96-QĐ/TW (2023)', term: '2020-2025', sheet: { attendance: '12/15 = 80,0%', low: '8/12 = 66,7%' } });
    expect(sheet.planningExits.map((e: { entryId: string }) => e.entryId).sort()).toEqual([higher, bloc].sort());
    const mine = await entriesOf(ids.vp);
    expect(mine.find((e) => e.id === beside)).toMatchObject({ status: 'in_plan' });
    expect(mine.find((e) => e.id === higher)?.exit).toMatchObject({ reason: 'confidence_vote', on: '2023-10-20', note: '8/12 = 66,7% phiếu tín nhiệm thấp', decisionNumber: 'Kế hoạch 12-KH/ĐUK' });
    const flagged = (await get('/cadre/confidence-votes/flagged', tok.standing).expect(200)).body.items.map((v: { id: string }) => v.id);
    expect(flagged).toEqual([id]);

    const before = await state();
    const kept = await post(`/cadre/confidence-votes/${id}/decision`, { decidedOn: '2023-11-02', decisionNumber: 'QĐ-BTV 5', outcome: 'kept' }).expect(422);
    expect(kept.body).toMatchObject({ regulation: 'Quy định 96-QĐ/TW (2023)', fields: [expect.objectContaining({ field: 'outcome' })] });
    await post(`/cadre/confidence-votes/${id}/decision`, { decidedOn: '2023-10-19', decisionNumber: 'QĐ-BTV 5', outcome: 'relieved_of_post' }).expect(422);
    expect(await state()).toEqual(before);
    const decided = (await post(`/cadre/confidence-votes/${id}/decision`, { decidedOn: '2023-11-02', decisionNumber: 'QĐ-BTV 5', outcome: 'relieved_of_post' }).expect(200)).body;
    expect(decided).toMatchObject({ status: 'decided', decision: { decidedOn: '2023-11-02', decisionNumber: 'QĐ-BTV 5', outcome: 'relieved_of_post' } });
    await post(`/cadre/confidence-votes/${id}/decision`, { decidedOn: '2023-11-03', decisionNumber: 'QĐ-BTV 6', outcome: 'resigned' }).expect(409);
    expect((await get('/cadre/confidence-votes/flagged', tok.standing).expect(200)).body.items).toEqual([]);
    const events = (await em().find(OutboxMessage, { type: { $in: ['cadre.confidenceVote.recorded', 'cadre.confidenceVote.decided'] } }, { orderBy: { id: 'asc' } })).filter((m) => (m.envelope.data as { voteId: string }).voteId === id);
    expect(events.map((m) => [m.type, m.occurredOn]).sort()).toEqual([
      ['cadre.confidenceVote.decided', '2023-11-02'],
      ['cadre.confidenceVote.recorded', '2023-10-20'],
    ]);
  });

  it('flags more than 1/2 (less than 2/3) low for relief, where keeping the person is a decision the committee may take', async () => {
    const id = (await vote({ summoned: 12, attended: 12, high: 1, normal: 4, low: 7 }).expect(201)).body.id;
    expect((await get(`/cadre/confidence-votes/${id}`).expect(200)).body).toMatchObject({ result: 'relief_to_consider', flagged: true, sheet: { low: '7/12 = 58,3%' } });
    await post(`/cadre/confidence-votes/${id}/decision`, { decidedOn: '2023-11-02', decisionNumber: 'QĐ-BTV 7', outcome: 'kept' }).expect(200);
  });
});

describe('who may read and write planning and votes', () => {
  it('refuses a secretary, the Inspection Committee and a viewer; the Standing Committee reads and does not write', async () => {
    const board = `/cadre/planning/board?orgId=${ids.db1}&committeeKind=executive&post=secretary&term=${TERM}`;
    for (const token of [tok.secretary, tok.ubkt, tok.viewer]) {
      for (const path of ['/cadre/planning/plans', board, '/cadre/planning/entries', '/cadre/planning/reviews', '/cadre/confidence-votes', '/cadre/confidence-votes/flagged']) await get(path, token).expect(403);
      await post('/cadre/planning/entries', { orgId: ids.db1, committeeKind: 'executive', post: 'member', term: TERM, personIds: [ids.a4], decisionNumber: 'x', decidedOn: '2023-03-15' }, token).expect(403);
      await post('/cadre/confidence-votes', {}, token).expect(403);
    }
    for (const path of ['/cadre/planning/plans', board, '/cadre/confidence-votes']) await get(path, tok.standing).expect(200);
    await post('/cadre/planning/entries', { orgId: ids.db1 }, tok.standing).expect(403);
    await post(`/cadre/confidence-votes/${uuidv7()}/decision`, { decidedOn: '2023-11-02', decisionNumber: 'x', outcome: 'kept' }, tok.standing).expect(403);
  });
});
