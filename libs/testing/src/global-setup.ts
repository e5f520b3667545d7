import { Client } from 'pg';
import { connect } from 'nats';
import { TEST_DATABASE_URL, TEST_NATS_URL } from './isolation';

/** Jest globalSetup: the test database exists before any file runs. */
export default async function globalSetup(): Promise<void> {
  const url = new URL(TEST_DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`).catch((e) => { if (e.code !== '42P04') throw e; });
  } finally {
    await client.end();
  }
  await createSharedExtensions();
  await removeStaleTestStreams();
}

/**
 * Extensions are per database, shared by every schema: created once here, or the parallel files
 * migrating membership into their own schemas race on `create extension if not exists` (one of
 * them fails on pg_extension's unique key).
 */
async function createSharedExtensions(): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query('create extension if not exists pg_trgm schema public');
  } finally {
    await client.end();
  }
}

/** Streams of test prefixes (`T_…`) older than two hours: left by runs killed before their teardown. */
async function removeStaleTestStreams(): Promise<void> {
  const nc = await connect({ servers: TEST_NATS_URL });
  try {
    const jsm = await nc.jetstreamManager();
    const cutoff = Date.now() - 2 * 3600_000;
    for await (const info of jsm.streams.list()) {
      if (info.config.name.startsWith('T_') && Date.parse(info.created) < cutoff) await jsm.streams.delete(info.config.name);
    }
  } finally {
    await nc.close();
  }
}
