import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@party/testing';
import { benchBackbone } from './backbone.bench';
import type { RawJetStreamRun } from './backbone/raw-jetstream';
import { benchGateway } from './gateway/gateway.bench';
import { benchPortalLoad } from './portal/portal.bench';
import { benchRating } from './rating/rating.bench';
import { BASELINES } from './roster/baselines';
import { benchRoster } from './roster/roster.bench';
import { benchScale, loadShape } from './scale/scale.bench';

/**
 * `npm run bench [-- backbone|reporting|gateway|portal|rating|roster …]`: performance figures and ratios, printed and meant for
 * BENCHMARKS.md. Without names, every bench runs. `npm run bench -- --scale bloc|province|nation
 * [backbone reporting]`: the routes at that scale, then the named benches sized for it.
 */
const BENCHES: Record<string, () => Promise<void>> = { backbone, reporting, gateway, portal, rating, roster };

async function backbone() {
  const events = Number(process.env.BENCH_EVENTS ?? 10_000);
  const loadBefore = loadavg()[0];
  const r = await benchBackbone(events);
  const n = (x: number, digits = 0) => x.toLocaleString('vi-VN', { maximumFractionDigits: digits });
  const perSecond = (ms: number) => (r.events / ms) * 1000;
  const line = (ms: number) => `${n(ms)} ms → ${n(perSecond(ms))} events/s`;
  const ratio = (ms: number, rawMs: number) => n(rawMs / ms, 2);
  const e2e = r.endToEnd;
  console.log(`backbone, ${n(r.events)} events of ${n(r.envelopeBytes)} bytes; load average ${n(loadBefore, 1)} → ${n(loadavg()[0], 1)}`);
  console.log(`  outbox writes (100 per transaction): ${line(r.writeMs)}`);
  console.log(`  relay to JetStream:                  ${line(r.publishMs)}  (ratio to raw publish ${ratio(r.publishMs, r.raw.publishMs)})`);
  console.log(`  consumer, exactly once (inbox + effect per event, one statement per run): ${line(r.consumeMs)}  (ratio to raw consume ${ratio(r.consumeMs, r.raw.consumeMs)})`);
  const runs = (pick: (x: RawJetStreamRun) => number) => `(runs: ${r.raw.runs.map((x) => n(pick(x))).join(', ')} ms)`;
  console.log(`  raw JetStream, the same envelopes (pipelined publish with Nats-Msg-Id; durable pull consumer acking each), median of ${r.raw.runs.length} runs:`);
  console.log(`    publish:                           ${line(r.raw.publishMs)} ${runs((x) => x.publishMs)}`);
  console.log(`    consume:                           ${line(r.raw.consumeMs)} ${runs((x) => x.consumeMs)}`);
  console.log(`    publish + consume at once:         ${line(r.raw.pipelinedMs)} ${runs((x) => x.pipelinedMs)}`);
  const e2eRuns = (x: { runsMs: number[] }) => `(runs: ${x.runsMs.map((ms) => n(perSecond(ms))).join(', ')} events/s)`;
  console.log(`  end to end at once (outbox writes → relay → JetStream → consumer, exactly once), median of ${e2e.runsMs.length}: ${line(e2e.totalMs)}; the writes done after ${n(e2e.writeMs)} ms ${e2eRuns(e2e)}`);
  console.log(`    effects: ${n(e2e.effects.rows)} rows, ${n(e2e.effects.distinct)} distinct events`);
  const single = r.endToEndPerEvent;
  console.log(`  the same, the handler writing each effect by a statement of its own, one run: ${line(single.totalMs)}; the writes done after ${n(single.writeMs)} ms`);
  console.log(`  ratio end to end / raw publish + consume at once: ${ratio(e2e.totalMs, r.raw.pipelinedMs)} (target ≥ 0,3; a statement per event ${ratio(single.totalMs, r.raw.pipelinedMs)}); end to end ≥ 5.000 events/s: ${perSecond(e2e.totalMs) >= 5000 ? 'yes' : 'no'}`);
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

/**
 * The Board's roster import (preview, commit) of a bloc's opening roster through the gateway and
 * membership, rows/s beside raw `COPY` of the same rows (issue 17: import ≥ 30 % of COPY).
 * `BENCH_ROOT` measures another checkout (an older commit in a git worktree) with this bench.
 */
async function roster() {
  const env = process.env;
  const r = await benchRoster({ root: env.BENCH_ROOT ?? WORKSPACE_ROOT, members: Number(env.BENCH_MEMBERS ?? 8949), units: Number(env.BENCH_UNITS ?? 150), runs: Number(env.BENCH_RUNS ?? 3) });
  const n = (x: number, digits = 0) => x.toLocaleString('vi-VN', { maximumFractionDigits: digits });
  const pct = (x: number) => x.toLocaleString('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = r.runs[0].rows;
  const perSecond = (ms: number) => (rows / ms) * 1000;
  const per = (table: keyof (typeof r.runs)[0]['written']) => n(r.runs[0].written[table] / rows, 2);
  console.log(`roster at ${r.commit}: ${n(r.units)} chi bộ cơ sở; ${r.runs.length} imports of ${n(rows)} fresh rows (.xlsx, ${n(r.runs[0].fileBytes / 1024)} KiB); load average ${n(r.load[0], 1)} → ${n(r.load[1], 1)}`);
  console.log(`  the commit writes per member: ${per('outbox')} outbox rows, ${per('audit_log')} audit rows, ${per('party_card')} cards; the relay published them all ${r.runs.map((x) => n(x.publishMs)).join(' · ')} ms after the commit's answer (waited for, outside every timing)`);
  const imports: [string, number[]][] = [
    ['import: preview (upload + checks)', r.runs.map((x) => x.previewMs)],
    ['import: commit (checks + writes)', r.runs.map((x) => x.commitMs)],
    ['import: preview + commit', r.runs.map((x) => x.previewMs + x.commitMs)],
  ];
  const copies = Object.keys(BASELINES).map((name) => [`raw COPY: ${name}`, r.runs.map((x) => x.copyMs[name as keyof typeof BASELINES])] as [string, number[]]);
  const jsonInsert: [string, number[]] = ["the JSON insert the commit used before COPY (json_populate_recordset): everything it writes", r.runs.map((x) => x.jsonInsertMs)];
  const cpu = (step: 'preview' | 'commit' | 'both', app: 'membership' | 'gateway') => median(r.runs.map((x) => (step === 'both' ? x.cpu.preview[app] + x.cpu.commit[app] : x.cpu[step][app])));
  const cpuOf = ['preview', 'commit', 'both'] as const;
  console.log('| step | ms, each run | median | rows/s | CPU ms, median: membership + gateway |');
  console.log('|---|---|---|---|---|');
  for (const [i, [step, ms]] of [...imports, ...copies, jsonInsert].entries()) {
    const used = i < cpuOf.length ? `${n(cpu(cpuOf[i], 'membership'))} + ${n(cpu(cpuOf[i], 'gateway'))}` : '';
    console.log(`| ${step} | ${ms.map((x) => n(x)).join(' · ')} | ${n(median(ms))} ms | ${n(perSecond(median(ms)))} | ${used} |`);
  }
  console.log('| import / raw COPY (rows/s) | ' + copies.map(([name]) => name.replace('raw COPY: ', '')).join(' | ') + ' |');
  console.log('|---|' + copies.map(() => '---|').join(''));
  for (const [step, ms] of imports) console.log(`| ${step.replace('import: ', '')} | ${copies.map(([, c]) => pct(median(c) / median(ms))).join(' | ')} |`);
  const commitMs = median(r.runs.map((x) => x.commitMs));
  console.log(`  the commit (its checks, its records built, their COPY) takes ${n(commitMs)} ms, ${n(commitMs / median(copies[copies.length - 1][1]), 1)}× raw COPY of its rows (the JSON insert it used before: ${n(median(jsonInsert[1]) / median(copies[copies.length - 1][1]), 1)}×); membership's CPU ${n(cpu('commit', 'membership'))} ms`);
}

/**
 * `--scale bloc|province|nation`: every interactive route beside its plain baseline over a
 * `tools/synth` dataset of that size, as ratios (BENCHMARKS.md, "At scale"). Bloc: under 3 minutes.
 */
async function scale(name: string) {
  const env = process.env;
  const seconds = Number(env.BENCH_SECONDS ?? 4);
  const r = await benchScale({
    root: env.BENCH_ROOT ?? WORKSPACE_ROOT,
    scale: name,
    seconds,
    warmupSeconds: Number(env.BENCH_WARMUP_SECONDS ?? 1),
    // 50@50: fifty users asking once a second each — what people feel, beside the ceiling (50 back to back)
    connections: (env.BENCH_CONNECTIONS ?? '1,50,50@50').split(',').map(loadShape),
    // a part of the routes (`BENCH_ROUTES=members?q,auth/me`): every route whose name holds one of them
    routes: env.BENCH_ROUTES ? env.BENCH_ROUTES.split(',') : null,
    logLevel: env.BENCH_LOG_LEVEL ?? 'info',
  });
  const n = (x: number, digits = 0) => x.toLocaleString('vi-VN', { maximumFractionDigits: digits });
  const s = r.synth;
  console.log(`scale ${s.scale} at ${r.commit}: ${n(s.orgs)} organizations (${n(s.grassroots)} grassroots), ${n(s.members)} members copied in ${n(s.copyMs / 1000, 1)} s + indexes ${n(s.indexMs / 1000, 1)} s + vacuum analyze ${n(s.analyzeMs / 1000, 1)} s`);
  console.log(`  ${seconds} s per case after ${env.BENCH_WARMUP_SECONDS ?? 1} s of warm-up; load average ${r.load.map((x) => n(x, 1)).join(' → ')} (start, measurements, end); whole run ${n(r.totalMs / 1000)} s`);
  for (const c of r.checks) console.log(`  check: ${c}`);
  console.log('| route | conn. | req/s | p50 | p99 | CPU ms / req: gateway + membership | membership peak RSS after | baseline | its req/s | p50 | p99 | p99 ratio | req/s ratio |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const x of r.rows) {
    const m = x.measured;
    const b = x.bare;
    const cpu = `${n(x.cpuPerRequest.gateway, 2)} + ${n(x.cpuPerRequest.membership, 2)}${x.cpuPerRequest.bare === undefined ? '' : ` (bare: ${n(x.cpuPerRequest.bare, 2)})`} | ${x.membershipPeakMiB === null ? '?' : `${n(x.membershipPeakMiB)} MiB`}`;
    const conn = x.rate ? `${x.connections}, ${n(x.rate)} req/s in all` : String(x.connections);
    if (!m.requestsPerSecond) {
      console.log(`| ${x.route} | ${conn} | no answer within ${seconds} s | | | | | ${x.baseline} | ${n(b.requestsPerSecond)} | ${n(b.p50, 1)} ms | ${n(b.p99, 1)} ms | | |`);
      continue;
    }
    const failed = m.failed ? ` (${n(m.failed)} failed: timeouts or errors)` : '';
    console.log(`| ${x.route} | ${conn} | ${n(m.requestsPerSecond)}${failed} | ${n(m.p50, 1)} ms | ${n(m.p99, 1)} ms | ${cpu} | ${x.baseline} | ${n(b.requestsPerSecond)} | ${n(b.p50, 1)} ms | ${n(b.p99, 1)} ms | ${n(m.p99 / Math.max(b.p99, 0.01), 1)}× | ${n(m.requestsPerSecond / b.requestsPerSecond, 2)} |`);
  }
  console.log(`  peak RSS: ${Object.entries(r.peakRssMiB).map(([k, v]) => `${k} ${v === null ? '?' : `${n(v)} MiB`}`).join(', ')}`);
}

/** What the other benches run at a scale: the reporting bench's multiple of the 2023 bloc, the backbone's events. */
const AT_SCALE: Record<string, Record<string, string>> = {
  bloc: { BENCH_SCALE: '1', BENCH_EVENTS: '10000' },
  province: { BENCH_SCALE: '47', BENCH_EVENTS: '50000' },
  nation: { BENCH_SCALE: '660', BENCH_EVENTS: '200000' },
};

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--scale');
  if (at >= 0) {
    const name = args[at + 1];
    if (!(name in AT_SCALE)) throw new Error(`--scale takes one of ${Object.keys(AT_SCALE).join(', ')}`);
    const others = args.filter((_, i) => i !== at && i !== at + 1);
    // the year-end and backbone benches, when named, at the same scale (explicit env wins)
    for (const [k, v] of Object.entries(AT_SCALE[name])) process.env[k] ??= v;
    await scale(name);
    for (const other of others) {
      if (!(other in BENCHES)) throw new Error(`Unknown bench ${other}; there are: ${Object.keys(BENCHES).join(', ')}`);
      await BENCHES[other]();
    }
    return;
  }
  const asked = args;
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
