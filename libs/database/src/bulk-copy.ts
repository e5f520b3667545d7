import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BulkTable, bulkTable, bulkTables, bulkValue } from './bulk-tables';

/** Rows per chunk written to the stream: the next chunk is built while PostgreSQL takes the last. */
const ROWS_PER_CHUNK = 500;

/**
 * Writes new entity instances (built with `new`, never persisted) with `COPY … FROM STDIN`, one
 * per table, on the caller's transaction's connection: the rows `insertEntities` would write (the
 * same columns, the same text for every value — a spec compares them), at about half the
 * database's time, because PostgreSQL parses no JSON. A failure anywhere (a unique violation
 * on the last row) aborts the transaction, so nothing of it stays; it is thrown as the ORM's
 * own exception (`UniqueConstraintViolationException`…), as an insert's would be.
 */
export async function copyEntities(em: EntityManager, entities: readonly object[]): Promise<void> {
  const connection = await transactionConnection(em);
  for (const t of bulkTables(em, entities)) await copyTable(em, connection, t, chunksOf(t, t.entities));
}

/**
 * One table's new entities written with COPY as `batches` yields them: a batch is built (by the
 * caller's generator) while PostgreSQL takes the one before, instead of every row built first and
 * written after. The same rows as `copyEntities`, under the same rules.
 */
export async function copyEntitiesAsBuilt(em: EntityManager, cls: new () => object, batches: Iterable<readonly object[]>): Promise<void> {
  const connection = await transactionConnection(em);
  const t = bulkTable(em, cls, []);
  await copyTable(em, connection, t, (function* () {
    for (const batch of batches) yield* chunksOf(t, batch);
  })());
}

async function transactionConnection(em: EntityManager): Promise<Client> {
  const trx = em.getTransactionContext<{ client: { acquireConnection(): Promise<Client> } }>();
  // outside a transaction the tables would be written one by one, each kept whatever the next does
  if (!trx) throw new Error('copyEntities writes inside a transaction only');
  return trx.client.acquireConnection(); // the transaction's own, not the pool's
}

async function copyTable(em: EntityManager, connection: Client, t: BulkTable, chunks: Iterable<string>): Promise<void> {
  const sql = `copy ${t.table} (${t.columns.map((c) => `"${c.name}"`).join(', ')}) from stdin`;
  try {
    await pipeline(Readable.from(chunks), connection.query(copyFrom(sql)));
  } catch (err) {
    throw err instanceof Error && 'code' in err ? em.getDriver().convertException(err) : err;
  }
}

function* chunksOf(t: BulkTable, entities: readonly object[]): Generator<string> {
  const texts = t.columns.map((c) => (c.type === 'json' || c.type === 'jsonb' ? jsonText : copyText));
  const last = texts.length - 1;
  for (let i = 0; i < entities.length; i += ROWS_PER_CHUNK) {
    let chunk = '';
    for (let r = i; r < Math.min(i + ROWS_PER_CHUNK, entities.length); r++) {
      const e = entities[r];
      for (let k = 0; k < last; k++) chunk += texts[k](bulkValue(t, e, t.columns[k])) + '\t';
      chunk += texts[last](bulkValue(t, e, t.columns[last])) + '\n';
    }
    yield chunk;
  }
}

/** A JSON column's value: JSON escapes every line break and tab itself, only its backslashes are COPY's too. */
function jsonText(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s = JSON.stringify(v);
  return s.includes('\\') ? s.replaceAll('\\', '\\\\') : s;
}

/**
 * A value in COPY's text format, as `json_populate_recordset` reads the same value from
 * `JSON.stringify` of the row: a Date its ISO instant, a number that JSON cannot hold (NaN,
 * ±Infinity) is null, an array (`uuid[]`) becomes an array literal (a JSON column: `jsonText`).
 */
function copyText(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  switch (typeof v) {
    case 'string':
      return escaped(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : '\\N';
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 't' : 'f';
  }
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return escaped(arrayLiteral(v));
  return escaped(JSON.stringify(v));
}

/** `{"a","b",NULL}`: every element quoted, so a comma, a brace or a space stays inside it. */
function arrayLiteral(items: readonly unknown[]): string {
  const element = (x: unknown) => {
    if (x === null || x === undefined) return 'NULL';
    if (typeof x === 'object' && !(x instanceof Date)) throw new Error('copyText: nested arrays and objects in an array column are not written');
    const text = x instanceof Date ? x.toISOString() : String(x);
    return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  };
  return `{${items.map(element).join(',')}}`;
}

const SPECIAL = /[\\\n\r\t]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** COPY's text format reads a backslash, a line break or a tab as its own syntax. */
function escaped(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]) : text;
}
