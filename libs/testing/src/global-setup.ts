import { Client } from 'pg';
import { TEST_DATABASE_URL } from './isolation';

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
}
