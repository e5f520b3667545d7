import { defineConfig, Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntityClass, EventSubscriber } from '@mikro-orm/core';
import { SchemaNeutralMigrationGenerator } from './migration-generator';

export interface ServiceOrmSpec {
  /** The owning service: its schema by default. */
  service: string;
  entities: EntityClass<unknown>[];
  /** Absolute folder of the service's committed migrations. */
  migrationsDir: string;
  /** Flush hooks of its entities (the outbox's: `MESSAGING_SUBSCRIBERS`). */
  subscribers?: EventSubscriber[];
}

export interface OrmConnection {
  databaseUrl: string;
  /** Defaults to the service name; tests use their own. */
  schema?: string;
  debug?: boolean;
  poolMax?: number;
}

/** MikroORM options for one service schema (ARCHITECTURE.md, "Data": each service owns its schema). */
export function serviceOrmOptions(spec: ServiceOrmSpec, conn: OrmConnection): Options {
  const schema = conn.schema ?? spec.service;
  return defineConfig({
    clientUrl: conn.databaseUrl,
    schema,
    entities: spec.entities,
    subscribers: spec.subscribers ?? [],
    // types are declared on every property, so no reflection on boot
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      path: spec.migrationsDir,
      pathTs: spec.migrationsDir,
      glob: '!(*.d).{js,ts}',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      silent: true,
      allOrNothing: true,
      // the diff is taken against the database itself: snapshots would tie migrations to one schema name
      snapshot: false,
      emit: 'ts',
      generator: SchemaNeutralMigrationGenerator,
    },
    pool: { min: 0, max: conn.poolMax ?? 10 },
    debug: conn.debug ?? false,
    // business dates are local dates: keep them as 'YYYY-MM-DD' text, never as JS Dates at midnight
    forceUtcTimezone: true,
    allowGlobalContext: false,
  });
}
