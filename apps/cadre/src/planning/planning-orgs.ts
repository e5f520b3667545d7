import type { EntityManager } from '@mikro-orm/postgresql';
import { type CommitteeKind, DomainError, type Post } from '@party/contracts';
import { checkCommitteeKind, checkPost } from '@party/rules';
import { OrgVersion, subtreeIds } from '@party/org-replica';
import type { OrgLevel } from './planning.entities';

/** An organization as the replica of the tree had it on a day. */
export interface PlanningOrg {
  orgId: string;
  name: string;
  kind: string;
  level: OrgLevel;
}

export const levelOf = (v: OrgVersion): OrgLevel => (v.kind === 'bloc_committee' ? 'bloc' : v.grassroots ? 'grassroots' : 'below_grassroots');

export const LEVEL_LABELS: Readonly<Record<OrgLevel, { vi: string; en: string }>> = {
  bloc: { vi: 'cấp Đảng bộ Khối', en: 'at the bloc level' },
  grassroots: { vi: 'cấp cơ sở', en: 'at the grassroots level' },
  below_grassroots: { vi: 'cấp dưới cơ sở', en: 'below the grassroots level' },
};

/** The organization on `on`, refused on `field` when it did not exist that day (or is not copied from membership yet). */
export async function requirePlanningOrg(em: EntityManager, orgId: string, on: string, field: string): Promise<PlanningOrg> {
  const v = await em.findOne(OrgVersion, { orgId, validFrom: { $lte: on }, $or: [{ validTo: null }, { validTo: { $gt: on } }] });
  if (v) return { orgId, name: v.name, kind: v.kind, level: levelOf(v) };
  const known = await em.findOne(OrgVersion, { orgId }, { orderBy: { validFrom: 'desc', seq: 'desc' } });
  const message = known
    ? { vi: `${known.name} không tồn tại vào ngày ${on}`, en: `${known.name} did not exist on ${on}` }
    : { vi: `Không có tổ chức đảng này vào ngày ${on}`, en: `No such party organization on ${on}` };
  throw DomainError.rule(message, undefined, [{ field, ...message }]);
}

/**
 * Refused on `<prefix>post` unless the organization has that post on that committee (the
 * committees' own rule, libs/rules `committee.composition`: a chi bộ has no standing committee
 * and no inspection committee).
 */
export function assertPostExists(org: PlanningOrg, committeeKind: CommitteeKind, post: Post, on: string, prefix = ''): void {
  const refusal = checkCommitteeKind(org.kind, committeeKind, on) ?? checkPost(org.kind, committeeKind, post, on);
  if (!refusal) return;
  const message = { vi: `${org.name}: ${refusal.message.vi}`, en: `${org.name}: ${refusal.message.en}` };
  throw DomainError.rule(message, refusal.rule.regulation, [{ field: `${prefix}${refusal.code === 'no_committee_of_kind' ? 'committeeKind' : 'post'}`, ...message }]);
}

/** Refused on `field` unless `orgId` is `rootId` or under it on `on` (a review covers its committee's own posts and those below). */
export async function requireUnder(em: EntityManager, rootId: string, rootName: string, org: PlanningOrg, on: string, field: string): Promise<void> {
  if ((await subtreeIds(em, rootId, on)).includes(org.orgId)) return;
  const message = { vi: `${org.name} không trực thuộc ${rootName} vào ngày ${on}`, en: `${org.name} was not under ${rootName} on ${on}` };
  throw DomainError.rule(message, undefined, [{ field, ...message }]);
}

/** Each organization's name on `asOf` (its last name when it had ended, its first when it did not exist yet): one query. */
export async function orgNamesOn(em: EntityManager, ids: readonly string[], asOf: string): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const out = new Map<string, string>();
  for (const v of await em.find(OrgVersion, { orgId: { $in: unique } }, { orderBy: { validFrom: 'asc', seq: 'asc' } })) {
    if (!out.has(v.orgId) || v.validFrom <= asOf) out.set(v.orgId, v.name);
  }
  return out;
}

/**
 * Serializes what touches the same plans: one transaction-scoped advisory lock per key, taken in
 * sorted order so two commands never wait on each other in a cycle.
 */
export async function lockPlanning(em: EntityManager, keys: Iterable<string>): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`cadre.planning.${key}`]);
}

export const personKey = (personId: string) => `person.${personId}`;
export const postKey = (p: { orgId: string; committeeKind: string; post: string; term: string }) => `post.${p.orgId}.${p.committeeKind}.${p.post}.${p.term}`;
