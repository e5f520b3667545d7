import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Takes a transaction-scoped advisory lock on each key, in one statement and in one order whoever
 * asks, so two transactions locking overlapping sets never wait on each other in a cycle. Released
 * at commit or rollback. The keys travel as one JSON value (knex would expand a bound array).
 */
export async function lockKeys(em: EntityManager, keys: Iterable<string>): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (!sorted.length) return;
  await em.execute(`select pg_advisory_xact_lock(hashtext(k)) from (select k from jsonb_array_elements_text(?::jsonb) k order by k) x`, [JSON.stringify(sorted)]);
}
