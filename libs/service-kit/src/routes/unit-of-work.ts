import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainError, EventData, EventDefinition, Principal } from '@party/contracts';
import { AuditEntry, copyEntities, copyEntitiesAsBuilt, insertEntities } from '@party/database';
import { outboxMessageOf } from '@party/messaging';

/**
 * What one command writes besides its state, in the same transaction (ARCHITECTURE.md, "Data"
 * and "Publishing only through a transactional outbox"): its events, each with its date in the
 * world, and its audit rows. The command pipeline opens it, commits it and wakes the relay after.
 *
 * In bulk mode (an import of thousands of members) new records wait in memory and go in with a few
 * multi-row inserts (`flushBulk`) instead of the ORM's unit of work: the same records, the same
 * transaction, seconds instead of minutes; `bulk('copy')` writes them with COPY (the roster import's
 * 60,000 rows: about half the database's time of the inserts).
 */
export class UnitOfWork {
  private pending: object[] | null = null;
  private bulkWrite: 'insert' | 'copy' = 'insert';
  /** `copyAsBuilt`'s table: its records go to the COPY under way, not to `pending`. */
  private leading: { cls: new () => object; built: object[] } | null = null;
  private eventCount = 0;

  constructor(
    readonly em: EntityManager,
    readonly principal: Principal,
    readonly correlationId: string,
  ) {}

  /** From now on new records wait for `flushBulk()`, which writes them as `write` says. */
  bulk(write: 'insert' | 'copy' = 'insert'): this {
    this.pending ??= [];
    this.bulkWrite = write;
    return this;
  }

  /** A new record (built with `new`) to insert with the rest of the command. */
  add(entity: object): void {
    if (this.leading && entity instanceof this.leading.cls) this.leading.built.push(entity);
    else if (this.pending) this.pending.push(entity);
    else this.em.persist(entity);
  }

  /** An event of this command, dated in the world (`occurredOn`), published after the commit. */
  event<D extends EventDefinition>(def: D, data: EventData<D>, occurredOn: string, orgId?: string | null): void {
    this.eventCount++;
    this.add(
      outboxMessageOf(def, {
        data,
        occurredOn,
        orgId: orgId ?? (data as { orgId?: string | null }).orgId ?? null,
        actor: { userId: this.principal.userId, username: this.principal.username },
        correlationId: this.correlationId,
      }),
    );
  }

  /** Who changed what, before and after. */
  audit(action: string, entity: string, entityId: string, before: unknown, after: unknown): void {
    this.add(
      Object.assign(new AuditEntry(), {
        actorId: this.principal.userId,
        actorName: this.principal.username,
        action,
        entity,
        entityId,
        before: before ?? null,
        after: after ?? null,
        correlationId: this.correlationId,
      }),
    );
  }

  /** Whether this command recorded any event (the relay is woken only then). */
  get recordedEvents(): boolean {
    return this.eventCount > 0;
  }

  /**
   * Writes the command's changes now, inside its transaction, so that a unique index settling two
   * concurrent requests (both passed the check) answers the domain's conflict — a 409 — instead of
   * a 500 at commit. The transaction is rolled back either way.
   */
  async flushOrConflict(conflict: (err: UniqueConstraintViolationException) => DomainError): Promise<void> {
    try {
      await this.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw conflict(err);
      throw err;
    }
  }

  /**
   * Bulk mode with COPY over many items whose records are mostly of one table (`leading`: a
   * roster's events): `record` adds each item's records, `slice` items at a time, and the leading
   * table's are written as each slice is built — PostgreSQL takes them while the next slice is
   * built, instead of after the last. The other records wait for `flushBulk`.
   */
  async copyAsBuilt<T>(leading: new () => object, items: readonly T[], record: (item: T) => void, slice = 250): Promise<void> {
    this.bulk('copy');
    const lead = { cls: leading, built: [] as object[] };
    function* batches(): Generator<object[]> {
      for (let i = 0; i < items.length; i += slice) {
        for (const item of items.slice(i, i + slice)) record(item);
        yield lead.built.splice(0);
      }
    }
    this.leading = lead;
    try {
      await copyEntitiesAsBuilt(this.em, leading, batches());
    } finally {
      this.leading = null;
    }
  }

  /** Inserts what bulk mode gathered; a no-op otherwise (the transaction's flush writes it). */
  async flushBulk(): Promise<void> {
    if (this.pending?.length) await (this.bulkWrite === 'copy' ? copyEntities : insertEntities)(this.em, this.pending.splice(0));
  }
}
