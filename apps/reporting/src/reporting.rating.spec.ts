import { v7 as uuidv7 } from 'uuid';
import { EventData, MemberRated, OrganizationEstablished, OrgRated, RATING_LEVEL_CODES, RatingLevelKey, type Envelope } from '@party/contracts';
import { useStack } from '@party/gateway/testing';
import { InboxEntry } from '@party/messaging';
import { factEnvelope, publishEnvelope, publishFact, redeliver } from '@party/service-kit/testing';
import { waitFor } from '@party/testing';
import { ProjectionStatus } from './operations/projection-status';
import { REPORTING } from './testing/reporting-under-test';

/**
 * The rating figures of the year-end report from membership's `rating.orgRated` / `memberRated`,
 * on a bloc shaped as the reference report's 2023: 151 grassroots organizations rated, 143 good
 * or better of which 28 excellent, 8 completed — written `143/151 = 94,7%`, `28/151 = 18,5%`,
 * `8/151 = 5,3%` (rounded half up; the reference truncates the last to 5,2%). Around them, the
 * edges: a chi bộ trực thuộc is rated but is no TCCSĐ, a rating of 2023 decided in January 2024
 * counts in 2023, a re-decision replaces the level it names, an older decision arriving late
 * changes nothing, a redelivered event counts once, a subtree counts its own.
 */
const stack = useStack({ label: 'reprating', service: REPORTING });
const published: string[] = [];
const bloc = uuidv7();
const grassroots = Array.from({ length: 151 }, () => uuidv7());
const [G1, G2] = grassroots;
const C1 = uuidv7(); // a chi bộ trực thuộc G1
const round2023 = uuidv7();
const round2022 = uuidv7();

async function fact<D extends Parameters<typeof publishFact>[1]>(def: D, data: EventData<D>, occurredOn: string, orgId: string): Promise<Envelope<EventData<D>>> {
  const e = await publishFact(stack.iso, def, data, { occurredOn, orgId });
  published.push(e.id);
  return e;
}

const established = (orgId: string, kind: 'bloc_committee' | 'grassroots_committee' | 'grassroots_cell' | 'dependent_cell', parentId: string | null, i: number) =>
  fact(OrganizationEstablished, { orgId, kind, grassroots: kind.startsWith('grassroots'), name: `Tổ chức ${i}`, parentId, decisionNumber: `${i}-QĐ/ĐUK`, origin: 'new', fromOrgIds: [] }, '2019-01-01', orgId);

interface Decision {
  level: RatingLevelKey;
  year?: number;
  revision?: number;
  decisionDate?: string;
  replaces?: { level: RatingLevelKey; decisionNumber: string; decisionDate: string; revision: number } | null;
}
const decided = ({ level, year = 2023, revision = 1, decisionDate = `${year}-12-28`, replaces = null }: Decision) => ({
  roundId: year === 2023 ? round2023 : round2022,
  year,
  level,
  levelCode: RATING_LEVEL_CODES[level],
  score: null,
  decisionNumber: `${revision === 1 ? 100 : 200}-QĐ/ĐUK`,
  decisionDate,
  revision,
  replaces,
  quotaOverride: null,
  regulation: year >= 2023 ? 'Quy định 124-QĐ/TW (2023)' : 'Quy định 132-QĐ/TW (2018)',
});
const orgRated = (orgId: string, d: Decision, kind: 'grassroots_committee' | 'grassroots_cell' | 'dependent_cell' = 'grassroots_committee', parentId: string = bloc) =>
  factEnvelope(
    OrgRated,
    { ...decided(d), peerGroup: kind === 'dependent_cell' ? `chi-bo-truc-thuoc:${parentId}` : 'tccsd', orgId, orgKind: kind, grassroots: kind !== 'dependent_cell', parentId, grassrootsOrgId: kind === 'dependent_cell' ? parentId : orgId },
    { occurredOn: d.decisionDate ?? `${d.year ?? 2023}-12-28`, orgId },
  );
const memberRated = (personId: string, orgId: string, grassrootsOrgId: string, d: Decision) =>
  factEnvelope(MemberRated, { ...decided(d), peerGroup: `dang-vien:${grassrootsOrgId}`, personId, orgId, grassrootsOrgId }, { occurredOn: d.decisionDate ?? `${d.year ?? 2023}-12-28`, orgId });
