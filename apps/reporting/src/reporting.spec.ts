import type { EntityManager } from '@mikro-orm/postgresql';
import { DisciplineDecided, Envelope, MemberAdmitted, MemberMadeOfficial, METRIC_KEYS, reconciledClosing } from '@party/contracts';
import { publishFact, redeliver } from '@party/service-kit/testing';
import { waitFor } from '@party/testing';
import { projectMemberFacts } from './projection/member.projection';
import { useReportingStack } from './testing/reporting-under-test';

/**
 * Membership and training as their own processes (as `npm start` runs them; a service never
 * imports another's code), reporting in-process, and the gateway, all on one NATS prefix with a
 * schema each: facts are created through the public routes, the reporting consumers project
 * them, and the figures are read through `/api/reports`.
 */
const reports = useReportingStack('reports');
const { stack } = reports;
const { post, patch, get } = stack;
let board: string;
let viewer: string;
let admin: string;

beforeAll(async () => {
  board = stack.board;
  viewer = await stack.login('viewer');
  admin = await stack.login('admin');
});

const report = (year: number, token = board, query = '') => reports.report(year, query, token);

const ids: Record<string, string> = {};

async function establish(key: string, kind: string, parent: string | null, effectiveOn: string) {
  ids[key] = await stack.world.org({ kind, name: `Tổ chức ${key}`, parentId: parent ? ids[parent] : null, effectiveOn, decisionNumber: `QĐ-${key}` });
}

async function openClass(courseTypeCode: string, openedOn: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await post('/training/classes', { courseTypeCode, title: `Lớp ${courseTypeCode} ${openedOn}`, openedOn, servedOrgIds: [], ...extra }).expect(201);
  return res.body.id;
}

async function enroll(classId: string, people: [string, string | null][], enrolledOn?: string) {
  for (const [personId, org] of people) {
    await post(`/training/classes/${classId}/enrollments`, { person: { personId }, orgId: org ? ids[org] : null, ...(enrolledOn ? { enrolledOn } : {}) }).expect(201);
  }
}

