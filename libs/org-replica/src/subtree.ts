import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgVersion } from './org-replica.entities';

/**
 * A stretch of days, both ends included: a question about the tree "at any moment of" it. One day
 * (`atDate`) is the tree as of that date.
 */
export interface OrgWindow {
  from: string;
  to: string;
}

/** The tree on one date (valid_from ≤ date < valid_to). */
export const atDate = (date: string): OrgWindow => ({ from: date, to: date });

/**
 * The tree at any moment of a period of facts [from, to] (a year's flows). A version that ended on
 * `from` itself (valid_to = from, exclusive) is included on purpose: its organization ended on the
 * first day of the period, which is a fact of the period.
 */
export const during = (from: string, to: string): OrgWindow => ({ from: previousDay(from), to });

/** Every moment: the organizations that were ever under the root. */
export const always: OrgWindow = { from: '0001-01-01', to: '9999-12-31' };

const table = (em: EntityManager) => `"${em.config.get('schema')}"."org_version"`;

/**
 * `rootId` and the organizations under it (empty when `rootId` held at no moment of the window):
 * on a date (`'2023-12-31'` or `atDate(…)`), or at any moment of a window — an organization counts
 * when its version under a member of the subtree overlaps the window. Sorted by id.
 */
export async function subtreeIds(em: EntityManager, rootId: string, when: string | OrgWindow): Promise<string[]> {
  const w = typeof when === 'string' ? atDate(when) : when;
  const t = table(em);
  const rows = await em.execute<{ org_id: string }[]>(
    `with recursive sub(org_id) as (
       select r.org_id from ${t} r where r.org_id = ? and r.valid_from <= ? and (r.valid_to is null or r.valid_to > ?)
       union
       select v.org_id from ${t} v join sub on v.parent_id = sub.org_id where v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)
     ) select org_id from sub order by org_id`,
    [rootId, w.to, w.from, w.to, w.from],
  );
  return rows.map((r) => r.org_id);
}

/** One period during which an organization belonged to a subtree; `to` exclusive, null = still. */
export interface SubtreePeriod {
  orgId: string;
  from: string;
  to: string | null;
}

/**
 * Every (organization, period) of `rootId`'s subtree through time, in one recursive query: a
 * child's period is clipped to its parent's period in the subtree (so a period may come in pieces
 * that meet, one per version of an ancestor). A record of an organization dated D belongs to the
 * subtree when one of its periods holds D (`OrgScope.covers`).
 */
export async function subtreePeriods(em: EntityManager, rootId: string): Promise<SubtreePeriod[]> {
  const t = table(em);
  const rows = await em.execute<{ org_id: string; f: string; t: string | null }[]>(
    `with recursive sub(org_id, f, t) as (
       select v.org_id, v.valid_from, coalesce(v.valid_to, 'infinity'::date) from ${t} v where v.org_id = ?
       union
       select v.org_id, greatest(v.valid_from, s.f), least(coalesce(v.valid_to, 'infinity'::date), s.t)
         from ${t} v join sub s on v.parent_id = s.org_id
        where v.valid_from < s.t and coalesce(v.valid_to, 'infinity'::date) > s.f
     )
     select org_id, f::text as f, case when t = 'infinity'::date then null else t::text end as t from sub`,
    [rootId],
  );
  return rows.map((r) => ({ orgId: r.org_id, from: r.f, to: r.t }));
}

/**
 * The organization as last known on `date`: the version holding that day, or its last version
 * when it had ended by then (its name in a report of that year); null when it did not exist yet.
 */
export function lastKnownVersion(em: EntityManager, orgId: string, date: string): Promise<OrgVersion | null> {
  return em.findOne(OrgVersion, { orgId, validFrom: { $lte: date } }, { orderBy: { validFrom: 'desc', seq: 'desc' } });
}

function previousDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}
