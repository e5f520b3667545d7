import type { EntityManager } from '@mikro-orm/postgresql';
import { placementsOn } from '../transfers/headcount';
import type { OrganizationTree } from './organization.tree';
import type { MemberCounts } from './organization.rules';

/**
 * Members counted in an organization and its subtree on a date, by the headcount rule (a member
 * in transit is counted at the source, a temporary transfer moves no one), and how many of them
 * were official on that date — what the guidance checks need.
 */
export async function memberCountsOf(em: EntityManager, tree: OrganizationTree, orgId: string, asOf: string): Promise<MemberCounts> {
  const subtree = new Set(await tree.subtreeIds(orgId, asOf, em));
  const ids = (await placementsOn(em, asOf)).filter((p) => subtree.has(p.orgId)).map((p) => p.personId);
  if (!ids.length) return { official: 0, total: 0 };
  const [row]: { official: string }[] = await em.execute(
    `select count(*) filter (where official_date is not null and official_date <= ?) as official from "${em.config.get('schema')}"."person" where id in (?)`,
    [asOf, ids],
  );
  return { official: Number(row.official), total: ids.length };
}
