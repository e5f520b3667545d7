import type { EntityManager } from '@mikro-orm/postgresql';
import { Person } from './person.entity';

/** Past this many matches a list says "more than" instead of counting them all (see `boundedCount`). */
export const COUNT_CAP = 10_000;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface SearchFilter {
  /** The folded text typed (`searchableName`), words separated by one space. */
  text: string;
  /** The organizations a scoped caller may see (null: the whole bloc). */
  orgIds: string[] | null;
  status: string | null;
  /** The beginning of a citizen ID (digits typed instead of a name). */
  citizenIdPrefix?: string;
}

/**
 * How well a name matches what was typed, best first: the whole text is the name or its first
 * words; the name starts with it; it is a run of whole words inside; a run of word beginnings
 * inside; the words are all there in another order. Each class is one SQL condition, so a page
 * reads the classes one after another in name order, and the first classes — a prefix range of
 * the folded name — are served by the btree index in order and stop after the page.
 */
function relevanceClasses(t: string): { sql: string; params: string[] }[] {
  const e = escapeLike(t);
  const prefix = { sql: `search_name like ?`, params: [`${e}%`] };
  const wholeWords = { sql: `(search_name like ? or search_name like ?)`, params: [`% ${e} %`, `% ${e}`] };
  const inside = { sql: `search_name like ?`, params: [`% ${e}%`] };
  const first = { sql: `(search_name = ? or search_name like ?)`, params: [t, `${e} %`] };
  const not = (c: { sql: string; params: string[] }) => ({ sql: `not ${c.sql}`, params: c.params });
  const and = (...cs: { sql: string; params: string[] }[]) => ({ sql: cs.map((c) => c.sql).join(' and '), params: cs.flatMap((c) => c.params) });
  return [
    first,
    and(prefix, not(first)),
    and(wholeWords, not(prefix)),
    and(inside, not(wholeWords), not(prefix)),
    and(not(inside), not(prefix)),
  ];
}

/** Every typed word starts a word of the name, the caller's scope and the status. */
function filterOf(f: SearchFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const word of f.text ? f.text.split(' ') : []) {
    const w = escapeLike(word);
    parts.push(`(search_name like ? or search_name like ?)`);
    params.push(`${w}%`, `% ${w}%`);
  }
  if (f.citizenIdPrefix) {
    parts.push(`citizen_id like ?`);
    params.push(`${escapeLike(f.citizenIdPrefix)}%`);
  }
  if (f.orgIds) {
    parts.push(`org_id = any(?::uuid[])`);
    params.push(`{${f.orgIds.join(',')}}`);
  }
  if (f.status) {
    parts.push(`status = ?`);
    params.push(f.status);
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}

function personTable(em: EntityManager): string {
  return `"${em.config.get('schema')}"."${em.getMetadata().get(Person).tableName}"`;
}

/**
 * The ids of one page of a name search ordered by relevance then name (the list's default sort).
 * One query per relevance class, in order, until the page is full: a class before the page is
 * only counted (bounded by how many rows it must skip), a class after it is never read. At the
 * nation's size "nguyen van" matches over a million names; the page is the first 50 of the first
 * class, read in index order (≈ 1 ms), where ranking every match took over a second.
 */
export async function rankedPageIds(em: EntityManager, f: SearchFilter, offset: number, limit: number, order: 'asc' | 'desc'): Promise<string[]> {
  const table = personTable(em);
  const base = filterOf(f);
  const classes = relevanceClasses(f.text);
  const dir = order === 'desc' ? 'desc' : 'asc';
  const ids: string[] = [];
  let skip = offset;
  for (const c of classes) {
    const where = `${base.sql} and ${c.sql}`;
    const params = [...base.params, ...c.params];
    const rows: { id: string }[] = await em.execute(
      `select id from ${table} where ${where} order by search_name collate "C" ${dir}, id ${dir} offset ? limit ?`,
      [...params, skip, limit - ids.length],
    );
    ids.push(...rows.map((r) => r.id));
    if (ids.length === limit) break;
    if (rows.length || skip === 0) skip = 0;
    else {
      // the whole class lies before the page: how many rows it held (fewer than `skip`)
      const [{ n }]: { n: string }[] = await em.execute(`select count(*) as n from (select 1 from ${table} where ${where} limit ?) s`, [...params, skip]);
      skip -= Number(n);
    }
  }
  return ids;
}

/**
 * How many people match, counted up to `COUNT_CAP` (+1 tells "more"): a list a person pages
 * through needs no exact count of a million names, and counting them cost most of a search.
 */
export async function boundedCount(em: EntityManager, f: SearchFilter, cap = COUNT_CAP): Promise<{ total: number; exact: boolean }> {
  const { sql, params } = filterOf(f);
  const [{ n }]: { n: string }[] = await em.execute(`select count(*) as n from (select 1 from ${personTable(em)} where ${sql} limit ?) s`, [...params, cap + 1]);
  const counted = Number(n);
  return counted > cap ? { total: cap, exact: false } : { total: counted, exact: true };
}
