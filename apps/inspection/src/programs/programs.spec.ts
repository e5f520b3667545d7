import { DossierSurveyCompleted, InspectionConcluded, SupervisionConcluded, todayInVietnam } from '@party/contracts';
import { useStack } from '@party/gateway/testing';
import { OutboxMessage } from '@party/messaging';
import { countOf, TableProbe } from '@party/testing';
import { AuditEntry } from '@party/database';
import { DossierSurvey, InspectionProgram, ProgramTarget, TargetPhase, TargetRecommendation } from './program.entities';
import { INSPECTION, programTree } from './testing/programs-under-test';

/**
 * Programs of inspection and supervision, and dossier surveys, through the real gateway as the
 * Inspection Committee (`ubkt`) works: the phases in their order at their edges, a conclusion and
 * its event, recommendations followed up until closed, overdue phases, surveys and their coverage
 * over the organization replica; who may read what; nothing written after a refusal.
 */
const stack = useStack({ label: 'inspprog', service: INSPECTION });
const { em } = stack;
let org: Awaited<ReturnType<typeof programTree>>;
let ubkt: string;
let standing: string;
let viewer: string;
beforeAll(async () => {
  org = await programTree(stack.iso, stack.service);
  [ubkt, standing, viewer] = await Promise.all([stack.login('ubkt'), stack.login('thuongvu'), stack.login('viewer')]);
}, 60_000);

const post = (path: string, body: unknown, token = ubkt) => stack.post(`/inspection${path}`, body, token);
const get = (path: string, token = ubkt) => stack.get(`/inspection${path}`, token);

const phaseRows: TableProbe = async (e) => (await e.find(TargetPhase, {}, { orderBy: { targetId: 'asc', phase: 'asc' } })).map((p) => [p.targetId, p.phase, p.dueOn, p.doneOn]);
const targetRows: TableProbe = async (e) => (await e.find(ProgramTarget, {}, { orderBy: { id: 'asc' } })).map((t) => [t.id, t.findings.length, t.conclusionDate]);
const recRows: TableProbe = async (e) => (await e.find(TargetRecommendation, {}, { orderBy: { id: 'asc' } })).map((r) => [r.id, r.followUps.length, r.closedOn]);
const surveyRows: TableProbe = async (e) => (await e.find(DossierSurvey, {}, { orderBy: { id: 'asc' } })).map((s) => [s.id, s.instructionNumber]);
const written = stack.tables({
  programs: countOf(InspectionProgram),
  targets: targetRows,
  phases: phaseRows,
  recommendations: recRows,
  surveys: surveyRows,
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});

const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const today = todayInVietnam();

async function program(kind: 'inspection' | 'supervision' = 'inspection', year = 2023): Promise<string> {
  return (await post('/programs', { year, kind, mode: 'thematic', title: `Chương trình ${kind} năm ${year}`, documentNumber: '01-CTr/UBKT', issuedOn: `${year}-01-10` }).expect(201)).body.id;
}

const SUBJECT_21 = 'Việc lãnh đạo, chỉ đạo, thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII';

async function target(programId: string, orgId: string, over: Record<string, unknown> = {}): Promise<string> {
  const body = { orgId, targetsCommittee: true, targetsSecretary: true, subject: SUBJECT_21, team: [{ fullName: 'Nguyễn Văn Kiểm', role: 'lead' }, { fullName: 'Lê Thị Sát' }], ...over };
  return (await post(`/programs/${programId}/targets`, body).expect(201)).body.id;
}

/** Plan, notice, self-report and verification done on the given days, a finding recorded. */
async function throughVerification(targetId: string, days = ['2023-03-01', '2023-03-10', '2023-04-10', '2023-05-15']) {
  for (const [i, phase] of ['plan', 'notice', 'selfReport', 'verification'].entries()) await post(`/targets/${targetId}/phases/${phase}`, { doneOn: days[i] }).expect(200);
  await post(`/targets/${targetId}/findings`, { recordedOn: days[3], text: 'Chưa ban hành kế hoạch thực hiện Kết luận 21 của cấp ủy' }).expect(200);
}

