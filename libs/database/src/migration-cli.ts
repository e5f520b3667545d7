import { MikroORM } from '@mikro-orm/postgresql';
import { migrateUp } from './migrate';
import { serviceOrmOptions, ServiceOrmSpec } from './orm-options';
import { entityMigrationDrift, withScratchDatabase } from './scratch-database';

/**
 * `node -r @swc-node/register apps/<service>/src/migrate.ts [up|create [name]|check]`
 *
 * - up: apply committed migrations to the service schema (DB_SCHEMA, default the service name);
 * - create: write a new migration for what the entities add, computed in a scratch database so
 *   the real one is never touched;
 * - check: fail when entities and committed migrations disagree.
 */
export async function runMigrationCli(spec: ServiceOrmSpec, argv = process.argv.slice(2)): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/party';
  const [command = 'up', name] = argv;
  if (command === 'up') {
    const orm = await MikroORM.init(serviceOrmOptions(spec, { databaseUrl, schema: process.env.DB_SCHEMA, poolMax: 2 }));
    try {
      const applied = await migrateUp(orm);
      console.log(`[${spec.service}] migrations applied to "${orm.config.get('schema')}": ${applied.length ? applied.join(', ') : 'none pending'}`);
    } finally {
      await orm.close(true);
    }
  } else if (command === 'create') {
    await withScratchDatabase(spec, databaseUrl, async (orm) => {
      const result = await orm.getMigrator().createMigration(undefined, false, false, name);
      console.log(result.diff.up.length ? `[${spec.service}] wrote ${result.fileName}` : `[${spec.service}] entities and migrations already agree`);
    });
  } else if (command === 'check') {
    const drift = await entityMigrationDrift(spec, databaseUrl);
    if (drift) {
      console.error(`[${spec.service}] entities and migrations disagree; run "node -r @swc-node/register apps/${spec.service}/src/migrate.ts create". Missing:\n${drift}`);
      process.exitCode = 1;
    } else console.log(`[${spec.service}] entities and migrations agree`);
  } else {
    throw new Error(`Unknown command "${command}" (up | create [name] | check)`);
  }
}
