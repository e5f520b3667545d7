import type { EntityManager } from '@mikro-orm/postgresql';
import type { CommitteeKind, Post } from '@party/contracts';
import { Committee, CommitteeHolding } from './committee.entities';

/** One post held on a day, with its committee. */
export interface HeldPost {
  holdingId: string;
  personId: string;
  post: Post;
  /** First day on the post. */
  since: string;
  committeeId: string;
  orgId: string;
  kind: CommitteeKind;
  term: string;
  blocLevel: boolean;
}

/**
 * Who held which post on `on` — for the other capabilities of this service (planning: is the
 * person already a secretary; which posts of an organization are held), read from the committees'
 * own tables in the caller's transaction. Outside the service the same is known from the events
 * (`committee.elected` / `consolidated` / `holderLeft`) or `GET /cadre/committee-holders`.
 */
export async function heldPostsOn(em: EntityManager, on: string, filter: { personIds?: readonly string[]; orgIds?: readonly string[]; post?: Post; kind?: CommitteeKind } = {}): Promise<HeldPost[]> {
  const committees = filter.orgIds || filter.kind ? await em.find(Committee, { ...(filter.orgIds ? { orgId: { $in: [...filter.orgIds] } } : {}), ...(filter.kind ? { kind: filter.kind } : {}) }) : null;
  if (committees && !committees.length) return [];
  const holdings = await em.find(CommitteeHolding, {
    ...(committees ? { committeeId: { $in: committees.map((c) => c.id) } } : {}),
    ...(filter.personIds ? { personId: { $in: [...filter.personIds] } } : {}),
    ...(filter.post ? { post: filter.post } : {}),
    startedOn: { $lte: on },
    $or: [{ endedOn: null }, { endedOn: { $gt: on } }],
  });
  const byId = new Map((committees ?? (holdings.length ? await em.find(Committee, { id: { $in: [...new Set(holdings.map((h) => h.committeeId))] } }) : [])).map((c) => [c.id, c]));
  return holdings.map((h) => {
    const c = byId.get(h.committeeId)!;
    return { holdingId: h.id, personId: h.personId, post: h.post, since: h.startedOn, committeeId: c.id, orgId: c.orgId, kind: c.kind, term: c.term, blocLevel: c.blocLevel };
  });
}
