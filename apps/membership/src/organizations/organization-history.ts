import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganizationDissolved, OrganizationHandedOver, OrganizationMerged, OrganizationSplit, OrgDetailView, OrgVersionView } from '@party/contracts';
import { OutboxMessage } from '@party/messaging';
import { Organization, OrganizationVersion, OrgStatus } from './organization.entity';
import { versionAt } from './organization.tree';

const ENDED_BY: Record<Exclude<OrgStatus, 'active'>, string> = {
  dissolved: OrganizationDissolved.type,
  merged: OrganizationMerged.type,
  split: OrganizationSplit.type,
  handedOver: OrganizationHandedOver.type,
};

/** The number of the decision that ended `org` (it lives with the event: the outbox is the service's event log). */
async function endingDecision(em: EntityManager, org: Organization): Promise<string> {
  if (org.status === 'active' || !org.endedOn) return '';
  const ended = await em.findOne(OutboxMessage, { type: ENDED_BY[org.status], occurredOn: org.endedOn, orgId: org.id });
  return (ended?.envelope.data as { decisionNumber?: string } | undefined)?.decisionNumber ?? '';
}

/**
 * Every change of the organization's life, oldest first, whatever date it is viewed as of: each
 * version (established or received, renamed, moved) with the name its parent had then and, when
 * it has ended, the decision that ended it (dissolved, merged, split, handed over) — from that day
 * on, as it was when it ended.
 */
export async function orgHistory(em: EntityManager, org: Organization): Promise<OrgVersionView[]> {
  const versions = await em.find(OrganizationVersion, { orgId: org.id }, { orderBy: { validFrom: 'asc' } });
  const parentName = async (v: OrganizationVersion) => (v.parentId ? ((await versionAt(em, v.parentId, v.validFrom))?.name ?? null) : null);
  const history: OrgVersionView[] = [];
  for (const v of versions) {
    history.push({ name: v.name, kind: v.kind, parentId: v.parentId, parentName: await parentName(v), validFrom: v.validFrom, validTo: v.validTo, change: v.change, decisionNumber: v.decisionNumber });
  }
  const last = history.at(-1);
  if (org.status === 'active' || !org.endedOn || !last) return history;
  history.push({ ...last, validFrom: org.endedOn, validTo: null, change: org.status, decisionNumber: await endingDecision(em, org) });
  return history;
}

/** The organizations merged or split into `org`, as they were when they ended, oldest first. */
export async function orgPredecessors(em: EntityManager, org: Organization): Promise<OrgDetailView['predecessors']> {
  const ended = await em.find(Organization, { successorIds: { $contains: [org.id] } }, { orderBy: { endedOn: 'asc', id: 'asc' } });
  const out: OrgDetailView['predecessors'] = [];
  for (const p of ended) {
    const last = await em.findOne(OrganizationVersion, { orgId: p.id }, { orderBy: { validFrom: 'desc' } });
    if (!last || !p.endedOn || (p.status !== 'merged' && p.status !== 'split')) continue;
    out.push({ id: p.id, name: last.name, kind: last.kind, how: p.status, endedOn: p.endedOn, decisionNumber: await endingDecision(em, p) });
  }
  return out;
}

/** Where a merged or split organization went, by the names they have (or last had). */
export async function orgSuccessors(em: EntityManager, org: Organization): Promise<OrgDetailView['successors']> {
  const out: OrgDetailView['successors'] = [];
  for (const id of org.successorIds) {
    const last = await em.findOne(OrganizationVersion, { orgId: id }, { orderBy: { validFrom: 'desc' } });
    out.push({ id, name: last?.name ?? id });
  }
  return out;
}
