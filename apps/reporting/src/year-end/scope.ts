import type { EntityManager } from '@mikro-orm/postgresql';
import { ident, sql, Sql } from './sql';

/**
 * Subtrees of the projected organization tree, as SQL (a recursive CTE named `sub`):
 * - `atDate`: the organizations under `root` on that date (stocks: as of 31/12);
 * - `during`: those under `root` at any moment of [from, to] (flows: an organization dissolved or
 *   handed over in the year still counts for the subtree it belonged to).
 */
export function subtreeCte(schema: string, root: string, window: { from: string; to: string }): Sql {
  const s = ident(schema);
  const held = (alias: string) => sql`${{ text: alias, params: [] }}.valid_from <= ${window.to} and (${{ text: alias, params: [] }}.valid_to is null or ${{ text: alias, params: [] }}.valid_to > ${window.from})`;
  return sql`with recursive sub(org_id) as (
      select r.org_id from ${s}."org_version" r where r.org_id = ${root} and ${held('r')}
      union
      select v.org_id from ${s}."org_version" v join sub on v.parent_id = sub.org_id where ${held('v')}
    ) `;
}

/**
 * The organizations of a subtree in a window, as a list: a report asks for them once per window
 * and filters each table by its organization column against the list (`= any(…)`), so that the
 * planner knows how many there are and probes the indexes on those columns, where a recursive CTE
 * would be guessed at a thousand rows and joined by hashing whole tables.
 */
export async function subtreeIds(em: EntityManager, schema: string, root: string, window: { from: string; to: string }): Promise<string[]> {
  const q = sql`${subtreeCte(schema, root, window)}select org_id from sub order by org_id`;
  const rows = await em.execute<{ org_id: string }[]>(q.text, q.params);
  return rows.map((r) => r.org_id);
}

/** Ids as one bound `text[]` value (`{"a","b"}`): the sql helper binds no JavaScript arrays. */
export function textArray(ids: readonly string[]): Sql {
  return sql`${`{${ids.map((id) => `"${id.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`}::text[]`;
}

/** Every moment: the organizations that were ever under the root. */
export const always = { from: '0001-01-01', to: '9999-12-31' };

/** The window of a stock: the single day `asOf` (valid_from ≤ asOf < valid_to). */
export const atDate = (asOf: string) => ({ from: asOf, to: asOf });

/**
 * The window of a flow over a year: any version overlapping [from, to]. A version that ended on
 * `from` itself (valid_to = from, exclusive) is included on purpose: its organization ended on the
 * first day of the year, which is a fact of the year.
 */
export const during = (from: string, to: string) => ({ from: previousDay(from), to });

function previousDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}
