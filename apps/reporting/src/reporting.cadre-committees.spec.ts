import { v7 as uuidv7 } from 'uuid';
import { CommitteeConsolidated, EventData, OrganizationDissolved, OrganizationEstablished, type Envelope } from '@party/contracts';
import { useStack } from '@party/gateway/testing';
import { InboxEntry } from '@party/messaging';
import { publishFact, redeliver } from '@party/service-kit/testing';
import { waitFor } from '@party/testing';
import { ProjectionStatus } from './operations/projection-status';
import { REPORTING } from './testing/reporting-under-test';

/**
 * The committee consolidation figures of the year-end report from the cadre service's
 * `committee.consolidated` events, shaped as the reference report's 2023: 56 people at 24
 * grassroots organizations (executive committees), 2 added to the bloc's executive committee and 1
 * to its inspection committee. Around them, the edges: a person consolidated twice in the year counts
 * once; a grassroots inspection committee, a chi bộ trực thuộc and the bloc's own committees are
 * not grassroots figures; a bloc member moved to another post did not join; an organization
 * dissolved later in the year still counts; 31/12/2022 and 01/01/2024 count in their own years; a
 * redelivered event counts once; a subtree gets its own figures.
 */
const stack = useStack({ label: 'repcommittees', service: REPORTING });
const published: string[] = [];
const bloc = uuidv7();
const grassroots = Array.from({ length: 26 }, () => uuidv7());
const [G1, G2, G3] = grassroots;
const dissolvedLater = grassroots[25];
const C1 = uuidv7(); // a chi bộ trực thuộc G1
let redelivered: Envelope<unknown>;

async function fact<D extends Parameters<typeof publishFact>[1]>(def: D, data: EventData<D>, occurredOn: string, orgId: string): Promise<Envelope<EventData<D>>> {
  const e = await publishFact(stack.iso, def, data, { occurredOn, orgId });
  published.push(e.id);
  return e;
}

const established = (orgId: string, kind: 'bloc_committee' | 'grassroots_committee' | 'grassroots_cell' | 'dependent_cell', parentId: string | null, i: number) =>
  fact(OrganizationEstablished, { orgId, kind, grassroots: kind.startsWith('grassroots'), name: `Tổ chức ${i}`, parentId, decisionNumber: `${i}-QĐ/ĐUK`, origin: 'new', fromOrgIds: [] }, '2015-01-01', orgId);

let seq = 0;
interface Consolidation {
  orgId: string;
  on: string;
  kind?: 'executive' | 'inspection';
  post?: 'secretary' | 'deputy_secretary' | 'member' | 'inspection_member';
  personId?: string;
  joins?: boolean;
  mode?: 'fill' | 'add' | 'replace';
}
const consolidated = ({ orgId, on, kind = 'executive', post = 'member', personId = uuidv7(), joins = true, mode = 'fill' }: Consolidation) =>
  fact(
    CommitteeConsolidated,
    {
      committeeId: uuidv7(),
      orgId,
      orgKind: orgId === bloc ? 'bloc_committee' : 'grassroots_committee',
      grassroots: orgId !== bloc,
      blocLevel: orgId === bloc,
      kind,
      term: '2020-2025',
      decisionId: uuidv7(),
      decisionNumber: `${++seq}-QĐ/ĐUK`,
      decisionDate: on,
      decidingBody: 'superior_standing_committee',
      holdingId: uuidv7(),
      personId,
      post,
      mode,
      replacement: mode === 'replace',
      replacedPersonId: mode === 'replace' ? uuidv7() : null,
      replacedHoldingId: mode === 'replace' ? uuidv7() : null,
      previousPost: joins ? null : 'member',
      joinsCommittee: joins,
    },
    on,
    orgId,
  );

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
  return (await stack.get(`/reports/year-end/${year}${query}`, token).expect(200)).body as { metrics: Record<string, number | null>; pending: string[] };
};
const figures = async (year: number, query = '', token?: string) => {
  const m = (await report(year, query, token)).metrics;
  return { people: m['cadre.consolidated.people'], orgs: m['cadre.consolidated.orgs'], blocExecutive: m['cadre.blocCommittee.added'], blocInspection: m['cadre.blocInspectionCommittee.added'] };
};

