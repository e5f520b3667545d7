import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { migrateUp, pendingSchemaChanges } from './migrate';
import { serviceOrmOptions, ServiceOrmSpec } from './orm-options';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Runs `work` against a throw-away database holding only this service's migrated schema.
 * A schema diff looks at every schema of a database, so comparing entities with migrations
 * beside other services' (or other test files') schemas would report them as drift.
 */
export async function withScratchDatabase<T>(spec: ServiceOrmSpec, databaseUrl: string, work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const name = `scratch_${spec.service}_${process.pid}_${Date.now().toString(36)}`;
  await admin(databaseUrl, `create database "${name}"`);
  const orm = await MikroORM.init(serviceOrmOptions(spec, { databaseUrl: withDatabase(databaseUrl, name), poolMax: 2 }));
  try {
    await migrateUp(orm);
    return await work(orm);
  } finally {
    await orm.close(true);
    await admin(databaseUrl, `drop database if exists "${name}" with (force)`);
  }
}

/** SQL still needed after all committed migrations: empty when entities and migrations agree. */
export function entityMigrationDrift(spec: ServiceOrmSpec, databaseUrl: string): Promise<string> {
  return withScratchDatabase(spec, databaseUrl, pendingSchemaChanges);
}
