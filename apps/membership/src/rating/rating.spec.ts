import { connect } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { CommitteeElected, CommitteeHolderLeft, DisciplineDecided, MemberRated, NatsNames, OrgDisciplineDecided } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { publishFact, redeliver } from '@party/service-kit/testing';
import { countOf, rowsOf, TEST_NATS_URL, waitFor } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { CommitteeHolding } from '../cadre-feeds/committee-holding.entity';
import { committeeOf } from '../testing/committee-facts';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { RatingSubject } from './rating-subject.entity';

/**
 * Kiểm điểm, đánh giá, xếp loại chất lượng through the real gateway, PostgreSQL and JetStream:
 * a round per test on its own tree (a subject is rated once a year), the Organization Board
 * proposing, the Standing Committee deciding, the Inspection Committee's facts published on this
 * file's prefix and taken in by membership's consumers.
 */
const stack = useStack({ label: 'rating', service: MEMBERSHIP });
const { iso, post, get, em } = stack;
const state = stack.tables({
  subjects: rowsOf(RatingSubject, (s) => [s.id, s.proposalLevel, s.decisionLevel, s.decisionRevision, s.excludedReason]),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});

let standing: string;
const BASIS = 'Tiêu chí 1–4 (Quy định 124-QĐ/TW)';

const member = (orgId: string, fullName: string, admittedOn = '2005-03-01') => stack.world.member({ fullName, dateOfBirth: '1970-01-01', orgId, admittedOn });
const open = async (scopeOrgId: string, year = 2023, extra: Record<string, unknown> = {}): Promise<string> =>
  (await post('/rating/rounds', { year, scopeOrgId, deadlines: { selfRating: `${year}-11-30`, proposal: `${year}-12-15`, decision: `${year + 1}-01-20` }, ...extra }).expect(201)).body.id;
type Row = { personId?: string; orgId?: string; level: string; score?: number; basis?: string; override?: { reason: string; reference: string } };
const propose = (roundId: string, items: Row[], token?: string) => post(`/rating/rounds/${roundId}/proposals`, { meetingDate: '2023-12-10', items: items.map((i) => ({ basis: BASIS, ...i })) }, token);
const decide = (roundId: string, items: Row[], decisionNumber = 'QĐ-XL 01', decisionDate = '2024-01-10') => post(`/rating/rounds/${roundId}/decisions`, { decisionDate, decisionNumber, items }, standing);
const subjects = async (roundId: string, query = '', token?: string) => (await get(`/rating/rounds/${roundId}/subjects?pageSize=500${query}`, token).expect(200)).body;
const ratedEvents = async (ref: string) =>
  (await em().find(OutboxMessage, { type: { $in: ['membership.rating.memberRated', 'membership.rating.orgRated'] } }, { orderBy: { id: 'asc' } })).filter((m) => {
    const d = m.envelope.data as { personId?: string; orgId: string };
    return (d.personId ?? d.orgId) === ref && (m.type === 'membership.rating.orgRated' || d.personId === ref);
  });

/** The ids of the events on this file's JetStream stream with `subject` whose data passes `keep`. */
async function onStream(subject: string, keep: (data: Record<string, unknown>) => boolean): Promise<string[]> {
  const names = new NatsNames(iso.natsPrefix);
  const nc = await connect({ servers: TEST_NATS_URL });
  try {
    const consumer = await nc.jetstream().consumers.get(names.eventStream('membership'), { filterSubjects: names.subject(subject) });
    const out: string[] = [];
    for await (const m of await consumer.fetch({ max_messages: 1000, expires: 1000 })) {
      const envelope = m.json<{ id: string; data: Record<string, unknown> }>();
      if (keep(envelope.data)) out.push(envelope.id);
      if (m.info.pending === 0) break;
    }
    return out;
  } finally {
    await nc.close();
  }
}

beforeAll(async () => {
  standing = await stack.world.user({ roles: ['standing'], username: 'btv.xeploai' });
}, 60_000);

