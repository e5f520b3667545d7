import type { EntityManager } from '@mikro-orm/postgresql';
import { ident, sql, Sql } from './sql';

/** The report's year and its last day: all the whole bloc's counters need. */
export interface CounterWindow {
  schema: string;
  year: number;
  asOf: string;
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
 * The whole bloc's member facts of the year, as `member_flow_count` keeps them: the facts whose
 * organization was in the tree on their date (`member_fact.in_bloc`, decided again whenever the
 * organization's versions change), a few dozen rows.
 */
export async function wholeBlocFlows(em: EntityManager, w: CounterWindow): Promise<FlowRow[]> {
  const s = ident(w.schema);
  const q = sql`select type, detail, from_set, to_set, n from ${s}."member_flow_count" where year = ${w.year}`;
  return flowRowsOf(await em.execute<FlowCountRow[]>(q.text, q.params));
}

/** A flow count as PostgreSQL returns it (the columns of `member_flow_count`). */
export interface FlowCountRow {
  type: string;
  detail: string;
  from_set: boolean;
  to_set: boolean;
  n: number | string;
}

export const flowRowsOf = (rows: readonly FlowCountRow[]): FlowRow[] => rows.map((r) => ({ type: r.type, detail: r.detail, fromSet: r.from_set, toSet: r.to_set, n: Number(r.n) }));

/** The facts of `type` (and `detail`, when given) among the rows. */
export const countOf = (rows: readonly FlowRow[], type: string, detail?: string): number =>
  rows.filter((r) => r.type === type && (detail === undefined || r.detail === detail)).reduce((a, r) => a + r.n, 0);
