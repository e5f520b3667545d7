import { runPsql } from '@party/testing';

/**
 * `COPY <table> (<columns>) FROM STDIN` through `psql`: the path PostgreSQL itself offers for bulk
 * rows, the baseline every bulk load is compared with. Chunks are tab-separated lines, `\N` for null.
 */
export async function copyRows(databaseUrl: string, table: string, columns: readonly string[], chunks: Iterable<string>): Promise<void> {
  await runPsql(databaseUrl, ['-c', `copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`], chunks);
}
