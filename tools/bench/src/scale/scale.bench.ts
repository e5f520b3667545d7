import { loadavg } from 'node:os';
import type { Pool } from 'pg';
import { todayInVietnam } from '@party/contracts';
import { TEST_DATABASE_URL } from '@party/testing';
import { BenchClient } from '../gateway/bloc';
import { httpLoad, LoadFigures } from '../gateway/http-load';
import { BENCH_PASSWORD, startBenchSystem } from '../gateway/system';
import { startBareNest } from './bare-nest';
import { baselines } from './baselines';
import { cpuMs, peakRssMiB } from './rss';
import { sqlLoad } from './sql-load';
import { runSynth, SynthSummary } from './synth';

export interface ScaleBenchOptions {
  /** The checkout whose gateway and membership are measured (`BENCH_ROOT`: an older one, for a before / after). */
  root: string;
  scale: string;
  seconds: number;
  warmupSeconds: number;
  /** Each load: `connections` back to back, or paced at `rate` requests a second in all (people who click). */
  connections: LoadShape[];
  /** The services' log level: `info`, production's, so that the request log is paid for. */
  logLevel: string;
  /** Only the routes whose name holds one of these (`BENCH_ROUTES`); null: every route. */
  routes?: string[] | null;
}

/** `{ connections: 50 }`: 50 clients back to back (the ceiling); `{ connections: 50, rate: 50 }`: 50 users asking once a second each. */
export interface LoadShape {
  connections: number;
  rate?: number;
}

/** `50` or `50@50` (50 connections, 50 requests a second in all), as `BENCH_CONNECTIONS` lists them. */
export function loadShape(text: string): LoadShape {
  const [connections, rate] = text.split('@').map(Number);
  if (!(connections > 0) || (rate !== undefined && !(rate > 0))) throw new Error(`A load is N or N@R (connections, requests a second): not "${text}"`);
  return rate ? { connections, rate } : { connections };
}

export interface ScaleRow {
  route: string;
  baseline: string;
  connections: number;
  /** paced at this many requests a second in all; undefined: back to back */
  rate?: number;
  measured: LoadFigures;
  bare: LoadFigures;
  /** CPU milliseconds per answered request of the gateway and membership in the measured run (the bare route: its process's). */
  cpuPerRequest: { gateway: number; membership: number; bare?: number };
  /** membership's peak RSS so far, read after the case (MiB): which case raised it. */
  membershipPeakMiB: number | null;
}

export interface ScaleBenchResult {
  commit: string;
  synth: SynthSummary;
  /** 1-minute load average before the system started, before the measurements, after them. */
  load: [number, number, number];
  rows: ScaleRow[];
  /** Equalities checked in the run: the route's figure and the plain SQL's. */
  checks: string[];
  peakRssMiB: Record<string, number | null>;
  totalMs: number;
}

/**
 * `npm run bench -- --scale bloc|province|nation`: the gateway and membership of this checkout
 * over a dataset of `tools/synth` at that scale, every interactive route measured with autocannon
 * (1 and 50 keep-alive connections, bounded in time, rate limit raised) beside its plain baseline —
 * the bare SQL, or a bare NestJS route for the gateway's own ceiling — in the same run.
 */
