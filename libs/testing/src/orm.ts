import { MikroORM } from '@mikro-orm/postgresql';
import { dropSchema, migrateUp, serviceOrmOptions, ServiceOrmSpec } from '@party/database';
import { TEST_DATABASE_URL } from './isolation';

/** The service's real ORM, migrated into the test file's own schema. */
export async function migratedOrm(spec: ServiceOrmSpec, schema: string): Promise<MikroORM> {
  const orm = await MikroORM.init(serviceOrmOptions(spec, { databaseUrl: TEST_DATABASE_URL, schema, poolMax: 5 }));
  await migrateUp(orm);
  return orm;
}

export async function disposeOrm(orm: MikroORM): Promise<void> {
  await dropSchema(orm);
  await orm.close(true);
}

/** Drops a test file's schema without migrating it first. */
export async function dropTestSchema(spec: ServiceOrmSpec, schema: string): Promise<void> {
  const orm = await MikroORM.init(serviceOrmOptions(spec, { databaseUrl: TEST_DATABASE_URL, schema, poolMax: 1 }));
  await disposeOrm(orm);
}
