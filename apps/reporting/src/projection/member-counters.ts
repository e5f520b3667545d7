import type { EntityManager } from '@mikro-orm/postgresql';

/** An interval as the counters see it: where, from when, until when (exclusive; null while it holds). */
export interface CountedInterval {
  orgId: string;
  validFrom: string;
  validTo: string | null;
}

/** A member fact as the flow counters key it. */
export interface CountedFact {
  occurredOn: string;
  type: string;
  detail: string | null;
  fromOrgId: string | null;
  toOrgId: string | null;
}

/** `member_stock_change` deltas keyed `year|orgId`, and `member_stock` deltas keyed by organization. */
export interface StockChanges {
  byYear: Map<string, number>;
  now: Map<string, number>;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * What replacing a person's intervals `before` by `after` does to the stock counters: each interval
 * adds +1 at its organization in the year it starts and −1 in the year it ends (an interval holds on
 * 31/12 of Y when it starts in a year ≤ Y and ends in a year > Y), and +1 to the organization's
 * current stock while open. Intervals both sides share cancel out, so re-deriving a person without
 * a change touches no counter.
 */
export function stockChanges(before: readonly CountedInterval[], after: readonly CountedInterval[]): StockChanges {
  const byYear = new Map<string, number>();
  const now = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
  const count = (v: CountedInterval, sign: number) => {
    add(byYear, `${yearOf(v.validFrom)}|${v.orgId}`, sign);
    if (v.validTo === null) add(now, v.orgId, sign);
    else add(byYear, `${yearOf(v.validTo)}|${v.orgId}`, -sign);
  };
  before.forEach((v) => count(v, -1));
  after.forEach((v) => count(v, +1));
  for (const m of [byYear, now]) for (const [k, n] of m) if (n === 0) m.delete(k);
  return { byYear, now };
}

/**
 * Adds the changes to the counters. Rows are written in key order, so two transactions touching the
 * same organizations lock them in the same order.
 */
export async function applyStockChanges(em: EntityManager, schema: string, changes: StockChanges): Promise<void> {
  const byYear = [...changes.byYear].map(([k, n]) => ({ year: Number(k.slice(0, k.indexOf('|'))), org_id: k.slice(k.indexOf('|') + 1), n }));
  await addCounts(em, `"${schema}"."member_stock_change"`, 'net', [['year', 'int'], ['org_id', 'text']], byYear);
  await addCounts(em, `"${schema}"."member_stock"`, 'net', [['org_id', 'text']], [...changes.now].map(([org_id, n]) => ({ org_id, n })));
}

/**
 * Adds each row's `n` to the counter its key columns name (created at `n` when new), in key order;
 * a counter back at zero is deleted, as the recount (`recountMemberCountersSql`) never writes one.
 * The rows travel as one JSON value: knex would expand a bound array into a list.
 */
async function addCounts(em: EntityManager, table: string, counter: string, key: readonly (readonly [string, string])[], rows: readonly Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const json = JSON.stringify(rows);
  const names = key.map(([name]) => name).join(', ');
  const record = key.map(([name, type]) => `${name} ${type}`).join(', ');
  await em.execute(
    `insert into ${table} (${names}, ${counter}) select ${names}, n from jsonb_to_recordset(?::jsonb) as x(${record}, n int) order by ${names}
     on conflict (${names}) do update set ${counter} = ${table}.${counter} + excluded.${counter}`,
    [json],
  );
  await em.execute(`delete from ${table} where ${counter} = 0 and (${names}) in (select ${names} from jsonb_to_recordset(?::jsonb) as x(${record}))`, [json]);
}

/**
 * The SQL condition "organization `org` was in the tree on `date`" (an organization ending that day
 * included): the one test of a member fact's place in the bloc, wherever it is decided.
 */
export const inTreeOn = (schema: string, org: string, date: string): string =>
  `exists (select 1 from "${schema}"."org_version" ov where ov.org_id = ${org} and ov.valid_from <= ${date} and (ov.valid_to is null or ov.valid_to >= ${date}))`;

/** The flow counters' key of a fact, and how many such facts to add (or take away). */
export interface FlowDelta {
  year: number;
  type: string;
  detail: string;
  from_set: boolean;
  to_set: boolean;
  n: number;
}

/**
 * One newly recorded fact of the bloc as a counter delta (never one already recorded: the caller
 * counts only the rows it inserted, in the bloc). A year's rows are few and hot: replicas applying
 * facts at once wait on each other here until commit, and a deadlock between two batches rolls one
 * back, which the consumer then applies event by event — slower, never counted twice.
 */
export function flowKeyOf(f: CountedFact): FlowDelta {
  return { year: yearOf(f.occurredOn), type: f.type, detail: f.detail ?? '', from_set: f.fromOrgId !== null, to_set: f.toOrgId !== null, n: 1 };
}

/**
 * After an organization's versions were derived again (under its lock, `lockOrganization`): its
 * facts whose place in the tree on their date changed (a back-dated hand-over, an establishment
 * that arrived after its members' facts) are marked again, and the flow counters follow.
 */
export async function recountOrganizationFacts(em: EntityManager, orgId: string): Promise<void> {
  const schema = em.config.get('schema') as string;
  const s = `"${schema}"`;
  const deltas = await em.execute<FlowDelta[]>(
    `with changed as (
       update ${s}."member_fact" f set in_bloc = not f.in_bloc
        where f.org_id = ? and f.in_bloc <> ${inTreeOn(schema, 'f.org_id', 'f.occurred_on')}
        returning f.occurred_on, f.type, f.detail, f.from_org_id, f.to_org_id, f.in_bloc)
     select extract(year from occurred_on)::int as year, type, coalesce(detail, '') as detail, from_org_id is not null as from_set, to_org_id is not null as to_set,
            sum(case when in_bloc then 1 else -1 end)::int as n
       from changed group by 1, 2, 3, 4, 5 having sum(case when in_bloc then 1 else -1 end) <> 0`,
    [orgId],
  );
  await applyFlowDeltas(em, schema, deltas);
}

/** Adds the deltas to the flow counters (see `addCounts`). */
export function applyFlowDeltas(em: EntityManager, schema: string, deltas: FlowDelta[]): Promise<void> {
  const key = [['year', 'int'], ['type', 'text'], ['detail', 'text'], ['from_set', 'boolean'], ['to_set', 'boolean']] as const;
  return addCounts(em, `"${schema}"."member_flow_count"`, 'n', key, deltas as unknown as Record<string, unknown>[]);
}

/**
 * The counters computed afresh from `member_fact` (its `in_bloc` as recorded) and `member_interval`:
 * what the bulk loader writes after its rows, and what the counters maintained fact by fact must
 * always equal (tested).
 */
export function recountMemberCountersSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `delete from ${s}."member_stock_change"`,
    `delete from ${s}."member_stock"`,
    `delete from ${s}."member_flow_count"`,
    `insert into ${s}."member_stock_change" (year, org_id, net)
       select year, org_id, sum(n)::int from (
         select extract(year from valid_from)::int as year, org_id, 1 as n from ${s}."member_interval"
         union all
         select extract(year from valid_to)::int, org_id, -1 from ${s}."member_interval" where valid_to is not null
       ) x group by year, org_id having sum(n) <> 0`,
    `insert into ${s}."member_stock" (org_id, net)
       select org_id, count(*)::int from ${s}."member_interval" where valid_to is null group by org_id`,
    `insert into ${s}."member_flow_count" (year, type, detail, from_set, to_set, n)
       select extract(year from occurred_on)::int, type, coalesce(detail, ''), from_org_id is not null, to_org_id is not null, count(*)::int
         from ${s}."member_fact" where in_bloc group by 1, 2, 3, 4, 5`,
  ];
}
