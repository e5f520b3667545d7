import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { PersonReplica } from '@party/org-replica';
import { countOf, rowsOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { cadreOrm } from '../cadre.orm';
import { Committee, CommitteeDecision, CommitteeHolding } from './committee.entities';

/**
 * Committees and their consolidation (kiện toàn) over the real system: membership and reporting
 * run as their own processes, the gateway in front; cadre learns the tree and the people from
 * membership's stream, and reporting counts cadre's events. A grassroots đảng bộ's committee is
 * elected in 2020 and consolidated in 2023 (a secretary retired and replaced by the deputy, the
 * deputy's seat filled, a vacancy filled, a seat added, a member who died replaced); a chi bộ cơ
 * sở's, a chi bộ trực thuộc's, the bloc's own executive and inspection committees beside it.
 */
const CADRE = { service: 'cadre' as const, orm: cadreOrm, loadModule: () => require('../app.module').AppModule };
const stack = useStack({ label: 'committees', service: CADRE, processes: ['membership', 'reporting'] });
const { post, get, em } = stack;

const state = stack.tables({
  committees: countOf(Committee),
  decisions: countOf(CommitteeDecision),
  holdings: rowsOf(CommitteeHolding, (h) => [h.id, h.endedOn, h.endReason]),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});

const ids: Record<string, string> = {};
const tok: Record<string, string> = {};
const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

const replicaSays = (personId: string, test: (p: PersonReplica | null) => boolean, what: string) => stack.world.caughtUp(async () => test(await em().findOne(PersonReplica, { personId })), what);
const member = async (fullName: string, orgId: string, extra: { admittedOn?: string; officialDate?: string | null } = {}) => {
  const id = await stack.world.member({ fullName, dateOfBirth: '1975-04-04', orgId, ...extra });
  await replicaSays(id, (p) => /probationary|official/.test(p?.status ?? ''), `cadre to know ${fullName}`);
  return id;
};
const events = async (type: string, where: (d: Record<string, unknown>) => boolean) =>
  (await em().find(OutboxMessage, { type }, { orderBy: { id: 'asc' } }))
    .filter((m) => where(m.envelope.data as Record<string, unknown>))
    .map((m): Record<string, any> => ({ occurredOn: m.occurredOn, ...(m.envelope.data as Record<string, unknown>) }));
const detail = async (id: string, asOf?: string) => (await get(`/cadre/committees/${id}${asOf ? `?asOf=${asOf}` : ''}`).expect(200)).body;
const slot = (view: { posts: { post: string; holders: { person: { personId: string } }[]; vacancies: number; seats: number }[] }, p: string) => {
  const s = view.posts.find((x) => x.post === p)!;
  return { holders: s.holders.map((h) => h.person.personId), vacancies: s.vacancies, seats: s.seats };
};

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '1990-01-01', cell2: true }));
  ids.later = await stack.world.org({ kind: 'grassroots_cell', parentId: ids.bloc, effectiveOn: '2021-03-01' });
  tok.standing = await stack.login('thuongvu');
  tok.ubkt = await stack.login('ubkt');
  tok.viewer = await stack.login('viewer');
  tok.secretary = await stack.world.secretary(ids.db1);
  const people: [string, string, string][] = [
    ['an', 'Nguyễn Văn An', ids.cell1],
    ['binh', 'Trần Thị Bình', ids.cell1],
    ['cuong', 'Lê Văn Cường', ids.cell2],
    ['dung', 'Phạm Văn Dũng', ids.cell2],
    ['em', 'Hoàng Thị Em', ids.cell1],
    ['phuong', 'Vũ Thị Phương', ids.cell2],
    ['giang', 'Đặng Văn Giang', ids.cell1],
    ['hung', 'Bùi Văn Hùng', ids.cell2],
    ['quang', 'Đỗ Minh Quang', ids.cell1],
    ['khoa', 'Ngô Văn Khoa', ids.cb2],
    ['lan', 'Dương Thị Lan', ids.cb2],
    ['minh', 'Lý Văn Minh', ids.cb2],
    ['s', 'Trịnh Văn Sơn', ids.cb2],
    ['t', 'Mai Thị Thu', ids.cell1],
    ['u', 'Phan Văn Út', ids.cell2],
    ['v', 'Hồ Thị Vân', ids.cb2],
    ['w', 'Tạ Văn Vũ', ids.cell1],
    ['x', 'Lưu Thị Xuân', ids.cell2],
    ['y', 'Cao Văn Yên', ids.cb2],
    ['z', 'Kiều Thị Dịu', ids.cell1],
  ];
  for (const [key, name, org] of people) ids[key] = await member(name, org);
  // probationary at the 2020 congress (official from 2021-01-20), and one admitted in 2023
  ids.prob2020 = await member('Lâm Văn Dự', ids.cell1, { admittedOn: '2020-01-20' });
  ids.prob2023 = await member('Chu Thị Mới', ids.cell2, { admittedOn: '2023-01-05', officialDate: null });
}, 300_000);

