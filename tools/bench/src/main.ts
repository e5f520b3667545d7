import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@party/testing';
import { benchBackbone } from './backbone.bench';
import { benchGateway } from './gateway/gateway.bench';
import { benchPortalLoad } from './portal/portal.bench';
import { benchRating } from './rating/rating.bench';

/**
 * `npm run bench [-- backbone|reporting|gateway|portal|rating …]`: performance figures and ratios, printed and meant for
 * BENCHMARKS.md. Without names, every bench runs.
 */
const BENCHES: Record<string, () => Promise<void>> = { backbone, reporting, gateway, portal, rating };

async function backbone() {
  const events = Number(process.env.BENCH_EVENTS ?? 10_000);
  const r = await benchBackbone(events);
  const perSecond = (ms: number) => Math.round((r.events / ms) * 1000).toLocaleString('vi-VN');
  console.log(`backbone, ${r.events.toLocaleString('vi-VN')} events`);
  console.log(`  outbox writes (100 per transaction): ${r.writeMs} ms  → ${perSecond(r.writeMs)} events/s`);
  console.log(`  relay to JetStream:                  ${r.publishMs} ms → ${perSecond(r.publishMs)} events/s`);
  console.log(`  consumer, exactly once (inbox + effect per event): ${r.consumeMs} ms → ${perSecond(r.consumeMs)} events/s`);
}

/**
 * The year-end figures of a synthetic bloc ×BENCH_SCALE (default 100), service vs plain SQL. It
 * runs the reporting service's own code, so it is that app's entry point, started as a process
 * (a tool never imports a service).
 */
function reporting(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(WORKSPACE_ROOT, 'apps/reporting/src/year-end/bench/main.ts')], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json') },
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the reporting bench exited with ${code}`))));
  });
}

/**
 * The gateway's own figures under load (autocannon on loopback): `GET /api/auth/me`, answered by
 * the gateway alone, and a member search forwarded to membership, over a bloc of ≈9.000 members.
 * `BENCH_ROOT` measures another checkout (an older commit in a git worktree) with this bench.
 */
async function gateway() {
  const env = process.env;
  const seconds = Number(env.BENCH_SECONDS ?? 10);
  const r = await benchGateway({
    root: env.BENCH_ROOT ?? WORKSPACE_ROOT,
    members: Number(env.BENCH_MEMBERS ?? 8949),
    units: Number(env.BENCH_UNITS ?? 150),
    seconds,
    warmupSeconds: Number(env.BENCH_WARMUP_SECONDS ?? Math.min(3, seconds)),
    connections: (env.BENCH_CONNECTIONS ?? '1,50').split(',').map(Number),
  });
  const n = (x: number, digits = 0) => x.toLocaleString('vi-VN', { maximumFractionDigits: digits });
  console.log(`gateway at ${r.commit}: ${n(r.orgs)} organizations, ${n(r.members)} members loaded in ${n(r.loadMs / 1000, 1)} s; the search finds ${n(r.matches)}; ${seconds} s per case; load average ${n(r.load[0], 1)} → ${n(r.load[1], 1)}`);
  console.log('| request | connections | requests/s | p50 | p99 |');
  console.log('|---|---|---|---|---|');
  for (const row of r.rows) console.log(`| ${row.request} | ${row.connections} | ${n(row.requestsPerSecond)} | ${n(row.p50, 1)} ms | ${n(row.p99, 1)} ms |`);
}

/** The first load of the login page: the JavaScript a new user's browser downloads, against the 150 KB gzipped budget. */
async function portal() {
  const budget = 150 * 1024;
  const r = await benchPortalLoad('/login');
  const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  console.log(`portal, first load of /login: ${r.files.length} JavaScript files, ${kb(r.bytes)} (${kb(r.gzipped)} gzipped)`);
  console.log(`  budget 150 KB gzipped: ${(r.gzipped / budget).toLocaleString('vi-VN', { style: 'percent', maximumFractionDigits: 1 })} of it used`);
  console.log(`  the whole portal: ${r.buildFiles} files, ${kb(r.buildBytes)} (${kb(r.buildGzipped)} gzipped); the login page loads ${(r.gzipped / r.buildGzipped).toLocaleString('vi-VN', { style: 'percent', maximumFractionDigits: 1 })} of it`);
  for (const f of r.files) console.log(`  ${f.name}: ${kb(f.bytes)} (${kb(f.gzipped)} gzipped)`);
  if (r.gzipped > budget) throw new Error(`the login page loads ${kb(r.gzipped)} of gzipped JavaScript, over the 150 KB budget`);
}

/**
 * One bulk rating decision of a bloc's members (≈ 8.000) through the gateway and membership,
 * beside the plain SQL floor of the same write on the same rows, as a ratio.
 */
async function rating() {
  const env = process.env;
  const r = await benchRating({
    members: Number(env.BENCH_MEMBERS ?? 8434),
    units: Number(env.BENCH_UNITS ?? 151),
    decisions: Number(env.BENCH_DECISIONS ?? 3),
    baselineRuns: Number(env.BENCH_RUNS ?? 5),
  });
  const n = (x: number, digits = 0) => x.toLocaleString('vi-VN', { maximumFractionDigits: digits });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`rating at ${r.commit}: ${n(r.units)} chi bộ cơ sở, ${n(r.members)} members loaded in ${n(r.loadMs / 1000, 1)} s; load average ${n(r.load[0], 1)} → ${n(r.load[1], 1)}`);
  console.log('| round | members rated | open the round | propose, one list | decide, one decision | all its events published after |');
  console.log('|---|---|---|---|---|---|');
  for (const x of r.rounds) console.log(`| ${x.year} | ${n(x.rated)} | ${n(x.openMs)} ms | ${n(x.proposeMs)} ms | **${n(x.decideMs)} ms** | ${n(x.publishMs)} ms |`);
  const decide = median(r.rounds.map((x) => x.decideMs));
  const plain = median(r.baselineMs);
  console.log(`  decision, median of ${r.rounds.length}: ${n(decide)} ms; plain SQL update + insert…select of the same rows, median of ${r.baselineMs.join(', ')}: ${n(plain)} ms`);
  console.log(`  ratio decision / plain SQL: ${n(decide / plain, 1)}×`);
  for (const x of r.rounds) if (x.decided !== x.rated || x.events !== x.rated) throw new Error(`${x.year}: ${x.rated} members rated but ${x.decided} decided and ${x.events} events`);
}

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in BENCHES));
  if (unknown.length) throw new Error(`Unknown bench ${unknown.join(', ')}; there are: ${Object.keys(BENCHES).join(', ')}`);
  for (const name of asked.length ? asked : Object.keys(BENCHES)) await BENCHES[name]();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
