import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * A bulk load in progress (the demo story, a migration from the old database): while one is open
 * the system says `seeding` on `/api/health` — its figures are not to be read yet. It expires by
 * itself, so a loader that died never leaves the system "seeding" for good.
 */
@Entity({ tableName: 'bulk_load' })
export class BulkLoad {
  [OptionalProps]?: 'id' | 'startedAt' | 'endedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'text' })
  startedBy!: string;

  @Property({ type: 'timestamptz' })
  startedAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;
}