const electDb1 = (extra: Record<string, unknown> = {}) => ({
  orgId: ids.db1,
  kind: 'executive',
  term: '2020-2025',
  electedOn: '2020-05-20',
  decisionNumber: '215-QĐ/ĐUK',
  decisionDate: '2020-05-28',
  seats: { secretary: 1, deputy_secretary: 1, standing_member: 1, member: 3 },
  holders: [
    { personId: ids.an, post: 'secretary' },
    { personId: ids.binh, post: 'deputy_secretary' },
    { personId: ids.cuong, post: 'standing_member' },
    { personId: ids.dung, post: 'member' },
    { personId: ids.em, post: 'member' },
  ],
  ...extra,
});

describe('a committee elected at the congress', () => {
  it('records the đảng ủy of 2020-2025 with its seats, holders and the vacancy, publishing the election once', async () => {
    ids.db1Exec = (await post('/cadre/committees', electDb1()).expect(201)).body.id;
    const view = await detail(ids.db1Exec, '2020-06-01');
    expect(view).toMatchObject({ orgId: ids.db1, orgName: 'Đảng bộ Công ty Điện lực', grassroots: true, blocLevel: false, kind: 'executive', term: '2020-2025', electedOn: '2020-05-20', decisionNumber: '215-QĐ/ĐUK', decisionDate: '2020-05-28', holders: 5, seats: 6, vacancies: 1 });
    expect(slot(view, 'secretary')).toEqual({ holders: [ids.an], vacancies: 0, seats: 1 });
    expect(slot(view, 'member')).toEqual({ holders: [ids.dung, ids.em], vacancies: 1, seats: 3 });
    expect(view.posts[0].holders[0]).toMatchObject({ person: { fullName: 'Nguyễn Văn An', status: 'official' }, from: '2020-05-20', to: null, startMode: 'elected', started: { type: 'election', number: '215-QĐ/ĐUK', date: '2020-05-28' }, ended: null });
    const elected = await events('cadre.committee.elected', (d) => d.committeeId === ids.db1Exec);
    expect(elected).toHaveLength(1);
    expect(elected[0]).toMatchObject({ occurredOn: '2020-05-20', orgKind: 'grassroots_committee', grassroots: true, blocLevel: false, seats: { secretary: 1, deputy_secretary: 1, standing_member: 1, member: 3 } });
    expect(elected[0].holders).toHaveLength(5);
    // one committee of a kind per organization and term
    const again = await post('/cadre/committees', electDb1()).expect(409);
    expect(again.body.message.vi).toContain('đã có ủy ban này cho nhiệm kỳ 2020-2025');
  });

  it('refuses, field by field and writing nothing: a chi bộ’s inspection committee, its standing committee, a probationary member, a date outside the term, two secretaries', async () => {
    const before = await state();
    const chiBo = { orgId: ids.cb2, term: '2020-2025', electedOn: '2020-05-25', decisionNumber: '220-QĐ/ĐUK' };
    const inspection = await post('/cadre/committees', { ...chiBo, kind: 'inspection', holders: [{ personId: ids.khoa, post: 'inspection_chair' }] }).expect(422);
    expect(fieldsOf(inspection.body)).toEqual(['kind']);
    expect(inspection.body.message.vi).toBe('Chi bộ cơ sở không có ủy ban kiểm tra (chỉ đảng ủy cơ sở trở lên bầu ủy ban kiểm tra)');
    expect(inspection.body.regulation).toContain('Điều 32');
    const standing = await post('/cadre/committees', { ...chiBo, kind: 'executive', holders: [{ personId: ids.khoa, post: 'secretary' }, { personId: ids.lan, post: 'standing_member' }] }).expect(422);
    expect(fieldsOf(standing.body)).toEqual(['holders.1.post']);
    expect(standing.body.message.vi).toBe('Chi bộ cơ sở không có ban thường vụ');
    const probationary = await post('/cadre/committees', { ...chiBo, kind: 'executive', holders: [{ personId: ids.prob2020, post: 'secretary' }] }).expect(422);
    expect(fieldsOf(probationary.body)).toEqual(['holders.0.personId']);
    expect(probationary.body.message.vi).toBe('Lâm Văn Dự là đảng viên dự bị vào ngày 2020-05-25: đảng viên dự bị không ứng cử vào cơ quan lãnh đạo của Đảng');
    expect(probationary.body.regulation).toBe('Điều lệ Đảng, Điều 5');
    const early = await post('/cadre/committees', { ...chiBo, kind: 'executive', electedOn: '2019-12-01', holders: [{ personId: ids.khoa, post: 'secretary' }] }).expect(422);
    expect(fieldsOf(early.body)).toEqual(['electedOn']);
    const twoSecretaries = await post('/cadre/committees', { ...chiBo, kind: 'executive', holders: [{ personId: ids.khoa, post: 'secretary' }, { personId: ids.lan, post: 'secretary' }] }).expect(422);
    expect(fieldsOf(twoSecretaries.body)).toEqual(['holders.1.post']);
    const overSeats = await post('/cadre/committees', { ...chiBo, kind: 'executive', seats: { member: 1 }, holders: [{ personId: ids.khoa, post: 'member' }, { personId: ids.lan, post: 'member' }] }).expect(422);
    expect(fieldsOf(overSeats.body)).toEqual(['seats.member']);
    const notYet = await post('/cadre/committees', { ...chiBo, orgId: ids.later, kind: 'executive', holders: [{ personId: ids.khoa, post: 'secretary' }] }).expect(422);
    expect(fieldsOf(notYet.body)).toEqual(['orgId', 'electedOn']);
    // the schema's own: the same person twice, a decision before the election, a term that is not five years
    const invalid = await post('/cadre/committees', { ...chiBo, kind: 'executive', term: '2020-2024', decisionDate: '2020-05-01', holders: [{ personId: ids.khoa, post: 'secretary' }, { personId: ids.khoa, post: 'member' }] }).expect(400);
    expect(fieldsOf(invalid.body).sort()).toEqual(['decisionDate', 'holders.1.personId', 'term']);
    expect(invalid.body.fields.find((f: { field: string }) => f.field === 'holders.1.personId').vi).toContain('dòng 1');
    expect(await state()).toEqual(before);

    ids.cb2Exec = (await post('/cadre/committees', { ...chiBo, kind: 'executive', seats: { member: 1 }, holders: [{ personId: ids.khoa, post: 'secretary' }, { personId: ids.lan, post: 'deputy_secretary' }] }).expect(201)).body.id;
    ids.cell1Exec = (await post('/cadre/committees', { orgId: ids.cell1, kind: 'executive', term: '2020-2025', electedOn: '2020-04-10', decisionNumber: '12-QĐ/ĐU', seats: { member: 1 }, holders: [{ personId: ids.t, post: 'secretary' }] }).expect(201)).body.id;
  });

  it('elects the bloc’s own Ban Chấp hành and UBKT; the inspection chair sits on both', async () => {
    const bloc = { orgId: ids.bloc, term: '2020-2025', electedOn: '2020-07-15', decisionNumber: '1234-QĐ/TU', decisionDate: '2020-07-20' };
    ids.blocExec = (
      await post('/cadre/committees', {
        ...bloc,
        kind: 'executive',
        seats: { secretary: 1, deputy_secretary: 1, standing_member: 2, member: 3 },
        holders: [
          { personId: ids.s, post: 'secretary' },
          { personId: ids.t, post: 'deputy_secretary' },
          { personId: ids.u, post: 'standing_member' },
          { personId: ids.v, post: 'member' },
        ],
      }).expect(201)
    ).body.id;
    ids.blocInsp = (await post('/cadre/committees', { ...bloc, kind: 'inspection', seats: { inspection_chair: 1, inspection_member: 2 }, holders: [{ personId: ids.u, post: 'inspection_chair' }, { personId: ids.y, post: 'inspection_member' }] }).expect(201)).body.id;
    expect(await detail(ids.blocInsp, '2021-01-01')).toMatchObject({ blocLevel: true, grassroots: false, kind: 'inspection', holders: 2, vacancies: 1 });
  });
});