describe('who a round rates', () => {
  it('lists the grassroots organizations, their chi bộ trực thuộc and the members; not a member admitted 5 months before, nor one exempted', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cell2: true });
    const sixMonths = await member(tree.cell1, 'Nguyễn Văn Đủ', '2023-06-30');
    const fiveMonths = await member(tree.cell1, 'Trần Văn Chưa', '2023-07-31');
    const exempted = await member(tree.cb2, 'Lê Văn Miễn');
    await post(`/members/${exempted}/exemption`, { from: '2023-03-01', decisionNumber: 'QĐ-MSH 1' }).expect(200);
    const roundId = await open(tree.bloc);

    const round = (await get(`/rating/rounds/${roundId}`).expect(200)).body;
    expect(round).toMatchObject({ year: 2023, asOf: '2023-12-31', orgs: { subjects: 4 }, members: { subjects: 1 }, excludedMembers: 2, ruleSet: { kind: 'criteria', regulation: 'Quy định 124-QĐ/TW (2023)', quota: { percentOfGoodOrBetter: 20 } } });
    const board = await subjects(roundId);
    const byRef = new Map(board.items.map((s: { personId: string | null; orgId: string }) => [s.personId ?? s.orgId, s]));
    expect(byRef.get(sixMonths)).toMatchObject({ kind: 'member', stage: 'notSelfRated', excluded: null, peerGroup: `dang-vien:${tree.db1}`, grassrootsOrgId: tree.db1 });
    expect(byRef.get(fiveMonths)).toMatchObject({ stage: 'excluded', excluded: { reason: 'newlyAdmitted', label: { vi: 'Kết nạp chưa đủ 6 tháng' } } });
    expect(byRef.get(exempted)).toMatchObject({ stage: 'excluded', excluded: { reason: 'exempted' } });
    expect(byRef.get(tree.db1)).toMatchObject({ kind: 'org', orgKind: 'grassroots_committee', peerGroup: 'tccsd', pendingBelow: { members: 1, orgs: 2 } });
    expect(byRef.get(tree.cb2)).toMatchObject({ peerGroup: 'tccsd' });
    expect(byRef.get(tree.cell2)).toMatchObject({ orgKind: 'dependent_cell', peerGroup: `chi-bo-truc-thuoc:${tree.db1}` });
    expect(byRef.has(tree.bloc)).toBe(false);

    const refused = await propose(roundId, [{ personId: fiveMonths, level: 'good' }]).expect(422);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'items.0.personId', vi: 'Trần Văn Chưa không được đánh giá, xếp loại: Kết nạp chưa đủ 6 tháng' })]);
    // a subject is rated once a year: a second round over the same subtree is refused
    const again = await post('/rating/rounds', { year: 2023, scopeOrgId: tree.db1, deadlines: { selfRating: '2023-11-30', proposal: '2023-12-15', decision: '2024-01-20' } }).expect(409);
    expect(again.body.message.vi).toContain('mỗi tổ chức, đảng viên chỉ được đánh giá một lần trong năm');
  });
});

describe('a member suspended from activity (đình chỉ sinh hoạt đảng)', () => {
  it('is excluded from the round: not rated, a proposal or decision for them refused (422) with nothing written', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: false });
    const suspended = await member(tree.cell1, 'Quách Văn Đình');
    const other = await member(tree.cell1, 'Quách Văn Thường');
    const roundId = await open(tree.db1);
    expect((await get(`/rating/rounds/${roundId}`).expect(200)).body).toMatchObject({ members: { subjects: 2 }, excludedMembers: 0 });

    const excluded = await post(`/rating/rounds/${roundId}/exclusions`, { items: [{ personId: suspended, reason: 'suspended', decisionNumber: 'QĐ-ĐC 3', note: 'Đình chỉ sinh hoạt 90 ngày' }] }).expect(200);
    expect(excluded.body).toEqual({ roundId, excluded: 1, unchanged: 0 });
    expect((await get(`/rating/rounds/${roundId}`).expect(200)).body).toMatchObject({ members: { subjects: 1 }, excludedMembers: 1 });
    const row = (await subjects(roundId, '&kind=member')).items.find((s: { personId: string }) => s.personId === suspended);
    expect(row).toMatchObject({ stage: 'excluded', due: null, excluded: { reason: 'suspended', label: { vi: 'Đình chỉ sinh hoạt đảng' }, decisionNumber: 'QĐ-ĐC 3', note: 'Đình chỉ sinh hoạt 90 ngày' } });

    const before = await state();
    const refused = await propose(roundId, [{ personId: other, level: 'good' }, { personId: suspended, level: 'good' }]).expect(422);
    expect(refused.body.fields).toEqual([{ field: 'items.1.personId', vi: 'Quách Văn Đình không được đánh giá, xếp loại: Đình chỉ sinh hoạt đảng', en: 'Quách Văn Đình is not rated: Suspended' }]);
    const decided = await decide(roundId, [{ personId: suspended, level: 'good' }]).expect(422);
    expect(decided.body.fields.map((f: { field: string }) => f.field)).toEqual(['items.0.personId']);
    expect(await state()).toEqual(before);
    // the one beside them is rated as usual
    await propose(roundId, [{ personId: other, level: 'good' }]).expect(200);
  });
});

describe('the order: members before their chi bộ, lower organizations before higher', () => {
  it('refuses a chi bộ decided before all its members, naming how many are left, and accepts members and chi bộ in one list', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: false });
    const a = await member(tree.cell1, 'Phạm Văn An');
    const b = await member(tree.cell1, 'Phạm Thị Bình');
    const roundId = await open(tree.db1);
    await propose(roundId, [
      { personId: a, level: 'good' },
      { personId: b, level: 'good' },
      { orgId: tree.cell1, level: 'good' },
      { orgId: tree.db1, level: 'good' },
    ]).expect(200);
    await decide(roundId, [{ personId: a, level: 'good' }]).expect(200);
    const before = await state();
    const early = await decide(roundId, [{ orgId: tree.cell1, level: 'good' }]).expect(422);
    expect(early.body.fields).toEqual([
      expect.objectContaining({
        field: 'items.0.orgId',
        vi: 'Chưa thể quyết định xếp loại Chi bộ Phòng Kỹ thuật: còn 1 đảng viên và 0 tổ chức đảng trực thuộc chưa được quyết định (đảng viên trước chi bộ, cấp dưới trước cấp trên)',
      }),
    ]);
    const higher = await decide(roundId, [{ orgId: tree.db1, level: 'good' }]).expect(422);
    expect(higher.body.fields[0].vi).toContain('còn 1 đảng viên và 1 tổ chức đảng trực thuộc');
    expect(await state()).toEqual(before);
    // the rest of the members and their chi bộ in one list: the list counts for itself
    await decide(roundId, [{ orgId: tree.cell1, level: 'good' }, { personId: b, level: 'good' }]).expect(200);
    await decide(roundId, [{ orgId: tree.db1, level: 'good' }]).expect(200);
  });
});

