import { Pool } from 'pg';
import type { LoadFigures } from '../gateway/http-load';

/**
 * The bare SQL beside each route: `connections` clients running `query` back to back (or `rate`
 * a second in all) for `seconds` after a warm-up, on one pool of plain `pg` connections (no ORM, no service, no
 * network hop but the database's), with its latency percentiles and queries/s.
 */
export async function sqlLoad(
  databaseUrl: string,
  query: (db: Pool) => Promise<unknown>,
  opts: { connections: number; /** paced: queries a second in all; unset: back to back */ rate?: number; seconds: number; warmupSeconds: number },
): Promise<LoadFigures> {
  // at most 10 connections, as a service's pool: 50 would crowd the shared server and its other users
  const pool = new Pool({ connectionString: databaseUrl, max: Math.min(opts.connections, 10) });
  try {
    const run = async (seconds: number) => {
      const times: number[] = [];
      const start = Date.now();
      const end = start + seconds * 1000;
      // paced: client i asks at start + (i + k·connections) / rate, whatever the previous answer took
      const interval = opts.rate ? (1000 * opts.connections) / opts.rate : 0;
      await Promise.all(
        Array.from({ length: opts.connections }, async (_, i) => {
          for (let k = 0; Date.now() < end; k++) {
            if (interval) {
              const due = start + (i * interval) / opts.connections + k * interval;
              if (due >= end) break;
              if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
            }
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
