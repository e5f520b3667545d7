import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganizationDissolved, OrganizationHandedOver, OrganizationMerged, OrganizationSplit, OrgVersionView } from '@party/contracts';
import { OutboxMessage } from '@party/messaging';
import { Organization, OrganizationVersion, OrgStatus } from './organization.entity';

const ENDED_BY: Record<Exclude<OrgStatus, 'active'>, string> = {
  dissolved: OrganizationDissolved.type,
  merged: OrganizationMerged.type,
  split: OrganizationSplit.type,
  handedOver: OrganizationHandedOver.type,
};

/**
 * Every change of the organization's life, oldest first, whatever date it is viewed as of: each
 * version (established or received, renamed, moved) and, when it has ended, the decision that
 * ended it (dissolved, merged, split, handed over) — from that day on, as it was when it ended.
 */
export async function orgHistory(em: EntityManager, org: Organization): Promise<OrgVersionView[]> {
  const versions = await em.find(OrganizationVersion, { orgId: org.id }, { orderBy: { validFrom: 'asc' } });
  const history: OrgVersionView[] = versions.map((v) => ({ name: v.name, kind: v.kind, parentId: v.parentId, validFrom: v.validFrom, validTo: v.validTo, change: v.change, decisionNumber: v.decisionNumber }));
  const last = versions.at(-1);
  if (org.status === 'active' || !org.endedOn || !last) return history;
  // the decision number lives with the event that ended it (the outbox is the service's event log)
  const ended = await em.findOne(OutboxMessage, { type: ENDED_BY[org.status], occurredOn: org.endedOn, orgId: org.id });
  const decisionNumber = (ended?.envelope.data as { decisionNumber?: string } | undefined)?.decisionNumber ?? '';
  history.push({ name: last.name, kind: last.kind, parentId: last.parentId, validFrom: org.endedOn, validTo: null, change: org.status, decisionNumber });
  return history;
}
