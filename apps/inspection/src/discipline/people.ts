import type { EntityManager } from '@mikro-orm/postgresql';

export function sortRows<T extends { id: string }>(rows: T[], key: (r: T) => string | null, order: 'asc' | 'desc'): T[] {
  rows.sort((a, b) => (key(a) ?? '9999').localeCompare(key(b) ?? '9999') || a.id.localeCompare(b.id));
  return order === 'desc' ? rows.reverse() : rows;
}

/** Serializes commands about one person (an open case, a discipline) as membership serializes its own. */
export async function lockPerson(em: EntityManager, personId: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`inspection.person.${personId}`]);
}
