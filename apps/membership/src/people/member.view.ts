import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberView } from '@party/contracts';
import { addDays } from '@party/rules';
import { Organization, OrganizationVersion } from '../organizations/organization.entity';
import { placementOf } from '../transfers/headcount';
import type { Person } from './person.entity';
import { personView } from './person.view';

interface NamedOrg {
  id: string;
  name: string;
  status: string;
  endedOn: string | null;
  handedOverTo: string | null;
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
    const org = orgs.get(p.orgId);
    const handedOver = org?.endedOn && org.handedOverTo !== null && (await wentWith(em, p, org)) ? { on: org.endedOn, toCommittee: org.handedOverTo } : null;
    views.push({ ...personView(p), orgName: org?.name ?? p.orgId, handedOver });
  }
  return views;
}

/**
 * Each organization with its name today, or the one it had when it ended: one query, plain rows
 * (the member list asks this for every page it serves, so no entities are hydrated).
 */
export async function namedOrgs(em: EntityManager, orgIds: string[], today: string): Promise<Map<string, NamedOrg>> {
  if (!orgIds.length) return new Map();
  const schema = em.config.get('schema');
  const [org, version] = [Organization, OrganizationVersion].map((e) => `"${schema}"."${em.getMetadata().get(e).tableName}"`);
  const rows: ({ org_id: string; name: string; status: string; ended_on: string | null; handed_over_to: string | null })[] = await em.execute(
    `select distinct on (v.org_id) v.org_id, v.name, o.status, o.ended_on::text as ended_on, o.handed_over_to
       from ${version} v join ${org} o on o.id = v.org_id
      where v.org_id = any(?::uuid[])
      order by v.org_id, (v.valid_from <= ?::date) desc, case when v.valid_from <= ?::date then v.valid_from end desc, v.valid_from asc`,
    [`{${orgIds.join(',')}}`, today, today],
  );
  return new Map(rows.map((r) => [r.org_id, { id: r.org_id, name: r.name, status: r.status, endedOn: r.ended_on, handedOverTo: r.handed_over_to }]));
}

/**
 * Did the person leave the bloc with their organization? It was handed over, and they were still
 * there the day before: a member counted in it then, or a person on the way to membership there.
 * A member who had moved away or whose membership had ended by then did not go with it.
 */
async function wentWith(em: EntityManager, p: Person, org: NamedOrg): Promise<boolean> {
  if (org.status !== 'handedOver' || !org.endedOn) return false;
  if (p.status === 'masses' || p.status === 'candidate') return true;
  return (await placementOf(em, p.id, addDays(org.endedOn, -1))) === org.id;
}
