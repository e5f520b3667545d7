import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * `psql` on `databaseUrl` with `args`, `input` streamed to its standard input (chunks written as
 * the pipe drains, so a generator of millions of rows is never held whole); answers its standard
 * output. The tools' path to `COPY` (node-postgres has no COPY without a package the repository
 * does not carry). C locale, so `\timing` writes a decimal point.
 */
export async function runPsql(databaseUrl: string, args: readonly string[], input: Iterable<string> = []): Promise<string> {
  const psql = spawn('psql', [databaseUrl, '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args], {
    env: { ...process.env, LC_ALL: 'C', PGOPTIONS: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  let stderr = '';
  psql.stdout.on('data', (d: Buffer) => out.push(d));
  psql.stderr.on('data', (d) => (stderr += d));
  const exited = once(psql, 'exit');
  for (const chunk of input) if (!psql.stdin.write(chunk)) await once(psql.stdin, 'drain');
  psql.stdin.end();
  const [code] = await exited;
  if (code !== 0) throw new Error(`psql ${args.join(' ').slice(0, 200)} failed (${code}): ${stderr.slice(0, 500)}`);
  return Buffer.concat(out).toString('utf8');
}