describe('the year-end report from recorded facts', () => {
  beforeAll(async () => {
    // ── the organization tree: every fact recorded now, dated in the world ──────────────────
    await establish('bloc', 'bloc_committee', null, '2015-01-01');
    await establish('db1', 'grassroots_committee', 'bloc', '2020-03-01');
    await establish('cbt1', 'dependent_cell', 'db1', '2020-05-01');
    await establish('cb1', 'grassroots_cell', 'bloc', '2020-03-01');
    await establish('cb2', 'grassroots_cell', 'bloc', '2020-03-01');
    await establish('cb3', 'grassroots_cell', 'bloc', '2021-03-01');
    await establish('db2', 'grassroots_committee', 'bloc', '2023-06-01'); // established in 2023
    await post(`/orgs/${ids.cb2}/dissolve`, { effectiveOn: '2023-09-01', decisionNumber: 'QĐ-gt-cb2' }).expect(200);
    await post(`/orgs/${ids.cb3}/hand-over`, { toCommittee: 'Đảng ủy Khối Doanh nghiệp Trung ương', effectiveOn: '2023-10-01', decisionNumber: 'QĐ-bg-cb3' }).expect(200);

    // ── training ────────────────────────────────────────────────────────────────────────────
    const aw22 = await openClass('nhan-thuc-ve-dang', '2022-10-01');
    await enroll(aw22, [['p-1', 'cbt1'], ['p-2', 'cb1']]);
    const aw23 = await openClass('nhan-thuc-ve-dang', '2023-03-01', { servedOrgIds: [ids.db1] });
    await enroll(aw23, [['p-3', 'cbt1'], ['p-4', 'db1'], ['p-5', 'cb1']]);
    const moved = await openClass('nhan-thuc-ve-dang', '2023-12-15');
    await enroll(moved, [['p-6', 'cb1']]);
    await patch(`/training/classes/${moved}`, { openedOn: '2024-01-10' }).expect(200); // now a 2024 class
    const nm23 = await openClass('llct-dang-vien-moi', '2023-05-01');
    await enroll(nm23, [['p-7', 'db1'], ['p-8', 'cb1']]);
    // a cohort spanning years counts in the year it opened, whatever its label or enrollment dates
    const tc22 = await openClass('trung-cap-llct', '2022-12-20', { cohortLabel: 'khóa 2022–2024' });
    await enroll(tc22, [['p-9', 'cb1'], ['p-10', 'db1']], '2023-01-05');
    const tc23 = await openClass('trung-cap-llct', '2023-09-05', { cohortLabel: 'khóa 2023–2025' });
    await enroll(tc23, [['p-11', 'cb1']]);

    const reg = (courseTypeCode: string, personId: string, forYear: number, registeredOn: string, org: string) =>
      post('/training/registrations', { courseTypeCode, forYear, person: { personId }, registeredOn, orgId: ids[org] }).expect(201);
    await reg('cao-cap-llct', 'p-20', 2024, '2023-11-01', 'db1');
    await reg('cao-cap-llct', 'p-21', 2024, '2023-11-02', 'cb1');
    await reg('cao-cap-llct', 'p-22', 2025, '2023-12-01', 'cb1'); // not next year for 2023
    await reg('doi-tuong-4', 'p-23', 2024, '2023-12-01', 'db1');
    await reg('doi-tuong-4', 'p-24', 2024, '2023-12-02', 'cb1');
    await reg('doi-tuong-4', 'p-25', 2023, '2022-12-01', 'cb1'); // registered in 2022

    const send = (personId: string, sentOn: string, org: string) =>
      post('/training/sendings', { courseTypeCode: 'cao-cap-llct', person: { personId }, sentOn, institution: 'Học viện Chính trị khu vực I', orgId: ids[org] }).expect(201);
    await send('p-30', '2023-08-01', 'db1');
    await send('p-31', '2022-08-01', 'cb1');

    const session = (heldOn: string, attendees: [string, string][]) =>
      post('/training/secretary-sessions', { title: `Tập huấn bí thư ${heldOn}`, heldOn, attendees: attendees.map(([personId, org]) => ({ personId, orgId: ids[org] })) }).expect(201);
    await session('2023-04-01', [['s-a', 'cbt1'], ['s-b', 'cb1'], ['s-c', 'cbt1']]);
    await session('2023-10-01', [['s-a', 'cbt1'], ['s-d', 'db1']]); // s-a twice: one person
  }, 120_000);

  it('gives the 2023 figures of organizations and training, by their dates in the world', async () => {
    const r = await report(2023);
    expect(r).toMatchObject({ year: 2023, asOf: '2023-12-31', scope: { orgId: null } });
    expect(r.metrics).toMatchObject({
      'orgs.grassroots': 3, // db1, cb1, db2 (cb2 dissolved, cb3 handed over)
      'orgs.grassroots.partyCommittees': 2,
      'orgs.grassroots.cells': 1,
      'orgs.established': 1,
      'orgs.dissolved': 1,
      'orgs.handedOver': 1,
      'orgs.handedIn': 0,
      'training.classes.candidates': 1, // the December class moved to 2024 left 2023
      'training.students.candidates': 3,
      'training.classes.newMembers': 1,
      'training.students.newMembers': 2,
      'training.classes.intermediateTheory': 1,
      'training.students.intermediateTheory': 1,
      'training.advancedTheory.sent': 1,
      'training.advancedTheory.registeredNextYear': 2,
      'training.object4.registered': 2,
      'training.secretaries.trained': 4,
    });
    expect(r.inconsistencies).toEqual([]);
  });

  it('counts a cohort spanning years in its opening year, and the organizations as they stood then', async () => {
    const r = await report(2022);
    expect(r.metrics).toMatchObject({
      'orgs.grassroots': 4, // db1, cb1, cb2, cb3
      'orgs.grassroots.partyCommittees': 1,
      'orgs.grassroots.cells': 3,
      'orgs.established': 0,
      'training.classes.candidates': 1,
      'training.students.candidates': 2,
      'training.classes.intermediateTheory': 1,
      'training.students.intermediateTheory': 2, // enrolled in January 2023, counted with the 2022 class
      'training.advancedTheory.sent': 1,
      'training.advancedTheory.registeredNextYear': 0,
      'training.object4.registered': 1,
      'training.secretaries.trained': 0,
    });
    expect((await report(2024)).metrics['training.classes.candidates']).toBe(1);
  });

  it('returns every catalogue key: null and pending until a consumer feeds it, with a reconciliation of null terms', async () => {
    const r = await report(2023);
    expect(Object.keys(r.metrics).sort()).toEqual([...METRIC_KEYS].sort());
    // null exactly while pending (the keys no consumer feeds yet: fewer as the services come)
    for (const key of METRIC_KEYS) expect([key, r.metrics[key] === null]).toEqual([key, r.pending.includes(key)]);
    expect(r.pending.filter((k: string) => /^(orgs|training|badges|cards|transfers)\.|^deaths$/.test(k))).toEqual([]);
    expect(r.pending.filter((k: string) => k.startsWith('members.'))).toEqual([]);
    expect(Object.keys(r.reconciliation)).toEqual(['opening', 'admitted', 'transferredIn', 'transferredOut', 'died', 'struckOff', 'leftParty', 'expelled', 'removedFromProbation', 'handedOverIn', 'handedOverOut', 'closing']);
    // no members yet: every term 0
    expect(r.reconciliation).toEqual({ opening: 0, admitted: 0, transferredIn: 0, transferredOut: 0, died: 0, struckOff: 0, leftParty: 0, expelled: 0, removedFromProbation: 0, handedOverIn: 0, handedOverOut: 0, closing: 0 });
    expect(r.sections.map((s: { key: string }) => s.key)).toEqual(['organizations', 'partyDevelopment', 'cadre', 'training', 'memberWork', 'vetting', 'inspection', 'rating']);
    expect(r.sections.find((s: { key: string }) => s.key === 'training').metrics).toContain('training.secretaries.trained');
  });

  it('counts a 2023 fact recorded today in 2023, not in the year it was typed', async () => {
    const thisYear = new Date().getFullYear();
    const before = await report(2023);
    const beforeNow = await report(thisYear);
    await post('/training/sendings', { courseTypeCode: 'cao-cap-llct', person: { personId: 'p-late' }, sentOn: '2023-12-30', institution: 'Học viện Chính trị khu vực I', orgId: ids.cb1 }).expect(201);
    await establish('cb4', 'grassroots_cell', 'bloc', '2023-12-31');
    const after = await report(2023);
    expect(after.metrics['training.advancedTheory.sent']).toBe(before.metrics['training.advancedTheory.sent'] + 1);
    expect(after.metrics['orgs.established']).toBe(before.metrics['orgs.established'] + 1);
    expect(after.metrics['orgs.grassroots']).toBe(before.metrics['orgs.grassroots'] + 1);
    const afterNow = await report(thisYear);
    expect(afterNow.metrics['training.advancedTheory.sent']).toBe(beforeNow.metrics['training.advancedTheory.sent']);
    expect(afterNow.metrics['orgs.established']).toBe(beforeNow.metrics['orgs.established']);
  });

  it('shows a secretary only the figures of their subtree, and refuses another organization', async () => {
    const secretary = await stack.world.secretary(ids.db1);
    const r = await report(2023, secretary);
    expect(r.scope).toEqual({ orgId: ids.db1, name: 'Tổ chức db1', orgCount: 2 });
    expect(r.metrics).toMatchObject({
      'orgs.grassroots': 1,
      'orgs.grassroots.partyCommittees': 1,
      'orgs.grassroots.cells': 0,
      'orgs.established': 0,
      'orgs.dissolved': 0,
      'training.classes.candidates': 1, // serves db1
      'training.students.candidates': 2, // p-3 (cbt1), p-4 (db1)
      'training.students.newMembers': 1,
      'training.advancedTheory.sent': 1,
      'training.advancedTheory.registeredNextYear': 1,
      'training.object4.registered': 1,
      'training.secretaries.trained': 3, // s-a, s-c (cbt1), s-d (db1)
    });
    expect((await report(2023, secretary, `?orgId=${ids.cbt1}`)).scope).toMatchObject({ orgId: ids.cbt1, orgCount: 1 });
    const refused = await get(`/reports/year-end/2023?orgId=${ids.cb1}`, secretary).expect(403);
    expect(refused.body.code).toBe('forbidden');
    // the board sees the same subtree when it asks for it
    expect((await report(2023, board, `?orgId=${ids.db1}`)).metrics['training.secretaries.trained']).toBe(3);
  });

  it('lets a viewer read the catalogue and the report, and answers 400 / 404 for a bad year or organization', async () => {
    const cat = await get('/reports/metrics', viewer).expect(200);
    expect(cat.body.metrics.map((m: { key: string }) => m.key)).toEqual(METRIC_KEYS);
    expect(cat.body.metrics.find((m: { key: string }) => m.key === 'orgs.grassroots')).toMatchObject({ unit: 'orgs', computed: true, label: { vi: 'Tổ chức cơ sở đảng' } });
    expect(cat.body.metrics.find((m: { key: string }) => m.key === 'members.admitted')).toMatchObject({ computed: true, feeds: ['membership.member.admitted'] });
    expect(cat.body.metrics.find((m: { key: string }) => m.key === 'members.expelled')).toMatchObject({ computed: true, feeds: ['membership.member.expelled'] });
    expect((await report(2023, viewer)).metrics['orgs.grassroots']).toBeGreaterThan(0);
    await get('/reports/year-end/20x3', viewer).expect(400);
    await get('/reports/year-end/2023?orgId=not-a-uuid', viewer).expect(400);
    await get('/reports/year-end/2023?orgId=0190b3c4-0000-7000-8000-000000000000', viewer).expect(404);
    await post('/reports/rebuild', {}, viewer).expect(403);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = await stack.gw.http().get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/reports/metrics', '/api/reports/year-end/{year}', '/api/reports/rebuild']));
  });

  it('rebuilds the read model from the start of the streams and gets the same figures', async () => {
    const before = await Promise.all([report(2022), report(2023)]);
    const res = await post('/reports/rebuild', {}, admin).expect(202);
    expect(res.body.consumers).toEqual(['reporting-membership', 'reporting-training', 'reporting-inspection', 'reporting-cadre']);
    expect(res.body.clearedRows).toBeGreaterThan(0);
    expect(res.body.clearedInbox).toBeGreaterThan(0);
    const after = await Promise.all([report(2022), report(2023)]);
    expect(after).toEqual(before);
    const health = await stack.service.send<{ phase: string; status: string }>('reporting.health', {});
    expect(health).toMatchObject({ status: 'up', phase: 'ready' });
  });
});

