import { v7 as uuidv7 } from 'uuid';
import { DisciplineAnnulled, DisciplineDecided, DossierSurveyCompleted, EventData, InspectionConcluded, OrganizationDissolved, OrganizationEstablished, SupervisionConcluded, type Envelope } from '@party/contracts';
import { useStack } from '@party/gateway/testing';
import { InboxEntry } from '@party/messaging';
import { publishFact, redeliver } from '@party/service-kit/testing';
import { waitFor } from '@party/testing';
import { ProjectionStatus } from './operations/projection-status';
import { REPORTING } from './testing/reporting-under-test';

/**
 * The inspection figures of the year-end report from the inspection service's events, on a
 * generated bloc shaped as the reference report's 2023: 151 grassroots organizations at year end
 * (153 in 2022, two dissolved in 2023), three inspected on Kết luận 21-KL/TW and three supervised
 * on Kết luận 18-KL/TW, 80 surveyed in 2023, 71 left. Around them, the edges: an organization
 * inspected twice counts once, a chi bộ trực thuộc is not a grassroots organization, a conclusion
 * of 10/01/2024 counts in 2024 and one of 31/12/2022 in 2022, a survey of 2022 covers its
 * organization for good, and a redelivered event is counted once.
 */
const stack = useStack({ label: 'repinsp', service: REPORTING });
const published: string[] = [];
const bloc = uuidv7();
const grassroots = Array.from({ length: 153 }, () => uuidv7());
const [G1, G2, G3, G4, G5, G6] = grassroots;
const C1 = uuidv7(); // a chi bộ trực thuộc G1
const dissolved = grassroots.slice(151); // two, in 2023
const survivors = grassroots.slice(0, 151);
let redelivered: { inspection: Envelope<unknown>; survey: Envelope<unknown> };

async function fact<D extends Parameters<typeof publishFact>[1]>(def: D, data: EventData<D>, occurredOn: string, orgId: string): Promise<Envelope<EventData<D>>> {
  const e = await publishFact(stack.iso, def, data, { occurredOn, orgId });
  published.push(e.id);
  return e;
}

const established = (orgId: string, kind: 'bloc_committee' | 'grassroots_committee' | 'grassroots_cell' | 'dependent_cell', parentId: string | null, i: number) =>
  fact(OrganizationEstablished, { orgId, kind, grassroots: kind.startsWith('grassroots'), name: `Tổ chức ${i}`, parentId, decisionNumber: `${i}-QĐ/ĐUK`, origin: 'new', fromOrgIds: [] }, '2019-01-01', orgId);

let programSeq = 0;
const concluded = (kind: 'inspection' | 'supervision', orgId: string, concludedOn: string) =>
  fact(
    kind === 'inspection' ? InspectionConcluded : SupervisionConcluded,
    { programId: uuidv7(), targetId: uuidv7(), orgId, programYear: Number(concludedOn.slice(0, 4)), mode: 'thematic', targetsCommittee: true, targetsSecretary: true, conclusionNumber: `${++programSeq}-TB/UBKT`, concludedOn },
    concludedOn,
    orgId,
  );
const surveyed = (orgId: string, surveyedOn: string) => fact(DossierSurveyCompleted, { surveyId: uuidv7(), orgId, surveyedOn }, surveyedOn, orgId);

const caughtUp = () =>
  waitFor(
    async () => {
      const status = await stack.service.app.get(ProjectionStatus).status();
      return status.consumers.every((c) => c.lag === 0) && (await stack.em().count(InboxEntry, { eventId: { $in: published } })) === published.length;
    },
    { timeoutMs: 60_000, what: 'reporting to take in every fact' },
  );
const report = async (year: number, query = '', token?: string) => {
  await caughtUp();
  return (await stack.get(`/reports/year-end/${year}${query}`, token).expect(200)).body as { metrics: Record<string, number | null>; pending: string[]; completeness: { sources: { source: string }[] } };
};
const figures = async (year: number, query = '', token?: string) => {
  const r = await report(year, query, token);
  return { inspected: r.metrics['inspection.orgs'], supervised: r.metrics['supervision.orgs'], surveyed: r.metrics['dossierSurveys.orgs'], remaining: r.metrics['dossierSurveys.remaining'] };
};

