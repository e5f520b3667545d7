import 'reflect-metadata';
import { TEST_DATABASE_URL } from '@party/testing';
import { runReplayBench } from './replay.bench';
import { runYearEndBench } from './year-end.bench';

/**
 * The year-end benchmark as its own process (`npm run bench -- reporting` starts it: a tool never
 * imports a service's code). BENCH_SCALE (100), BENCH_RUNS (5), BENCH_LOAD (bulk | handlers),
 * BENCH_KEEP_SCHEMA=true to keep the schema, BENCH_REPLAY_SCALE (1; 0 to skip) for the rebuild rate.
 */
const vi = (n: number) => n.toLocaleString('vi-VN');
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s` : `${vi(Math.round(x))} ms`);
const ratio = (x: number) => `${x.toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}×`;

async function main() {
  const scale = Number(process.env.BENCH_SCALE ?? 100);
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const load = process.env.BENCH_LOAD === 'handlers' ? 'handlers' : 'bulk';
  if (!(scale > 0) || !(runs > 0)) throw new Error('BENCH_SCALE and BENCH_RUNS must be positive numbers');
  const r = await runYearEndBench({
    databaseUrl: process.env.DATABASE_URL ?? TEST_DATABASE_URL,
    scale,
    runs,
    load,
    keep: process.env.BENCH_KEEP_SCHEMA === 'true',
    log: (line) => process.env.BENCH_VERBOSE === 'true' && console.log(`  · ${line}`),
  });
  const whole = r.targets[0];
  console.log(`reporting year-end 2023, synthetic bloc ×${vi(scale)} (${load === 'bulk' ? 'bulk-loaded rows of the projection' : 'every event through the projection handlers'})`);
  console.log(`  data: ${vi(r.events)} events generated and loaded in ${ms(r.generateAndLoadMs)} (vacuum analyze ${ms(r.vacuumMs)})`);
  console.log(`  rows: ${Object.entries(r.rows).map(([t, n]) => `${t} ${vi(n)}`).join(', ')}`);
  const f = whole.figures;
  console.log(
    `  figures: ${vi(f['members.total'])} members at 31/12 (opening ${vi(whole.opening)}), ${vi(f['orgs.grassroots'])} grassroots organizations, admitted ${vi(f['members.admitted'])}, made official ${vi(f['members.madeOfficial'])}, ` +
      `transfers out/in/internal ${vi(f['transfers.out'])}/${vi(f['transfers.in'])}/${vi(f['transfers.internal'])}, handed over ${vi(f['members.handedOver'])}`,
  );
  for (const t of r.targets) {
    console.log(`  ${t.label}${t.orgId ? ` (${t.orgId}, ${vi(t.figures['members.total'])} members)` : ''}, median of ${runs}:`);
    console.log(`    service (YearEndService.yearEnd): ${ms(t.serviceMedianMs)}   [${t.serviceMs.map(ms).join(', ')}]`);
    console.log(`    plain SQL aggregate:              ${ms(t.plainMedianMs)}   [${t.plainMs.map(ms).join(', ')}]`);
    console.log(`    ratio service / plain: ${ratio(t.serviceMedianMs / t.plainMedianMs)}; same figures: yes (${vi(Object.keys(t.figures).length)} keys + opening)`);
    if (t.unchecked.length) console.log(`    not checked (no plain SQL yet): ${t.unchecked.join(', ')}`);
    if (t.inconsistencies.length) console.log(`    the report lists: ${t.inconsistencies.join(', ')}`);
  }
  const replayScale = Number(process.env.BENCH_REPLAY_SCALE ?? 1);
  if (replayScale > 0) {
    const p = await runReplayBench(process.env.DATABASE_URL ?? TEST_DATABASE_URL, replayScale);
    const rate = Math.round(p.eventsPerSecond);
    console.log(`  rebuild through the projection's handlers (×${vi(replayScale)}): ${vi(p.events)} events in ${ms(p.ms)}, ${vi(rate)} events/s`);
    console.log(`    at that rate the ×${vi(scale)} bloc's ${vi(r.events)} events would take ${ms((r.events / rate) * 1000)} (the streams' delivery not included)`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