async function send(def: typeof OrgRated | typeof MemberRated, e: Envelope<unknown>): Promise<void> {
  await publishEnvelope(stack.iso, def, e);
  published.push(e.id);
}

const lagZero = () => waitFor(async () => (await stack.service.app.get(ProjectionStatus).status()).consumers.every((c) => c.lag === 0), { timeoutMs: 60_000, what: 'the reporting consumers to catch up' });
const caughtUp = () =>
  waitFor(
    async () => {
      const status = await stack.service.app.get(ProjectionStatus).status();
      return status.consumers.every((c) => c.lag === 0) && (await stack.em().count(InboxEntry, { eventId: { $in: published } })) === published.length;
    },
    { timeoutMs: 60_000, what: 'reporting to take in every fact' },
  );
interface Report {
  metrics: Record<string, number | null>;
  pending: string[];
  shares: Record<string, { of: string; part: number; whole: number; percent: number | null; text: string }>;
  inconsistencies: { code: string }[];
}
const report = async (year: number, query = '', token?: string): Promise<Report> => {
  await caughtUp();
  return (await stack.get(`/reports/year-end/${year}${query}`, token).expect(200)).body as Report;
};
const LEVEL_KEYS = ['rated', 'goodOrBetter', 'excellent', 'completed', 'notCompleted'] as const;
const figures = async (who: 'orgs' | 'members', year: number, query = '', token?: string) => {
  const r = await report(year, query, token);
  return Object.fromEntries(LEVEL_KEYS.map((l) => [l, r.metrics[`rating.${who}.${l}`]]));
};

/** The last grassroots organization: good at first, re-decided completed in January 2024. */
const redecided = grassroots[150];
let firstDecision: Envelope<EventData<typeof OrgRated>>;
let memberDecision: Envelope<EventData<typeof MemberRated>>;
const G1Members = Array.from({ length: 10 }, () => uuidv7());
const G2Members = Array.from({ length: 5 }, () => uuidv7());

beforeAll(async () => {
  await established(bloc, 'bloc_committee', null, 0);
  for (const [i, id] of grassroots.entries()) await established(id, i % 2 ? 'grassroots_cell' : 'grassroots_committee', bloc, i + 1);
  await established(C1, 'dependent_cell', G1, 999);

  // 2023: 28 excellent, 115 good (the last one re-decided below), 8 completed; the chi bộ trực thuộc C1 excellent, no TCCSĐ
  for (const [i, id] of grassroots.entries()) {
    const level: RatingLevelKey = i < 28 ? 'excellent' : i < 143 || id === redecided ? 'good' : 'completed';
    const e = orgRated(id, { level, decisionDate: i % 10 === 0 ? '2024-01-12' : '2023-12-28' }, i % 2 ? 'grassroots_cell' : 'grassroots_committee');
    if (id === redecided) firstDecision = e;
    await send(OrgRated, e);
  }
  await send(OrgRated, orgRated(C1, { level: 'excellent' }, 'dependent_cell', G1));
  // 2022: two organizations, decided in 2022
  await send(OrgRated, orgRated(G1, { level: 'good', year: 2022 }));
  await send(OrgRated, orgRated(G2, { level: 'completed', year: 2022 }));

  // members of 2023: G1's chi bộ trực thuộc C1 and G2
  const levels: RatingLevelKey[] = ['excellent', 'excellent', 'good', 'good', 'good', 'good', 'good', 'good', 'completed', 'not_completed'];
  for (const [i, p] of G1Members.entries()) {
    const e = memberRated(p, C1, G1, { level: levels[i] });
    if (i === 0) memberDecision = e;
    await send(MemberRated, e);
  }
  for (const p of G2Members) await send(MemberRated, memberRated(p, G2, G2, { level: 'good' }));
}, 180_000);

