import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainError } from '@party/contracts';

/**
 * Writes the command's changes now, so that a unique index settling two concurrent requests
 * answers the domain's conflict instead of a 500 at commit (the transaction is rolled back either way).
 */
export async function flushUnique(em: EntityManager, conflict: (err: UniqueConstraintViolationException) => DomainError): Promise<void> {
  try {
    await em.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw conflict(err);
    throw err;
  }
}
