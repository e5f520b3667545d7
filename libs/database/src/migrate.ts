import { MikroORM } from '@mikro-orm/postgresql';

export async function ensureSchema(orm: MikroORM): Promise<void> {
  const schema = orm.config.get('schema');
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
}

/** Applies the committed migrations of one service into its schema; returns their names. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  await ensureSchema(orm);
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/**
 * SQL that would still be needed to make the schema match the entities after every migration
 * ran: empty when entities and migrations agree.
 */
export async function pendingSchemaChanges(orm: MikroORM): Promise<string> {
  return (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
}

export async function dropSchema(orm: MikroORM): Promise<void> {
  const schema = orm.config.get('schema');
  await orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
}