describe('disqualifiers from discipline', () => {
  it('a member disciplined in the year cannot be proposed or decided above not completed', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: false });
    const warned = await member(tree.cell1, 'Đỗ Văn Cảnh');
    const lastYear = await member(tree.cell1, 'Đỗ Văn Cũ');
    const fact = (personId: string, decidedOn: string) =>
      publishFact(iso, DisciplineDecided, { personId, orgId: tree.cell1, decisionId: uuidv7(), caseId: null, level: 'khien_trach', decidedOn, decisionNumber: `QĐ-KL ${decidedOn}`, effectiveOn: decidedOn }, { occurredOn: decidedOn });
    const e1 = await fact(warned, '2023-05-10');
    const e2 = await fact(lastYear, '2022-11-20');
    await stack.consumed(e1.id, 'membership-inspection-facts');
    await stack.consumed(e2.id, 'membership-inspection-facts');
    const roundId = await open(tree.db1);

    const refused = await propose(roundId, [{ personId: lastYear, level: 'good' }, { personId: warned, level: 'completed' }]).expect(422);
    expect(refused.body.fields).toEqual([
      expect.objectContaining({
        field: 'items.1.level',
        vi: 'Đỗ Văn Cảnh: Đảng viên bị kỷ luật trong năm 2023 — không xếp loại trên mức "Không hoàn thành nhiệm vụ"',
      }),
    ]);
    expect(refused.body.regulation).toBe('Quy định 124-QĐ/TW (2023)');
    await propose(roundId, [{ personId: lastYear, level: 'good' }, { personId: warned, level: 'not_completed' }]).expect(200);
    const warnedRow = (await subjects(roundId, '&kind=member')).items.find((s: { personId: string }) => s.personId === warned);
    expect(warnedRow).toMatchObject({ maxLevel: 'not_completed', disqualifiers: [{ code: 'MEMBER_DISCIPLINED', regulation: 'Quy định 124-QĐ/TW (2023)' }] });
    const decided = await decide(roundId, [{ personId: warned, level: 'completed' }]).expect(422);
    expect(decided.body.fields[0].field).toBe('items.0.level');
    await decide(roundId, [{ personId: warned, level: 'not_completed' }, { personId: lastYear, level: 'good' }]).expect(200);
  });

  it('an organization whose committee was disciplined in the year, or with over 20% of its rated members disciplined, is capped too', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: true, cell2: true });
    const people = await Promise.all(['Một', 'Hai', 'Ba', 'Bốn'].map((n) => member(tree.cell2, `Ngô Văn ${n}`)));
    const orgFact = await publishFact(iso, OrgDisciplineDecided, { orgId: tree.cb2, decisionId: uuidv7(), level: 'khien_trach', decidedOn: '2023-08-01', decisionNumber: 'QĐ-KL TC 7', effectiveOn: '2023-08-01' }, { occurredOn: '2023-08-01', orgId: tree.cb2 });
    const memberFact = await publishFact(iso, DisciplineDecided, { personId: people[0], orgId: tree.cell2, decisionId: uuidv7(), caseId: null, level: 'canh_cao', decidedOn: '2023-04-01', decisionNumber: 'QĐ-KL 41', effectiveOn: '2023-04-01' }, { occurredOn: '2023-04-01' });
    await stack.consumed(orgFact.id, 'membership-rating-discipline');
    await stack.consumed(memberFact.id, 'membership-inspection-facts');
    const roundId = await open(tree.bloc);
    const board = (await subjects(roundId, '&kind=org')).items;
    const org = (id: string) => board.find((s: { orgId: string }) => s.orgId === id);
    expect(org(tree.cb2)).toMatchObject({ maxLevel: 'not_completed', disqualifiers: [{ code: 'ORG_DISCIPLINED' }] });
    // 1 of 4 = 25% > 20%, for the chi bộ and for its đảng bộ (1 of 4 members in its subtree)
    expect(org(tree.cell2)).toMatchObject({ maxLevel: 'not_completed', disqualifiers: [{ code: 'MEMBERS_DISCIPLINED_OVER_LIMIT', vi: '1/4 đảng viên bị kỷ luật trong năm 2023, trên 20%' }] });
    expect(org(tree.db1).disqualifiers.map((d: { code: string }) => d.code)).toEqual(['MEMBERS_DISCIPLINED_OVER_LIMIT']);
    expect(org(tree.cell1)).toMatchObject({ maxLevel: 'excellent', disqualifiers: [] });
    const refused = await propose(roundId, [{ orgId: tree.cb2, level: 'good' }]).expect(422);
    expect(refused.body.fields[0]).toMatchObject({ field: 'items.0.level', vi: expect.stringContaining('Cấp ủy (tổ chức đảng) bị kỷ luật trong năm 2023') });
    // the secretary recorded, a discipline of theirs in the year caps their organization
    await post(`/rating/rounds/${roundId}/secretaries`, { items: [{ orgId: tree.cell1, personId: people[0] }] }).expect(200);
    const cell1 = (await subjects(roundId, '&kind=org')).items.find((s: { orgId: string }) => s.orgId === tree.cell1);
    expect(cell1).toMatchObject({ secretaryPersonId: people[0], disqualifiers: [{ code: 'LEADERSHIP_DISCIPLINED' }] });
  });

  it("an organization whose deputy secretary (cadre's committee, nothing typed on the round) was disciplined in the year is capped; one whose deputy left the post the year before is not; a redelivery changes nothing", async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: false, cell2: true });
    // five members each: one disciplined of five is 20%, not over it, so only the leadership caps
    const names = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm'];
    const [deputy1, secretary1, ...rest1] = await Promise.all(names.map((n) => member(tree.cell1, `Lý Văn ${n}`)));
    const [deputy2, secretary2, ...rest2] = await Promise.all(names.map((n) => member(tree.cell2, `Mai Văn ${n}`)));
    const committee1 = committeeOf(iso, { orgId: tree.cell1, orgKind: 'dependent_cell' });
    const committee2 = committeeOf(iso, { orgId: tree.cell2, orgKind: 'dependent_cell' });
    const elected1 = await committee1.elected('2020-06-01', [{ personId: secretary1, post: 'secretary' }, { personId: deputy1, post: 'deputy_secretary' }]);
    const elected2 = await committee2.elected('2020-06-01', [{ personId: secretary2, post: 'secretary' }, { personId: deputy2, post: 'deputy_secretary' }]);
    const gone = await committee2.left(elected2.holdings[1], '2022-09-01');
    const reprimand = (personId: string, orgId: string) =>
      publishFact(iso, DisciplineDecided, { personId, orgId, decisionId: uuidv7(), caseId: null, level: 'khien_trach', decidedOn: '2023-06-15', decisionNumber: `QĐ-KL ${personId.slice(-4)}`, effectiveOn: '2023-06-15' }, { occurredOn: '2023-06-15' });
    await reprimand(deputy1, tree.cell1);
    const last = await reprimand(deputy2, tree.cell2);
    await stack.consumed(gone.id, 'membership-cadre-committees');
    await stack.consumed(last.id, 'membership-inspection-facts');
    const roundId = await open(tree.db1);
    const orgRows = async () => {
      const board = (await subjects(roundId, '&kind=org')).items as { orgId: string }[];
      return new Map(board.map((s) => [s.orgId, s]));
    };
    const rows = await orgRows();
    const rule = 'Quy định 124-QĐ/TW (2023)';
    expect(rows.get(tree.cell1)).toMatchObject({ secretaryPersonId: null, maxLevel: 'not_completed', disqualifiers: [{ code: 'LEADERSHIP_DISCIPLINED', vi: 'Bí thư hoặc phó bí thư bị kỷ luật trong năm 2023', regulation: rule }] });
    expect(rows.get(tree.cell2)).toMatchObject({ maxLevel: 'excellent', disqualifiers: [] });
    expect(rows.get(tree.db1)).toMatchObject({ maxLevel: 'excellent', disqualifiers: [] });

    // a redelivery (same event id) and a republish (new event id) of cadre's facts change nothing
    const before = { ...(await state()), holdings: await em().count(CommitteeHolding, { orgId: { $in: [tree.cell1, tree.cell2] } }) };
    await redeliver(iso, CommitteeElected, elected1.event);
    await redeliver(iso, CommitteeHolderLeft, gone);
    const again = await committee2.left(elected2.holdings[1], '2022-09-01');
    await stack.consumed(again.id, 'membership-cadre-committees');
    expect({ ...(await state()), holdings: await em().count(CommitteeHolding, { orgId: { $in: [tree.cell1, tree.cell2] } }) }).toEqual(before);
    expect(await orgRows()).toEqual(rows);

    // proposed or decided above not completed: refused under the row, the rule named
    const refused = await propose(roundId, [{ orgId: tree.cell2, level: 'good' }, { orgId: tree.cell1, level: 'completed' }]).expect(422);
    expect(refused.body.fields).toEqual([
      expect.objectContaining({ field: 'items.1.level', vi: 'Chi bộ Phòng Kỹ thuật: Bí thư hoặc phó bí thư bị kỷ luật trong năm 2023 — không xếp loại trên mức "Không hoàn thành nhiệm vụ"' }),
    ]);
    expect(refused.body.regulation).toBe(rule);
    const members1 = [secretary1, ...rest1].map((personId) => ({ personId, level: 'good' }));
    await propose(roundId, [...members1, { personId: deputy1, level: 'not_completed' }, { orgId: tree.cell1, level: 'not_completed' }, { orgId: tree.cell2, level: 'good' }]).expect(200);
    const early = [...members1, { personId: deputy1, level: 'not_completed' }];
    const capped = await decide(roundId, [...early, { orgId: tree.cell1, level: 'completed' }]).expect(422);
    expect(capped.body.fields).toEqual([expect.objectContaining({ field: `items.${early.length}.level`, vi: expect.stringContaining('Bí thư hoặc phó bí thư bị kỷ luật trong năm 2023') })]);
    await decide(roundId, [...early, { orgId: tree.cell1, level: 'not_completed' }]).expect(200);
    const members2 = [deputy2, secretary2, ...rest2].map((personId) => ({ personId, level: personId === deputy2 ? 'not_completed' : 'good' }));
    await propose(roundId, members2).expect(200);
    await decide(roundId, [...members2, { orgId: tree.cell2, level: 'good' }]).expect(200);
  });
});