beforeAll(async () => {
  await established(bloc, 'bloc_committee', null, 0);
  for (const [i, id] of grassroots.entries()) await established(id, i % 2 ? 'grassroots_cell' : 'grassroots_committee', bloc, i + 1);
  await established(C1, 'dependent_cell', G1, 99);
  await fact(OrganizationDissolved, { orgId: dissolvedLater, kind: 'grassroots_cell', grassroots: true, name: 'Tổ chức 26', parentId: bloc, decisionNumber: '390-QĐ/ĐUK', withOrgId: null }, '2023-11-20', dissolvedLater);

  // 24 grassroots organizations, 56 people: G1 four (one of them consolidated twice), then 17 with two each and 6 with three each
  const twice = uuidv7();
  redelivered = await consolidated({ orgId: G1, on: '2023-03-15', post: 'deputy_secretary', personId: twice });
  await consolidated({ orgId: G1, on: '2023-09-05', post: 'secretary', personId: twice, joins: false, mode: 'replace' });
  for (let i = 0; i < 3; i++) await consolidated({ orgId: G1, on: '2023-03-15' });
  const counted = grassroots.slice(1, 23);
  counted.push(dissolvedLater); // consolidated in June, dissolved in November: it was grassroots that day
  for (const [i, org] of counted.entries()) {
    const n = i < 17 ? 2 : 3;
    for (let k = 0; k < n; k++) await consolidated({ orgId: org, on: i === 22 ? '2023-06-01' : `2023-${String(1 + (i % 12)).padStart(2, '0')}-1${k}` });
  }
  // not grassroots figures: G1's inspection committee, its chi bộ trực thuộc
  await consolidated({ orgId: G1, on: '2023-05-05', kind: 'inspection', post: 'inspection_member' });
  await consolidated({ orgId: C1, on: '2023-05-05' });
  // the bloc's own: two joined the executive committee, one moved from member to standing post; one joined the inspection committee
  await consolidated({ orgId: bloc, on: '2023-04-20' });
  await consolidated({ orgId: bloc, on: '2023-04-20' });
  await consolidated({ orgId: bloc, on: '2023-08-01', post: 'deputy_secretary', joins: false, mode: 'replace' });
  await consolidated({ orgId: bloc, on: '2023-10-10', kind: 'inspection', post: 'inspection_member' });
  // the year's edges
  await consolidated({ orgId: G2, on: '2022-12-31' });
  await consolidated({ orgId: bloc, on: '2022-12-31', kind: 'inspection', post: 'inspection_member' });
  await consolidated({ orgId: G3, on: '2024-01-01' });
  await consolidated({ orgId: grassroots[24], on: '2024-01-01' });
}, 120_000);

it('counts 56 people at 24 grassroots organizations, 2 added to the bloc’s executive committee and 1 to its inspection committee in 2023', async () => {
  const r = await report(2023);
  expect(await figures(2023)).toEqual({ people: 56, orgs: 24, blocExecutive: 2, blocInspection: 1 });
  for (const key of ['cadre.consolidated.people', 'cadre.consolidated.orgs', 'cadre.blocCommittee.added', 'cadre.blocInspectionCommittee.added']) expect(r.pending).not.toContain(key);
});

it('counts each consolidation in the year of its decision date', async () => {
  expect(await figures(2022)).toEqual({ people: 1, orgs: 1, blocExecutive: 0, blocInspection: 1 });
  expect(await figures(2024)).toEqual({ people: 2, orgs: 2, blocExecutive: 0, blocInspection: 0 });
});

it('counts a redelivered event once', async () => {
  await redeliver(stack.iso, CommitteeConsolidated, redelivered);
  await waitFor(async () => (await stack.service.app.get(ProjectionStatus).status()).consumers.every((c) => c.lag === 0), { what: 'the redelivery to be handled' });
  expect(await stack.em().count(InboxEntry, { eventId: redelivered.id })).toBe(1);
  expect(await figures(2023)).toEqual({ people: 56, orgs: 24, blocExecutive: 2, blocInspection: 1 });
});

it('gives a subtree its own figures, never the bloc’s committees', async () => {
  const secretary = await stack.world.secretary(G1);
  // G1's four people (its chi bộ trực thuộc and inspection committee are not grassroots executive figures)
  expect(await figures(2023, '', secretary)).toEqual({ people: 4, orgs: 1, blocExecutive: 0, blocInspection: 0 });
  expect(await figures(2023, `?orgId=${G2}`)).toEqual({ people: 2, orgs: 1, blocExecutive: 0, blocInspection: 0 });
  expect(await figures(2023, `?orgId=${bloc}`)).toEqual({ people: 56, orgs: 24, blocExecutive: 2, blocInspection: 1 });
});