/** A member recorded from the books: official a year after the decision. */
const existingMember = (fullName: string, org: string, admittedOn: string) => stack.world.member({ fullName, dateOfBirth: '1960-01-01', orgId: ids[org], admittedOn });

/**
 * A membership fact published by membership, handed straight to the projection (an admission
 * needs the whole candidate flow; the handler is what the consumer runs for the real event).
 */
async function synthetic<D>(type: string, occurredOn: string, data: D & { personId: string; orgId: string }): Promise<void> {
  const envelope = { id: crypto.randomUUID(), type, version: 1, occurredOn, recordedAt: new Date().toISOString(), data } as unknown as Envelope<unknown>;
  await stack.em().transactional((em) => projectMemberFacts(em as EntityManager, [{ event: envelope, fact: { personId: data.personId, orgId: data.orgId } }]));
}

describe('the members: headcount at 31/12 by subtree, the year flows and the reconciliation', () => {
  const people: Record<string, string> = {};
  beforeAll(async () => {
    // cb5 is handed over in 2023 with its two members; everybody recorded now with dates in the world
    await establish('cb5', 'grassroots_cell', 'bloc', '2020-03-01');
    people.an = await existingMember('Nguyễn Văn An', 'cb1', '1993-01-15');
    people.binh = await existingMember('Trần Văn Bình', 'cb1', '2005-03-01');
    people.cuong = await existingMember('Lê Văn Cường', 'cb1', '2001-06-01');
    people.dung = await existingMember('Phạm Văn Dũng', 'cb1', '2008-09-01');
    people.em = await existingMember('Hoàng Thị Em', 'cbt1', '2010-04-01');
    people.phuong = await existingMember('Vũ Thị Phương', 'cb5', '2011-05-01');
    people.giang = await existingMember('Đặng Văn Giang', 'cb5', '2012-05-01');

    await post('/transfers/out', { personId: people.binh, toCommittee: 'Đảng bộ Quận Ba Đình', letterNumber: 'GGT-R1', issuedOn: '2023-04-10' }).expect(201);
    const internal = (await post('/transfers/internal', { personId: people.em, toOrgId: ids.cb1, letterNumber: 'GGT-R2', departedOn: '2023-03-01' }).expect(201)).body;
    await post(`/transfers/${internal.id}/arrive`, { arrivedOn: '2023-03-05' }).expect(200);
    const arrived = await post('/transfers/in', {
      person: stack.world.personFields({ fullName: 'Đỗ Thị Hạnh', dateOfBirth: '1985-02-02', gender: 'female', hometown: 'Nam Định', admissionDecisionDate: '2010-06-01', ceremonyDate: '2010-06-15', officialDate: '2011-06-15' }),
      fromCommittee: 'Đảng bộ tỉnh Nam Định', toOrgId: ids.cb1, letterNumber: 'GGT-R3', issuedOn: '2023-06-01', arrivedOn: '2023-06-08',
    }).expect(201);
    people.hanh = arrived.body.personId;
    await post(`/members/${people.cuong}/death`, { dateOfDeath: '2023-05-01' }).expect(200);
    await post(`/members/${people.dung}/cards`, { cardNumber: '79-000001', issuedOn: '2010-05-19' }).expect(201);
    await post(`/members/${people.dung}/cards/reissue`, { cardNumber: '79-000002', issuedOn: '2023-06-01', reason: 'damaged' }).expect(201);
    await post(`/members/${people.dung}/strike-off`, { decisionDate: '2023-09-01', decisionNumber: 'QĐ-XT R1', reason: 'absent-3-months' }).expect(200);
    await post(`/members/${people.an}/cards`, { cardNumber: '79-000003', issuedOn: '2023-05-19' }).expect(201);
    await post('/badges/awards', { personId: people.an, level: 30, occasion: '2023-02-03', decisionNumber: 'QĐ-HH R1' }).expect(201);
    await post(`/orgs/${ids.cb5}/hand-over`, { toCommittee: 'Đảng ủy Khối Doanh nghiệp Trung ương', effectiveOn: '2023-08-01', decisionNumber: 'QĐ-bg-cb5' }).expect(200);
  }, 120_000);

  it('counts the registered members in the opening headcount, never as admissions of any year', async () => {
    const r22 = await report(2022);
    expect(r22.metrics['members.total']).toBe(7);
    expect(r22.metrics['members.admitted']).toBe(0);
    expect((await report(2005)).metrics['members.admitted']).toBe(0);
    expect((await report(2022, board, `?orgId=${ids.db1}`)).metrics['members.total']).toBe(1); // Em, in cbt1
  });

  it('gives the 2023 flows by their dates in the world and a reconciliation that adds up', async () => {
    const r = await report(2023);
    expect(r.metrics).toMatchObject({
      'members.total': 3, // An, Em (moved to cb1), Hạnh (transferred in)
      'members.handedOver': 2,
      'members.handedIn': 0,
      'members.admitted': 0,
      'transfers.out': 1,
      'transfers.in': 1,
      'transfers.internal': 1,
      deaths: 1,
      'members.struckOff': 1,
      'members.leftParty': 0,
      'members.removedFromProbation': 0,
      'members.expelled': 0,
      'cards.issued': 1, // An's in 2023 (Dũng's first card is of 2010)
      'cards.reissued.damaged': 1,
      'cards.reissued.lost': 0,
      'badges.awarded': 1,
      'badges.awarded.30': 1,
      'badges.awarded.40': 0,
    });
    expect(r.reconciliation).toEqual({ opening: 7, admitted: 0, transferredIn: 1, transferredOut: 1, died: 1, struckOff: 1, leftParty: 0, expelled: 0, removedFromProbation: 0, handedOverIn: 0, handedOverOut: 2, closing: 3 });
    expect(reconciledClosing(r.reconciliation)).toBe(3);
    expect(r.pending).not.toContain('members.expelled');
    expect(r.inconsistencies).toEqual([]);
  });

  it('in a subtree, an internal transfer across its border is an out (or an in), and the subtree reconciles too', async () => {
    const r = await report(2023, board, `?orgId=${ids.db1}`);
    expect(r.metrics).toMatchObject({ 'members.total': 0, 'transfers.out': 1, 'transfers.in': 0, 'transfers.internal': 0, 'members.handedOver': 0 });
    expect(r.reconciliation).toMatchObject({ opening: 1, transferredOut: 1, closing: 0 });
    expect(r.inconsistencies).toEqual([]);
  });

  it('rebuilds the member projection from the start of the stream and gets the same figures', async () => {
    const before = await Promise.all([report(2022), report(2023), report(2023, board, `?orgId=${ids.db1}`)]);
    await post('/reports/rebuild', {}, admin).expect(202);
    expect(await Promise.all([report(2022), report(2023), report(2023, board, `?orgId=${ids.db1}`)])).toEqual(before);
  });

  it('counts a 2023 fact recorded now in 2023: an admission and a conversion, a member leaving the Party', async () => {
    const thisYear = new Date().getFullYear();
    const beforeNow = await report(thisYear);
    await synthetic(MemberAdmitted.type, '2023-07-01', { personId: crypto.randomUUID(), orgId: ids.cb1 });
    await synthetic(MemberMadeOfficial.type, '2023-11-20', { personId: crypto.randomUUID(), orgId: ids.cb1 });
    await post(`/members/${people.an}/leave`, { decisionDate: '2023-12-20', decisionNumber: 'QĐ-RK R1', hasViolations: false }).expect(200);
    const r = await report(2023);
    expect(r.metrics).toMatchObject({ 'members.total': 3, 'members.admitted': 1, 'members.madeOfficial': 1, 'members.leftParty': 1 });
    expect(r.reconciliation).toMatchObject({ opening: 7, admitted: 1, leftParty: 1, closing: 3 });
    expect(r.inconsistencies).toEqual([]);
    const afterNow = await report(thisYear);
    expect(afterNow.metrics['members.leftParty']).toBe(beforeNow.metrics['members.leftParty']);
    expect(afterNow.metrics['members.admitted']).toBe(beforeNow.metrics['members.admitted']);
    expect(afterNow.metrics['members.total']).toBe(3);
  });
});