beforeAll(async () => {
  await established(bloc, 'bloc_committee', null, 0);
  for (const [i, id] of grassroots.entries()) await established(id, i % 2 ? 'grassroots_cell' : 'grassroots_committee', bloc, i + 1);
  await established(C1, 'dependent_cell', G1, 999);
  await fact(OrganizationDissolved, { orgId: dissolved[0], kind: 'grassroots_cell', grassroots: true, name: 'Tổ chức 152', parentId: bloc, decisionNumber: '390-QĐ/ĐUK', withOrgId: null }, '2023-03-28', dissolved[0]);
  await fact(OrganizationDissolved, { orgId: dissolved[1], kind: 'grassroots_committee', grassroots: true, name: 'Tổ chức 153', parentId: bloc, decisionNumber: '391-QĐ/ĐUK', withOrgId: null }, '2023-11-20', dissolved[1]);

  // inspected on Kết luận 21-KL/TW: G1 (twice, under two programs), G2, G3; the chi bộ trực thuộc C1 is no grassroots organization
  const first = await concluded('inspection', G1, '2023-06-15');
  await concluded('inspection', G1, '2023-10-02');
  await concluded('inspection', G2, '2023-01-01');
  await concluded('inspection', G3, '2023-12-31');
  await concluded('inspection', C1, '2023-07-01');
  await concluded('inspection', G4, '2024-01-10');
  // supervised on Kết luận 18-KL/TW: G4, G5, G6; G6 also on 31/12/2022
  for (const org of [G4, G5, G6]) await concluded('supervision', org, '2023-09-20');
  await concluded('supervision', G6, '2022-12-31');

  // 80 surveyed in 2023 (the first twice, the second also in 2022), all still there at year end
  const survey = await surveyed(survivors[0], '2023-03-01');
  for (const [i, org] of survivors.slice(0, 80).entries()) await surveyed(org, i === 0 ? '2023-06-20' : `2023-0${3 + (i % 4)}-1${i % 10}`);
  await surveyed(survivors[1], '2022-11-15');
  redelivered = { inspection: first, survey };
}, 120_000);

it('counts 3 inspected, 3 supervised, 80 surveyed and 71 of 151 left in 2023', async () => {
  const r = await report(2023);
  expect(r.metrics['orgs.grassroots']).toBe(151);
  expect(await figures(2023)).toEqual({ inspected: 3, supervised: 3, surveyed: 80, remaining: 71 });
  for (const key of ['inspection.orgs', 'supervision.orgs', 'dossierSurveys.orgs', 'dossierSurveys.remaining']) expect(r.pending).not.toContain(key);
  expect(r.completeness.sources.map((s) => s.source)).toContain('inspection');
});

it('counts each fact in the year of its date: a conclusion of 31/12/2022 in 2022, one of 10/01/2024 in 2024', async () => {
  // 2022: 153 grassroots, one surveyed (15/11/2022)
  expect(await figures(2022)).toEqual({ inspected: 0, supervised: 1, surveyed: 1, remaining: 152 });
  // 2024: G4 inspected; nobody surveyed, 71 still left
  expect(await figures(2024)).toEqual({ inspected: 1, supervised: 0, surveyed: 0, remaining: 71 });
});

it('counts a redelivered event once', async () => {
  await redeliver(stack.iso, InspectionConcluded, redelivered.inspection);
  await redeliver(stack.iso, DossierSurveyCompleted, redelivered.survey);
  await waitFor(async () => (await stack.service.app.get(ProjectionStatus).status()).consumers.every((c) => c.lag === 0), { what: 'the redeliveries to be handled' });
  expect(await stack.em().count(InboxEntry, { eventId: { $in: [redelivered.inspection.id, redelivered.survey.id] } })).toBe(2);
  expect(await figures(2023)).toEqual({ inspected: 3, supervised: 3, surveyed: 80, remaining: 71 });
});

