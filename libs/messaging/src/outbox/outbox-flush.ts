import { wrap, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertEntities } from '@party/database';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Writes the new outbox rows of a flush as one multi-row insert, ahead of the ORM's own writes.
 * Through the unit of work each row cost 64–81 µs of Node CPU (change set, snapshot of the
 * envelope, the insert's SQL formatted in JS) — half of the one thread a service's commands
 * share with its relay and consumers (BENCHMARKS.md, "Event backbone").
 *
 * `recordEvent` and `UnitOfWork.event` still `persist` the rows, so a find of outbox rows in the
 * same transaction flushes them first (auto flush) and an ORM without this subscriber writes them
 * as before. Only a flush inside a transaction hands them over: they commit or roll back with
 * the command's other writes. Outside one, the ORM opens its own transaction for the flush after
 * this hook, so they are left to it. Ids are the rows' own (uuid v7, the relay's order).
 */
export class OutboxFlush implements EventSubscriber {
  async beforeFlush({ em, uow }: FlushEventArgs): Promise<void> {
    if (!em.isInTransaction()) return;
    const rows: OutboxMessage[] = [];
    for (const entity of uow.getPersistStack()) {
      if (entity instanceof OutboxMessage && !wrap(entity, true).__managed) rows.push(entity);
    }
    if (rows.length === 0) return;
    // out of the unit of work, so its change sets do not insert them a second time
    for (const row of rows) uow.unsetIdentity(row);
    await insertEntities(em as EntityManager, rows);
  }
}