describe('consolidation (kiện toàn)', () => {
  it('replaces the retired secretary by the deputy and fills the deputy’s seat in one decision: each person once in the events', async () => {
    const res = await post(`/cadre/committees/${ids.db1Exec}/consolidations`, {
      decisionNumber: '512-QĐ/ĐUK',
      decisionDate: '2023-03-15',
      decidingBody: 'superior_standing_committee',
      items: [
        { mode: 'replace', post: 'secretary', personId: ids.binh, replacesPersonId: ids.an, reason: 'retired' },
        { mode: 'fill', post: 'deputy_secretary', personId: ids.phuong },
      ],
    }).expect(201);
    ids.d1 = res.body.id;
    const view = await detail(ids.db1Exec, '2023-03-15');
    expect(slot(view, 'secretary').holders).toEqual([ids.binh]);
    expect(slot(view, 'deputy_secretary').holders).toEqual([ids.phuong]);
    const history = view.history as { person: { personId: string }; post: string; from: string; to: string | null; endReason: string | null; ended: { number: string } | null; startMode: string; replacedPersonId: string | null }[];
    expect(history.find((h) => h.person.personId === ids.an)).toMatchObject({ post: 'secretary', from: '2020-05-20', to: '2023-03-15', endReason: 'retired', ended: { number: '512-QĐ/ĐUK' } });
    expect(history.find((h) => h.person.personId === ids.binh && h.post === 'deputy_secretary')).toMatchObject({ to: '2023-03-15', endReason: 'moved_post' });
    expect(history.find((h) => h.person.personId === ids.binh && h.post === 'secretary')).toMatchObject({ from: '2023-03-15', to: null, startMode: 'replace', replacedPersonId: ids.an });

    const consolidated = await events('cadre.committee.consolidated', (d) => d.decisionId === ids.d1);
    expect(consolidated.map((e) => [e.personId, e.post, e.mode, e.replacedPersonId, e.previousPost, e.joinsCommittee])).toEqual([
      [ids.binh, 'secretary', 'replace', ids.an, 'deputy_secretary', false],
      [ids.phuong, 'deputy_secretary', 'fill', null, null, true],
    ]);
    expect(consolidated[0]).toMatchObject({ occurredOn: '2023-03-15', orgId: ids.db1, grassroots: true, blocLevel: false, kind: 'executive', decisionNumber: '512-QĐ/ĐUK', decisionDate: '2023-03-15', replacement: true });
    const left = await events('cadre.committee.holderLeft', (d) => d.decisionId === ids.d1);
    expect(left.map((e) => [e.personId, e.post, e.reason, e.leavesCommittee, e.occurredOn])).toEqual([
      [ids.an, 'secretary', 'retired', true, '2023-03-15'],
      [ids.binh, 'deputy_secretary', 'moved_post', false, '2023-03-15'],
    ]);
  });

  it('fills the vacancy, refuses a second fill on its mode field, adds a seat', async () => {
    const decision = (items: unknown[], decisionDate = '2023-06-01') => ({ decisionNumber: `QĐ ${decisionDate}`, decisionDate, decidingBody: 'superior_standing_committee', items });
    await post(`/cadre/committees/${ids.db1Exec}/consolidations`, decision([{ mode: 'fill', post: 'member', personId: ids.giang }])).expect(201);
    const before = await state();
    const full = await post(`/cadre/committees/${ids.db1Exec}/consolidations`, decision([{ mode: 'fill', post: 'member', personId: ids.hung }], '2023-06-20')).expect(422);
    expect(fieldsOf(full.body)).toEqual(['items.0.mode']);
    expect(full.body.message.vi).toBe('Chức danh Cấp ủy viên không còn chỗ khuyết vào ngày 2023-06-20 (3/3): chọn thay thế (replace) hoặc bổ sung thêm (add)');
    expect(await state()).toEqual(before);
    await post(`/cadre/committees/${ids.db1Exec}/consolidations`, decision([{ mode: 'add', post: 'member', personId: ids.hung }], '2023-06-20')).expect(201);
    expect(slot(await detail(ids.db1Exec, '2023-06-20'), 'member')).toEqual({ holders: [ids.dung, ids.em, ids.giang, ids.hung], vacancies: 0, seats: 4 });
    // the chi bộ cơ sở's vacancy, and the chi bộ trực thuộc's (not a grassroots figure)
    await post(`/cadre/committees/${ids.cb2Exec}/consolidations`, decision([{ mode: 'fill', post: 'member', personId: ids.minh }], '2023-05-10')).expect(201);
    await post(`/cadre/committees/${ids.cell1Exec}/consolidations`, decision([{ mode: 'fill', post: 'member', personId: ids.z }], '2023-05-11')).expect(201);
  });

  it('refuses, on the field at fault and writing nothing: a holder replaced who does not hold the post, the same post twice, a second secretary, a probationary member, a post of the other committee, dates outside the term', async () => {
    const before = await state();
    const consolidate = (items: unknown[], decisionDate = '2023-07-01', status = 422) =>
      post(`/cadre/committees/${ids.db1Exec}/consolidations`, { decisionNumber: 'QĐ-X', decisionDate, decidingBody: 'superior_standing_committee', items }).expect(status);
    const notHolder = await consolidate([{ mode: 'replace', post: 'deputy_secretary', personId: ids.quang, replacesPersonId: ids.giang, reason: 'relieved' }]);
    expect(fieldsOf(notHolder.body)).toEqual(['items.0.replacesPersonId']);
    expect(notHolder.body.message.vi).toBe('Đặng Văn Giang không giữ chức danh Phó Bí thư vào ngày 2023-07-01');
    const twice = await consolidate([{ mode: 'add', post: 'member', personId: ids.giang }]);
    expect(fieldsOf(twice.body)).toEqual(['items.0.personId']);
    expect(twice.body.message.vi).toBe('Đặng Văn Giang đang giữ chức danh Cấp ủy viên (từ ngày 2023-06-01)');
    expect(fieldsOf((await consolidate([{ mode: 'add', post: 'secretary', personId: ids.quang }])).body)).toEqual(['items.0.mode']);
    const probationary = await consolidate([{ mode: 'add', post: 'member', personId: ids.prob2023 }]);
    expect(fieldsOf(probationary.body)).toEqual(['items.0.personId']);
    expect(probationary.body.regulation).toBe('Điều lệ Đảng, Điều 5');
    const otherKind = await consolidate([{ mode: 'add', post: 'inspection_member', personId: ids.quang }]);
    expect(fieldsOf(otherKind.body)).toEqual(['items.0.post']);
    expect(fieldsOf((await consolidate([{ mode: 'add', post: 'member', personId: ids.quang }], '2020-05-19')).body)).toEqual(['decisionDate']);
    expect(fieldsOf((await consolidate([{ mode: 'add', post: 'member', personId: ids.quang }], '2026-01-05')).body)).toEqual(['decisionDate']);
    // the schema's: a replacement without whom and why, the same person twice
    const schema = await consolidate([{ mode: 'replace', post: 'member', personId: ids.quang }, { mode: 'fill', post: 'member', personId: ids.quang }], '2023-07-01', 400);
    expect(fieldsOf(schema.body).sort()).toEqual(['items.0.reason', 'items.0.replacesPersonId', 'items.1.personId']);
    expect(schema.body.fields[0].vi).toBeTruthy();
    await post('/cadre/committees/0190f5a2-4c1e-7d3a-9b1f-2a6c8e4d1f00/consolidations', { decisionNumber: 'x', decisionDate: '2023-07-01', decidingBody: 'own_committee', items: [{ mode: 'fill', post: 'member', personId: ids.quang }] }).expect(404);
    expect(await state()).toEqual(before);
  });

  it('shows a holder who died as no longer a member, replaced then with the reason; a departure leaves a vacancy', async () => {
    await post(`/members/${ids.dung}/death`, { dateOfDeath: '2023-08-01' }).expect(200);
    await replicaSays(ids.dung, (p) => p?.endedOn === '2023-08-01', 'cadre to hear of the death');
    const dung = (await detail(ids.db1Exec, '2023-08-10')).posts.find((p: { post: string }) => p.post === 'member').holders.find((h: { person: { personId: string } }) => h.person.personId === ids.dung);
    expect(dung).toMatchObject({ notMemberSince: '2023-08-01', to: null });
    await post(`/cadre/committees/${ids.db1Exec}/consolidations`, { decisionNumber: '640-QĐ/ĐUK', decisionDate: '2023-08-20', decidingBody: 'superior_standing_committee', items: [{ mode: 'replace', post: 'member', personId: ids.quang, replacesPersonId: ids.dung, reason: 'died' }] }).expect(201);

    const departure = await post(`/cadre/committees/${ids.db1Exec}/departures`, { personId: ids.em, reason: 'transferred', decisionNumber: '701-QĐ/ĐUK', decisionDate: '2023-09-01', decidingBody: 'superior_standing_committee' }).expect(201);
    expect(slot(await detail(ids.db1Exec, '2023-09-01'), 'member')).toEqual({ holders: [ids.giang, ids.hung, ids.quang], vacancies: 1, seats: 4 });
    expect(await events('cadre.committee.holderLeft', (d) => d.decisionId === departure.body.id)).toEqual([expect.objectContaining({ personId: ids.em, reason: 'transferred', leftOn: '2023-09-01', occurredOn: '2023-09-01', leavesCommittee: true })]);
    const gone = await post(`/cadre/committees/${ids.db1Exec}/departures`, { personId: ids.em, reason: 'transferred', decisionNumber: '702-QĐ/ĐUK', decisionDate: '2023-10-01', decidingBody: 'superior_standing_committee' }).expect(422);
    expect(fieldsOf(gone.body)).toEqual(['personId']);
  });

  it('adds two to the bloc’s Ban Chấp hành (a member moved to the standing committee does not count) and one to its UBKT', async () => {
    await post(`/cadre/committees/${ids.blocExec}/consolidations`, {
      decisionNumber: '3015-QĐ/TU',
      decisionDate: '2023-04-20',
      decidingBody: 'superior_standing_committee',
      items: [
        { mode: 'fill', post: 'standing_member', personId: ids.v },
        { mode: 'fill', post: 'member', personId: ids.w },
        { mode: 'fill', post: 'member', personId: ids.x },
      ],
    }).expect(201);
    await post(`/cadre/committees/${ids.blocInsp}/consolidations`, { decisionNumber: '45-QĐ/ĐUK', decisionDate: '2023-10-10', decidingBody: 'own_committee', items: [{ mode: 'fill', post: 'inspection_member', personId: ids.z }] }).expect(201);
    const blocEvents = await events('cadre.committee.consolidated', (d) => d.blocLevel === true);
    expect(blocEvents.map((e) => [e.kind, e.personId, e.joinsCommittee])).toEqual([
      ['executive', ids.v, false],
      ['executive', ids.w, true],
      ['executive', ids.x, true],
      ['inspection', ids.z, true],
    ]);
  });
});

