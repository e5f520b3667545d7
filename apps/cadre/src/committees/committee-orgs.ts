import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@party/contracts';
import { OrgVersion } from '@party/org-replica';

/** What a committee's organization was on a day, from the replica of the tree. */
export interface OrgOnDay {
  orgId: string;
  name: string;
  orgKind: string;
  grassroots: boolean;
  blocLevel: boolean;
}

const onDay = (v: OrgVersion): OrgOnDay => ({ orgId: v.orgId, name: v.name, orgKind: v.kind, grassroots: v.grassroots, blocLevel: v.kind === 'bloc_committee' });

/** The organization's version holding on `on`, or null when it did not exist that day. */
export async function orgOn(em: EntityManager, orgId: string, on: string): Promise<OrgOnDay | null> {
  const v = await em.findOne(OrgVersion, { orgId, validFrom: { $lte: on }, $or: [{ validTo: null }, { validTo: { $gt: on } }] });
  return v ? onDay(v) : null;
}

/**
 * The organization on `on`, refused on `field` when it did not exist that day (not established
 * yet, dissolved, handed over — or not yet copied from membership).
 */
export async function requireOrgOn(em: EntityManager, orgId: string, on: string, field: string, dateField?: string): Promise<OrgOnDay> {
  const org = await orgOn(em, orgId, on);
  if (org) return org;
  const known = await em.findOne(OrgVersion, { orgId }, { orderBy: { validFrom: 'desc', seq: 'desc' } });
  const message = known
    ? { vi: `${known.name} không tồn tại vào ngày ${on} trong Đảng bộ Khối`, en: `${known.name} did not exist in the bloc on ${on}` }
    : { vi: `Không có tổ chức đảng này vào ngày ${on}`, en: `No such party organization on ${on}` };
  throw DomainError.rule(message, undefined, [{ field, ...message }, ...(dateField ? [{ field: dateField, vi: `Ngày ${on}: tổ chức không tồn tại`, en: `${on}: the organization did not exist` }] : [])]);
}

/** Each organization's name on `asOf` (its last name when it had ended; its first when it did not exist yet): one query. */
export async function orgNamesOn(em: EntityManager, ids: readonly string[], asOf: string): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const out = new Map<string, string>();
  // in order of validity: the last version starting on or before the day wins; else the first
  for (const v of await em.find(OrgVersion, { orgId: { $in: unique } }, { orderBy: { validFrom: 'asc', seq: 'asc' } })) {
    if (!out.has(v.orgId) || v.validFrom <= asOf) out.set(v.orgId, v.name);
  }
  return out;
}
