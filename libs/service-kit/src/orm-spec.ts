import type { EntityClass } from '@mikro-orm/core';
import { AuditEntry, ServiceOrmSpec } from '@party/database';
import { MESSAGING_ENTITIES, MESSAGING_SUBSCRIBERS } from '@party/messaging';

/** A service's entities plus the tables every service schema holds: outbox, inbox, audit log. */
export function serviceOrmSpec(service: string, entities: EntityClass<unknown>[], migrationsDir: string): ServiceOrmSpec {
  return { service, entities: [...entities, ...MESSAGING_ENTITIES, AuditEntry], migrationsDir, subscribers: MESSAGING_SUBSCRIBERS };
}
