import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * `COPY <table> (<columns>) FROM STDIN` through `psql` (node-postgres has no COPY without a
 * package the repository does not carry): the path PostgreSQL itself offers for bulk rows, the
 * baseline every bulk load is compared with. Chunks are tab-separated lines, `\N` for null.
 */
export async function copyRows(databaseUrl: string, table: string, columns: readonly string[], chunks: Iterable<string>): Promise<void> {
  const psql = spawn('psql', [databaseUrl, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  psql.stderr.on('data', (d) => (stderr += d));
  const exited = once(psql, 'exit');
  for (const chunk of chunks) if (!psql.stdin.write(chunk)) await once(psql.stdin, 'drain');
  psql.stdin.end();
  const [code] = await exited;
  if (code !== 0) throw new Error(`COPY into ${table} failed (${code}): ${stderr.slice(0, 500)}`);
}
