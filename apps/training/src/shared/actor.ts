import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from '@party/database';
import type { Actor, Principal, ServiceRequest } from '@party/contracts';

export function actorOf(principal: Principal): Actor {
  return { userId: principal.userId, username: principal.username };
}

/** One audit row in the caller's transaction (ARCHITECTURE.md: every change is audited). */
export function audit(
  em: EntityManager,
  req: ServiceRequest<unknown>,
  principal: Principal,
  entry: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
): void {
  em.persist(
    em.create(AuditEntry, {
      actorId: principal.userId,
      actorName: principal.username,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      correlationId: req.correlationId,
    }),
  );
}
