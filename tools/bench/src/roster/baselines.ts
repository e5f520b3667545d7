import { Client } from 'pg';
import { TEST_DATABASE_URL } from '@party/testing';
import { CopyBatch, copyIn, copyOut } from './psql-copy';

/**
 * The floors an import is compared with, on the rows it wrote: read back by its transaction's
 * correlation ID, then written again into empty copies of their tables (`like … including all`:
 * the same indexes and constraints, in the same schema, dropped after) — with raw `COPY`, and
 * and with the JSON insert the commit used before it wrote with COPY (`insert … select … from
 * json_populate_recordset`, @party/database's insertEntities), kept beside it for comparison.
 */
export const WRITTEN = ['person', 'outbox', 'audit_log', 'party_card'] as const;
export type WrittenTable = (typeof WRITTEN)[number];

/** The baselines, each the tables whose rows it copies. */
export const BASELINES = { person: ['person'], 'person + outbox': ['person', 'outbox'], 'everything the commit writes': [...WRITTEN] } as const satisfies Record<string, readonly WrittenTable[]>;
export type Baseline = keyof typeof BASELINES;

/**
 * The rows one import wrote, selected by its transaction's correlation ID (the commit's
 * `roster.imported` audit row names the upload). The outbox rows as they were written: the relay
 * has published them since, an unpublished row is what the commit inserts.
 */
function selectOf(table: WrittenTable, columns: readonly string[], schema: string, correlationId: string): string {
  const s = `"${schema}"`;
  const people = `select entity_id from ${s}."audit_log" where correlation_id = '${correlationId}' and action = 'member.registered'`;
  const list = columns.map((c) => (table === 'outbox' && c === 'published_at' ? 'null::timestamptz as published_at' : `"${c}"`)).join(', ');
  const where = {
    person: `id::text in (${people})`,
    party_card: `person_id::text in (${people})`,
    outbox: `correlation_id = '${correlationId}'`,
    audit_log: `correlation_id = '${correlationId}'`,
  }[table];
  return `select ${list} from ${s}."${table}" where ${where}`;
}

/** The correlation ID of an import's commit: its `roster.imported` audit row names the upload. */
export async function correlationOf(db: Client, schema: string, uploadId: string): Promise<string> {
  const audit = await db.query(`select correlation_id from "${schema}"."audit_log" where action = 'roster.imported' and entity_id = $1`, [uploadId]);
  const correlationId = String(audit.rows[0]?.correlation_id ?? '');
  // it goes into psql's SQL text
  if (!/^[\w-]+$/.test(correlationId)) throw new Error(`no roster.imported audit row with a plain correlation ID for upload ${uploadId}`);
  return correlationId;
}

/** The commit's rows, read back, then each baseline's COPY and the former JSON insert into fresh copies of the tables. */
export async function copyBaselines(db: Client, schema: string, correlationId: string): Promise<{ written: Record<WrittenTable, number>; copyMs: Record<Baseline, number>; jsonInsertMs: number }> {
  const rows = {} as Record<WrittenTable, CopyBatch & { count: number; json: string[] }>;
  for (const table of WRITTEN) {
    const columns = (
      await db.query(`select column_name from information_schema.columns where table_schema = $1 and table_name = $2 and is_generated = 'NEVER' order by ordinal_position`, [schema, table])
    ).rows.map((r) => r.column_name as string);
    const select = selectOf(table, columns, schema, correlationId);
    const text = await copyOut(TEST_DATABASE_URL, select);
    const json = (await db.query(`select row_to_json(t)::text as r from (${select}) t`)).rows.map((r) => r.r as string);
    rows[table] = { table: `"${schema}"."${table}_copy"`, columns, text, count: text ? text.split('\n').length - 1 : 0, json };
  }
  const copyMs = {} as Record<Baseline, number>;
  for (const [name, tables] of Object.entries(BASELINES) as [Baseline, readonly WrittenTable[]][]) {
    for (const t of tables) await db.query(`create table "${schema}"."${t}_copy" (like "${schema}"."${t}" including all)`);
    try {
      copyMs[name] = await copyIn(TEST_DATABASE_URL, tables.map((t) => rows[t]));
    } finally {
      for (const t of tables) await db.query(`drop table if exists "${schema}"."${t}_copy"`);
    }
  }
  for (const t of WRITTEN) await db.query(`create table "${schema}"."${t}_copy" (like "${schema}"."${t}" including all)`);
  let jsonInsertMs: number;
  try {
    jsonInsertMs = await jsonInsert(db, WRITTEN.map((t) => rows[t]));
  } finally {
    for (const t of WRITTEN) await db.query(`drop table if exists "${schema}"."${t}_copy"`);
  }
  const written = Object.fromEntries(WRITTEN.map((t) => [t, rows[t].count])) as Record<WrittenTable, number>;
  return { written, copyMs, jsonInsertMs };
}


/** Rows per statement, as @party/database's insertEntities sends them. */
const ROWS_PER_STATEMENT = 2000;

/**
 * The commit's former write of the rows: per table and per 2.000 rows, one `insert … select … from
 * json_populate_recordset(null::<table>, cast($1 as json))` with the rows as one JSON parameter,
 * in one transaction; the JSON built before the clock starts (the service's share).
 */
async function jsonInsert(db: Client, batches: readonly { table: string; columns: readonly string[]; json: string[] }[]): Promise<number> {
  const statements = batches.flatMap((b) => {
    const columns = b.columns.map((c) => `"${c}"`).join(', ');
    const sql = `insert into ${b.table} (${columns}) select ${columns} from json_populate_recordset(null::${b.table}, cast($1 as json))`;
    const chunks: string[] = [];
    for (let i = 0; i < b.json.length; i += ROWS_PER_STATEMENT) chunks.push(`[${b.json.slice(i, i + ROWS_PER_STATEMENT).join(',')}]`);
    return chunks.map((chunk) => ({ sql, chunk }));
  });
  const t0 = performance.now();
  await db.query('begin');
  try {
    for (const s of statements) await db.query(s.sql, [s.chunk]);
    await db.query('commit');
  } catch (err) {
    await db.query('rollback');
    throw err;
  }
  return performance.now() - t0;
}
