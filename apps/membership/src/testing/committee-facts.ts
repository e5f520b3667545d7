import { v7 as uuidv7 } from 'uuid';
import { CommitteeConsolidated, CommitteeElected, CommitteeHolderLeft, type CommitteeKind, type HoldingEndReason, type Post } from '@party/contracts';
import { publishFact } from '@party/service-kit/testing';
import type { Isolation } from '@party/testing';

/**
 * The cadre service's committee facts about one committee of one organization, published on a
 * spec's JetStream prefix in the contracts' envelope (as cadre's outbox relay sends them), for
 * membership's `membership-cadre-committees` consumer.
 */
export interface HoldingFact {
  holdingId: string;
  personId: string;
  post: Post;
  heldFrom: string;
}

export function committeeOf(iso: Pick<Isolation, 'natsPrefix'>, org: { orgId: string; orgKind: string; grassroots?: boolean }, kind: CommitteeKind = 'executive', term = '2020-2025') {
  const committee = { committeeId: uuidv7(), orgId: org.orgId, orgKind: org.orgKind, grassroots: org.grassroots ?? false, blocLevel: false, kind, term };
  const opts = (occurredOn: string) => ({ occurredOn, orgId: org.orgId, actor: { userId: 'test-btc', username: 'btc' } });
  return {
    /** Đại hội: `holders` elected on `electedOn`; the holdings in the order given. */
    async elected(electedOn: string, holders: { personId: string; post: Post }[]) {
      const named = holders.map((h) => ({ holdingId: uuidv7(), ...h }));
      const event = await publishFact(
        iso,
        CommitteeElected,
        { ...committee, electedOn, decisionId: uuidv7(), decisionNumber: `QĐ-CY ${electedOn}`, decisionDate: electedOn, seats: {}, holders: named },
        opts(electedOn),
      );
      return { event, holdings: named.map((h): HoldingFact => ({ ...h, heldFrom: electedOn })) };
    },
    /** Kiện toàn: `personId` given `post` on `decisionDate` (a vacancy filled); `holdingId` to send one already known again. */
    async consolidated(decisionDate: string, personId: string, post: Post, holdingId = uuidv7()) {
      const holding: HoldingFact = { holdingId, personId, post, heldFrom: decisionDate };
      const event = await publishFact(
        iso,
        CommitteeConsolidated,
        {
          ...committee,
          decisionId: uuidv7(),
          decisionNumber: `QĐ-KT ${decisionDate}`,
          decisionDate,
          decidingBody: 'superior_standing_committee',
          holdingId: holding.holdingId,
          personId,
          post,
          mode: 'fill',
          replacement: false,
          replacedPersonId: null,
          replacedHoldingId: null,
          previousPost: null,
          joinsCommittee: true,
        },
        opts(decisionDate),
      );
      return { event, holding };
    },
    /** The holder leaves the post on `leftOn` (the first day they no longer hold it). */
    left(holding: HoldingFact, leftOn: string, reason: HoldingEndReason = 'transferred') {
      return publishFact(
        iso,
        CommitteeHolderLeft,
        { ...committee, ...holding, leftOn, reason, decisionId: uuidv7(), decisionNumber: `QĐ-TV ${leftOn}`, leavesCommittee: reason !== 'moved_post' },
        opts(leftOn),
      );
    },
  };
}