describe('the excellent quota (≤ 20% of the good-or-better of a peer group)', () => {
  it('refuses a 29th excellent of 143 good-or-better and accepts it with an override naming who and why', async () => {
    const bloc = await stack.world.org({ kind: 'bloc_committee', name: 'Đảng bộ Khối (tỷ lệ)', effectiveOn: '1990-01-01' });
    const orgs: string[] = [];
    for (let i = 1; i <= 151; i++) orgs.push(await stack.world.org({ kind: 'grassroots_cell', name: `Chi bộ cơ sở ${String(i).padStart(3, '0')}`, parentId: bloc, effectiveOn: '1990-01-01' }));
    const roundId = await open(bloc);
    // 29 excellent, 114 good, 8 completed proposed: 143 good or better; the last excellent waits
    const level = (i: number) => (i < 28 || i === 150 ? 'excellent' : i < 142 ? 'good' : 'completed');
    await propose(roundId, orgs.map((orgId, i) => ({ orgId, level: level(i) }))).expect(200);
    await decide(roundId, orgs.slice(0, 150).map((orgId, i) => ({ orgId, level: level(i) }))).expect(200);
    const last = orgs[150];
    const before = await state();
    const refused = await decide(roundId, [{ orgId: last, level: 'excellent' }], 'QĐ-XL 02').expect(422);
    expect(refused.body.fields).toEqual([
      expect.objectContaining({
        field: 'items.0.level',
        vi: 'Vượt tỷ lệ HTXSNV của nhóm "Tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở)": 29 HTXSNV / 143 HTTNV trở lên, tối đa 28 (20%, Quy định 124-QĐ/TW (2023)); muốn vượt phải ghi lý do và văn bản cho phép (override)',
      }),
    ]);
    expect(await state()).toEqual(before);

    const override = { reason: 'Đơn vị dẫn đầu phong trào thi đua của Khối', reference: 'Kết luận 15-KL/ĐUK' };
    const ok = await decide(roundId, [{ orgId: last, level: 'excellent', override }], 'QĐ-XL 02').expect(200);
    expect(ok.body).toMatchObject({ decided: 1, replaced: 0, overrides: 1 });
    const [event] = await ratedEvents(last);
    expect(event.envelope).toMatchObject({ occurredOn: '2024-01-10', orgId: last, actor: { username: 'btv.xeploai' } });
    expect(event.envelope.data).toMatchObject({ year: 2023, level: 'excellent', levelCode: 'HTXSNV', grassroots: true, parentId: bloc, peerGroup: 'tccsd', revision: 1, replaces: null, quotaOverride: { ...override, decidedBy: { username: 'btv.xeploai' } } });
    const board = await subjects(roundId, '&peerGroup=tccsd&level=excellent');
    expect(board.group).toMatchObject({ key: 'tccsd', quota: { used: 29, allowed: 28, overrides: 1 } });
    const row = board.items.find((s: { orgId: string }) => s.orgId === last);
    expect(row.decision).toMatchObject({ level: 'excellent', decidedBy: { username: 'btv.xeploai' }, override: { ...override, decidedBy: { username: 'btv.xeploai' } } });
    const audit = await em().findOne(AuditEntry, { entity: 'rating_subject', entityId: row.id, action: 'rating.decided' });
    expect(audit?.after).toMatchObject({ level: 'excellent', override: { ...override, decidedBy: { username: 'btv.xeploai' } } });
    const groups = (await get(`/rating/rounds/${roundId}/peer-groups`).expect(200)).body.items;
    expect(groups).toEqual([expect.objectContaining({ key: 'tccsd', subjects: 151, decided: 151, quota: expect.objectContaining({ goodOrBetter: 143, allowed: 28, used: 29, overrides: 1, exceeded: false }) })]);

    const summary = (await get(`/rating/rounds/${roundId}/summary`).expect(200)).body;
    expect(summary.grassroots).toMatchObject({ decided: 151, goodOrBetter: 143, excellent: 29, completed: 8, shares: { goodOrBetter: '143/151 = 94,7%', completed: '8/151 = 5,3%' } });
    expect(summary.text.grassroots).toBe(
      '151 TCCSĐ được đánh giá xếp loại, trong đó: Hoàn thành tốt nhiệm vụ trở lên: 143/151 = 94,7% (trong đó HTXS nhiệm vụ: 29/151 = 19,2%); Hoàn thành nhiệm vụ: 8/151 = 5,3%; Không hoàn thành nhiệm vụ: 0/151 = 0,0%.',
    );
  }, 120_000);
});

