import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { DomainError } from '@party/contracts';

/**
 * Flushes now, inside the command, so that a unique index settling a race (two requests that both
 * passed the check) answers as the check would — a 409 — instead of failing at commit.
 */
export async function flushOrConflict(em: EntityManager, conflict: () => DomainError): Promise<void> {
  try {
    await em.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw conflict();
    throw err;
  }
}
