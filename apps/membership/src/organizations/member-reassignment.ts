import type { EntityManager } from '@mikro-orm/postgresql';
import { placementsOn } from '../transfers/headcount';

/** A member counted in an organization that ends, on the decision's effective date. */
export interface MemberOfEnding {
  personId: string;
  fullName: string;
  /** Where the headcount rule places them that day (one of the organizations that end). */
  orgId: string;
}

const schema = (em: EntityManager) => `"${em.config.get('schema')}"`;

async function placedIn(em: EntityManager, orgIds: ReadonlySet<string>, on: string): Promise<{ personId: string; orgId: string }[]> {
  return placementsOn(em, on, { within: [...orgIds] });
}

/**
 * The members counted in `orgIds` on `on` by the headcount rule (a member in transit from there
 * is counted there; one who left or died that day is not), sorted by name. Each is locked as a
 * transfer or a leaving command locks them (transfers, leaving/member-state.ts), then read again:
 * a transfer or a death recorded meanwhile is either before this decision or waits for it.
 */
export async function membersOfEnding(em: EntityManager, orgIds: ReadonlySet<string>, on: string): Promise<MemberOfEnding[]> {
  const first = await placedIn(em, orgIds, on);
  if (!first.length) return [];
  const ids = [...new Set(first.map((p) => p.personId))].sort();
  await em.execute(
    `select pg_advisory_xact_lock(hashtext(k)) from (select unnest(array[?]::text[]) as k order by 1) keys`,
    [ids.flatMap((id) => [`membership.member.${id}`, `membership.transfer.${id}`])],
  );
  const placed = await placedIn(em, orgIds, on);
  if (!placed.length) return [];
  const names: { id: string; full_name: string }[] = await em.execute(`select id, full_name from ${schema(em)}."person" where id in (?)`, [placed.map((p) => p.personId)]);
  const nameOf = new Map(names.map((n) => [n.id, n.full_name]));
  return placed
    .map((p) => ({ ...p, fullName: nameOf.get(p.personId) ?? p.personId }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi') || a.personId.localeCompare(b.personId));
}

/**
 * People who would still land in `orgIds` after they end, and whom no reassignment could carry: a
 * transfer or an admission into it dated after the effective date (one dated that very day is
 * counted there, and carried). Transfers still on their way there are `inTransitTo`.
 */
export async function laterArrivalsIn(em: EntityManager, orgIds: ReadonlySet<string>, on: string): Promise<{ orgId: string; fullName: string }[]> {
  if (!orgIds.size) return [];
  const s = schema(em);
  const ids = [...orgIds];
  return em.execute(
    `select t.to_org_id as "orgId", p.full_name as "fullName" from ${s}."transfer" t join ${s}."person" p on p.id = t.person_id
      where t.to_org_id in (?) and t.kind <> 'temporary' and t.status = 'completed' and t.effective_on > ?
     union all
     select p.org_id, p.full_name from ${s}."person" p
      where p.org_id in (?) and p.status in ('probationary', 'official') and p.admission_decision_date > ?
        and not exists (select 1 from ${s}."transfer" t where t.person_id = p.id and t.kind <> 'temporary')
        and not exists (select 1 from ${s}."member_reassignment" r where r.person_id = p.id)
     order by 2`,
    [ids, on, ids, on],
  );
}

/** Of `personIds`, those with a transfer that takes effect after `on`: their latest organization is not the one a reassignment on `on` gives. */
export async function movedLater(em: EntityManager, personIds: readonly string[], on: string): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const rows: { person_id: string }[] = await em.execute(
    `select distinct person_id from ${schema(em)}."transfer" where person_id in (?) and kind <> 'temporary' and effective_on > ?`,
    [personIds, on],
  );
  return new Set(rows.map((r) => r.person_id));
}

/** A transfer on its way to an organization that ends: its letter must be redirected where the decision sends the members. */
export interface TransitToEnding {
  transferId: string;
  personId: string;
  fullName: string;
  toOrgId: string;
}

/** Internal transfers in transit to `orgIds` (counted at their source until they arrive), sorted by name. */
export async function inTransitTo(em: EntityManager, orgIds: ReadonlySet<string>): Promise<TransitToEnding[]> {
  if (!orgIds.size) return [];
  const s = schema(em);
  const rows: TransitToEnding[] = await em.execute(
    `select t.id as "transferId", t.person_id as "personId", p.full_name as "fullName", t.to_org_id as "toOrgId"
       from ${s}."transfer" t join ${s}."person" p on p.id = t.person_id
      where t.to_org_id in (?) and t.status = 'inTransit'`,
    [[...orgIds]],
  );
  return rows.sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi') || a.personId.localeCompare(b.personId));
}
