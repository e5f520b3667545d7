import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventData, EventDefinition, Principal, ServiceRequest } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { recordEvent } from '@party/messaging';

/**
 * What a people / candidates / admission command writes besides its state, in the same
 * transaction: the event (outbox) with its date in the world, and the audit row.
 */
export class MemberUnitOfWork {
  constructor(
    readonly em: EntityManager,
    readonly req: ServiceRequest,
    readonly principal: Principal,
  ) {}

  event<D extends EventDefinition>(def: D, data: EventData<D> & { orgId: string }, occurredOn: string): void {
    recordEvent(this.em, def, {
      data,
      occurredOn,
      orgId: data.orgId,
      actor: { userId: this.principal.userId, username: this.principal.username },
      correlationId: this.req.correlationId,
    });
  }

  audit(action: string, entity: 'person' | 'candidate', entityId: string, before: unknown, after: unknown): void {
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
