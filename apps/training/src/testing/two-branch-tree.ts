import { MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { OrganizationEstablished } from '@party/contracts';
import { OrgEvent } from '@party/org-replica';
import { publishFact, RunningService } from '@party/service-kit/testing';
import { Isolation, waitFor } from '@party/testing';

/**
 * The smallest tree a secretary's scope needs, published as membership publishes it (established
 * 2019-01-01) and copied by the running training service before this returns:
 *
 *   BLOC ─┬─ G1 ── C1
 *         └─ G2 ── C2
 */
export async function twoBranchTree(iso: Isolation, running: RunningService) {
  const org = { BLOC: uuidv7(), G1: uuidv7(), C1: uuidv7(), G2: uuidv7(), C2: uuidv7() };
  const established = (orgId: string, kind: 'bloc_committee' | 'grassroots_committee' | 'dependent_cell', name: string, parentId: string | null) =>
    publishFact(iso, OrganizationEstablished, { orgId, kind, grassroots: kind === 'grassroots_committee', name, parentId, decisionNumber: `QĐ-${name}`, origin: 'new', fromOrgIds: [] }, { occurredOn: '2019-01-01', orgId });
  await established(org.BLOC, 'bloc_committee', 'Đảng ủy Khối', null);
  await established(org.G1, 'grassroots_committee', 'Đảng bộ 1', org.BLOC);
  await established(org.C1, 'dependent_cell', 'Chi bộ 1', org.G1);
  await established(org.G2, 'grassroots_committee', 'Đảng bộ 2', org.BLOC);
  await established(org.C2, 'dependent_cell', 'Chi bộ 2', org.G2);
  const em = () => running.app.get(MikroORM).em.fork();
  await waitFor(async () => (await em().count(OrgEvent, {})) === 5, { what: 'the organization tree to be copied' });
  return org;
}