it('gives a subtree its own figures: G1 and its chi bộ', async () => {
  const secretary = await stack.world.secretary(G1);
  expect(await figures(2023, '', secretary)).toEqual({ inspected: 1, supervised: 0, surveyed: 1, remaining: 0 });
  expect(await figures(2023, `?orgId=${G2}`)).toEqual({ inspected: 1, supervised: 0, surveyed: 1, remaining: 0 });
  expect(await figures(2023, `?orgId=${survivors[100]}`)).toEqual({ inspected: 0, supervised: 0, surveyed: 0, remaining: 1 });
});

describe('discipline of members by level', () => {
  const person = () => uuidv7();
  const decided = (level: 'khien_trach' | 'canh_cao' | 'cach_chuc' | 'khai_tru', decidedOn: string, orgId = G2, decisionId = uuidv7(), personId = person()) =>
    fact(DisciplineDecided, { personId, orgId, decisionId, caseId: null, level, decidedOn, decisionNumber: `${decisionId.slice(-4)}-QĐ/UBKT`, effectiveOn: decidedOn }, decidedOn, orgId);
  const annulled = (decisionId: string, personId: string, annulledOn: string, reason: 'annulled' | 'withdrawn' | 'replaced') =>
    fact(DisciplineAnnulled, { personId, orgId: G2, decisionId, annulledOn, decisionNumber: `HB-${decisionId.slice(-4)}`, reason }, annulledOn, G2);
  const disciplined = async (year: number, query = '') => {
    const m = (await report(year, query)).metrics;
    return { khienTrach: m['discipline.members.khienTrach'], canhCao: m['discipline.members.canhCao'], cachChuc: m['discipline.members.cachChuc'], khaiTru: m['discipline.members.khaiTru'] };
  };

  it('counts the decisions of the year by level; an annulled one stops counting from its annulment, a lessened one counts at its new level', async () => {
    await decided('khien_trach', '2023-02-01');
    await decided('khien_trach', '2023-12-31', G5);
    await decided('canh_cao', '2022-12-31');
    await decided('khai_tru', '2024-01-01');
    // annulled on a complaint in 2023: it never held in the year's figures
    const quashed = await decided('canh_cao', '2023-03-10');
    await annulled(quashed.data.decisionId, quashed.data.personId, '2023-05-10', 'annulled');
    // cách chức lessened to cảnh cáo: the first replaced, the second counts
    const heavy = await decided('cach_chuc', '2023-04-01');
    await annulled(heavy.data.decisionId, heavy.data.personId, '2023-06-01', 'replaced');
    await decided('canh_cao', '2023-04-01', G2, uuidv7(), heavy.data.personId);
    // annulled only in 2024: it held on 31/12/2023
    const later = await decided('khai_tru', '2023-08-08');
    await annulled(later.data.decisionId, later.data.personId, '2024-02-02', 'annulled');

    expect(await disciplined(2023)).toEqual({ khienTrach: 2, canhCao: 1, cachChuc: 0, khaiTru: 1 });
    expect(await disciplined(2022)).toEqual({ khienTrach: 0, canhCao: 1, cachChuc: 0, khaiTru: 0 });
    expect(await disciplined(2024)).toEqual({ khienTrach: 0, canhCao: 0, cachChuc: 0, khaiTru: 1 });
    // G5's subtree has its one reprimand
    expect(await disciplined(2023, `?orgId=${G5}`)).toEqual({ khienTrach: 1, canhCao: 0, cachChuc: 0, khaiTru: 0 });
  });

  it('keeps an annulment that arrives before its decision, and counts a redelivered decision once', async () => {
    const decisionId = uuidv7();
    const personId = person();
    await annulled(decisionId, personId, '2023-09-09', 'withdrawn');
    const late = await decided('cach_chuc', '2023-09-01', G2, decisionId, personId);
    await caughtUp();
    await redeliver(stack.iso, DisciplineDecided, late);
    await waitFor(async () => (await stack.service.app.get(ProjectionStatus).status()).consumers.every((c) => c.lag === 0), { what: 'the redelivery to be handled' });
    expect((await disciplined(2023)).cachChuc).toBe(0);
  });
});
