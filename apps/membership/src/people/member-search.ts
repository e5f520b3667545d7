import type { EntityManager } from '@mikro-orm/postgresql';
import { Person } from './person.entity';
import { escapeLike } from '@party/database';

/** Past this many matches a list says "more than" instead of counting them all (see `boundedCount`). */
export const COUNT_CAP = 10_000;

export interface SearchFilter {
  /** The folded text typed (`searchableName`), words separated by one space. */
  text: string;
  /** The organizations a scoped caller may see (null: the whole bloc). */
  orgIds: string[] | null;
  status: string | null;
  /** The beginning of a citizen ID (digits typed instead of a name). */
  citizenIdPrefix?: string;
}

interface Clause {
  sql: string;
  params: string[];
}

interface RelevanceClass extends Clause {
  /** A range of the byte-ordered index: read in its order, stopping after the page. */
  ranged: boolean;
}

/** Above every name that starts with `t` in byte order (a folded name has no character past U+FFFF). */
const pastPrefix = (t: string) => `${t}\uffff`;

/**
 * How well a name matches what was typed, best first: the whole text is the name or its first
 * words; the name starts with it; it is a run of whole words inside; a run of word beginnings
 * inside; the words are all there in another order. A page reads the classes one after another in
 * name order. The first two are ranges of the name in byte order (`search_name collate "C"`, the
 * btree index's order: `t` up to `t!` holds `t` and `t …`, the rest of the prefix follows), so they
 * are read in the index's order and stop after the page, whatever the number of matches.
 */
function relevanceClasses(t: string): RelevanceClass[] {
  const e = escapeLike(t);
  const range = (from: string, to: string): RelevanceClass => ({ sql: `search_name collate "C" >= ? and search_name collate "C" < ?`, params: [from, to], ranged: true });
  const prefix = { sql: `search_name like ?`, params: [`${e}%`] };
  const wholeWords = { sql: `(search_name like ? or search_name like ?)`, params: [`% ${e} %`, `% ${e}`] };
  const inside = { sql: `search_name like ?`, params: [`% ${e}%`] };
  const not = (c: Clause) => ({ sql: `not ${c.sql}`, params: c.params });
  const and = (...cs: Clause[]): RelevanceClass => ({ sql: cs.map((c) => c.sql).join(' and '), params: cs.flatMap((c) => c.params), ranged: false });
  return [
    range(t, `${t}!`),
    range(`${t}!`, pastPrefix(t)),
    and(wholeWords, not(prefix)),
    and(inside, not(wholeWords), not(prefix)),
    and(not(inside), not(prefix)),
  ];
}

