import type { EntityManager } from '@mikro-orm/postgresql';
import { ident, sql, Sql } from './sql';

/** A member fact counts for the bloc when its organization was in the tree on its date (an organization ending that day included). */
export const inBlocOn = (s: Sql, alias: string, orgColumn: string): Sql => ({
  text: ` and exists (select 1 from ${s.text}."org_version" ov where ov.org_id = ${alias}.${orgColumn} and ov.valid_from <= ${alias}.occurred_on and (ov.valid_to is null or ov.valid_to >= ${alias}.occurred_on))`,
  params: [],
});

/** What the whole bloc's counters hold for a year and window: the one report context they need. */
export interface CounterWindow {
  schema: string;
  year: number;
  from: string;
  asOf: string;
  /** The year's flow rows, asked once per report and shared by the calculators that read them. */
  flowRows?: Promise<FlowRow[]>;
}

/** The bloc's member facts of a year, counted by what the flows tell apart. */
export interface FlowRow {
  type: string;
  /** '' for none */
  detail: string;
  fromSet: boolean;
  toSet: boolean;
  n: number;
}

/**
 * The whole bloc's members on 31/12, from the counters: for each organization of the tree that day,
 * its current stock minus the changes of the years after (`member_stock_change`): ~1 row per
 * organization instead of every interval. Equal to counting the intervals holding that day in an
 * organization of that day's tree (the plain SQL recount checks it on every bench run).
 */
export async function wholeBlocStock(em: EntityManager, w: CounterWindow): Promise<number> {
  const s = ident(w.schema);
  const inTree = (alias: string): Sql =>
    sql`exists (select 1 from ${s}."org_version" v where v.org_id = ${{ text: `${alias}.org_id`, params: [] }} and v.valid_from <= ${w.asOf} and (v.valid_to is null or v.valid_to > ${w.asOf}))`;
  const q = sql`select
      (select coalesce(sum(m.net), 0) from ${s}."member_stock" m where ${inTree('m')})
    - (select coalesce(sum(c.net), 0) from ${s}."member_stock_change" c where c.year > ${w.year} and ${inTree('c')}) as n`;
  const [r] = await em.execute<{ n: string | number }[]>(q.text, q.params);
  return Number(r?.n ?? 0);
}

/**
 * The whole bloc's member facts of the year, grouped as `member_flow_count` keys them. A fact counts
 * when its organization was in the tree on its date; an organization whose place in the tree did
 * not change during the year (no version begins after 01/01 or ends before 31/12) was in it on
 * every day of the year or on none, so its counters are taken whole or not at all. The few
 * organizations that did change (established, dissolved, renamed, handed over or in that year) have
 * their facts counted one by one with the date checked, as for a subtree.
 */
export function wholeBlocFlows(em: EntityManager, w: CounterWindow): Promise<FlowRow[]> {
  if (!w.flowRows) w.flowRows = queryFlows(em, w);
  return w.flowRows;
}

async function queryFlows(em: EntityManager, w: CounterWindow): Promise<FlowRow[]> {
  const s = ident(w.schema);
  const q = sql`with changed as (
      select distinct org_id from ${s}."org_version"
       where (valid_from > ${w.from} and valid_from <= ${w.asOf}) or (valid_to >= ${w.from} and valid_to < ${w.asOf}))
    select type, detail, from_set, to_set, sum(n)::int as n from (
      select c.type, c.detail, c.from_set, c.to_set, c.n from ${s}."member_flow_count" c
       where c.year = ${w.year} and not exists (select 1 from changed x where x.org_id = c.org_id)
         and exists (select 1 from ${s}."org_version" v where v.org_id = c.org_id and v.valid_from <= ${w.from} and (v.valid_to is null or v.valid_to >= ${w.from}))
      union all
      select f.type, coalesce(f.detail, ''), f.from_org_id is not null, f.to_org_id is not null, 1 from ${s}."member_fact" f
       where f.org_id in (select org_id from changed) and f.occurred_on between ${w.from} and ${w.asOf}${inBlocOn(s, 'f', 'org_id')}
    ) x group by 1, 2, 3, 4`;
  const rows = await em.execute<{ type: string; detail: string; from_set: boolean; to_set: boolean; n: number }[]>(q.text, q.params);
  return rows.map((r) => ({ type: r.type, detail: r.detail, fromSet: r.from_set, toSet: r.to_set, n: Number(r.n) }));
}

/** The facts of `type` (and `detail`, when given) among the rows. */
export const countOf = (rows: readonly FlowRow[], type: string, detail?: string): number =>
  rows.filter((r) => r.type === type && (detail === undefined || r.detail === detail)).reduce((a, r) => a + r.n, 0);