describe('a program and its targets', () => {
  it('creates a program of the year, refusing a bad kind, year or title field by field', async () => {
    const before = await written();
    const bad = await post('/programs', { year: 1800, kind: 'audit', mode: 'regular', title: ' ' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['kind', 'title', 'year']);
    expect(await written()).toEqual(before);
    const id = await program();
    const res = await get(`/programs/${id}`).expect(200);
    expect(res.body).toMatchObject({ id, year: 2023, kind: 'inspection', mode: 'thematic', targets: 0, concluded: 0, phasesDone: 0, phasesTotal: 0, overduePhases: 0, targetList: [] });
  });

  it('adds a target of an organization existing in the program’s year, once, with its team and due dates in order', async () => {
    const p = await program();
    const before = await written();
    const badDues = await post(`/programs/${p}/targets`, {
      orgId: org.G1, subject: SUBJECT_21, team: [{ fullName: 'Nguyễn Văn Kiểm', role: 'lead' }], targetsCommittee: false, targetsSecretary: false,
      dueDates: { plan: '2023-03-01', notice: '2023-02-28' },
    }).expect(400);
    expect(badDues.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['dueDates.notice', 'targetsCommittee']);
    expect(badDues.body.fields.find((f: { field: string }) => f.field === 'dueDates.notice').vi).toContain('trước hạn');
    // G3 was dissolved on 2023-06-01: a target of the 2024 program is refused, naming the organization
    const p2024 = await program('inspection', 2024);
    const gone = await post(`/programs/${p2024}/targets`, { orgId: org.G3, subject: SUBJECT_21, team: [{ fullName: 'Nguyễn Văn Kiểm' }] }).expect(422);
    expect(gone.body.fields).toEqual([expect.objectContaining({ field: 'orgId' })]);
    expect(gone.body.message.vi).toContain('năm 2024');
    const unknown = await post(`/programs/${p}/targets`, { orgId: '01890a5d-ac96-774b-bcce-b302099a8057', subject: SUBJECT_21, team: [{ fullName: 'A' }] }).expect(422);
    expect(unknown.body.fields[0].field).toBe('orgId');
    expect(await written()).toMatchObject({ targets: before.targets, phases: before.phases });
    // in 2023 it still existed until June
    await target(p, org.G3);
    const t = await target(p, org.G1, { dueDates: { plan: '2023-03-01', notice: '2023-03-01', verification: '2023-05-15' } });
    const dup = await post(`/programs/${p}/targets`, { orgId: org.G1, subject: SUBJECT_21, team: [{ fullName: 'A' }] }).expect(409);
    expect(dup.body.message.vi).toContain('Đảng bộ Công ty Điện lực');
    const view = (await get(`/targets/${t}`).expect(200)).body;
    expect(view).toMatchObject({ orgId: org.G1, orgName: 'Đảng bộ Công ty Điện lực', status: 'planned', nextPhase: 'plan', year: 2023, kind: 'inspection', targetsCommittee: true, targetsSecretary: true });
    expect(view.phases.map((ph: { phase: string; dueOn: string | null }) => [ph.phase, ph.dueOn])).toEqual([
      ['plan', '2023-03-01'], ['notice', '2023-03-01'], ['selfReport', null], ['verification', '2023-05-15'], ['conclusion', null],
    ]);
    expect(view.team).toEqual([{ fullName: 'Nguyễn Văn Kiểm', role: 'lead' }, { fullName: 'Lê Thị Sát', role: 'member' }]);
  });

  it('records phases in order: the day of the previous phase is taken, the day before refused naming doneOn, nothing written', async () => {
    const t = await target(await program(), org.G2);
    const before = await written();
    const skipped = await post(`/targets/${t}/phases/notice`, { doneOn: '2023-03-01' }).expect(422);
    expect(skipped.body.fields).toEqual([expect.objectContaining({ field: 'phase' })]);
    expect(skipped.body.regulation).toContain('22-QĐ/TW');
    expect(await written()).toEqual(before);
    await post(`/targets/${t}/phases/plan`, { doneOn: '2023-03-01' }).expect(200);
    const afterPlan = await written();
    const early = await post(`/targets/${t}/phases/notice`, { doneOn: '2023-02-28' }).expect(422);
    expect(early.body.fields).toEqual([{ field: 'doneOn', vi: 'Không được trước ngày 01/03/2023', en: 'Not before 2023-03-01' }]);
    expect(early.body.message.vi).toBe('Ngày hoàn thành bước "Thông báo kế hoạch" (28/02/2023) trước ngày hoàn thành bước "Xây dựng kế hoạch" (01/03/2023)');
    expect(await written()).toEqual(afterPlan);
    const sameDay = (await post(`/targets/${t}/phases/notice`, { doneOn: '2023-03-01' }).expect(200)).body;
    expect(sameDay).toMatchObject({ status: 'in_progress', nextPhase: 'selfReport', phasesDone: 2, overduePhases: 0, nextDueOn: null });
    // the program counts its targets' progress for the list of the year
    const listed = (await get(`/programs?year=2023&pageSize=500`).expect(200)).body.items.find((p: { id: string }) => p.id === sameDay.programId);
    expect(listed).toMatchObject({ targets: 1, concluded: 0, phasesDone: 2, phasesTotal: 5, overduePhases: 0 });
    await post(`/targets/${t}/phases/notice`, { doneOn: '2023-03-02' }).expect(409);
    const future = await post(`/targets/${t}/phases/selfReport`, { doneOn: plusDays(today, 1) }).expect(400);
    expect(future.body.fields.map((f: { field: string }) => f.field)).toEqual(['doneOn']);
    expect(future.body.fields[0].vi).toContain('Ngày hoàn thành bước');
    await post(`/targets/${t}/phases/conclusion`, { doneOn: '2023-06-01' }).expect(422);
    await post(`/targets/${t}/phases/review`, { doneOn: '2023-06-01' }).expect(400);
  });

  it('concludes after the verification with findings, on or after its day, publishing the conclusion dated in the world', async () => {
    const t = await target(await program(), org.G1);
    const concludeBody = { conclusionNumber: '45-TB/UBKT', conclusionDate: '2023-06-15', text: 'Cấp ủy đã lãnh đạo thực hiện cơ bản tốt Kết luận 21', recommendations: [{ text: 'Ban hành kế hoạch khắc phục', dueOn: '2023-09-30' }] };
    const before = await written();
    const tooSoon = await post(`/targets/${t}/conclude`, concludeBody).expect(422);
    expect(tooSoon.body.message.vi).toContain('Xây dựng kế hoạch');
    for (const [phase, doneOn] of [['plan', '2023-03-01'], ['notice', '2023-03-10'], ['selfReport', '2023-04-10'], ['verification', '2023-05-15']]) {
      await post(`/targets/${t}/phases/${phase}`, { doneOn }).expect(200);
    }
    const noFinding = await post(`/targets/${t}/conclude`, concludeBody).expect(422);
    expect(noFinding.body.message.en).toContain('No finding');
    await post(`/targets/${t}/findings`, { recordedOn: '2023-05-15', text: 'Chưa ban hành kế hoạch thực hiện Kết luận 21' }).expect(200);
    const afterFinding = await written();
    const early = await post(`/targets/${t}/conclude`, { ...concludeBody, conclusionDate: '2023-05-14' }).expect(422);
    expect(early.body.fields).toEqual([expect.objectContaining({ field: 'conclusionDate' })]);
    expect(await written()).toEqual(afterFinding);
    expect(afterFinding.outbox).toBe(before.outbox);

    const done = (await post(`/targets/${t}/conclude`, { ...concludeBody, conclusionDate: '2023-05-15' }).expect(200)).body;
    expect(done).toMatchObject({ status: 'concluded', nextPhase: null, conclusion: { number: '45-TB/UBKT', date: '2023-05-15' } });
    expect(done.phases.at(-1)).toMatchObject({ phase: 'conclusion', doneOn: '2023-05-15' });
    const events = await em().find(OutboxMessage, { type: InspectionConcluded.type });
    const mine = events.filter((e) => (e.envelope.data as { targetId: string }).targetId === t);
    expect(mine).toHaveLength(1);
    expect(mine[0].envelope).toMatchObject({ occurredOn: '2023-05-15', orgId: org.G1, data: { orgId: org.G1, concludedOn: '2023-05-15', programYear: 2023, targetsCommittee: true, conclusionNumber: '45-TB/UBKT' } });
    await post(`/targets/${t}/conclude`, concludeBody).expect(409);
    await post(`/targets/${t}/findings`, { recordedOn: '2023-06-20', text: 'Thêm' }).expect(409);
  });

  it('follows a recommendation up from the conclusion until closed', async () => {
    const t = await target(await program('supervision'), org.G2, { subject: 'Kết luận số 18-KL/TW ngày 22/9/2017' });
    await throughVerification(t);
    const view = (await post(`/targets/${t}/conclude`, { conclusionNumber: '46-TB/UBKT', conclusionDate: '2023-06-15', text: 'Kết luận giám sát', recommendations: [{ text: 'Nâng cao chất lượng sinh hoạt chi bộ' }] }).expect(200)).body;
    expect((await em().find(OutboxMessage, { type: SupervisionConcluded.type })).some((e) => (e.envelope.data as { targetId: string }).targetId === t)).toBe(true);
    const rec = view.recommendations[0].id;
    const before = await written();
    const early = await post(`/recommendations/${rec}/follow-ups`, { followedUpOn: '2023-06-14', note: 'Trước kết luận' }).expect(422);
    expect(early.body.fields[0].field).toBe('followedUpOn');
    expect(await written()).toEqual(before);
    await post(`/recommendations/${rec}/follow-ups`, { followedUpOn: '2023-06-15', note: 'Chi bộ đã xây dựng kế hoạch' }).expect(200);
    const backwards = await post(`/recommendations/${rec}/follow-ups`, { followedUpOn: '2023-06-14', note: 'Lùi ngày' }).expect(422);
    expect(backwards.body.fields[0].field).toBe('followedUpOn');
    const closed = (await post(`/recommendations/${rec}/follow-ups`, { followedUpOn: '2023-09-20', note: 'Đã thực hiện xong', closes: true }).expect(200)).body;
    expect(closed.recommendations[0]).toMatchObject({ closedOn: '2023-09-20', followUps: [expect.objectContaining({ followedUpOn: '2023-06-15' }), expect.objectContaining({ closes: true })] });
    await post(`/recommendations/${rec}/follow-ups`, { followedUpOn: '2023-10-01', note: 'Sau khi đóng' }).expect(409);
  });

  it('lists phases due before the day and not done: due yesterday is overdue, due today not yet, a done phase never', async () => {
    const p = await program('inspection', Number(today.slice(0, 4)));
    const t = await target(p, org.G1, { dueDates: { plan: plusDays(today, -3), notice: plusDays(today, -1), selfReport: today } });
    await post(`/targets/${t}/phases/plan`, { doneOn: plusDays(today, -2) }).expect(200);
    const res = (await get('/phases/overdue?pageSize=500').expect(200)).body;
    const mine = res.items.filter((i: { targetId: string }) => i.targetId === t);
    expect(res.asOf).toBe(today);
    expect(mine).toEqual([expect.objectContaining({ phase: 'notice', dueOn: plusDays(today, -1), daysOverdue: 1, orgName: 'Đảng bộ Công ty Điện lực' })]);
    const tomorrow = (await get(`/phases/overdue?asOf=${plusDays(today, 1)}&pageSize=500`).expect(200)).body.items.filter((i: { targetId: string }) => i.targetId === t);
    expect(tomorrow.map((i: { phase: string }) => i.phase)).toEqual(['notice', 'selfReport']);
    const view = (await get(`/targets/${t}`).expect(200)).body;
    expect(view.phases.map((ph: { overdue: boolean }) => ph.overdue)).toEqual([false, true, false, false, false]);
    expect(view).toMatchObject({ phasesDone: 1, overduePhases: 1, nextPhase: 'notice', nextDueOn: plusDays(today, -1) });
    expect((await get(`/programs/${p}`).expect(200)).body).toMatchObject({ phasesDone: 1, phasesTotal: 5, overduePhases: 1, targetList: [expect.objectContaining({ overduePhases: 1 })] });
  });
});

describe('who reads and writes programs', () => {
  let concluded: string;
  let open: string;
  beforeAll(async () => {
    const p = await program('inspection', 2023);
    concluded = await target(p, org.C1);
    await throughVerification(concluded);
    await post(`/targets/${concluded}/conclude`, { conclusionNumber: '50-TB/UBKT', conclusionDate: '2023-06-20', text: 'Kết luận về chi bộ', recommendations: [{ text: 'Kiện toàn cấp ủy' }] }).expect(200);
    open = await target(p, org.G2);
    await post(`/targets/${open}/phases/plan`, { doneOn: '2023-03-01' }).expect(200);
  });

  it('lets the standing committee read cases in progress but not write', async () => {
    await get(`/targets/${open}`, standing).expect(200);
    await get('/programs?year=2023', standing).expect(200);
    await get('/phases/overdue', standing).expect(200);
    await post('/programs', { year: 2023, kind: 'inspection', mode: 'regular', title: 'x' }, standing).expect(403);
    await post(`/targets/${open}/phases/notice`, { doneOn: '2023-03-02' }, standing).expect(403);
  });

  it('keeps cases and their findings from the Organization Board, which reads concluded outcomes only', async () => {
    const board = stack.board;
    for (const path of [`/targets/${open}`, `/targets/${concluded}`, '/programs', '/phases/overdue', '/dossier-surveys', '/dossier-surveys/coverage']) await get(path, board).expect(403);
    await post(`/targets/${open}/findings`, { recordedOn: '2023-03-05', text: 'x' }, board).expect(403);
    const outcomes = (await get('/outcomes?year=2023&pageSize=500', board).expect(200)).body;
    expect(outcomes.items.map((o: { targetId: string }) => o.targetId)).toContain(concluded);
    expect(outcomes.items.map((o: { targetId: string }) => o.targetId)).not.toContain(open);
    const mine = outcomes.items.find((o: { targetId: string }) => o.targetId === concluded);
    expect(mine).toMatchObject({ orgId: org.C1, conclusionNumber: '50-TB/UBKT', conclusion: 'Kết luận về chi bộ', recommendations: [{ text: 'Kiện toàn cấp ủy', dueOn: null, closedOn: null }] });
    expect(Object.keys(mine)).not.toEqual(expect.arrayContaining(['findings']));
    expect(JSON.stringify(outcomes)).not.toContain('Chưa ban hành kế hoạch');
    expect(JSON.stringify(outcomes)).not.toContain('Nguyễn Văn Kiểm');
    await get('/outcomes', viewer).expect(200);
  });

  it('shows a secretary the concluded outcomes about their own organizations only', async () => {
    const g1 = await stack.world.secretary(org.G1);
    const g2 = await stack.world.secretary(org.G2);
    const ofG1 = (await get('/outcomes?pageSize=500', g1).expect(200)).body.items;
    expect(ofG1.length).toBeGreaterThan(0);
    expect(ofG1.every((o: { orgId: string }) => o.orgId === org.G1 || o.orgId === org.C1)).toBe(true);
    expect(ofG1.map((o: { targetId: string }) => o.targetId)).toContain(concluded);
    const ofG2 = (await get('/outcomes?pageSize=500', g2).expect(200)).body.items;
    expect(ofG2.map((o: { targetId: string }) => o.targetId)).not.toContain(concluded);
    expect(ofG2.every((o: { orgId: string }) => o.orgId === org.G2)).toBe(true);
    await get(`/outcomes?orgId=${org.G1}`, g2).expect(403);
    await get(`/outcomes?orgId=${org.C1}`, g1).expect(200);
    await get(`/targets/${concluded}`, g1).expect(403);
    await get(`/targets/${open}`, g2).expect(403);
    await get('/dossier-surveys/coverage', g1).expect(403);
    await post('/dossier-surveys', { orgId: org.G1, surveyedOn: '2023-03-01', findings: 'x' }, g1).expect(403);
  });
});

describe('dossier surveys', () => {
  it('records a survey of a grassroots organization existing on its day, once a day, with its event', async () => {
    const before = await written();
    const cell = await post('/dossier-surveys', { orgId: org.C1, surveyedOn: '2023-03-01', findings: 'Hồ sơ đầy đủ' }).expect(422);
    expect(cell.body.fields).toEqual([expect.objectContaining({ field: 'orgId' })]);
    expect(cell.body.message.vi).toContain('Chi bộ Phòng Kỹ thuật không phải tổ chức cơ sở đảng');
    // G3 dissolved on 2023-06-01: surveyed the day before, not that day
    const dissolved = await post('/dossier-surveys', { orgId: org.G3, surveyedOn: '2023-06-01', findings: 'x' }).expect(422);
    expect(dissolved.body.fields[0].field).toBe('orgId');
    const bad = await post('/dossier-surveys', { orgId: 'G1', surveyedOn: plusDays(today, 1), findings: '' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['findings', 'orgId', 'surveyedOn']);
    expect(await written()).toEqual(before);
    const id = (await post('/dossier-surveys', { orgId: org.G3, surveyedOn: '2023-05-31', team: ['Trần Văn Khảo'], findings: 'Thiếu phiếu bổ sung hồ sơ năm 2022' }).expect(201)).body.id;
    await post('/dossier-surveys', { orgId: org.G3, surveyedOn: '2023-05-31', findings: 'lần hai' }).expect(409);
    const events = (await em().find(OutboxMessage, { type: DossierSurveyCompleted.type })).filter((e) => (e.envelope.data as { surveyId: string }).surveyId === id);
    expect(events.map((e) => e.envelope)).toEqual([expect.objectContaining({ occurredOn: '2023-05-31', orgId: org.G3, data: { surveyId: id, orgId: org.G3, surveyedOn: '2023-05-31' } })]);
  });

  it('issues one instruction after the surveys it follows, not before any of them, once', async () => {
    const a = (await post('/dossier-surveys', { orgId: org.G1, surveyedOn: '2023-04-03', findings: 'Sổ đảng viên chưa cập nhật' }).expect(201)).body.id;
    const b = (await post('/dossier-surveys', { orgId: org.G2, surveyedOn: '2023-06-20', findings: 'Hồ sơ chi bộ đầy đủ' }).expect(201)).body.id;
    const before = await written();
    const early = await post('/dossier-surveys/instruction', { surveyIds: [a, b], instructionNumber: '163-CV/BTCĐUK', instructionDate: '2023-06-19' }).expect(422);
    expect(early.body.fields).toEqual([expect.objectContaining({ field: 'instructionDate' })]);
    expect(await written()).toEqual(before);
    const ok = (await post('/dossier-surveys/instruction', { surveyIds: [a, b], instructionNumber: '163-CV/BTCĐUK', instructionDate: '2023-06-30' }).expect(200)).body;
    expect(ok).toEqual({ surveys: 2, instructionNumber: '163-CV/BTCĐUK', instructionDate: '2023-06-30' });
    const again = await post('/dossier-surveys/instruction', { surveyIds: [b], instructionNumber: '170-CV/BTCĐUK', instructionDate: '2023-07-30' }).expect(422);
    expect(again.body.fields).toEqual([expect.objectContaining({ field: 'surveyIds.0' })]);
    const list = (await get('/dossier-surveys?year=2023&pageSize=500').expect(200)).body.items;
    expect(list.find((s: { id: string }) => s.id === a)).toMatchObject({ orgName: 'Đảng bộ Công ty Điện lực', instruction: { number: '163-CV/BTCĐUK', date: '2023-06-30' } });
  });

  it('covers the grassroots organizations existing on a day: ever surveyed up to it, and those left', async () => {
    // surveys so far (above): G3 on 31/05/2023, G1 on 03/04/2023, G2 on 20/06/2023
    const may = (await get('/dossier-surveys/coverage?asOf=2023-05-31').expect(200)).body;
    expect(may).toMatchObject({ asOf: '2023-05-31', grassroots: 3, surveyed: 2, remaining: 1 });
    expect(may.items.find((i: { orgId: string }) => i.orgId === org.G2)).toMatchObject({ surveys: 0, lastSurveyedOn: null, parentId: org.BLOC, parentName: 'Đảng bộ Khối' });
    // G3 gone on 01/06: not counted either way; G2 surveyed on 20/06, not yet on the 19th
    expect((await get('/dossier-surveys/coverage?asOf=2023-06-19').expect(200)).body).toMatchObject({ grassroots: 2, surveyed: 1, remaining: 1 });
    const end = (await get('/dossier-surveys/coverage?asOf=2023-12-31&status=remaining').expect(200)).body;
    expect(end).toMatchObject({ grassroots: 2, surveyed: 2, remaining: 0, total: 0, items: [] });
    const surveyed = (await get('/dossier-surveys/coverage?asOf=2023-12-31&status=surveyed').expect(200)).body;
    expect(surveyed.items.map((i: { name: string }) => i.name)).toEqual(['Chi bộ Công ty Xây lắp', 'Đảng bộ Công ty Điện lực']);
    await get('/dossier-surveys/coverage', standing).expect(200);
  });
});
