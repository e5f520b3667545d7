import type { EntityManager } from '@mikro-orm/postgresql';
import { CommitteeConsolidated, CommitteeElected, CommitteeHolderLeft, type CommitteeKind, type Envelope, type EventOf, type Post } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { CommitteeHolding } from './committee-holding.entity';

/**
 * How membership applies the cadre service's committee facts, inside the consumer's transaction
 * (with its inbox row). Each holding is keyed by cadre's own `holdingId` and written as the fact
 * says, so the same fact again (a redelivery, a republish under a new event id) changes nothing,
 * and the order does not matter: a `holderLeft` carries the whole holding, so one read before its
 * opening still makes the row, and the opening read after it does not reopen it.
 */
interface Holding {
  holdingId: string;
  orgId: string;
  committeeKind: CommitteeKind;
  post: Post;
  personId: string;
  heldFrom: string;
  /** Only a `holderLeft` says it; an opening leaves whatever is recorded. */
  leftOn?: string;
}

const view = (h: CommitteeHolding) => ({ orgId: h.orgId, committeeKind: h.committeeKind, post: h.post, personId: h.personId, heldFrom: h.heldFrom, leftOn: h.leftOn });

async function upsertHolding(em: EntityManager, e: Envelope<unknown>, row: Holding): Promise<void> {
  const existing = await em.findOne(CommitteeHolding, { holdingId: row.holdingId });
  const before = existing ? view(existing) : null;
  const holding = existing ?? em.create(CommitteeHolding, { holdingId: row.holdingId, orgId: row.orgId, committeeKind: row.committeeKind, post: row.post, personId: row.personId, heldFrom: row.heldFrom });
  Object.assign(holding, { orgId: row.orgId, committeeKind: row.committeeKind, post: row.post, personId: row.personId, heldFrom: row.heldFrom });
  if (row.leftOn !== undefined) holding.leftOn = row.leftOn;
  const after = view(holding);
  if (before && JSON.stringify(before) === JSON.stringify(after)) return;
  em.persist(holding);
  em.persist(
    em.create(AuditEntry, {
      actorId: e.actor.userId,
      actorName: e.actor.username,
      action: row.leftOn === undefined ? 'committeeHolding.opened' : 'committeeHolding.closed',
      entity: 'committee_holding',
      entityId: row.holdingId,
      before,
      after: { ...after, sourceEventId: e.id, sourceEventType: e.type },
      correlationId: e.correlationId,
    }),
  );
  await em.flush();
}

/** Đại hội: one holding per person elected, from the election day. */
export async function applyCommitteeElected(em: EntityManager, e: EventOf<typeof CommitteeElected>): Promise<void> {
  const d = e.data;
  for (const h of d.holders) await upsertHolding(em, e, { holdingId: h.holdingId, orgId: d.orgId, committeeKind: d.kind, post: h.post, personId: h.personId, heldFrom: d.electedOn });
}

/** Kiện toàn: the person named holds the post from the decision date (the replaced one's leaving is its own fact). */
export function applyCommitteeConsolidated(em: EntityManager, e: EventOf<typeof CommitteeConsolidated>): Promise<void> {
  const d = e.data;
  return upsertHolding(em, e, { holdingId: d.holdingId, orgId: d.orgId, committeeKind: d.kind, post: d.post, personId: d.personId, heldFrom: d.decisionDate });
}

export function applyCommitteeHolderLeft(em: EntityManager, e: EventOf<typeof CommitteeHolderLeft>): Promise<void> {
  const d = e.data;
  return upsertHolding(em, e, { holdingId: d.holdingId, orgId: d.orgId, committeeKind: d.kind, post: d.post, personId: d.personId, heldFrom: d.heldFrom, leftOn: d.leftOn });
}