export async function benchScale(opts: ScaleBenchOptions): Promise<ScaleBenchResult> {
  const started = Date.now();
  const loadStart = loadavg()[0];
  const logs = { LOG_LEVEL: opts.logLevel };
  const system = await startBenchSystem(opts.root, { gateway: logs, membership: logs });
  const bare = await startBareNest();
  try {
    const schema = system.schemaOf('membership');
    const synth = await runSynth(opts.scale, TEST_DATABASE_URL, schema);
    const board = new BenchClient(system.api);
    await board.login('bantochuc', BENCH_PASSWORD);
    const sql = baselines(schema);
    const asOf = todayInVietnam();
    const search = 'nguyen van';
    const { items } = await board.call<{ items: { id: string }[] }>('GET', `/members?q=${encodeURIComponent(search)}&pageSize=50`);
    const memberId = items[0].id;

    // the route's figures must be the plain SQL's, or the ratio compares different work
    const checks: string[] = [];
    for (const orgId of [synth.sampleIds.grassrootsCommittee, synth.rootId]) {
      const detail = await board.call<{ members: { total: number; official: number } }>('GET', `/orgs/${orgId}`);
      const plain = await sqlOnce((db) => sql.orgCounts(orgId, asOf)(db));
      const same = detail.members.total === Number(plain.total) && detail.members.official === Number(plain.official);
      checks.push(`${orgId}: members ${detail.members.total} / official ${detail.members.official}, plain SQL ${plain.total} / ${plain.official}${same ? '' : ' — DIFFERENT'}`);
      if (!same) throw new Error(`organization ${orgId}: the route counts ${JSON.stringify(detail.members)}, the plain SQL ${JSON.stringify(plain)}`);
    }

    const cases: { route: string; url: string; baseline: string; bare: (db: Pool) => Promise<unknown>; floor?: string }[] = [
      { route: `GET /api/members?q=${search}&pageSize=50`, url: `${system.api}/members?q=${encodeURIComponent(search)}&pageSize=50`, baseline: 'SQL: ranked page + count', bare: sql.memberSearch(search) },
      { route: 'GET /api/members/{id}', url: `${system.api}/members/${memberId}`, baseline: 'SQL: the person row', bare: sql.memberPage(memberId) },
      { route: 'GET /api/auth/me', url: `${system.api}/auth/me`, baseline: 'bare NestJS route', bare: async () => undefined, floor: bare.url },
      { route: 'GET /api/orgs/{id} (largest đảng bộ cơ sở)', url: `${system.api}/orgs/${synth.sampleIds.grassrootsCommittee}`, baseline: 'SQL: subtree + counts', bare: sql.orgCounts(synth.sampleIds.grassrootsCommittee, asOf) },
      { route: 'GET /api/orgs?parentId={root} (tree level)', url: `${system.api}/orgs?parentId=${synth.rootId}&pageSize=50`, baseline: 'SQL: level page + count', bare: sql.treeLevel(synth.rootId, asOf) },
      // last: at a province or the nation its queued requests outlast the case
      { route: 'GET /api/orgs/{id} (the root)', url: `${system.api}/orgs/${synth.rootId}`, baseline: 'SQL: subtree + counts', bare: sql.orgCounts(synth.rootId, asOf) },
    ];
    const loadBefore = loadavg()[0];
    const rows: ScaleRow[] = [];
    for (const c of cases.filter((k) => !opts.routes || opts.routes.some((r) => k.route.includes(r)))) {
      for (const { connections, rate } of opts.connections) {
        // a paced case follows the loads that warmed the route (and keeps the bloc's run under 3 minutes)
        const timing = { seconds: opts.seconds, warmupSeconds: rate ? 0 : opts.warmupSeconds };
        let cpu0 = { gateway: 0, membership: 0, bare: 0 };
        const cpuNow = () => ({ gateway: cpuMs(system.pids.gateway), membership: cpuMs(system.pids.membership), bare: cpuMs(bare.pid) });
        const measured = await httpLoad(c.url, { token: board.accessToken, connections, rate, ...timing, measuring: () => (cpu0 = cpuNow()) });
        const cpu1 = cpuNow();
        // failures (timeouts, errors) are reported in the row, not thrown: a nation's run is 17 minutes
        const per = (k: 'gateway' | 'membership' | 'bare', figures: LoadFigures, from: typeof cpu0, to: typeof cpu0) => (to[k] - from[k]) / Math.max(1, figures.requests ?? 0);
        const cpuPerRequest: ScaleRow['cpuPerRequest'] = { gateway: per('gateway', measured, cpu0, cpu1), membership: per('membership', measured, cpu0, cpu1) };
        let floor: LoadFigures;
        if (c.floor) {
          let b0 = cpu0;
          floor = await httpLoad(c.floor, { token: '', connections, rate, ...timing, measuring: () => (b0 = cpuNow()) });
          cpuPerRequest.bare = per('bare', floor, b0, cpuNow());
        } else floor = await sqlLoad(TEST_DATABASE_URL, c.bare, { connections, rate, ...timing, warmupSeconds: 0 }); // the route's run just warmed the database's cache
        rows.push({ route: c.route, baseline: c.baseline, connections, rate, measured, bare: floor, cpuPerRequest, membershipPeakMiB: peakRssMiB(system.pids.membership) });
        // requests still queued when autocannon stopped must not be charged to the next case
        await settle([system.pids.gateway, system.pids.membership]);
      }
    }
    return {
      commit: system.commit,
      synth,
      load: [loadStart, loadBefore, loadavg()[0]],
      rows,
      checks,
      peakRssMiB: { gateway: peakRssMiB(system.pids.gateway), membership: peakRssMiB(system.pids.membership), 'bare NestJS': peakRssMiB(bare.pid) },
      totalMs: Date.now() - started,
    };
  } finally {
    await bare.stop();
    await system.stop();
  }
}

/** Waits (30 s at most) until the processes use less than a tenth of a core, checked every 250 ms. */
async function settle(pids: number[]): Promise<void> {
  const busy = () => pids.reduce((a, pid) => a + cpuMs(pid), 0);
  for (let i = 0; i < 120; i++) {
    const before = busy();
    await new Promise((r) => setTimeout(r, 250));
    if (busy() - before < 25) return;
  }
}

async function sqlOnce<T>(query: (db: Pool) => Promise<T>): Promise<T> {
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
  try {
    return await query(pool);
  } finally {
    await pool.end();
  }
}