describe('reading committees and consolidations', () => {
  it('sums up 2023 as the report does, and reporting computes the same four figures', async () => {
    const summary = (await get('/cadre/consolidations/summary?year=2023').expect(200)).body;
    expect(summary).toMatchObject({
      from: '2023-01-01',
      to: '2023-12-31',
      grassroots: { people: 6, orgs: 2, decisions: 5 },
      below: { people: 1, orgs: 1, decisions: 1 },
      bloc: { executive: { added: 2, people: 3, decisions: 1 }, inspection: { added: 1, people: 1, decisions: 1 } },
    });
    expect(summary.text.vi).toBe('Kiện toàn đối với 06 đồng chí cấp ủy, bí thư, phó bí thư tại 02 chi bộ, đảng bộ cơ sở. Kiện toàn bổ sung 02 đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối, 01 đồng chí Ủy viên UBKT Đảng ủy Khối nhiệm kỳ 2020-2025.');
    const keys = ['cadre.consolidated.people', 'cadre.consolidated.orgs', 'cadre.blocCommittee.added', 'cadre.blocInspectionCommittee.added'];
    const expected = [6, 2, 2, 1];
    await stack.world.caughtUp(async () => {
      const m = (await get('/reports/year-end/2023').expect(200)).body.metrics as Record<string, number>;
      return keys.every((k, i) => m[k] === expected[i]);
    }, 'reporting to count the consolidations');
    // the đảng bộ's own subtree: its five, none of the bloc's
    expect((await get(`/cadre/consolidations/summary?year=2023&orgId=${ids.db1}`).expect(200)).body).toMatchObject({ grassroots: { people: 5, orgs: 1 }, below: { people: 1 }, bloc: { executive: { added: 0 } } });
    const db1Report = (await get(`/reports/year-end/2023?orgId=${ids.db1}`).expect(200)).body.metrics;
    expect(keys.map((k) => db1Report[k])).toEqual([5, 1, 0, 0]);
  });

  it('lists the consolidation decisions of a year with their people, filtered, sorted and paged on the server', async () => {
    const all = (await get('/cadre/consolidations?year=2023&pageSize=100').expect(200)).body;
    expect(all.total).toBe(8);
    expect(all.items.map((d: { date: string }) => d.date)).toEqual([...all.items.map((d: { date: string }) => d.date)].sort());
    const first = all.items.find((d: { id: string }) => d.id === ids.d1);
    expect(first).toMatchObject({ type: 'consolidation', orgName: 'Đảng bộ Công ty Điện lực', number: '512-QĐ/ĐUK', decidingBody: 'superior_standing_committee', grassroots: true, blocLevel: false });
    expect(first.items).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ fullName: 'Trần Thị Bình' }), post: 'secretary', mode: 'replace', replaced: expect.objectContaining({ fullName: 'Nguyễn Văn An' }), replacedReason: 'retired', previousPost: 'deputy_secretary', joinsCommittee: false }),
      expect.objectContaining({ person: expect.objectContaining({ fullName: 'Vũ Thị Phương' }), post: 'deputy_secretary', mode: 'fill', replaced: null, joinsCommittee: true }),
    ]);
    expect((await get('/cadre/consolidations?year=2023&level=bloc').expect(200)).body.total).toBe(2);
    expect((await get('/cadre/consolidations?year=2023&kind=inspection').expect(200)).body.total).toBe(1);
    expect((await get(`/cadre/consolidations?year=2023&orgId=${ids.db1}`).expect(200)).body.total).toBe(5);
    expect((await get(`/cadre/consolidations?year=2023&personId=${ids.an}`).expect(200)).body.items.map((d: { id: string }) => d.id)).toEqual([ids.d1]);
    expect((await get('/cadre/consolidations?year=2022').expect(200)).body.total).toBe(0);
    const page = (await get('/cadre/consolidations?year=2023&sort=people&order=desc&pageSize=1&page=1').expect(200)).body;
    expect(page).toMatchObject({ total: 8, page: 1, pageSize: 1 });
    expect(page.items[0].items).toHaveLength(3);
    const bad = await get('/cadre/consolidations?year=2023&sort=nope').expect(400);
    expect(fieldsOf(bad.body)).toEqual(['sort']);
  });

  it('lists committees by organization and term with names, holders and vacancies; who holds what on a day', async () => {
    const list = (await get('/cadre/committees?term=2020-2025&sort=orgName&asOf=2023-12-31').expect(200)).body;
    expect(list.total).toBe(5);
    expect(list.items.map((c: { orgName: string; kind: string }) => `${c.orgName}/${c.kind}`)).toEqual([
      'Chi bộ Công ty Xây lắp/executive',
      'Chi bộ Phòng Kỹ thuật/executive',
      'Đảng bộ Công ty Điện lực/executive',
      'Đảng bộ Khối/executive',
      'Đảng bộ Khối/inspection',
    ]);
    const db1 = list.items.find((c: { id: string }) => c.id === ids.db1Exec);
    expect(db1).toMatchObject({ asOf: '2023-12-31', holders: 6, seats: 7, vacancies: 1, lastChangeOn: '2023-09-01' });
    const subtree = (await get(`/cadre/committees?orgId=${ids.db1}&asOf=2023-12-31`).expect(200)).body.items.map((c: { id: string }) => c.id);
    expect(subtree.sort()).toEqual([ids.db1Exec, ids.cell1Exec].sort());
    // the đảng bộ's member seat left by the transfer, the bloc's member seat left by the move to the standing committee
    expect((await get('/cadre/committees?vacant=true&kind=executive&asOf=2023-12-31').expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([ids.db1Exec, ids.blocExec]);
    const paged = (await get('/cadre/committees?sort=vacancies&order=desc&pageSize=2&asOf=2023-12-31').expect(200)).body;
    expect(paged).toMatchObject({ total: 5, pageSize: 2 });
    expect(paged.items).toHaveLength(2);

    const holds = async (personId: string, asOf: string) => (await get(`/cadre/committee-holders?personId=${personId}&asOf=${asOf}`).expect(200)).body.items.map((h: { post: string; orgName: string }) => `${h.post}@${h.orgName}`);
    expect(await holds(ids.binh, '2023-01-01')).toEqual(['deputy_secretary@Đảng bộ Công ty Điện lực']);
    expect(await holds(ids.binh, '2023-12-31')).toEqual(['secretary@Đảng bộ Công ty Điện lực']);
    expect((await holds(ids.u, '2023-12-31')).sort()).toEqual(['inspection_chair@Đảng bộ Khối', 'standing_member@Đảng bộ Khối']);
    expect(await holds(ids.an, '2023-12-31')).toEqual([]);
  });

  it('closes the 2020-2025 term when the 2025-2030 committee is elected: its holders leave that day, a later consolidation of it is refused', async () => {
    const next = await post('/cadre/committees', electDb1({ term: '2025-2030', electedOn: '2025-05-10', decisionNumber: '88-QĐ/ĐUK', decisionDate: '2025-05-15', seats: null, holders: [{ personId: ids.binh, post: 'secretary' }, { personId: ids.phuong, post: 'deputy_secretary' }] })).expect(201);
    const ended = await events('cadre.committee.holderLeft', (d) => d.committeeId === ids.db1Exec && d.reason === 'term_ended');
    expect(ended).toHaveLength(6);
    expect(ended.every((e) => e.leftOn === '2025-05-10' && e.decisionNumber === '88-QĐ/ĐUK')).toBe(true);
    // shown on the day before its successor by default
    const old = await detail(ids.db1Exec);
    expect(old).toMatchObject({ asOf: '2025-05-09', holders: 6 });
    expect(old.history.find((h: { person: { personId: string }; post: string }) => h.person.personId === ids.binh && h.post === 'secretary')).toMatchObject({ to: '2025-05-10', endReason: 'term_ended', ended: { type: 'election', number: '88-QĐ/ĐUK' } });
    expect(await detail(next.body.id)).toMatchObject({ term: '2025-2030', holders: 2, vacancies: 0 });
    const late = await post(`/cadre/committees/${ids.db1Exec}/consolidations`, { decisionNumber: 'x', decisionDate: '2025-06-01', decidingBody: 'superior_standing_committee', items: [{ mode: 'fill', post: 'member', personId: ids.an }] }).expect(422);
    expect(fieldsOf(late.body)).toEqual(['decisionDate']);
    expect(late.body.message.vi).toBe('Từ ngày 2025-05-10 ủy ban nhiệm kỳ 2025-2030 đã được bầu');
  });
});

