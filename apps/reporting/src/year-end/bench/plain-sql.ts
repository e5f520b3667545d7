import type { EntityManager } from '@mikro-orm/postgresql';
import { BADGE_LEVELS, ORG_KIND_DEFINITIONS } from '@party/contracts';

/**
 * The year-end figures as one hand-written SQL statement straight over the read model: the
 * baseline the service is measured against, and the check that it computes what it says
 * (README "Read model": stocks on 31/12 of the tree that day, flows by their dates in the world,
 * a member fact only when its organization was in the tree on its date; for a subtree, stocks
 * under the root on 31/12, flows under it at any moment of the year).
 * Written independently of the calculators, on purpose: the same rules, not the same code.
 */
export interface PlainFigures {
  metrics: Record<string, number>;
  /** `members.total` on 31/12 of the year before (the reconciliation's opening). */
  opening: number;
}

const kinds = (pred: (k: (typeof ORG_KIND_DEFINITIONS)[keyof typeof ORG_KIND_DEFINITIONS]) => boolean) =>
  Object.values(ORG_KIND_DEFINITIONS)
    .filter(pred)
    .map((k) => `'${k.code}'`)
    .join(', ');

const T = {
  admitted: 'membership.member.admitted',
  madeOfficial: 'membership.member.madeOfficial',
  removed: 'membership.member.removedFromProbation',
  died: 'membership.member.died',
  struckOff: 'membership.member.struckOff',
  left: 'membership.member.leftParty',
  expelled: 'membership.member.expelled',
  cardIssued: 'membership.card.issued',
  cardReissued: 'membership.card.reissued',
  badge: 'membership.badge.awarded',
  transfer: 'membership.transfer.completed',
  established: 'membership.organization.established',
  dissolved: 'membership.organization.dissolved',
  handedOver: 'membership.organization.handedOver',
  handedIn: 'membership.organization.handedIn',
};

