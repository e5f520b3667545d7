import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgVersion } from '@party/org-replica';

/** Each organization's name as the replica last knew it (on `asOf` when given): one query for a page of rows. */
export async function orgNames(em: EntityManager, ids: readonly string[], asOf?: string): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await em.find(OrgVersion, { orgId: { $in: unique }, ...(asOf ? { validFrom: { $lte: asOf } } : {}) }, { orderBy: { validFrom: 'asc', seq: 'asc' } });
  // in order, so the latest version wins
  return new Map(rows.map((v) => [v.orgId, v.name]));
}

/** The organization's versions overlapping [from, to] (both included). */
export function versionsDuring(em: EntityManager, orgId: string, from: string, to: string): Promise<OrgVersion[]> {
  return em.find(OrgVersion, { orgId, validFrom: { $lte: to }, $or: [{ validTo: null }, { validTo: { $gt: from } }] });
}
