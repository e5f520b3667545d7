import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, isGrassrootsKind, OrgDetailView, OrgView } from '@party/contracts';
import { memberCountsOf } from './member-counts';
import { orgHistory, orgPredecessors, orgSuccessors } from './organization-history';
import { Organization, OrganizationVersion, OrgStatus } from './organization.entity';
import { guidanceFor } from './organization.rules';
import type { OrganizationTree } from './organization.tree';

export const ORG = { vi: 'tổ chức đảng', en: 'Party organization' };

/** The caller named it by id: the message says what was not found, not the id back. */
export function orgNotFound(): DomainError {
  return DomainError.notFound(ORG);
}

export function notOnDate(asOf: string, org?: Organization): DomainError {
  const life = org ? ` (${org.establishedOn} – ${org.endedOn ?? '…'})` : '';
  return new DomainError({
    code: 'not_found',
    message: { vi: `Tổ chức không tồn tại vào ngày ${asOf}${life}`, en: `The organization did not exist on ${asOf}${life}` },
  });
}

/** What the organization was on `asOf`: active until the day it ended, whatever happened later. */
export function statusOn(org: Organization, asOf: string): OrgStatus {
  return org.endedOn !== null && org.endedOn <= asOf ? org.status : 'active';
}

/** The organization as of `asOf`, as its version `v` then describes it. */
export function orgView(org: Organization, v: OrganizationVersion, asOf: string): OrgView {
  return {
    id: org.id,
    name: v.name,
    kind: v.kind,
    grassroots: isGrassrootsKind(v.kind),
    parentId: v.parentId,
    validFrom: v.validFrom,
    status: statusOn(org, asOf),
    establishedOn: org.establishedOn,
    endedOn: org.endedOn,
  };
}

/** An organization as of a date: its ancestors, its whole history and the guidance counted from its members then. */
export async function orgDetail(em: EntityManager, tree: OrganizationTree, orgId: string, asOf: string): Promise<OrgDetailView> {
  const org = await em.findOne(Organization, { id: orgId });
  if (!org) throw orgNotFound();
  const [self, ...ancestors] = await tree.lineage(orgId, asOf, em);
  if (!self) throw notOnDate(asOf, org);
  const counts = await memberCountsOf(em, tree, self, asOf);
  return {
    ...orgView(org, self, asOf),
    asOf,
    ancestors: ancestors.map((a) => ({ id: a.orgId, name: a.name, kind: a.kind })),
    history: await orgHistory(em, org),
    origin: org.origin,
    receivedFrom: org.receivedFrom,
    handedOverTo: org.handedOverTo,
    guidance: guidanceFor(self.kind, counts),
    members: { total: counts.total ?? 0, official: counts.official ?? 0 },
    predecessors: await orgPredecessors(em, org),
    successors: await orgSuccessors(em, org),
  };
}
