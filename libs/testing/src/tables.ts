import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';

/** One table as a snapshot sees it: how many rows, or the rows themselves. */
export type TableProbe<V = unknown> = (em: EntityManager) => Promise<V>;

/** How many rows (matching `where`). */
export const countOf =
  <T extends object>(entity: EntityClass<T>, where: FilterQuery<T> = {} as FilterQuery<T>): TableProbe<number> =>
  (em) =>
    em.count(entity, where);

/** Every row (matching `where`) in id order, each reduced to what a command may change. */
export const rowsOf =
  <T extends object>(entity: EntityClass<T>, pick: (row: T) => unknown, where: FilterQuery<T> = {} as FilterQuery<T>): TableProbe<unknown[]> =>
  async (em) =>
    (await em.find(entity, where, { orderBy: { id: 'asc' } as never })).map(pick);

/**
 * A snapshot of the tables a command may write, to compare before and after a refusal
 * ("nothing written"): `tables(em, { people: rowsOf(Person, (p) => [p.id, p.status]), outbox: countOf(OutboxMessage) })`.
 * Each probe reads on a fresh EntityManager, so nothing cached hides a write.
 */
export function tables<P extends Record<string, TableProbe>>(em: () => EntityManager, probes: P): () => Promise<{ [K in keyof P]: Awaited<ReturnType<P[K]>> }> {
  return async () => {
    const snapshot: Record<string, unknown> = {};
    for (const [key, probe] of Object.entries(probes)) snapshot[key] = await probe(em());
    return snapshot as { [K in keyof P]: Awaited<ReturnType<P[K]>> };
  };
}
