#!/usr/bin/env node
// `npm run backup`: one pg_dump per service schema, all from one snapshot of the database, with a
// manifest of what each holds (its outbox: the service's event log, from which `npm run restore`
// rebuilds the streams and the read model).
//   npm run backup [-- --out <dir>]
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { log } from './lib/env.mjs';
import { BACKUPS_DIR, SERVICE_SCHEMAS, existingSchemas, pgClient, runTool, safeUrl, toolEnv, writeManifest } from './lib/backup.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(`npm run backup [-- --out <dir>]
  --out <dir>   where to write the dumps and manifest.json (default .data/backups/<time>)
Reads DATABASE_URL (also from ./.env; default the one npm start uses). The apps may keep running:
every schema is dumped from the same snapshot, so the backup is one instant of the whole system.`);
  process.exit(0);
}
const outArg = argv.indexOf('--out');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outDir = resolve(outArg >= 0 && argv[outArg + 1] ? argv[outArg + 1] : join(BACKUPS_DIR, stamp));

async function main() {
  const env = toolEnv();
  const url = env.DATABASE_URL;
  const client = await pgClient(url);
  try {
    const schemas = await existingSchemas(client, SERVICE_SCHEMAS);
    const absent = SERVICE_SCHEMAS.filter((s) => !schemas.includes(s));
    if (!schemas.length) throw new Error(`no service schema in ${safeUrl(url)} (${SERVICE_SCHEMAS.join(', ')}): nothing to back up (npm run migrate?)`);
    if (absent.length) log.warn(`not in the database, so not in the backup: ${absent.join(', ')}`);
    mkdirSync(outDir, { recursive: true });

    // One snapshot for every schema: a consumer's inbox never names an event its source's
    // dump lacks, so the restored services agree with each other as they did at this instant.
    await client.query('begin isolation level repeatable read read only');
    const [{ snapshot }] = (await client.query('select pg_export_snapshot() as snapshot')).rows;
    const [{ at }] = (await client.query('select now() as at')).rows;
    const entries = [];
    for (const schema of schemas) {
      const file = `${schema}.dump`;
      const [counts] = (
        await client.query(`select count(*)::int as events, count(*) filter (where published_at is null)::int as unpublished from "${schema}"."outbox"`)
      ).rows;
      await runTool('pg_dump', [`--dbname=${url}`, `--snapshot=${snapshot}`, `--schema=${schema}`, '--format=custom', '--no-owner', '--no-privileges', `--file=${join(outDir, file)}`]);
      const bytes = statSync(join(outDir, file)).size;
      entries.push({ schema, file, bytes, outbox: counts.events, unpublished: counts.unpublished });
      log.info(`${schema}: ${counts.events} events in its outbox, ${(bytes / 1024).toFixed(0)} KB → ${file}`);
    }
    // extensions live outside the service schemas (pg_trgm in public): the restore creates them first
    const extensions = (
      await client.query(`select e.extname as name, n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname <> 'plpgsql' order by 1`)
    ).rows;
    await client.query('commit');
    writeManifest(outDir, {
      format: 'pg_dump --format=custom, one file per service schema, all from one snapshot',
      takenAt: new Date(at).toISOString(),
      database: safeUrl(url),
      readModel: 'reporting',
      extensions,
      schemas: entries,
    });
    log.ok(`backup of ${entries.length} schemas (${entries.reduce((a, e) => a + e.outbox, 0)} events) in ${outDir}`);
    console.log(outDir);
  } finally {
    await client.end();
  }
}

main().catch((e) => {
  log.error(e.message);
  process.exit(1);
});
