import type { EntityManager } from '@mikro-orm/postgresql';
import { always, subtreeIds } from '@party/org-replica';
import { ident, sql, Sql, textArray } from './sql';

/** Which keys a skip scan walks: the distinct values of the key column (found by the index too), or a query of one column `k`. */
type Keys = { distinct: true } | { query: Sql };
const DISTINCT: Keys = { distinct: true };

/**
 * The years in which the read model holds a recorded fact, by the fact's date in the world:
 * organization events, member facts, classes (by their opening date, which is what their students
 * count by), registrations, sendings and secretaries' sessions. Newest first.
 *
 * Read without scanning the facts: for each value of an indexed leading column (the fact type for
 * the whole bloc, the organization for a subtree), a loose index scan jumps from the first date to
 * the first date of the following year, one index probe per year found (`member_fact` is 1,3 M
 * rows at ×100; its years are a few dozen).
 *
 * `root`: a subtree (the organizations under it at any time, since a fact counts for the
 * organizations it concerned on its date); null: everything.
 */
export async function yearsWithFacts(em: EntityManager, schema: string, root: string | null): Promise<number[]> {
  const s = ident(schema);
  // the organizations ever under the root (one reorganized away has facts of the years it was there)
  const ids = root ? await subtreeIds(em, root, always) : null;
  if (ids && !ids.length) return [];
  const set = ids && textArray(ids);
  const ofSubtree: Keys | null = set && { query: sql`select unnest(${set}) as k` };
  const parts: Part[] = ofSubtree
    ? [
        skipScan(s, 'member_fact', 'org_id', 'occurred_on', ofSubtree, 'mf'),
        skipScan(s, 'org_event', 'org_id', 'occurred_on', ofSubtree, 'oe'),
        skipScan(s, 'training_secretary_attendance', 'org_id', 'held_on', ofSubtree, 'sa'),
        skipScan(s, 'training_registration', 'org_id', 'registered_on', ofSubtree, 'rg'),
        skipScan(s, 'training_sending', 'org_id', 'sent_on', ofSubtree, 'sd'),
      ]
    : [
        skipScan(s, 'member_fact', 'type', 'occurred_on', DISTINCT, 'mf'),
        skipScan(s, 'org_event', 'type', 'occurred_on', DISTINCT, 'oe'),
        skipScan(s, 'training_registration', 'category', 'registered_on', DISTINCT, 'rg'),
        skipScan(s, 'training_sending', 'category', 'sent_on', DISTINCT, 'sd'),
        dateSkipScan(s, 'training_secretary_attendance', 'held_on', 'sa'),
      ];
  // classes: a few thousand rows at most; in a subtree, those serving it or with a student from it (as the report counts them)
  const classes = set
    ? sql`select distinct extract(year from c.opened_on)::int as y from ${s}."training_class" c
        where c.served_org_ids && ${set} or c.class_id in (select e.class_id from ${s}."training_enrollment" e where e.org_id = any(${set}))`
    : sql`select distinct extract(year from c.opened_on)::int as y from ${s}."training_class" c`;
  const ctes = parts.map((p) => p.cte).reduce((a, b) => sql`${a}, ${b}`);
  const selects = [...parts.map((p) => p.select), classes].reduce((a, b) => sql`${a} union ${b}`);
  const q = sql`with recursive ${ctes} select y from (${selects}) years where y is not null order by y desc`;
  const rows = await em.execute<{ y: number }[]>(q.text, q.params);
  return rows.map((r) => Number(r.y));
}

interface Part {
  cte: Sql;
  select: Sql;
}

/**
 * For each key, the years of `date` among the rows with that key: the first date, then the first
 * date on or after the next 1 January, until none. Every step is one probe of an index on
 * (key, date) or (key): a recursive "loose index scan".
 */
function skipScan(s: Sql, table: string, keyColumn: string, dateColumn: string, keys: Keys, name: string): Part {
  const t = ident(table);
  const k = ident(keyColumn);
  const d = ident(dateColumn);
  const keysName = ident(`${name}_keys`);
  const datesName = ident(`${name}_dates`);
  const keysCte =
    'distinct' in keys
      ? sql`${keysName}(k) as (
          select min(${k})::text from ${s}.${t}
          union all
          select (select min(x.${k})::text from ${s}.${t} x where x.${k} > p.k) from ${keysName} p where p.k is not null
        )`
      : sql`${keysName}(k) as (${keys.query})`;
  const cte = sql`${keysCte}, ${datesName}(k, d) as (
      select kk.k, (select min(x.${d}) from ${s}.${t} x where x.${k} = kk.k) from ${keysName} kk where kk.k is not null
      union all
      select p.k, (select min(x.${d}) from ${s}.${t} x where x.${k} = p.k and x.${d} >= make_date(extract(year from p.d)::int + 1, 1, 1))
        from ${datesName} p where p.d is not null
    )`;
  return { cte, select: sql`select extract(year from ${datesName}.d)::int as y from ${datesName}` };
}

/** The years of an indexed date column: its first date, then the first date on or after each next 1 January. */
function dateSkipScan(s: Sql, table: string, dateColumn: string, name: string): Part {
  const t = ident(table);
  const d = ident(dateColumn);
  const datesName = ident(`${name}_dates`);
  const cte = sql`${datesName}(d) as (
      select min(${d}) from ${s}.${t}
      union all
      select (select min(x.${d}) from ${s}.${t} x where x.${d} >= make_date(extract(year from p.d)::int + 1, 1, 1)) from ${datesName} p where p.d is not null
    )`;
  return { cte, select: sql`select extract(year from ${datesName}.d)::int as y from ${datesName}` };
}
