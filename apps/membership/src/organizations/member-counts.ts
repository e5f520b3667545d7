import type { EntityManager } from '@mikro-orm/postgresql';
import { countsWithin } from '../transfers/headcount';
import { OrganizationVersion } from './organization.entity';
import type { OrganizationTree } from './organization.tree';
import type { MemberCounts } from './organization.rules';

/**
 * Members counted in an organization and its subtree on a date, by the headcount rule (a member
 * in transit is counted at the source, a temporary transfer moves no one), and how many of them
 * were official on that date — what the guidance checks need. Only the subtree's candidates are
 * read (the bloc's placements were, 150–280 ms a detail page over 9.000 members).
 */
export async function memberCountsOf(em: EntityManager, tree: OrganizationTree, orgId: string, asOf: string): Promise<MemberCounts> {
  const subtree = await tree.subtreeIds(orgId, asOf, em);
  // a small subtree is bound as a list; only a large one may be the whole tree (counting the
  // tree's organizations costs a scan of their versions: 20–30 ms at the nation's 227.000)
  const wholeTree = subtree.length > LIST_AT_MOST && subtree.length === (await orgsOn(em, asOf));
  return countsWithin(em, asOf, wholeTree ? 'wholeTree' : subtree);
}

/** Up to this many organizations, a subtree is always bound as a list. */
const LIST_AT_MOST = 1_000;

/** How many organizations the tree holds on `asOf`: a subtree that many is the whole tree. */
async function orgsOn(em: EntityManager, asOf: string): Promise<number> {
  const [row]: { n: string }[] = await em.execute(
    `select count(*) as n from "${em.config.get('schema')}"."${em.getMetadata().get(OrganizationVersion).tableName}" where valid_from <= ? and (valid_to is null or valid_to > ?)`,
    [asOf, asOf],
  );
  return Number(row.n);
}
