import { AuditEntry } from '@party/database';
import { MemberUnitOfWork } from '../people/unit-of-work';

/** The members' unit of work, auditing the transfer and badge entities too. */
export class WorkUnit extends MemberUnitOfWork {
  auditOf(action: string, entity: 'person' | 'transfer' | 'badge_award' | 'badge_case', entityId: string, before: unknown, after: unknown): void {
    this.em.persist(
      this.em.create(AuditEntry, {
        actorId: this.principal.userId,
        actorName: this.principal.username,
        action,
        entity,
        entityId,
        before,
        after,
        correlationId: this.req.correlationId,
      }),
    );
  }
}