describe('the excellent quota override', () => {
  it('is refused on a group within the quota without it, naming the field, nothing written; one beyond it may carry only what it exceeds by', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: false });
    const people = await Promise.all(['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu'].map((n) => member(tree.cell1, `Mạc Văn ${n}`)));
    const roundId = await open(tree.db1);
    // 2 excellent and 4 good proposed: 6 good or better, 20% allows 1
    await propose(roundId, people.map((personId, i) => ({ personId, level: i < 2 ? 'excellent' : 'good' }))).expect(200);
    await decide(roundId, people.slice(2).map((personId) => ({ personId, level: 'good' }))).expect(200);
    const override = { reason: 'Thành tích đột xuất', reference: 'Kết luận 7-KL/ĐUK' };

    const before = await state();
    const needless = await decide(roundId, [{ personId: people[0], level: 'excellent', override }], 'QĐ-XL 31').expect(422);
    expect(needless.body.fields).toEqual([
      {
        field: 'items.0.override',
        vi: 'Nhóm "Đảng viên Đảng bộ Công ty Điện lực" vẫn trong tỷ lệ HTXSNV khi không ghi vượt tỷ lệ (1 HTXSNV / 5 HTTNV trở lên, tối đa 1 (20%, Quy định 124-QĐ/TW (2023))): không được ghi vượt tỷ lệ (override)',
        en: 'The group "Members of Đảng bộ Công ty Điện lực" stays within the excellent quota without an override (1 excellent / 5 good or better, at most 1 (20%, Quy định 124-QĐ/TW (2023))): no override may be recorded',
      },
    ]);
    expect(needless.body.regulation).toBe('Quy định 124-QĐ/TW (2023)');
    // both excellent with an override: the group exceeds the quota by 1 without them, so only one may carry it
    const both = await decide(roundId, people.slice(0, 2).map((personId) => ({ personId, level: 'excellent', override })), 'QĐ-XL 31').expect(422);
    expect(both.body.fields.map((f: { field: string }) => f.field)).toEqual(['items.0.override', 'items.1.override']);
    expect(both.body.fields[0].vi).toContain('chỉ vượt tỷ lệ HTXSNV 1 đối tượng');
    expect(await state()).toEqual(before);

    // within the quota without the override, then the second beyond it with one
    await decide(roundId, [{ personId: people[0], level: 'excellent' }], 'QĐ-XL 31').expect(200);
    expect((await decide(roundId, [{ personId: people[1], level: 'excellent', override }], 'QĐ-XL 32').expect(200)).body).toMatchObject({ decided: 1, overrides: 1 });
  });
});

