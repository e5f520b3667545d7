// What `npm run backup` and `npm run restore` share: the environment they read, the PostgreSQL
// client tools they run, the manifest of a backup, and the stream names of an environment.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DATA, DEFAULTS, MIGRATED_SERVICES, loadDotEnv } from './env.mjs';

export const MANIFEST = 'manifest.json';
export const BACKUPS_DIR = join(DATA, 'backups');
/** The schema that only holds the read model (projected from every other schema's events). */
export const READ_MODEL_SCHEMA = 'reporting';
/** Every service schema, as `npm start` names them. */
export const SERVICE_SCHEMAS = MIGRATED_SERVICES;

/**
 * The shell's environment, then ./.env, then the defaults `npm start` uses — without generating
 * the secrets `npm start` would (a backup or a restore needs none).
 */
export function toolEnv() {
  loadDotEnv();
  const env = { ...process.env };
  for (const [k, v] of Object.entries(DEFAULTS)) if (env[k] === undefined || (env[k] === '' && v !== '')) env[k] = v;
  return env;
}

/** A URL fit to print: without its password. */
export function safeUrl(raw) {
  const u = new URL(raw);
  if (u.password) u.password = '***';
  return u.toString();
}

/** A PostgreSQL client tool (pg_dump, pg_restore) of the newest installed version, or from PATH. */
export function pgTool(name) {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, name))) return join(process.env.PG_BIN, name);
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const found = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a));
    if (found.length) return join(base, found[0], 'bin', name);
  }
  return name;
}

const run = promisify(execFile);

/** Runs a client tool; rejects with its own words. */
export async function runTool(name, args) {
  try {
    return await run(pgTool(name), args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    throw new Error(`${name} failed: ${(e.stderr || e.message).toString().trim()}`);
  }
}

export async function pgClient(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`cannot connect to PostgreSQL at ${safeUrl(url)}: ${e.message}`);
  }
  return client;
}

/** The schemas of `names` that exist in the database. */
export async function existingSchemas(client, names) {
  const { rows } = await client.query('select schema_name from information_schema.schemata where schema_name = any($1)', [names]);
  return names.filter((n) => rows.some((r) => r.schema_name === n));
}

export function readManifest(dir) {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) throw new Error(`${dir} is not a backup: it has no ${MANIFEST}`);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const s of manifest.schemas) if (!existsSync(join(dir, s.file))) throw new Error(`the backup in ${dir} lacks ${s.file}`);
  return manifest;
}

export function writeManifest(dir, manifest) {
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
}

/**
 * The JetStream streams of one environment (`NATS_PREFIX`), as `@party/contracts`' NatsNames
 * names them: `<PREFIX>_EVT_<SERVICE>`, `<PREFIX>_DLQ`, `<PREFIX>_RETRY` (no prefix: `EVT_…`,
 * `DLQ`, `RETRY`) — the same test as `deleteEnvironmentStreams` of `@party/messaging`.
 */
export function isEnvironmentStream(name, prefix) {
  if (prefix) return name.startsWith(`${prefix.toUpperCase()}_`);
  return /^EVT_[A-Z]+$/.test(name) || name === 'DLQ' || name === 'RETRY';
}
