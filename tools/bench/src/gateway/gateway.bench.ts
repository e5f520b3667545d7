import { loadavg } from 'node:os';
import { BenchClient, loadBloc } from './bloc';
import { httpLoad, LoadFigures } from './http-load';
import { BENCH_PASSWORD, startBenchSystem } from './system';

/**
 * The two requests measured: one the gateway answers alone, one it forwards to membership. The
 * search names its page size (the portal's 50): the default was 20 before the list convention.
 */
export const GATEWAY_CASES = [
  { name: 'GET /api/auth/me', path: '/auth/me' },
  { name: 'GET /api/members?q=nguyen%20van&pageSize=50', path: '/members?q=nguyen%20van&pageSize=50' },
] as const;

export interface GatewayBenchOptions {
  /** The checkout whose gateway and membership are measured. */
  root: string;
  members: number;
  units: number;
  seconds: number;
  warmupSeconds: number;
  connections: number[];
}

export interface GatewayBenchResult {
  commit: string;
  orgs: number;
  members: number;
  loadMs: number;
  /** How many members the search finds (the same in every checkout: the roster is deterministic). */
  matches: number;
  /** 1-minute load average before and after the measurements. */
  load: [number, number];
  rows: (LoadFigures & { request: string })[];
}

export async function benchGateway(opts: GatewayBenchOptions): Promise<GatewayBenchResult> {
  const system = await startBenchSystem(opts.root);
  try {
    const board = new BenchClient(system.api);
    await board.login('bantochuc', BENCH_PASSWORD);
    const t0 = Date.now();
    const bloc = await loadBloc(board, { units: opts.units, members: opts.members });
    const loadMs = Date.now() - t0;
    const { total: matches } = await board.call<{ total: number }>('GET', GATEWAY_CASES[1].path);
    const load0 = loadavg()[0];
    const rows: GatewayBenchResult['rows'] = [];
    for (const c of GATEWAY_CASES) {
      for (const connections of opts.connections) {
        const figures = await httpLoad(`${system.api}${c.path}`, { token: board.accessToken, connections, seconds: opts.seconds, warmupSeconds: opts.warmupSeconds });
        if (figures.failed) throw new Error(`${c.name} at ${connections} connections: ${figures.failed} requests failed`);
        rows.push({ request: c.name, ...figures });
      }
    }
    return { commit: system.commit, ...bloc, loadMs, matches, load: [load0, loadavg()[0]], rows };
  } finally {
    await system.stop();
  }
}
