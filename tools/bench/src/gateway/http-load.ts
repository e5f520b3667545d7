import autocannon from 'autocannon';
import { pacedLoad } from './paced-load';

export interface LoadFigures {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx, errors and timeouts: a run with any of them measured something else. */
  failed: number;
  /** Requests answered in the measured run (not the warm-up). */
  requests?: number;
}

/**
 * `connections` keep-alive connections asking `url` back to back (or, with `rate`, that many people
 * paced: `pacedLoad`) for `seconds`, after a warm-up of `warmupSeconds` whose figures are dropped (JIT, pools, caches).
 */
export async function httpLoad(
  url: string,
  opts: {
    token: string;
    connections: number;
    /** paced: this many requests a second across the connections (people who click, not a flood); unset: back to back */
    rate?: number;
    seconds: number;
    warmupSeconds: number;
    /** called between the warm-up and the measured run */
    measuring?: () => void;
  },
): Promise<LoadFigures> {
  const headers = { authorization: `Bearer ${opts.token}` };
  if (opts.rate) return pacedLoad(url, { ...opts, users: opts.connections, rate: opts.rate });
  if (opts.warmupSeconds > 0) await autocannon({ url, headers, connections: opts.connections, duration: opts.warmupSeconds });
  opts.measuring?.();
  const r = await autocannon({ url, headers, connections: opts.connections, duration: opts.seconds });
  return {
    connections: opts.connections,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.non2xx + r.errors + r.timeouts,
    requests: r['2xx'],
  };
}
