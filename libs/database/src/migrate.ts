import { MikroORM } from '@mikro-orm/postgresql';

export async function ensureSchema(orm: MikroORM): Promise<void> {
  const schema = orm.config.get('schema');
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
}

/**
 * MikroORM lists the tables of every schema in the database (a `regclass` cast per table) before
 * it migrates or diffs one. Another process dropping its own schema at that moment (parallel test
 * files, a throwaway bench schema) makes that listing fail with "schema … does not exist": the
 * listing is simply taken again.
 */
export async function despiteConcurrentDrops<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (err) {
      const { code, message } = err as { code?: string; message?: string };
      const dropped = code === '3F000' || code === '42P01' || /(schema|relation) "[^"]+" does not exist/.test(message ?? '');
      if (i >= attempts || !dropped) throw err;
      await new Promise((r) => setTimeout(r, 100 * i));
    }
  }
}

/** Applies the committed migrations of one service into its schema; returns their names. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  await ensureSchema(orm);
  const applied = await despiteConcurrentDrops(() => orm.getMigrator().up());
  return applied.map((m) => m.name);
}

/**
 * SQL that would still be needed to make the schema match the entities after every migration
 * ran: empty when entities and migrations agree.
 */
export async function pendingSchemaChanges(orm: MikroORM): Promise<string> {
  return (await despiteConcurrentDrops(() => orm.schema.getUpdateSchemaSQL({ wrap: false }))).trim();
}

export async function dropSchema(orm: MikroORM): Promise<void> {
  const schema = orm.config.get('schema');
  await orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
}
