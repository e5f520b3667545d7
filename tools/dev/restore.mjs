#!/usr/bin/env node
// `npm run restore -- <backup dir>`: the service schemas of a backup into DATABASE_URL (created if
// missing), then what the backup does not hold is rebuilt from the outboxes — each service's
// event log: every outbox row is marked unpublished and the environment's streams are deleted,
// so on the next start each relay publishes its log again, in order, into fresh streams, every
// consumer replays them (its inbox skips what it had applied), and reporting's read model — not
// restored unless asked — is projected again from the start.
//   npm run restore -- <backup dir> [--replace] [--keep-read-model]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { START_PID_FILE, alive, cmdline, log } from './lib/env.mjs';
import { ensureDatabase } from './lib/infra.mjs';
import { stopOneShots } from './lib/proc.mjs';
import { READ_MODEL_SCHEMA, existingSchemas, isEnvironmentStream, pgClient, readManifest, runTool, safeUrl, toolEnv } from './lib/backup.mjs';
import { migrateAndSeed } from './migrate.mjs';

const argv = process.argv.slice(2);
const dirArg = argv.find((a) => !a.startsWith('--'));
if (!dirArg || argv.includes('--help') || argv.includes('-h')) {
  console.log(`npm run restore -- <backup dir> [--replace] [--keep-read-model]
  --replace          drop the service schemas the database already has (default: refuse)
  --keep-read-model  restore reporting's read model as it was too (default: rebuild it from the events)
Reads DATABASE_URL (the database to restore into: created if missing), NATS_URL and NATS_PREFIX (the
environment whose streams are rebuilt). Stop the apps first (npm stop); npm start afterwards.`);
  process.exit(dirArg ? 0 : 1);
}
const REPLACE = argv.includes('--replace');
const KEEP_READ_MODEL = argv.includes('--keep-read-model');
const dir = resolve(dirArg);

/** An `npm start` of this checkout still running would keep the old streams' consumers. */
function refuseWhileRunning() {
  if (!existsSync(START_PID_FILE)) return;
  const pid = Number(readFileSync(START_PID_FILE, 'utf8'));
  if (alive(pid) && cmdline(pid).includes('tools/dev/start.mjs')) throw new Error(`npm start is running (pid ${pid}): npm stop first, restore, then npm start`);
}

/** `nats://user:password@host:port[,…]` as nats.js takes it (it does not read credentials from a URL; libs/messaging nats-url.ts). */
function natsOptions(url) {
  let user;
  let pass;
  const servers = url.split(',').map((s) => {
    const m = /^([a-z]+:\/\/)?([^@/]*)@(.+)$/i.exec(s.trim());
    if (!m) return s.trim();
    [user, pass = ''] = m[2].split(':').map(decodeURIComponent);
    return `${m[1] ?? ''}${m[3]}`;
  });
  return user === undefined ? { servers } : { servers, user, pass };
}
const redactUrl = (url) => url.replace(/\/\/([^:@/]*):[^@/]*@/g, '//$1:***@');

/** Deletes the environment's streams (with their consumers); the relays and consumers create them again on start. */
async function deleteStreams(natsUrl, prefix) {
  const { connect } = await import('nats');
  let nc;
  try {
    nc = await connect({ ...natsOptions(natsUrl), timeout: 10_000, maxReconnectAttempts: 0 });
  } catch (e) {
    throw new Error(`NATS does not answer at ${redactUrl(natsUrl)} (${e.message}): start it (npm run infra) and restore again with --replace`);
  }
  try {
    const jsm = await nc.jetstreamManager();
    const deleted = [];
    for await (const info of jsm.streams.list()) {
      if (!isEnvironmentStream(info.config.name, prefix)) continue;
      await jsm.streams.delete(info.config.name);
      deleted.push(`${info.config.name} (${info.state.messages})`);
    }
    return deleted;
  } finally {
    await nc.close();
  }
}

async function main() {
  refuseWhileRunning();
  const manifest = readManifest(dir);
  const env = toolEnv();
  const url = env.DATABASE_URL;
  const restored = manifest.schemas.filter((s) => KEEP_READ_MODEL || s.schema !== READ_MODEL_SCHEMA);
  const dropped = manifest.schemas.map((s) => s.schema);

  await ensureDatabase(url);
  const client = await pgClient(url);
  try {
    const present = await existingSchemas(client, dropped);
    if (present.length && !REPLACE) throw new Error(`${safeUrl(url)} already has ${present.join(', ')}: restore into an empty database, or --replace to drop them`);
    for (const schema of present) await client.query(`drop schema "${schema}" cascade`);
    if (present.length) log.warn(`dropped ${present.join(', ')}`);

    for (const ext of manifest.extensions ?? []) await client.query(`create extension if not exists "${ext.name}" schema "${ext.schema}"`);
    for (const s of restored) {
      await runTool('pg_restore', [`--dbname=${url}`, '--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', join(dir, s.file)]);
      // the log comes back whole and is published again from its first event
      const { rows } = await client.query(`with u as (update "${s.schema}"."outbox" set published_at = null returning 1) select count(*)::int as n from u`);
      if (rows[0].n !== s.outbox) throw new Error(`${s.schema}: ${rows[0].n} events restored, the backup says ${s.outbox}`);
      log.info(`${s.schema}: restored, ${s.outbox} events to publish again`);
    }
  } finally {
    await client.end();
  }

  const streams = await deleteStreams(env.NATS_URL, env.NATS_PREFIX);
  log.info(streams.length ? `streams deleted, to be rebuilt from the outboxes: ${streams.join(', ')}` : 'no stream of this environment in NATS: the outboxes will create them');

  // brings a backup of an older version up to this one, and creates the read model's schema empty
  if (!(await migrateAndSeed(env, { seed: false }))) throw new Error('migrations failed after the restore (see above)');
  const events = restored.reduce((a, s) => a + s.outbox, 0);
  log.ok(
    `restored ${restored.map((s) => s.schema).join(', ')} of ${manifest.takenAt} into ${safeUrl(url)}; ` +
      `${KEEP_READ_MODEL ? 'read model restored as it was' : 'read model to be rebuilt'}. npm start publishes the ${events} events again ` +
      `and every consumer replays them; GET /api/reports/status says when the read model has caught up.`,
  );
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stopOneShots().then(() => process.exit(130)));
main().catch((e) => {
  log.error(e.message);
  process.exit(1);
});