it('counts the grassroots organizations of 2023 by level, a chi bộ trực thuộc not among them, and writes the shares as the report does', async () => {
  // before the re-decision: the last organization still good
  expect(await figures('orgs', 2023)).toEqual({ rated: 151, goodOrBetter: 144, excellent: 28, completed: 7, notCompleted: 0 });

  // re-decided completed in January 2024: it replaces the good, in 2023 (the year rated)
  await send(OrgRated, orgRated(redecided, { level: 'completed', revision: 2, decisionDate: '2024-01-15', replaces: { level: 'good', decisionNumber: '100-QĐ/ĐUK', decisionDate: '2023-12-28', revision: 1 } }));
  const r = await report(2023);
  expect(await figures('orgs', 2023)).toEqual({ rated: 151, goodOrBetter: 143, excellent: 28, completed: 8, notCompleted: 0 });
  for (const level of LEVEL_KEYS) expect(r.pending).not.toContain(`rating.orgs.${level}`);
  expect(r.shares['rating.orgs.goodOrBetter']).toEqual({ of: 'rating.orgs.rated', part: 143, whole: 151, percent: 94.7, text: '143/151 = 94,7%' });
  expect(r.shares['rating.orgs.excellent'].text).toBe('28/151 = 18,5%');
  expect(r.shares['rating.orgs.completed']).toMatchObject({ percent: 5.3, text: '8/151 = 5,3%' });
  expect(r.shares['rating.orgs.notCompleted'].text).toBe('0/151 = 0,0%');
  expect(r.shares['rating.orgs.rated']).toBeUndefined();
  expect(r.inconsistencies.map((x) => x.code)).not.toContain('sum_mismatch');
});

it('counts the members by level, each year on its own', async () => {
  expect(await figures('members', 2023)).toEqual({ rated: 15, goodOrBetter: 13, excellent: 2, completed: 1, notCompleted: 1 });
  expect((await report(2023)).shares['rating.members.goodOrBetter'].text).toBe('13/15 = 86,7%');
  expect(await figures('orgs', 2022)).toEqual({ rated: 2, goodOrBetter: 1, excellent: 0, completed: 1, notCompleted: 0 });
  expect(await figures('members', 2022)).toEqual({ rated: 0, goodOrBetter: 0, excellent: 0, completed: 0, notCompleted: 0 });
  // a rating decided in January 2024 is a 2023 rating: nothing in 2024
  expect(await figures('orgs', 2024)).toEqual({ rated: 0, goodOrBetter: 0, excellent: 0, completed: 0, notCompleted: 0 });
});

it('keeps the latest decision when an older one arrives late, and counts a redelivered event once', async () => {
  // the first decision of the re-decided organization, published again under a new message id, and as a new event (a replay)
  await redeliver(stack.iso, OrgRated, firstDecision);
  await send(OrgRated, factEnvelope(OrgRated, firstDecision.data, { occurredOn: firstDecision.occurredOn, orgId: firstDecision.orgId }));
  await redeliver(stack.iso, MemberRated, memberDecision);
  await lagZero();
  expect(await figures('orgs', 2023)).toEqual({ rated: 151, goodOrBetter: 143, excellent: 28, completed: 8, notCompleted: 0 });
  expect(await figures('members', 2023)).toEqual({ rated: 15, goodOrBetter: 13, excellent: 2, completed: 1, notCompleted: 1 });
});

it('gives a subtree its own figures: G1 with its chi bộ and their members', async () => {
  const secretary = await stack.world.secretary(G1);
  expect(await figures('orgs', 2023, '', secretary)).toEqual({ rated: 1, goodOrBetter: 1, excellent: 1, completed: 0, notCompleted: 0 });
  expect(await figures('members', 2023, '', secretary)).toEqual({ rated: 10, goodOrBetter: 8, excellent: 2, completed: 1, notCompleted: 1 });
  expect((await report(2023, '', secretary)).shares['rating.members.excellent'].text).toBe('2/10 = 20,0%');
  expect(await figures('members', 2023, `?orgId=${G2}`)).toEqual({ rated: 5, goodOrBetter: 5, excellent: 0, completed: 0, notCompleted: 0 });
  expect(await figures('orgs', 2023, `?orgId=${redecided}`)).toEqual({ rated: 1, goodOrBetter: 0, excellent: 0, completed: 1, notCompleted: 0 });
});
