import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberView } from '@party/contracts';
import { addDays } from '@party/rules';
import { Organization, OrganizationVersion } from '../organizations/organization.entity';
import { placementOf } from '../transfers/headcount';
import type { Person } from './person.entity';
import { personView } from './person.view';

interface NamedOrg {
  org: Organization | undefined;
  name: string;
}

/**
 * People as the member list and the member page show them: their organization by name (one no
 * longer in the tree keeps the name it ended with) and, for those who left the bloc with it
 * (bàn giao), the hand-over. Two queries per page, and one per person of a handed-over organization.
 */
export async function memberViews(em: EntityManager, people: readonly Person[], today: string): Promise<MemberView[]> {
  const orgs = await namedOrgs(em, [...new Set(people.map((p) => p.orgId))], today);
  const views: MemberView[] = [];
  // one after another: inside a transaction they would share one connection
  for (const p of people) {
    const { org, name } = orgs.get(p.orgId) ?? { org: undefined, name: p.orgId };
    const handedOver = org?.endedOn && org.handedOverTo !== null && (await wentWith(em, p, org)) ? { on: org.endedOn, toCommittee: org.handedOverTo } : null;
    views.push({ ...personView(p), orgName: name, handedOver });
  }
  return views;
}

/** Each organization with its name today, or the one it had when it ended. */
async function namedOrgs(em: EntityManager, orgIds: string[], today: string): Promise<Map<string, NamedOrg>> {
  if (!orgIds.length) return new Map();
  const orgs = new Map((await em.find(Organization, { id: { $in: orgIds } })).map((o) => [o.id, o]));
  const versions = await em.find(OrganizationVersion, { orgId: { $in: orgIds } }, { orderBy: { validFrom: 'desc' } });
  const out = new Map<string, NamedOrg>();
  for (const id of orgIds) {
    const own = versions.filter((v) => v.orgId === id);
    const v = own.find((x) => x.validFrom <= today) ?? own.at(-1);
    if (v) out.set(id, { org: orgs.get(id), name: v.name });
  }
  return out;
}

/**
 * Did the person leave the bloc with their organization? It was handed over, and they were still
 * there the day before: a member counted in it then, or a person on the way to membership there.
 * A member who had moved away or whose membership had ended by then did not go with it.
 */
async function wentWith(em: EntityManager, p: Person, org: Organization): Promise<boolean> {
  if (org.status !== 'handedOver' || !org.endedOn) return false;
  if (p.status === 'masses' || p.status === 'candidate') return true;
  return (await placementOf(em, p.id, addDays(org.endedOn, -1))) === org.id;
}
