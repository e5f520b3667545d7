import 'reflect-metadata';
import { benchBackbone } from './backbone.bench';

/** `npm run bench`: performance figures and ratios, printed and meant for BENCHMARKS.md. */
async function main() {
  const events = Number(process.env.BENCH_EVENTS ?? 10_000);
  const r = await benchBackbone(events);
  const perSecond = (ms: number) => Math.round((r.events / ms) * 1000).toLocaleString('vi-VN');
  console.log(`backbone, ${r.events.toLocaleString('vi-VN')} events`);
  console.log(`  outbox writes (100 per transaction): ${r.writeMs} ms  → ${perSecond(r.writeMs)} events/s`);
  console.log(`  relay to JetStream:                  ${r.publishMs} ms → ${perSecond(r.publishMs)} events/s`);
  console.log(`  consumer, exactly once (inbox + effect per event): ${r.consumeMs} ms → ${perSecond(r.consumeMs)} events/s`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
