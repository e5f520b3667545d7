import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Where each member is counted on a date — the in-transit rule:
 * - the last non-temporary transfer that took effect on or before the date decides: its
 *   destination for `internal` / `in`, outside the bloc (not counted) for `out`;
 * - with none in effect yet, the member is where their first transfer started: its source for
 *   `internal` / `out` (so a member in transit is counted at the source until the arrival date),
 *   outside the bloc for `in` (counted by the sending committee until the arrival);
 * - without transfers, `person.orgId`;
 * - temporary transfers never move anyone.
 * Members = people whose admission decision is on or before the date and who are probationary or
 * official, or whose membership ended (struck off, left, died: `endedOn`, leaving capability) after it.
 */
export async function placementsOn(em: EntityManager, asOf: string, personId?: string): Promise<{ personId: string; orgId: string }[]> {
  const schema = em.config.get('schema');
  const rows: { person_id: string; org_id: string | null }[] = await em.execute(
    `select p.id as person_id,
            case when le.kind is not null then (case when le.kind = 'out' then null else le.to_org_id end)
                 when fa.kind is not null then (case when fa.kind = 'in' then null else fa.from_org_id end)
                 else p.org_id end as org_id
       from "${schema}"."person" p
       left join lateral (select t.kind, t.to_org_id from "${schema}"."transfer" t
                           where t.person_id = p.id and t.kind <> 'temporary' and t.effective_on <= ?
                           order by t.effective_on desc, t.id desc limit 1) le on true
       left join lateral (select t.kind, t.from_org_id from "${schema}"."transfer" t
                           where t.person_id = p.id and t.kind <> 'temporary'
                           order by t.id asc limit 1) fa on true
      where (p.status in ('probationary', 'official') or p.ended_on > ?) and p.admission_decision_date <= ?${personId ? ' and p.id = ?' : ''}`,
    personId ? [asOf, asOf, asOf, personId] : [asOf, asOf, asOf],
  );
  return rows.filter((r) => r.org_id !== null).map((r) => ({ personId: r.person_id, orgId: r.org_id as string }));
}

/** The organization where the person is counted on the date (null: outside the bloc / not a member). */
export async function placementOf(em: EntityManager, personId: string, asOf: string): Promise<string | null> {
  const [row] = await placementsOn(em, asOf, personId);
  return row?.orgId ?? null;
}
