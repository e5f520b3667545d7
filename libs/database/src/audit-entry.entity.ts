import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * Every change a service makes, who made it and what it was before and after
 * (ARCHITECTURE.md, "Data": every change is audited in the owning service).
 */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['entity', 'entityId'] })
// the audit page lists the newest first (AuditAppendOnlyMigration)
@Index({ properties: ['at', 'id'] })
export class AuditEntry {
  [OptionalProps]?: 'id' | 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text' })
  actorId!: string;

  @Property({ type: 'text' })
  actorName!: string;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  entity!: string;

  @Property({ type: 'text' })
  entityId!: string;

  @Property({ type: 'jsonb', nullable: true })
  before?: unknown;

  @Property({ type: 'jsonb', nullable: true })
  after?: unknown;

  @Property({ type: 'text', nullable: true })
  correlationId?: string;
}
