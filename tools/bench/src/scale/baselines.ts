import type { Pool } from 'pg';
import { searchableName } from '@party/contracts';

/**
 * The plain SQL beside each route: what the route must at least do in the database, written by
 * hand — the floor a service's answer is compared with.
 */
export function baselines(schema: string) {
  const t = (name: string) => `"${schema}"."${name}"`;
  return {
    /** The ranked page of 50 and its total, as the member search asks them (every typed word starts a word of the folded name). */
    memberSearch(text: string) {
      const words = searchableName(text).split(' ');
      const where = words.map((_, i) => `(search_name like $${2 * i + 1} or search_name like $${2 * i + 2})`).join(' and ');
      const params = words.flatMap((w) => [`${w}%`, `% ${w}%`]);
      const n = params.length;
      const rank = `case when search_name = $${n + 1} or search_name like $${n + 2} then 0 when search_name like $${n + 3} then 1
                         when search_name like $${n + 4} or search_name like $${n + 5} then 2 when search_name like $${n + 6} then 3 else 4 end`;
      const s = searchableName(text);
      const page = `select * from ${t('person')} where ${where} order by ${rank}, search_name, id limit 50`;
      const count = `select count(*) from ${t('person')} where ${where}`;
      return (db: Pool) => Promise.all([db.query(page, [...params, s, `${s} %`, `${s}%`, `% ${s} %`, `% ${s}`, `% ${s}%`]), db.query(count, params)]);
    },
    /** One member's row. */
    memberPage(id: string) {
      return (db: Pool) => db.query(`select * from ${t('person')} where id = $1`, [id]);
    },
    /** The subtree on a date and its members, official ones counted apart: the guidance counts recounted. */
    orgCounts(orgId: string, asOf: string) {
      const sql = `with recursive sub as (
          select org_id from ${t('organization_version')} where org_id = $1 and valid_from <= $2 and (valid_to is null or valid_to > $2)
          union select v.org_id from ${t('organization_version')} v join sub on v.parent_id = sub.org_id where v.valid_from <= $2 and (v.valid_to is null or v.valid_to > $2))
        select count(*) as total, count(*) filter (where official_date <= $2) as official from ${t('person')} p
         where p.org_id in (select org_id from sub) and p.status in ('probationary', 'official') and p.admission_decision_date <= $2`;
      return async (db: Pool) => (await db.query<{ total: string; official: string }>(sql, [orgId, asOf])).rows[0];
    },
    /** One level of the tree: a parent's children on a date, a page of 50 by name, and how many. */
    treeLevel(parentId: string, asOf: string) {
      const where = `parent_id = $1 and valid_from <= $2 and (valid_to is null or valid_to > $2)`;
      return (db: Pool) =>
        Promise.all([db.query(`select * from ${t('organization_version')} where ${where} order by name, org_id limit 50`, [parentId, asOf]), db.query(`select count(*) from ${t('organization_version')} where ${where}`, [parentId, asOf])]);
    },
  };
}