describe('bulk decisions', () => {
  it('are all or nothing, with each refusal named by its row', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: false });
    const people = await Promise.all(['Một', 'Hai', 'Ba', 'Bốn'].map((n) => member(tree.cell1, `Hồ Văn ${n}`)));
    const outsider = await member((await stack.world.tree({ effectiveOn: '1990-01-01', cb2: false })).cell1, 'Hồ Văn Ngoài');
    const roundId = await open(tree.db1);
    await propose(roundId, people.slice(0, 3).map((personId) => ({ personId, level: 'good' }))).expect(200);
    const before = await state();
    const res = await decide(roundId, [
      { personId: people[0], level: 'good' },
      { personId: people[1], level: 'good' },
      { personId: people[3], level: 'good' },
      { personId: outsider, level: 'good' },
      { personId: people[0], level: 'completed' },
      { personId: people[2], level: 'good', score: 80 },
    ]).expect(422);
    expect(res.body.message).toEqual({ vi: '4 dòng không được chấp nhận; chưa ghi dòng nào', en: '4 rows refused; nothing was recorded' });
    expect(res.body.fields.map((f: { field: string; vi: string }) => [f.field, f.vi])).toEqual([
      ['items.2.level', 'Hồ Văn Bốn chưa có đề xuất mức xếp loại: đề xuất trước, quyết định sau'],
      ['items.3.personId', 'Đảng viên này không thuộc đợt đánh giá'],
      ['items.4.personId', 'Trùng với dòng 0'],
      ['items.5.score', 'Năm 2023 xếp loại theo tiêu chí, không chấm điểm (Quy định 124-QĐ/TW (2023))'],
    ]);
    expect(await state()).toEqual(before);
    // the Organization Board proposes; deciding is the Standing Committee's
    await post(`/rating/rounds/${roundId}/decisions`, { decisionDate: '2024-01-10', decisionNumber: 'QĐ-XL 9', items: [{ personId: people[0], level: 'good' }] }).expect(403);
  });
});

describe('events', () => {
  it('are published once per decision; a re-decision replaces the earlier level', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: false });
    const a = await member(tree.cell1, 'Vương Văn Sự');
    const roundId = await open(tree.db1);
    await propose(roundId, [{ personId: a, level: 'good' }]).expect(200);
    expect((await decide(roundId, [{ personId: a, level: 'good' }], 'QĐ-XL 11').expect(200)).body).toMatchObject({ decided: 1, replaced: 0, unchanged: 0 });
    // the same request again (a retry): nothing written, nothing published
    const before = await state();
    expect((await decide(roundId, [{ personId: a, level: 'good' }], 'QĐ-XL 11').expect(200)).body).toMatchObject({ decided: 0, replaced: 0, unchanged: 1 });
    expect(await state()).toEqual(before);
    expect(await ratedEvents(a)).toHaveLength(1);
    // re-decided on a later decision: one more event, naming what it replaces
    expect((await decide(roundId, [{ personId: a, level: 'completed' }], 'QĐ-XL 12', '2024-02-01').expect(200)).body).toMatchObject({ decided: 0, replaced: 1 });
    const events = await ratedEvents(a);
    expect(events.map((e) => e.envelope.data)).toEqual([
      expect.objectContaining({ year: 2023, personId: a, orgId: tree.cell1, grassrootsOrgId: tree.db1, level: 'good', revision: 1, replaces: null, regulation: 'Quy định 124-QĐ/TW (2023)' }),
      expect.objectContaining({ year: 2023, level: 'completed', levelCode: 'HTNV', revision: 2, replaces: { level: 'good', decisionNumber: 'QĐ-XL 11', decisionDate: '2024-01-10', revision: 1 } }),
    ]);
    expect(events[1].envelope.occurredOn).toBe('2024-02-01');
    // on JetStream too, once each: the relay publishes the outbox rows with Nats-Msg-Id = the event id
    await waitFor(async () => (await ratedEvents(a)).every((e) => e.publishedAt !== null), { what: 'the relay to publish' });
    expect(await onStream(MemberRated.subject, (d) => d.personId === a)).toEqual(events.map((e) => e.id));
  });
});

