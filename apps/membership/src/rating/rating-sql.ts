import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Raw SQL for the rating's set-based statements, through knex with real bind parameters
 * (`em.execute` inlines its parameters into the text: megabytes for a list of 8,000 rows), inside
 * the caller's transaction when there is one. Lists of ids travel as one comma-separated text
 * (`ids(…)` → `string_to_array(?, ',')::uuid[]`): knex would spread a JS array into `?, ?, ?`.
 */
export async function sql<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  const query = em.getKnex().raw(text, params as never[]);
  const trx = em.getTransactionContext();
  const res = (await (trx ? query.transacting(trx) : query)) as { rows: T[] };
  return res.rows;
}

export const ids = (list: readonly string[]): string => list.join(',');
export const UUIDS = `string_to_array(?, ',')::uuid[]`;

/** The service's schema-qualified table names the rating's SQL reads. */
export function tables(em: EntityManager) {
  const s = `"${em.config.get('schema')}"`;
  return {
    round: `${s}."rating_round"`,
    group: `${s}."rating_peer_group"`,
    subject: `${s}."rating_subject"`,
    orgDiscipline: `${s}."org_discipline_record"`,
    holding: `${s}."committee_holding"`,
    discipline: `${s}."discipline_record"`,
    person: `${s}."person"`,
    version: `${s}."organization_version"`,
  };
}