/** Every typed word starts a word of the name, the caller's scope and the status. */
function filterOf(f: SearchFilter, words = true): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const word of f.text && words ? f.text.split(' ') : []) {
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

/**
 * The matches whose name starts with the text (with the scope and status): the first two relevance
 * classes, one range of the byte-ordered name index, and a part of every match (each typed word then
 * starts a word of the name). A common name passes the count's cap inside it after reading ~11.000
 * index entries, where the whole filter is found scattered through the table (the nation's cold
 * count of "nguyen van": ~250 ms).
 */
function prefixRange(f: SearchFilter): { sql: string; params: unknown[] } | null {
  if (!f.text) return null;
  const scope = filterOf(f, false);
  return { sql: `${scope.sql} and search_name collate "C" >= ? and search_name collate "C" < ?`, params: [...scope.params, f.text, pastPrefix(f.text)] };
}

function personTable(em: EntityManager): string {
  return `"${em.config.get('schema')}"."${em.getMetadata().get(Person).tableName}"`;
}

/** The table's rows as its statistics say, read at most once a minute per table (-1: never analyzed). */
const tableSizes = new Map<string, { rows: number; readAt: number }>();

async function rowsOf(em: EntityManager, table: string): Promise<number> {
  const known = tableSizes.get(table);
  if (known && Date.now() - known.readAt < 60_000) return known.rows;
  const [{ rows }]: { rows: string }[] = await em.execute(`select reltuples::bigint as rows from pg_class where oid = to_regclass(?)`, [table]);
  tableSizes.set(table, { rows: Number(rows), readAt: Date.now() });
  return Number(rows);
}

/**
 * Many matches, so that walking the name index in order finds a page (or the count's cap) after a
 * few thousand rows: the planner's estimate for the filter (its statistics: a guess, used only to
 * choose a plan). A table too small to hold that many needs no estimate (a bloc's 9.000 people).
 */
async function isDense(em: EntityManager, table: string, where: { sql: string; params: unknown[] }, cap: number): Promise<boolean> {
  const rows = await rowsOf(em, table);
  if (rows >= 0 && rows <= cap * 5) return false;
  const [plan]: { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[] = await em.execute(`explain (format json) select 1 from ${table} where ${where.sql}`, where.params);
  return plan['QUERY PLAN'][0].Plan['Plan Rows'] > cap * 5;
}

/**
 * One page of a name search ordered by relevance then name (the list's default sort), and how
 * many match (up to `cap`). The page is read class by class: the two prefix classes as ranges of
 * the byte-ordered index, stopping after the page; a class before the page is only counted. The
 * other classes, where the planner expects many matches, are walked in name order one by one (a
 * page is found early); where it expects few, they are read once through the trigram index and
 * ranked (a walk would read the whole index to find a rare name). A wrong guess costs time, never
 * rows: every path reads the same classes in the same order. At the nation's size "nguyen van"
 * matches 126.000 names: its first page is 50 rows of the first class, read in index order.
 */
export async function rankedSearch(
  em: EntityManager,
  f: SearchFilter,
  page: { offset: number; limit: number; order: 'asc' | 'desc' },
  opts: { cap?: number; /** Chooses the plan instead of the statistics (the spec proves both give the same rows). */ dense?: boolean } = {},
): Promise<{ people: Person[]; total: number; exact: boolean }> {
  const { limit, order } = page;
  const cap = opts.cap ?? COUNT_CAP;
  const table = personTable(em);
  const base = filterOf(f);
  const range = prefixRange(f);
  const known = recallCount(em, table, base, cap, range);
  const dense = opts.dense ?? known?.dense ?? (await isDense(em, table, base, cap));
  const dir = order === 'desc' ? 'desc' : 'asc';
  // the count beside the page, on a connection of its own
  const counting = known ? Promise.resolve({ total: cap, exact: false }) : countUpTo(em, table, base, cap, dense, range);
  // awaited below; if the page fails first, its failure is the one reported, not an unhandled rejection
  counting.catch(() => undefined);
  const people: Person[] = [];
  const take = (rows: Record<string, unknown>[]) => people.push(...rows.map(({ rank: _rank, ...row }) => em.map(Person, row)));
  let skip = page.offset;
  /** Reads a class's part of the page; when the whole class lies before the page, counts it off the skip. */
  const read = async (from: string, params: unknown[]) => {
    const rows: Record<string, unknown>[] = await em.execute(`select * from ${from} order by search_name collate "C" ${dir}, id ${dir} offset ? limit ?`, [...params, skip, limit - people.length]);
    take(rows);
    if (rows.length || skip === 0) skip = 0;
    else {
      const [{ n }]: { n: string }[] = await em.execute(`select count(*) as n from (select 1 from ${from} limit ?) s`, [...params, skip]);
      skip -= Number(n);
    }
  };
  const classes = relevanceClasses(f.text);
  for (const c of classes) {
    if (people.length === limit) break;
    // a name that starts with the text holds every typed word at the start of a word: the words'
    // filter left out of a range, or the planner joins the range to their trigram scans
    const filter = c.ranged ? filterOf(f, false) : base;
    const where = `${table} where ${filter.sql} and ${c.sql}`;
    const params = [...filter.params, ...c.params];
    if (c.ranged || dense) await read(where, params);
    else {
      // the remaining classes at once: one pass through the trigram index, ranked by class
      // (`offset 0` keeps the planner from walking the name index in order instead)
      const rest = classes.filter((k) => !k.ranged);
      const rank = `case ${rest.map((k, i) => `when ${k.sql} then ${i}`).join(' ')} end`;
      const ranked = `(select *, ${rank} as rank from ${table} where ${base.sql} and not search_name like ? offset 0) s`;
      const params = [...rest.flatMap((k) => k.params), ...base.params, `${escapeLike(f.text)}%`];
      const rows: Record<string, unknown>[] = await em.execute(`select * from ${ranked} order by rank, search_name collate "C" ${dir}, id ${dir} offset ? limit ?`, [...params, skip, limit - people.length]);
      take(rows);
      break;
    }
  }
  return { people, ...(await counting) };
}

/** The member list's other orders, by column. */
const SORT_COLUMNS = { fullName: 'search_name collate "C"', dateOfBirth: 'date_of_birth', admissionDecisionDate: 'admission_decision_date' } as const;

/**
 * A page in a chosen column's order: the relevance class first when a name was typed (the same
 * classes as `rankedSearch`, as one `case`), then the column, then the id. The list without a name,
 * or sorted by a date: PostgreSQL sorts the matches top-N.
 */
export async function sortedSearch(em: EntityManager, f: SearchFilter, page: { offset: number; limit: number; order: 'asc' | 'desc' }, sort: keyof typeof SORT_COLUMNS): Promise<Person[]> {
  const base = filterOf(f);
  const classes = f.text ? relevanceClasses(f.text) : [];
  const rank = classes.length ? `case ${classes.map((k, i) => `when ${k.sql} then ${i}`).join(' ')} end, ` : '';
  const dir = page.order === 'desc' ? 'desc' : 'asc';
  const rows: Record<string, unknown>[] = await em.execute(
    `select * from ${personTable(em)} where ${base.sql} order by ${rank}${SORT_COLUMNS[sort]} ${dir}, id asc offset ? limit ?`,
    [...base.params, ...classes.flatMap((k) => k.params), page.offset, page.limit],
  );
  return rows.map((row) => em.map(Person, row));
}

/**
 * How many people match, counted up to `cap` (+1 tells "more"): a list a person pages through
 * needs no exact count of a million names, and counting them cost most of a search. Many matches
 * expected: the count walks the rows and stops at the cap; few: they are found whole through the
 * indexes. Both count the same rows.
 */
export async function boundedCount(em: EntityManager, f: SearchFilter, cap = COUNT_CAP): Promise<{ total: number; exact: boolean }> {
  const table = personTable(em);
  const where = filterOf(f);
  const range = prefixRange(f);
  if (recallCount(em, table, where, cap, range)) return { total: cap, exact: false };
  return countUpTo(em, table, where, cap, await isDense(em, table, where, cap), range);
}

type Where = { sql: string; params: unknown[] };

async function countUpTo(em: EntityManager, table: string, where: Where, cap: number, dense: boolean, range: Where | null): Promise<{ total: number; exact: boolean }> {
  const rows = dense ? `select 1 from ${table} where ${where.sql} limit ?` : `select 1 from (select 1 from ${table} where ${where.sql} offset 0) m limit ?`;
  const margin = largeMatches.margin(cap);
  // the same filter counted at once by many requests shares one count: when a remembered common
  // name expires, fifty officials would otherwise start fifty walks to the 10.001st match together
  // (the nation, 50 people a second typing "nguyen van": p99 2,8 s without this)
  const key = `${largeMatches.key(table, where, cap)}|${dense}`;
  let pending = largeMatches.inFlight.get(key);
  if (!pending) {
    largeMatches.counted++;
    const count = async (sql: string, params: unknown[]) => Number((await em.execute<{ n: string }[]>(`select count(*) as n from (${sql}) s`, [...params, margin + 1]))[0].n);
    // past the margin among the names that start with the text: past it among all the matches
    pending = (async () => {
      const starting = range ? await count(`select 1 from ${table} where ${range.sql} limit ?`, range.params) : 0;
      if (starting <= margin) return count(rows, where.params);
      largeMatches.byPrefix++;
      return starting;
    })();
    largeMatches.inFlight.set(key, pending);
    const done = () => void largeMatches.inFlight.delete(key);
    pending.then(done, done);
  }
  const counted = await pending;
  if (counted > margin) largeMatches.remember(table, where, cap, dense);
  return counted > cap ? { total: cap, exact: false } : { total: counted, exact: true };
}

/**
 * The filter's remembered "more than the cap", if any. One in its last seconds is counted again
 * behind the answer, so that it does not run out under a crowd: everyone who asks while it is
 * recounted is answered from memory (at the nation, 50 people a second waited on the recount
 * when the minute ran out: p99 246 ms).
 */
function recallCount(em: EntityManager, table: string, where: Where, cap: number, range: Where | null): { dense: boolean } | null {
  const known = largeMatches.recall(table, where, cap);
  // a failed recount leaves the entry to run out
  if (known && known.until - Date.now() <= REFRESH_AHEAD_MS) countUpTo(em, table, where, cap, known.dense, range).catch(() => undefined);
  return known;
}

/** How long before a remembered count runs out it is counted again. */
const REFRESH_AHEAD_MS = 15_000;

/**
 * Filters found to match well over the cap (a common name at a province's or the nation's size),
 * remembered a minute with their plan: fifty officials typing "nguyen van" cost one count, not
 * fifty walks to the 10.001st match. What is remembered stays true however the minute goes: it is
 * kept only when the count passed the cap by a tenth (1.000 people would have to leave that name
 * within the minute for "more than 10.000" to become wrong). An exact count is never remembered.
 */
export const largeMatches = {
  keys: new Map<string, { until: number; dense: boolean }>(),
  /** Counts running now, by filter and plan: a request for the same count waits for that one. */
  inFlight: new Map<string, Promise<number>>(),
  /** Counts run (the spec reads how many a search cost). */
  counted: 0,
  /** Counts decided by the names that start with the text alone (`prefixRange`). */
  byPrefix: 0,
  margin: (cap: number) => cap + Math.ceil(cap / 10),
  key: (table: string, where: { sql: string; params: unknown[] }, cap: number) => JSON.stringify([table, where.sql, where.params, cap]),
  recall(table: string, where: { sql: string; params: unknown[] }, cap: number): { until: number; dense: boolean } | null {
    const key = this.key(table, where, cap);
    const known = this.keys.get(key);
    if (!known) return null;
    if (known.until > Date.now()) return known;
    this.keys.delete(key);
    return null;
  },
  remember(table: string, where: { sql: string; params: unknown[] }, cap: number, dense: boolean): void {
    // at most 1.000 filters: the oldest goes first (a Map keeps its insertion order)
    if (this.keys.size >= 1_000) this.keys.delete(this.keys.keys().next().value as string);
    this.keys.set(this.key(table, where, cap), { until: Date.now() + 60_000, dense });
  },
};
