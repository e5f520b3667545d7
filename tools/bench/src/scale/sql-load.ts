import { Pool } from 'pg';
import type { LoadFigures } from '../gateway/http-load';

/**
 * The bare SQL beside each route: `connections` clients running `query` back to back for
 * `seconds` after a warm-up, on one pool of plain `pg` connections (no ORM, no service, no
 * network hop but the database's), with its latency percentiles and queries/s.
 */
export async function sqlLoad(
  databaseUrl: string,
  query: (db: Pool) => Promise<unknown>,
  opts: { connections: number; seconds: number; warmupSeconds: number },
): Promise<LoadFigures> {
  // at most 10 connections, as a service's pool: 50 would crowd the shared server and its other users
  const pool = new Pool({ connectionString: databaseUrl, max: Math.min(opts.connections, 10) });
  try {
    const run = async (seconds: number) => {
      const times: number[] = [];
      const end = Date.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: opts.connections }, async () => {
          while (Date.now() < end) {
            const t = process.hrtime.bigint();
            await query(pool);
            times.push(Number(process.hrtime.bigint() - t) / 1e6);
          }
        }),
      );
      return times;
    };
    if (opts.warmupSeconds > 0) await run(opts.warmupSeconds);
    const times = (await run(opts.seconds)).sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    return { connections: opts.connections, requestsPerSecond: times.length / opts.seconds, p50: at(0.5), p99: at(0.99), failed: 0, requests: times.length };
  } finally {
    await pool.end();
  }
}