describe('who may read and write committees', () => {
  it('the Standing Committee reads but writes nothing; a secretary, the Inspection Committee and a viewer read nothing', async () => {
    const reads = ['/cadre/committees', `/cadre/committees/${ids.db1Exec}`, '/cadre/consolidations?year=2023', '/cadre/consolidations/summary?year=2023', '/cadre/committee-holders'];
    for (const path of reads) await get(path, tok.standing).expect(200);
    for (const token of [tok.secretary, tok.ubkt, tok.viewer]) for (const path of reads) await get(path, token).expect(403);
    const before = await state();
    for (const token of [tok.standing, tok.secretary, tok.ubkt, tok.viewer]) {
      await post('/cadre/committees', electDb1({ term: '2015-2020', electedOn: '2015-05-20' }), token).expect(403);
      await post(`/cadre/committees/${ids.db1Exec}/consolidations`, { decisionNumber: 'x', decisionDate: '2023-11-01', decidingBody: 'superior_standing_committee', items: [{ mode: 'fill', post: 'member', personId: ids.an }] }, token).expect(403);
      await post(`/cadre/committees/${ids.db1Exec}/departures`, { personId: ids.giang, reason: 'other', decisionNumber: 'x', decisionDate: '2023-11-01', decidingBody: 'superior_standing_committee' }, token).expect(403);
    }
    expect(await state()).toEqual(before);
  });
});
