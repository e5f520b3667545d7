#!/usr/bin/env node
// Creates the database if missing, runs every service's migrations (each idempotent), then the
// gateway's demo-user seed. Used by `npm start`, `npm run migrate` and the compose `migrate` job.
//   node tools/dev/migrate.mjs [--no-seed]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MIGRATED_SERVICES, ROOT, devEnv, log } from './lib/env.mjs';
import { ensureDatabase } from './lib/infra.mjs';
import { makePrefix, runPrefixed, setPrefixWidth, stopOneShots, tsNode } from './lib/proc.mjs';

/** Resolves to true when every present migration (and the seed) succeeded. */
export async function migrateAndSeed(env, { seed = true } = {}) {
  setPrefixWidth('migrate:inspection'.length);
  for (const svc of MIGRATED_SERVICES) {
    const file = `apps/${svc}/src/migrate.ts`;
    if (!existsSync(join(ROOT, file))) {
      log.warn(`${file} does not exist (yet): no migrations for ${svc}`);
      continue;
    }
    const [cmd, args] = tsNode(file, 'up');
    const code = await runPrefixed(cmd, args, { env, prefix: makePrefix(`migrate:${svc}`, 'grey') });
    if (code !== 0) {
      log.error(`migrations of ${svc} failed (exit ${code}): see the lines above`);
      return false;
    }
  }
  if (!seed) return true;
  const seedFile = 'apps/gateway/src/seed.ts';
  if (!existsSync(join(ROOT, seedFile))) {
    log.warn(`${seedFile} does not exist (yet): no demo users`);
    return true;
  }
  const [cmd, args] = tsNode(seedFile);
  const code = await runPrefixed(cmd, args, { env, prefix: makePrefix('seed', 'grey') });
  if (code !== 0) log.error(`the gateway seed failed (exit ${code}): see the lines above`);
  return code === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = devEnv();
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stopOneShots().then(() => process.exit(130)));
  try {
    await ensureDatabase(env.DATABASE_URL);
    const ok = await migrateAndSeed(env, { seed: !process.argv.includes('--no-seed') });
    if (ok) log.ok('migrations done');
    process.exit(ok ? 0 : 1);
  } catch (e) {
    log.error(e.message);
    process.exit(1);
  }
}
