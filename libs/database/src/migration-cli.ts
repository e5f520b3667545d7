import { MikroORM } from '@mikro-orm/postgresql';
import { dropSchema, migrateUp, pendingSchemaChanges } from './migrate';
import { serviceOrmOptions, ServiceOrmSpec } from './orm-options';

/**
 * `node -r @swc-node/register apps/<service>/src/migrate.ts [up|create|check]`
 *
 * - up: apply committed migrations to the service schema (DB_SCHEMA, default the service name);
 * - create: write a new migration for what the entities add, computed in a scratch schema so
 *   the real one is never touched;
 * - check: fail when entities and committed migrations disagree.
 */
export async function runMigrationCli(spec: ServiceOrmSpec, argv = process.argv.slice(2)): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/party';
  const command = argv[0] ?? 'up';
  const scratch = `scratch_${spec.service}_${process.pid}`;
  const schema = command === 'up' ? process.env.DB_SCHEMA : scratch;
  const orm = await MikroORM.init(serviceOrmOptions(spec, { databaseUrl, schema, poolMax: 2 }));
  try {
    if (command === 'up') {
      const applied = await migrateUp(orm);
      console.log(`[${spec.service}] migrations applied to "${orm.config.get('schema')}": ${applied.length ? applied.join(', ') : 'none pending'}`);
      return;
    }
    await dropSchema(orm);
    await migrateUp(orm);
    if (command === 'create') {
      const result = await orm.getMigrator().createMigration(undefined, false, false, argv[1]);
      console.log(result.diff.up.length ? `[${spec.service}] wrote ${result.fileName}` : `[${spec.service}] entities and migrations already agree`);
    } else if (command === 'check') {
      const pending = await pendingSchemaChanges(orm);
      if (pending) {
        console.error(`[${spec.service}] entities and migrations disagree; run "npm run db:migration:create -- ${spec.service}". Missing:\n${pending}`);
        process.exitCode = 1;
      } else console.log(`[${spec.service}] entities and migrations agree`);
    } else {
      throw new Error(`Unknown command "${command}" (up | create [name] | check)`);
    }
  } finally {
    if (command !== 'up') await dropSchema(orm);
    await orm.close(true);
  }
}
