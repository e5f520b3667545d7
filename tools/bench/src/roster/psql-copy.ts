import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * Raw `COPY` through `psql`, as tools/synth loads its rows (node-postgres has no COPY without a
 * package the repository does not carry; a tool never imports another tool's code, so these few
 * lines are this bench's own). Text format: tab-separated lines, `\N` for null.
 */

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
  const { stdout } = await runPsql(databaseUrl, ['-c', `copy (${select}) to stdout`], null);
  return stdout;
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
  const { stdout } = await runPsql(databaseUrl, ['-f', '-'], script.join('\n'));
  // "Time: 123.456 ms", then " (00:01.235)" beyond a second; C locale, so a decimal point
  const times = [...stdout.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  if (times.length !== batches.length + 2) throw new Error(`psql reported ${times.length} timings for ${batches.length + 2} statements: ${stdout.slice(0, 300)}`);
  return times.reduce((a, b) => a + b, 0);
}

async function runPsql(databaseUrl: string, args: string[], input: string | null): Promise<{ stdout: string }> {
  const psql = spawn('psql', [databaseUrl, '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args], {
    env: { ...process.env, LC_ALL: 'C', PGOPTIONS: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  let stderr = '';
  psql.stdout.on('data', (d: Buffer) => out.push(d));
  psql.stderr.on('data', (d) => (stderr += d));
  const exited = once(psql, 'exit');
  if (input !== null && !psql.stdin.write(input)) await once(psql.stdin, 'drain');
  psql.stdin.end();
  const [code] = await exited;
  if (code !== 0) throw new Error(`psql ${args.join(' ').slice(0, 200)} failed (${code}): ${stderr.slice(0, 500)}`);
  return { stdout: Buffer.concat(out).toString('utf8') };
}