export async function plainYearEnd(em: EntityManager, schema: string, year: number, root: string | null): Promise<PlainFigures> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Bad schema ${schema}`);
  const s = `"${schema}"`;
  const from = `${year}-01-01`;
  const asOf = `${year}-12-31`;
  const prevAsOf = `${year - 1}-12-31`;
  if (root !== null && !/^[0-9a-f-]{36}$/i.test(root)) throw new Error(`Bad organization id ${root}`);
  // literals, not bindings: every value is a checked date, year or uuid
  const p = (v: string | number | null) => (typeof v === 'number' ? String(v) : `'${v}'`);
  // organizations under the root: on a day (stocks), or at any moment of the year (flows)
  const tree = (name: string, holds: (a: string) => string) => `${name}(org_id) as (
      select r.org_id from ${s}.org_version r where r.org_id = ${p(root)} and ${holds('r')}
      union
      select c.org_id from ${s}.org_version c join ${name} on c.parent_id = ${name}.org_id where ${holds('c')})`;
  const onDay = (d: string) => (a: string) => `${a}.valid_from <= ${p(d)}::date and coalesce(${a}.valid_to > ${p(d)}::date, true)`;
  const inYear = (a: string) => `${a}.valid_from <= ${p(asOf)}::date and coalesce(${a}.valid_to >= ${p(from)}::date, true)`;
  const ctes = root ? `with recursive ${tree('stock_orgs', onDay(asOf))}, ${tree('prev_orgs', onDay(prevAsOf))}, ${tree('year_orgs', inYear)}` : '';
  const within = (col: string, set: 'stock_orgs' | 'prev_orgs' | 'year_orgs') => (root ? ` and ${col} in (select org_id from ${set})` : '');
  const withinExpr = (col: string) => (root ? `coalesce(${col} in (select org_id from year_orgs), false)` : `${col} is not null`);

  const headcount = (d: string, set: 'stock_orgs' | 'prev_orgs') => `(select count(*) from ${s}.member_interval i
      where i.valid_from <= ${p(d)}::date and coalesce(i.valid_to > ${p(d)}::date, true)${within('i.org_id', set)}
        and exists (select from ${s}.org_version v where v.org_id = i.org_id and v.valid_from <= ${p(d)}::date and coalesce(v.valid_to > ${p(d)}::date, true)))`;
  const year_ = `between ${p(from)}::date and ${p(asOf)}::date`;
  const lvl = BADGE_LEVELS.map((l) => `count(*) filter (where type = '${T.badge}' and detail = '${l}') as "badges.awarded.${l}"`).join(',\n        ');
  const fromIn = withinExpr(`coalesce(t.from_org_id, case when t.detail = 'out' then t.org_id end)`);
  const toIn = withinExpr(`coalesce(t.to_org_id, case when t.detail = 'in' then t.org_id end)`);
  const handed = (type: string, cmp: '<' | '<=') => `(select count(*) from ${s}.org_event e join ${s}.member_interval i on i.org_id = e.org_id
      and i.valid_from ${cmp} e.occurred_on and coalesce(i.valid_to > e.occurred_on, true)
      where e.type = '${type}' and e.occurred_on ${year_}${within('e.org_id', 'year_orgs')})`;
  const text = `${ctes}
    select
      stock.*, orgs.*, flows.*, transfers.*, training.*, students.*,
      ${headcount(asOf, 'stock_orgs')} as "members.total",
      ${headcount(prevAsOf, 'prev_orgs')} as opening,
      ${handed(T.handedOver, '<=')} as "members.handedOver",
      ${handed(T.handedIn, '<')} as "members.handedIn"
    from
    (select count(*) as "orgs.grassroots",
        count(*) filter (where kind in (${kinds((k) => k.grassroots && k.partyCommittee)})) as "orgs.grassroots.partyCommittees",
        count(*) filter (where kind in (${kinds((k) => k.grassroots && k.cell)})) as "orgs.grassroots.cells"
      from ${s}.org_version v where grassroots and v.valid_from <= ${p(asOf)}::date and coalesce(v.valid_to > ${p(asOf)}::date, true)${within('v.org_id', 'stock_orgs')}) stock,
    (select count(*) filter (where type = '${T.established}' and origin = 'new') as "orgs.established",
        count(*) filter (where type = '${T.dissolved}') as "orgs.dissolved",
        count(*) filter (where type = '${T.handedOver}') as "orgs.handedOver",
        count(*) filter (where type = '${T.handedIn}') as "orgs.handedIn"
      from ${s}.org_event e where grassroots and occurred_on ${year_}${within('e.org_id', 'year_orgs')}) orgs,
    (select count(*) filter (where type = '${T.admitted}') as "members.admitted",
        count(*) filter (where type = '${T.madeOfficial}') as "members.madeOfficial",
        count(*) filter (where type = '${T.removed}') as "members.removedFromProbation",
        count(*) filter (where type = '${T.died}') as "deaths",
        count(*) filter (where type = '${T.struckOff}') as "members.struckOff",
        count(*) filter (where type = '${T.left}') as "members.leftParty",
        count(*) filter (where type = '${T.expelled}') as "members.expelled",
        count(*) filter (where type = '${T.cardIssued}') as "cards.issued",
        count(*) filter (where type = '${T.cardReissued}' and detail = 'damaged') as "cards.reissued.damaged",
        count(*) filter (where type = '${T.cardReissued}' and detail = 'lost') as "cards.reissued.lost",
        count(*) filter (where type = '${T.badge}') as "badges.awarded",
        ${lvl}
      from ${s}.member_fact f
      where f.occurred_on ${year_}${within('f.org_id', 'year_orgs')}
        and exists (select from ${s}.org_version v where v.org_id = f.org_id and v.valid_from <= f.occurred_on and coalesce(v.valid_to >= f.occurred_on, true))) flows,
    (select count(*) filter (where (detail = 'out' and ${fromIn}) or (detail = 'internal' and ${fromIn} and not ${toIn})) as "transfers.out",
        count(*) filter (where (detail = 'in' and ${toIn}) or (detail = 'internal' and ${toIn} and not ${fromIn})) as "transfers.in",
        count(*) filter (where detail = 'internal' and ${fromIn} and ${toIn}) as "transfers.internal"
      from ${s}.member_fact t
      where t.type = '${T.transfer}' and t.occurred_on ${year_}
        and exists (select from ${s}.org_version v where v.org_id = t.org_id and v.valid_from <= t.occurred_on and coalesce(v.valid_to >= t.occurred_on, true))) transfers,
    (select
        (select count(*) from ${s}.training_class c where c.opened_on ${year_} and c.category = 'partyAwareness'${classWithin('c')}) as "training.classes.candidates",
        (select count(*) from ${s}.training_class c where c.opened_on ${year_} and c.category = 'newMemberTheory'${classWithin('c')}) as "training.classes.newMembers",
        (select count(*) from ${s}.training_class c where c.opened_on ${year_} and c.category = 'intermediateTheory'${classWithin('c')}) as "training.classes.intermediateTheory",
        (select count(*) from ${s}.training_sending x where x.category = 'advancedTheory' and x.sent_on ${year_}${within('x.org_id', 'year_orgs')}) as "training.advancedTheory.sent",
        (select count(*) from ${s}.training_registration x where x.category = 'advancedTheory' and x.for_year = ${p(year + 1)}${within('x.org_id', 'year_orgs')}) as "training.advancedTheory.registeredNextYear",
        (select count(*) from ${s}.training_registration x where x.category = 'object4' and x.registered_on ${year_}${within('x.org_id', 'year_orgs')}) as "training.object4.registered",
        (select count(distinct x.person_key) from ${s}.training_secretary_attendance x where x.held_on ${year_}${within('x.org_id', 'year_orgs')}) as "training.secretaries.trained") training,
    (select count(*) filter (where c.category = 'partyAwareness') as "training.students.candidates",
        count(*) filter (where c.category = 'newMemberTheory') as "training.students.newMembers",
        count(*) filter (where c.category = 'intermediateTheory') as "training.students.intermediateTheory"
      from ${s}.training_enrollment e join ${s}.training_class c on c.class_id = e.class_id
      where c.opened_on ${year_}${within('e.org_id', 'year_orgs')}) students`;

  function classWithin(c: string): string {
    if (!root) return '';
    return ` and (${c}.served_org_ids && array(select org_id from year_orgs)
      or exists (select from ${s}.training_enrollment e where e.class_id = ${c}.class_id and e.org_id in (select org_id from year_orgs)))`;
  }

  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(text);
  const metrics: Record<string, number> = {};
  for (const [k, v] of Object.entries(row)) if (k !== 'opening') metrics[k] = Number(v);
  return { metrics, opening: Number(row.opening) };
}
