import { MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { OrganizationDissolved, OrganizationEstablished } from '@party/contracts';
import { OrgEvent } from '@party/org-replica';
import { publishFact, RunningService } from '@party/service-kit/testing';
import { Isolation, waitFor } from '@party/testing';
import { inspectionOrm } from '../../inspection.orm';

/** Inspection as the service under test of a spec's stack (`useStack({ service: INSPECTION, … })`). */
export const INSPECTION = {
  service: 'inspection' as const,
  orm: inspectionOrm,
  loadModule: () => require('../../app.module').AppModule,
};

/**
 * A small bloc published as membership publishes it (established 2019-01-01) and copied by the
 * running inspection service before this returns:
 *
 *   BLOC ─┬─ G1 (đảng bộ cơ sở) ── C1 (chi bộ trực thuộc)
 *         ├─ G2 (chi bộ cơ sở)
 *         └─ G3 (chi bộ cơ sở, dissolved 2023-06-01)
 */
export async function programTree(iso: Isolation, running: RunningService) {
  const org = { BLOC: uuidv7(), G1: uuidv7(), C1: uuidv7(), G2: uuidv7(), G3: uuidv7() };
  const kinds = { BLOC: 'bloc_committee', G1: 'grassroots_committee', C1: 'dependent_cell', G2: 'grassroots_cell', G3: 'grassroots_cell' } as const;
  const parents = { BLOC: null, G1: org.BLOC, C1: org.G1, G2: org.BLOC, G3: org.BLOC };
  const names = { BLOC: 'Đảng bộ Khối', G1: 'Đảng bộ Công ty Điện lực', C1: 'Chi bộ Phòng Kỹ thuật', G2: 'Chi bộ Công ty Xây lắp', G3: 'Chi bộ Công ty Vận tải' };
  const state = (k: keyof typeof org) => ({
    orgId: org[k],
    kind: kinds[k],
    grassroots: k.startsWith('G'),
    name: names[k],
    parentId: parents[k],
    decisionNumber: `QĐ-${names[k]}`,
  });
  for (const k of Object.keys(org) as (keyof typeof org)[]) {
    await publishFact(iso, OrganizationEstablished, { ...state(k), origin: 'new', fromOrgIds: [] }, { occurredOn: '2019-01-01', orgId: org[k] });
  }
  await publishFact(iso, OrganizationDissolved, { ...state('G3'), decisionNumber: 'QĐ-giải thể', withOrgId: null }, { occurredOn: '2023-06-01', orgId: org.G3 });
  const em = () => running.app.get(MikroORM).em.fork();
  await waitFor(async () => (await em().count(OrgEvent, {})) === 6, { what: 'the organization tree to be copied' });
  return org;
}
