import { runPsql } from '@party/testing';

/** Raw `COPY` through `psql` (`runPsql`, as tools/synth loads its rows). Text format: tab-separated lines, `\N` for null. */

/** One table's rows in COPY's text format. */
export interface CopyBatch {
  /** `"schema"."table"` */
  table: string;
  columns: readonly string[];
  /** Lines as `copy … to stdout` writes them, each ending with a newline. */
  text: string;
}

/** The answer of `copy (<select>) to stdout`: the rows in the text format `copyIn` takes back. */
export async function copyOut(databaseUrl: string, select: string): Promise<string> {
  return runPsql(databaseUrl, ['-c', `copy (${select}) to stdout`]);
}

/**
 * The batches written with `copy … from stdin`, all in one transaction, in one psql session;
 * answers the server's time for it (psql's `\timing` of `begin`, every COPY and `commit`, summed):
 * what the rows cost PostgreSQL, without starting psql or sending the script.
 */
export async function copyIn(databaseUrl: string, batches: readonly CopyBatch[]): Promise<number> {
  const script = ['\\timing on', 'begin;'];
  for (const b of batches) script.push(`copy ${b.table} (${b.columns.map((c) => `"${c}"`).join(', ')}) from stdin;`, b.text.replace(/\n$/, ''), '\\.');
  script.push('commit;', '');
  const stdout = await runPsql(databaseUrl, ['-f', '-'], [script.join('\n')]);
  // "Time: 123.456 ms", then " (00:01.235)" beyond a second; C locale, so a decimal point
  const times = [...stdout.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  if (times.length !== batches.length + 2) throw new Error(`psql reported ${times.length} timings for ${batches.length + 2} statements: ${stdout.slice(0, 300)}`);
  return times.reduce((a, b) => a + b, 0);
}
