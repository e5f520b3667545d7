import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventData, EventDefinition, Principal, ServiceRequest } from '@party/contracts';
import { AuditEntry, insertEntities } from '@party/database';
import { outboxMessageOf } from '@party/messaging';

/**
 * What a people / candidates / admission command writes besides its state, in the same
 * transaction: the event (outbox) with its date in the world, and the audit row.
 *
 * In `bulk` mode (an import of thousands of members) new records wait in memory and go in with
 * a few multi-row inserts (`flushBulk`) instead of the ORM's unit of work: the same records, the
 * same transaction, seconds instead of minutes.
 */
export class MemberUnitOfWork {
  private readonly pending: object[] | null;

  constructor(
    readonly em: EntityManager,
    readonly req: ServiceRequest,
    readonly principal: Principal,
    options: { bulk?: boolean } = {},
  ) {
    this.pending = options.bulk ? [] : null;
  }

  /** A new record (built with `new`) to insert with the rest of the command. */
  add(entity: object): void {
    if (this.pending) this.pending.push(entity);
    else this.em.persist(entity);
  }

  event<D extends EventDefinition>(def: D, data: EventData<D> & { orgId: string }, occurredOn: string): void {
    this.add(
      outboxMessageOf(def, {
        data,
        occurredOn,
        orgId: data.orgId,
        actor: { userId: this.principal.userId, username: this.principal.username },
        correlationId: this.req.correlationId,
      }),
    );
  }

  audit(action: string, entity: 'person' | 'candidate', entityId: string, before: unknown, after: unknown): void {
    this.add(
      Object.assign(new AuditEntry(), {
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

  /** Inserts what bulk mode gathered; a no-op otherwise (the transaction's flush writes it). */
  async flushBulk(): Promise<void> {
    if (this.pending?.length) await insertEntities(this.em, this.pending.splice(0));
  }
}
