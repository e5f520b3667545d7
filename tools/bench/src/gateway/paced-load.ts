import { Agent, request } from 'node:http';
import type { LoadFigures } from './http-load';

/**
 * `users` people each asking `url` once every `users / rate` seconds, their start times spread
 * evenly over that interval, on keep-alive connections (one per person at most): what a portal
 * with that many people clicking feels like, as opposed to the ceiling autocannon measures with
 * requests back to back. autocannon's own `overallRate` fires every connection at the top of each
 * second, a burst of `users` at once, which measures a queue, not a pace. A person whose answer is
 * late asks again only once it has come (they wait for the page); latency is from each send.
 */
export async function pacedLoad(
  url: string,
  opts: { token: string; users: number; rate: number; seconds: number; warmupSeconds: number; measuring?: () => void },
): Promise<LoadFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: opts.users });
  const headers = opts.token ? { authorization: `Bearer ${opts.token}` } : {};
  const ask = () =>
    new Promise<number>((resolve) => {
      const t = process.hrtime.bigint();
      const req = request(url, { agent, headers }, (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode && res.statusCode < 300 ? Number(process.hrtime.bigint() - t) / 1e6 : -1));
      });
      req.once('error', () => resolve(-1));
      req.end();
    });
  const run = async (seconds: number) => {
    const times: number[] = [];
    let failed = 0;
    const start = Date.now();
    const end = start + seconds * 1000;
    const interval = (1000 * opts.users) / opts.rate;
    await Promise.all(
      Array.from({ length: opts.users }, async (_, i) => {
        for (let k = 0; ; k++) {
          const due = start + (i * interval) / opts.users + k * interval;
          if (due >= end) return;
          if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
          const ms = await ask();
          if (ms < 0) failed++;
          else times.push(ms);
        }
      }),
    );
    return { times: times.sort((a, b) => a - b), failed };
  };
  try {
    if (opts.warmupSeconds > 0) await run(opts.warmupSeconds);
    opts.measuring?.();
    const { times, failed } = await run(opts.seconds);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    return { connections: opts.users, requestsPerSecond: times.length / opts.seconds, p50: at(0.5), p99: at(0.99), failed, requests: times.length };
  } finally {
    agent.destroy();
  }
}
