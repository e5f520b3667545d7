import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Where each member is counted on a date — the in-transit rule, with the moves made by
 * decisions about organizations:
 * - a member's moves are their non-temporary transfers and their reassignments (a merger, split
 *   or dissolution carrying them to the organization the decision named), in effective-date
 *   order, then the order recorded (both ids are uuid v7);
 * - the last move that took effect on or before the date decides: its destination for
 *   `internal` / `in` / a reassignment, outside the bloc (not counted) for `out`;
 * - with none in effect yet, the member is where their first move started: its source for
 *   `internal` / `out` / a reassignment (so a member in transit is counted at the source until
 *   the arrival date), outside the bloc for `in` (counted by the sending committee until the arrival);
 * - without moves, `person.orgId`;
 * - temporary transfers never move anyone;
 * - a member counts only in an organization of the tree on that date: one handed over to another
 *   committee took its members out of the bloc (bàn giao), as the reporting projection counts them.
 * Members = people whose admission decision is on or before the date and who are probationary or
 * official, or whose membership ended (struck off, left, died: `endedOn`, leaving capability) after it.
 */
export async function placementsOn(em: EntityManager, asOf: string, opts: PlacementFilter = {}): Promise<{ personId: string; orgId: string }[]> {
  const { sql, params } = placementSql(em, asOf, opts);
  const rows: { person_id: string; org_id: string }[] = await em.execute(`select x.person_id, x.org_id from ${sql} x`, params);
  return rows.map((r) => ({ personId: r.person_id, orgId: r.org_id }));
}

/**
 * The members counted in the organizations `within` on a date, and how many of them were official
 * then (the guidance checks'): the headcount rule of `placementsOn`, counted by PostgreSQL over the
 * subtree's candidates only, not the bloc's placements read into the service. `wholeTree`: every
 * organization on that date, so no list is bound (16.000 ids six times over held 3 GiB of
 * membership's memory at a province's root under load).
 */
export async function countsWithin(em: EntityManager, asOf: string, within: readonly string[] | 'wholeTree'): Promise<{ total: number; official: number }> {
  if (!within.length) return { total: 0, official: 0 };
  const { sql, params } = placementSql(em, asOf, within === 'wholeTree' ? {} : { within });
  const [row]: { total: string; official: string }[] = await em.execute(
    `select count(*) as total, count(*) filter (where x.official_date is not null and x.official_date <= ?) as official from ${sql} x`,
    [asOf, ...params],
  );
  return { total: Number(row.total), official: Number(row.official) };
}

/**
 * The placements on `asOf` as a subquery (person_id, org_id, official_date), in two parts:
 * - people who never moved (no transfer but temporary ones, no reassignment) — nearly everyone —
 *   are where `person.org_id` says, read by an anti-join with no lookup per person (at the
 *   nation's root, 5,6 M people: 19 s with two lateral lookups each, 3,5 s without);
 * - people who moved, by their moves (the rule above), two lateral lookups each.
 * With `within`, only the people who can be counted there are examined: a person is placed at
 * their own `org_id`, a move's destination or a first move's source, so one whose organization
 * and moves all lie outside `within` cannot be counted in it — a necessary condition, the rule
 * itself unchanged.
 */
/** Whose placements: one person, the organizations `within`, the members admitted by a day. */
export interface PlacementFilter {
  personId?: string;
  within?: readonly string[];
  /** Only members whose admission decision is on or before this day (a necessary condition a caller knows, e.g. a badge's party age). */
  admittedBy?: string;
}

function placementSql(em: EntityManager, asOf: string, opts: PlacementFilter): { sql: string; params: unknown[] } {
  const s = `"${em.config.get('schema')}"`;
  const params: unknown[] = [];
  const bind = (...values: unknown[]) => {
    params.push(...values);
    return '?';
  };
  // an array literal repeated where it is used: the same list bound once through a CTE
  // (`in (select id from w)`) ran for more than 6 minutes at a province's root, this form 3,6 s
  const within = opts.within ? `{${opts.within.join(',')}}` : null;
  const member = () =>
    `(p.status in ('probationary', 'official') or p.ended_on > ${bind(asOf)}) and p.admission_decision_date <= ${bind(asOf)}` +
    (opts.personId ? ` and p.id = ${bind(opts.personId)}` : '') +
    (opts.admittedBy ? ` and p.admission_decision_date <= ${bind(opts.admittedBy)}` : '');
  const stayed = `not exists (select 1 from ${s}."transfer" t where t.person_id = p.id and t.kind <> 'temporary')
              and not exists (select 1 from ${s}."member_reassignment" r where r.person_id = p.id)`;
  const stayers = `select p.id as person_id, p.official_date, p.org_id from ${s}."person" p
        where ${member()}${within ? ` and p.org_id = any(${bind(within)}::uuid[])` : ''} and ${stayed}`;
  const movers = `select p.id as person_id, p.official_date,
              case when le.kind is not null then (case when le.kind = 'out' then null else le.to_org_id end)
                   when fa.kind is not null then (case when fa.kind = 'in' then null else fa.from_org_id end)
                   else p.org_id end as org_id
         from ${s}."person" p
         left join lateral (select m.kind, m.to_org_id from (
                               select t.kind, t.to_org_id, t.effective_on, t.id from ${s}."transfer" t
                                where t.person_id = p.id and t.kind <> 'temporary' and t.effective_on <= ${bind(asOf)}
                               union all
                               select 'reassigned', r.to_org_id, r.effective_on, r.id from ${s}."member_reassignment" r
                                where r.person_id = p.id and r.effective_on <= ${bind(asOf)}
                             ) m order by m.effective_on desc, m.id desc limit 1) le on true
         left join lateral (select m.kind, m.from_org_id from (
                               select t.kind, t.from_org_id, t.id from ${s}."transfer" t where t.person_id = p.id and t.kind <> 'temporary'
                               union all
                               select 'reassigned', r.from_org_id, r.id from ${s}."member_reassignment" r where r.person_id = p.id
                             ) m order by m.id asc limit 1) fa on true
        where ${member()}
          and p.id in (select t.person_id from ${s}."transfer" t where t.kind <> 'temporary' union select r.person_id from ${s}."member_reassignment" r)${
          within
            ? ` and p.id in (select c.id from ${s}."person" c where c.org_id = any(${bind(within)}::uuid[])
                     union select t.person_id from ${s}."transfer" t where t.from_org_id = any(${bind(within)}::uuid[]) or t.to_org_id = any(${bind(within)}::uuid[])
                     union select r.person_id from ${s}."member_reassignment" r where r.from_org_id = any(${bind(within)}::uuid[]) or r.to_org_id = any(${bind(within)}::uuid[]))`
            : ''
        }`;
  const sql = `(select x.person_id, x.org_id, x.official_date from (${stayers} union all ${movers}) x
     where x.org_id is not null${within ? ` and x.org_id = any(${bind(within)}::uuid[])` : ''}
       and exists (select 1 from ${s}."organization_version" v where v.org_id = x.org_id and v.valid_from <= ${bind(asOf)} and (v.valid_to is null or v.valid_to > ${bind(asOf)})))`;
  return { sql, params };
}

/** The organization where the person is counted on the date (null: outside the bloc / not a member). */
export async function placementOf(em: EntityManager, personId: string, asOf: string): Promise<string | null> {
  const [row] = await placementsOn(em, asOf, { personId });
  return row?.orgId ?? null;
}