describe('the 2025 rule set (366-QĐ/TW, 100 points)', () => {
  it('takes the score: 89,5 is not excellent, 90 is; a proposal without points is refused', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: false });
    const [a, b, c] = await Promise.all(['Một', 'Hai', 'Ba'].map((n) => member(tree.cell1, `Lý Văn ${n}`)));
    const roundId = await open(tree.db1, 2025);
    expect((await get(`/rating/rounds/${roundId}`).expect(200)).body.ruleSet).toMatchObject({ kind: 'points', regulation: 'Quy định 366-QĐ/TW (2025)', thresholds: { excellentFrom: 90, goodFrom: 70, completedFrom: 50 } });
    const body = (items: Row[]) => ({ meetingDate: '2025-12-10', items });
    const refused = await post(`/rating/rounds/${roundId}/proposals`, body([{ personId: a, level: 'excellent', score: 89.5 }, { personId: b, level: 'good' }, { personId: c, level: 'completed', score: 49.9 }])).expect(422);
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual(['items.0.level', 'items.1.score', 'items.2.level']);
    expect(refused.body.fields[0].vi).toBe('89,5 điểm chỉ đạt mức "Hoàn thành tốt nhiệm vụ", không thể xếp "Hoàn thành xuất sắc nhiệm vụ"');
    await post(`/rating/rounds/${roundId}/proposals`, body([{ personId: a, level: 'good', score: 89.5 }, { personId: b, level: 'excellent', score: 90 }, { personId: c, level: 'not_completed', score: 49.9 }])).expect(200);
    // the decision takes the proposal's score
    await decide(roundId, [{ personId: a, level: 'good' }, { personId: c, level: 'not_completed' }], 'QĐ-XL 25', '2026-01-10').expect(200);
    const [event] = await ratedEvents(a);
    expect(event.envelope.data).toMatchObject({ year: 2025, score: 89.5, level: 'good', regulation: 'Quy định 366-QĐ/TW (2025)' });
  });
});

describe('scope and the Standing Committee’s list', () => {
  it('a secretary reads and proposes within their subtree only; proposals wait for a decision, an organization ready once all below it are decided', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: true });
    const a = await member(tree.cell1, 'Tạ Văn Trong');
    const outside = await member(tree.cb2, 'Tạ Văn Ngoài');
    const roundId = await open(tree.bloc);
    const secretary = await stack.world.secretary(tree.db1, { username: 'bithu.xeploai' });
    const seen = await subjects(roundId, '', secretary);
    expect(seen.items.map((s: { personId: string | null; orgId: string }) => s.personId ?? s.orgId).sort()).toEqual([a, tree.db1, tree.cell1].sort());
    await propose(roundId, [{ personId: outside, level: 'good' }], secretary).expect(403);
    await propose(roundId, [{ personId: a, level: 'good' }, { orgId: tree.cell1, level: 'good' }], secretary).expect(200);
    await post(`/rating/rounds/${roundId}/self-ratings`, { recordedOn: '2023-11-20', items: [{ personId: a, level: 'excellent' }] }, secretary).expect(200);

    const waiting = (await get(`/rating/proposals/pending?roundId=${roundId}`, standing).expect(200)).body;
    expect(waiting.totals).toEqual({ orgs: 1, members: 1, readyOrgs: 0 });
    expect(waiting.items.find((i: { orgId: string; kind: string }) => i.kind === 'org')).toMatchObject({ orgId: tree.cell1, readyToDecide: false, pendingBelow: 1, decisionDue: '2024-01-20' });
    await decide(roundId, [{ personId: a, level: 'good' }]).expect(200);
    expect((await get(`/rating/proposals/pending?roundId=${roundId}`, standing).expect(200)).body.totals).toEqual({ orgs: 1, members: 0, readyOrgs: 1 });
    const row = (await subjects(roundId, '&kind=member&q=tạ van trong')).items;
    expect(row).toEqual([expect.objectContaining({ personId: a, stage: 'decided', selfRating: expect.objectContaining({ level: 'excellent', recordedOn: '2023-11-20' }), proposal: expect.objectContaining({ level: 'good' }), decision: expect.objectContaining({ level: 'good' }) })]);
    const summary = (await get(`/rating/rounds/${roundId}/summary?orgId=${tree.db1}`, secretary).expect(200)).body;
    expect(summary).toMatchObject({ orgId: tree.db1, members: { subjects: 1, decided: 1, good: 1, shares: { goodOrBetter: '1/1 = 100,0%' } } });
    // an organization outside their subtree is out of scope (403), as on every other route — not an empty page, not "absent"
    for (const path of ['summary', 'subjects']) {
      const refused = await get(`/rating/rounds/${roundId}/${path}?orgId=${tree.cb2}`, secretary).expect(403);
      expect(refused.body.message.vi).toContain('nằm ngoài phạm vi tổ chức đảng bạn phụ trách');
    }
    expect((await subjects(roundId, `&orgId=${tree.cell1}`, secretary)).items.map((s: { personId: string | null; orgId: string }) => s.personId ?? s.orgId).sort()).toEqual([a, tree.cell1].sort());
  });
});

