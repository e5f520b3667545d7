import { v7 as uuidv7 } from 'uuid';
import { CommitteeElected, CommitteeHolderLeft } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { redeliver } from '@party/service-kit/testing';
import { countOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { committeeOf } from '../testing/committee-facts';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { CommitteeHolding } from './committee-holding.entity';

/**
 * The cadre service's committee facts reach membership only as JetStream events on this file's
 * prefix, through the real consumer and PostgreSQL, into `committee_holding`. The test publishes
 * the envelopes itself to control their order and redelivery; what the rating does with the
 * holdings is in rating/rating.spec.ts.
 */
const stack = useStack({ label: 'cadrefeeds', service: MEMBERSHIP });
const { iso, em } = stack;
const consumed = (eventId: string) => stack.consumed(eventId, 'membership-cadre-committees');
const state = stack.tables({
  // keyed by cadre's holding id (no `id` column for rowsOf to order by)
  holdings: async (e) => (await e.find(CommitteeHolding, {}, { orderBy: { holdingId: 'asc' } })).map((h) => [h.holdingId, h.orgId, h.committeeKind, h.post, h.personId, h.heldFrom, h.leftOn]),
  audit: countOf(AuditEntry),
});
const holdingsOf = async (orgId: string) =>
  (await em().find(CommitteeHolding, { orgId }, { orderBy: { heldFrom: 'asc', post: 'asc' } })).map((h) => ({ committeeKind: h.committeeKind, post: h.post, personId: h.personId, heldFrom: h.heldFrom, leftOn: h.leftOn }));

describe('committee holdings from the cadre service', () => {
  it('an election opens one holding per person, a consolidation another, a leaving closes one; the inspection committee is kept apart', async () => {
    const orgId = uuidv7();
    const [secretary, deputy, member, newcomer, chair] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const executive = committeeOf(iso, { orgId, orgKind: 'grassroots_committee', grassroots: true });
    const inspection = committeeOf(iso, { orgId, orgKind: 'grassroots_committee', grassroots: true }, 'inspection');
    const elected = await executive.elected('2020-07-15', [
      { personId: secretary, post: 'secretary' },
      { personId: deputy, post: 'deputy_secretary' },
      { personId: member, post: 'member' },
    ]);
    const ubkt = await inspection.elected('2020-07-15', [{ personId: chair, post: 'inspection_chair' }]);
    const leaving = await executive.left(elected.holdings[1], '2022-03-01', 'retired');
    const filled = await executive.consolidated('2022-04-20', newcomer, 'deputy_secretary');
    await consumed(filled.event.id); // one stream, read in order: the earlier ones too
    await consumed(ubkt.event.id);

    expect(await holdingsOf(orgId)).toEqual([
      { committeeKind: 'executive', post: 'deputy_secretary', personId: deputy, heldFrom: '2020-07-15', leftOn: '2022-03-01' },
      { committeeKind: 'inspection', post: 'inspection_chair', personId: chair, heldFrom: '2020-07-15', leftOn: null },
      { committeeKind: 'executive', post: 'member', personId: member, heldFrom: '2020-07-15', leftOn: null },
      { committeeKind: 'executive', post: 'secretary', personId: secretary, heldFrom: '2020-07-15', leftOn: null },
      { committeeKind: 'executive', post: 'deputy_secretary', personId: newcomer, heldFrom: '2022-04-20', leftOn: null },
    ]);
    const audits = await em().find(AuditEntry, { entity: 'committee_holding', entityId: elected.holdings[1].holdingId }, { orderBy: { id: 'asc' } });
    expect(audits.map((a) => [a.action, a.actorName, (a.after as { sourceEventId: string }).sourceEventId])).toEqual([
      ['committeeHolding.opened', 'btc', elected.event.id],
      ['committeeHolding.closed', 'btc', leaving.id],
    ]);

    // a redelivery (same event id: the inbox) and a republish (new event id: the holding ids) change nothing
    const before = await state();
    await redeliver(iso, CommitteeElected, elected.event);
    await redeliver(iso, CommitteeHolderLeft, leaving);
    const republished = await executive.left(elected.holdings[1], '2022-03-01', 'retired');
    await consumed(republished.id);
    expect(await state()).toEqual(before);
  });

  it('a leaving read before its opening makes the holding closed, and the opening read after it does not reopen it', async () => {
    const orgId = uuidv7();
    const deputy = uuidv7();
    const executive = committeeOf(iso, { orgId, orgKind: 'dependent_cell' });
    const holding = { holdingId: uuidv7(), personId: deputy, post: 'deputy_secretary' as const, heldFrom: '2021-05-10' };
    const left = await executive.left(holding, '2022-06-01');
    await consumed(left.id);
    expect(await holdingsOf(orgId)).toEqual([{ committeeKind: 'executive', post: 'deputy_secretary', personId: deputy, heldFrom: '2021-05-10', leftOn: '2022-06-01' }]);

    // its opening (the consolidation of 10/5/2021) read afterwards: still closed, nothing written
    const before = await state();
    const opened = await executive.consolidated('2021-05-10', deputy, 'deputy_secretary', holding.holdingId);
    await consumed(opened.event.id);
    expect(await state()).toEqual(before);
  });
});
