import { connect } from 'nats';
import { Client } from 'pg';
import { NatsNames } from '@party/contracts';
import { natsServerOptions } from '@party/messaging';
import { AUDIT_RESET_SETTING } from '@party/database';

const SERVICES = ['membership', 'cadre', 'training', 'inspection', 'reporting'] as const;
/** Reference data that the migrations seed and the story relies on. */
const KEPT = new Set(['mikro_orm_migrations', 'course_type']);

/**
 * `seed:demo -- --reset`: empties every service's tables (not the gateway's users, not the
 * migrations or the reference data they seed) and purges the event streams, so the story is
 * recorded again from nothing. The services keep running: they hold no state of their own
 * outside PostgreSQL, and the durable consumers simply go on with the purged streams' next
 * sequence numbers. The audit logs are emptied too (a demo's history starts again with its story):
 * they refuse TRUNCATE but in a transaction that sets `party.audit_reset`, which only this does.
 */
export async function resetServices(log: (m: string) => void): Promise<void> {
  const db = new Client({ connectionString: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/party' });
  await db.connect();
  try {
    const { rows } = await db.query<{ schema: string; name: string }>(
      `select table_schema as schema, table_name as name from information_schema.tables where table_type = 'BASE TABLE' and table_schema = any($1)`,
      [SERVICES as unknown as string[]],
    );
    const tables = rows.filter((t) => !KEPT.has(t.name)).map((t) => `"${t.schema}"."${t.name}"`);
    if (tables.length) {
      await db.query('begin');
      try {
        await db.query(`set local ${AUDIT_RESET_SETTING} = 'on'`);
        await db.query(`truncate ${tables.join(', ')}`);
        await db.query('commit');
      } catch (err) {
        await db.query('rollback');
        throw err;
      }
    }
    log(`--reset: ${tables.length} bảng đã làm trống`);
  } finally {
    await db.end();
  }
  const nc = await connect(natsServerOptions(process.env.NATS_URL ?? 'nats://127.0.0.1:4222'));
  try {
    const names = new NatsNames(process.env.NATS_PREFIX ?? '');
    const jsm = await nc.jetstreamManager();
    const streams = [...SERVICES.map((s) => names.eventStream(s)), names.deadLetterStream, names.retryStream];
    for (const s of streams) {
      try {
        await jsm.streams.purge(s);
      } catch {
        // a service that never published has no stream yet
      }
    }
    log('--reset: các luồng sự kiện đã làm trống');
  } finally {
    await nc.close();
  }
}