describe('refreshing who a round rates (subjects/refresh), and its deadlines', () => {
  it('adds who the rules now include, marks who left as not rated (a decided one stays), does nothing twice; deadlines are shown, not enforced', async () => {
    const tree = await stack.world.tree({ effectiveOn: '1990-01-01', cb2: true, cell2: true });
    const stays = await member(tree.cell1, 'Kha Văn Ở');
    const dies = await member(tree.cell1, 'Kha Văn Mất');
    const done = await member(tree.cell2, 'Kha Văn Xong');
    const mover = await member(tree.cb2, 'Kha Văn Đến');
    const roundId = await open(tree.db1);
    await open(tree.cb2);
    await propose(roundId, [{ personId: done, level: 'good' }]).expect(200);
    await decide(roundId, [{ personId: done, level: 'good' }]).expect(200);
    // after the opening: a member recorded late, one admitted in September (under 6 months on 31/12), a new chi bộ,
    // two arrivals from cb2 (one rated in cb2's round already), two deaths (one already decided)
    const late = await member(tree.cell2, 'Kha Văn Muộn');
    const young = await member(tree.cell2, 'Kha Thị Mới', '2023-09-01');
    const cell3 = await stack.world.org({ kind: 'dependent_cell', name: 'Chi bộ Phòng Mới', parentId: tree.db1, effectiveOn: '2023-10-01' });
    const arrived = await member(tree.cb2, 'Kha Văn Sau');
    for (const personId of [mover, arrived]) {
      const t = (await post('/transfers/internal', { personId, toOrgId: tree.cell1, letterNumber: stack.world.number('GGT'), departedOn: '2023-11-01' }).expect(201)).body;
      await post(`/transfers/${t.id}/arrive`, { arrivedOn: '2023-11-06' }).expect(200);
    }
    await post(`/members/${dies}/death`, { dateOfDeath: '2023-11-15' }).expect(200);
    await post(`/members/${done}/death`, { dateOfDeath: '2023-12-01' }).expect(200);

    const refreshed = (await post(`/rating/rounds/${roundId}/subjects/refresh`, {}).expect(200)).body;
    expect(refreshed).toEqual({ roundId, asOf: '2023-12-31', added: { orgs: 1, members: 2, excludedMembers: 1 }, left: 1, leftDecided: 1, returned: 0, inAnotherRound: 1 });
    const board = new Map((await subjects(roundId)).items.map((s: { personId: string | null; orgId: string }) => [s.personId ?? s.orgId, s]));
    expect(board.get(late)).toMatchObject({ stage: 'notSelfRated', excluded: null, peerGroup: `dang-vien:${tree.db1}` });
    expect(board.get(arrived)).toMatchObject({ orgId: tree.cell1, excluded: null });
    expect(board.get(young)).toMatchObject({ excluded: { reason: 'newlyAdmitted' } });
    expect(board.get(cell3)).toMatchObject({ kind: 'org', peerGroup: `chi-bo-truc-thuoc:${tree.db1}` });
    expect(board.get(dies)).toMatchObject({ stage: 'excluded', excluded: { reason: 'left', label: { vi: 'Không còn sinh hoạt trong phạm vi của đợt (chuyển đi, từ trần, xóa tên…)' }, note: 'Từ trần ngày 2023-11-15' } });
    expect(board.get(done)).toMatchObject({ stage: 'decided', excluded: null, due: null });
    expect(board.has(mover)).toBe(false);
    const added = await em().find(AuditEntry, { action: 'rating.subjectAdded', entityId: { $in: [(board.get(late) as { id: string }).id] } });
    expect(added).toEqual([expect.objectContaining({ entity: 'rating_subject', after: expect.objectContaining({ refId: late, asOf: '2023-12-31' }) })]);

    // the one added is rated like the others; the one who died is not
    await propose(roundId, [{ personId: late, level: 'good' }]).expect(200);
    const refused = await propose(roundId, [{ personId: dies, level: 'good' }]).expect(422);
    expect(refused.body.fields[0].vi).toBe('Kha Văn Mất không được đánh giá, xếp loại: Không còn sinh hoạt trong phạm vi của đợt (chuyển đi, từ trần, xóa tên…)');

    // a second refresh changes nothing and writes nothing
    const before = await state();
    expect((await post(`/rating/rounds/${roundId}/subjects/refresh`, {}).expect(200)).body).toMatchObject({ added: { orgs: 0, members: 0, excludedMembers: 0 }, left: 0, returned: 0 });
    expect(await state()).toEqual(before);

    // the deadlines (30/11, 15/12, 20/01) are long past: shown as overdue, nothing refused for it
    await post(`/rating/rounds/${roundId}/self-ratings`, { recordedOn: '2023-12-20', items: [{ personId: stays, level: 'good' }] }).expect(200);
    const after = new Map<string, { due: unknown }>((await subjects(roundId, '&kind=member')).items.map((s: { personId: string; due: unknown }) => [s.personId, s]));
    expect(after.get(arrived)?.due).toEqual({ step: 'selfRating', on: '2023-11-30', overdue: true });
    expect(after.get(stays)?.due).toEqual({ step: 'proposal', on: '2023-12-15', overdue: true });
    expect(after.get(late)?.due).toEqual({ step: 'decision', on: '2024-01-20', overdue: true });
    expect(after.get(dies)?.due).toBeNull();
    // the four organizations and the arrival wait for their self-rating, one for its proposal, one for its decision
    expect((await get(`/rating/rounds/${roundId}`).expect(200)).body.overdue).toEqual({ selfRating: 5, proposal: 1, decision: 1 });
  });
});