describe('expulsion: decided by the Inspection Committee, applied by membership, counted by its effective date', () => {
  const people: Record<string, string> = {};
  /** The inspection facts reach the membership process as JetStream events; its consumer has taken them in. */
  const inspectionFactsConsumed = async (n: number) =>
    waitFor(async () => {
      const [row] = await stack.em().execute<{ n: number }[]>(`select count(*)::int as n from "${reports.schemaOf('membership')}"."inbox" where consumer = 'membership-inspection-facts'`);
      return Number(row.n) === n;
    }, { what: 'membership to apply the inspection facts' });
  const expel = (personId: string, decidedOn: string, effectiveOn: string) =>
    publishFact(stack.iso, DisciplineDecided, { personId, orgId: ids.cb1, decisionId: crypto.randomUUID(), caseId: null, level: 'khai_tru', decidedOn, decisionNumber: `QĐ-KT ${decidedOn}`, effectiveOn }, { occurredOn: decidedOn });

  beforeAll(async () => {
    people.khai = await existingMember('Lương Văn Khải', 'cb1', '2000-01-01');
    people.tru = await existingMember('Mạc Văn Trừ', 'cb1', '2002-01-01');
    await expel(people.khai, '2023-11-20', '2023-11-25');
    // decided in December 2023, effective in January 2024: an expulsion of 2024
    const late = await expel(people.tru, '2023-12-28', '2024-01-03');
    await inspectionFactsConsumed(2);
    await redeliver(stack.iso, DisciplineDecided, late); // a redelivery: membership's inbox, nothing twice
  });

  it('counts members.expelled in the year of the effective date, and the reconciliation adds up with it', async () => {
    const r23 = await report(2023);
    expect(r23.metrics['members.expelled']).toBe(1);
    expect(r23.pending).not.toContain('members.expelled');
    // 9 + 1 admitted + 1 in − 1 out − 1 died − 1 struck off − 1 left − 1 expelled − 2 handed over = 4 (Trừ still a member on 31/12/2023)
    expect(r23.reconciliation).toEqual({ opening: 9, admitted: 1, transferredIn: 1, transferredOut: 1, died: 1, struckOff: 1, leftParty: 1, expelled: 1, removedFromProbation: 0, handedOverIn: 0, handedOverOut: 2, closing: 4 });
    expect(reconciledClosing(r23.reconciliation)).toBe(4);
    expect(r23.inconsistencies).toEqual([]);
    const r24 = await report(2024);
    expect(r24.metrics['members.expelled']).toBe(1);
    expect(r24.reconciliation).toMatchObject({ opening: 4, expelled: 1, closing: 3 });
    expect(r24.inconsistencies).toEqual([]);
    expect((await report(2022)).metrics['members.expelled']).toBe(0);
  });

  it('a rebuild from the stream counts the same expulsions', async () => {
    // (the synthetic admission above never was on the stream: only the expulsion figures are compared)
    const expelled = async () => Promise.all([2023, 2024].map(async (y) => ((r) => [r.metrics['members.expelled'], r.reconciliation.expelled])(await report(y))));
    const before = await expelled();
    await post('/reports/rebuild', {}, admin).expect(202);
    expect(await expelled()).toEqual(before);
    expect(before).toEqual([[1, 1], [1, 1]]);
  });
});
