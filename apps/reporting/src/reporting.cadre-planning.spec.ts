import { v7 as uuidv7 } from 'uuid';
import { ConfidenceVoteDecided, ConfidenceVoteRecorded, type EventData, type EventDefinition, OrganizationEstablished, PersonPlanned, PlanningEntryRemoved, PlanningReviewed } from '@party/contracts';
import { useStack } from '@party/gateway/testing';
import { InboxEntry } from '@party/messaging';
import { publishFact } from '@party/service-kit/testing';
import { waitFor } from '@party/testing';
import { ProjectionStatus } from './operations/projection-status';
import { REPORTING } from './testing/reporting-under-test';

/**
 * Planning and confidence votes in the year-end report, from the cadre service's events as it
 * publishes them: people planned and removed counted once each by the decision's date, reviews
 * by their date, valid votes only (a vote without its quorum is not "held"), flagged among them.
 */
const stack = useStack({ label: 'repplan', service: REPORTING });
const published: string[] = [];
const bloc = uuidv7();
const [G1, G2] = [uuidv7(), uuidv7()];
const [p1, p2, p3] = [uuidv7(), uuidv7(), uuidv7()];

async function fact<D extends EventDefinition>(def: D, data: EventData<D>, occurredOn: string, orgId: string): Promise<void> {
  published.push((await publishFact(stack.iso, def, data, { occurredOn, orgId })).id);
}
const planned = (personId: string, orgId: string, plannedOn: string, entryId = uuidv7()) =>
  fact(PersonPlanned, { entryId, personId, orgId, committeeKind: 'executive', post: 'secretary', term: '2025-2030', plannedOn, decisionNumber: 'QĐ-QH 1', reviewId: null }, plannedOn, orgId).then(() => entryId);
const vote = (personId: string, orgId: string, heldOn: string, valid: boolean, result: 'no_quorum' | 'no_action' | 'relief_to_consider' | 'dismissal_to_consider', voteId = uuidv7()) =>
  fact(
    ConfidenceVoteRecorded,
    { voteId, personId, orgId, committeeKind: 'executive', post: 'deputy_secretary', heldOn, summoned: 15, attended: valid ? 12 : 9, ballots: 12, high: 4, normal: 4, low: 4, valid, result },
    heldOn,
    orgId,
  ).then(() => voteId);

const report = async (year: number, query = '') => {
  await waitFor(
    async () => (await stack.service.app.get(ProjectionStatus).status()).consumers.every((c) => c.lag === 0) && (await stack.em().count(InboxEntry, { eventId: { $in: published } })) === published.length,
    { timeoutMs: 60_000, what: 'reporting to take in every fact' },
  );
  const m = (await stack.get(`/reports/year-end/${year}${query}`).expect(200)).body.metrics as Record<string, number | null>;
  return { added: m['cadre.planning.added'], removed: m['cadre.planning.removed'], reviews: m['cadre.planning.reviews'], held: m['cadre.votes.held'], flagged: m['cadre.votes.flagged'] };
};

beforeAll(async () => {
  await fact(OrganizationEstablished, { orgId: bloc, kind: 'bloc_committee', grassroots: false, name: 'Đảng bộ Khối', parentId: null, decisionNumber: '1-QĐ', origin: 'new', fromOrgIds: [] }, '2019-01-01', bloc);
  for (const [i, g] of [G1, G2].entries()) await fact(OrganizationEstablished, { orgId: g, kind: 'grassroots_committee', grassroots: true, name: `Đảng bộ ${i}`, parentId: bloc, decisionNumber: `${i + 2}-QĐ`, origin: 'new', fromOrgIds: [] }, '2019-01-01', g);

  // p1 planned for two posts in 2023 (one person), p2 in G2 in 2023, p3 in 2022
  const e1 = await planned(p1, G1, '2023-03-15');
  await planned(p1, bloc, '2023-03-15');
  await planned(p2, G2, '2023-12-10');
  await planned(p3, G1, '2022-11-30');
  // p1 reprimanded: out of a plan in 2023; a removal of 2024 counts in 2024
  await fact(PlanningEntryRemoved, { entryId: e1, personId: p1, orgId: G1, committeeKind: 'executive', post: 'secretary', term: '2025-2030', removedOn: '2023-09-01', reason: 'discipline', decisionNumber: 'QĐ-KL 17', sourceId: uuidv7() }, '2023-09-01', G1);
  await fact(PlanningReviewed, { reviewId: uuidv7(), orgId: bloc, year: 2023, terms: ['2020-2025', '2025-2030'], decidedOn: '2023-12-10', decisionNumber: 'QĐ-RS 2023', added: 1, removed: 0 }, '2023-12-10', bloc);

  await vote(p1, G1, '2023-10-20', true, 'no_action');
  const flagged = await vote(p2, G2, '2023-10-20', true, 'dismissal_to_consider');
  await vote(p3, G1, '2023-10-21', false, 'no_quorum');
  await vote(p3, G1, '2024-01-05', true, 'relief_to_consider');
  await fact(ConfidenceVoteDecided, { voteId: flagged, personId: p2, orgId: G2, result: 'dismissal_to_consider', decidedOn: '2023-11-02', decisionNumber: 'QĐ-BTV 5', outcome: 'relieved_of_post' }, '2023-11-02', G2);
}, 120_000);

it('counts planning and votes by their dates in the world', async () => {
  expect(await report(2023)).toEqual({ added: 2, removed: 1, reviews: 1, held: 2, flagged: 1 });
  expect(await report(2022)).toEqual({ added: 1, removed: 0, reviews: 0, held: 0, flagged: 0 });
  expect(await report(2024)).toEqual({ added: 0, removed: 0, reviews: 0, held: 1, flagged: 1 });
});

it('counts an organization’s subtree: its own posts and votes', async () => {
  expect(await report(2023, `?orgId=${G2}`)).toEqual({ added: 1, removed: 0, reviews: 0, held: 1, flagged: 1 });
  expect(await report(2023, `?orgId=${G1}`)).toEqual({ added: 1, removed: 1, reviews: 0, held: 1, flagged: 0 });
});
