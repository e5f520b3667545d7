import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrateUp, serviceOrmOptions } from '@party/database';
import { reportingOrm } from '../../reporting.orm';
import { applyThroughHandlers } from './load';
import { syntheticBloc } from './synthetic-bloc';

export interface ReplayResult {
  scale: number;
  events: number;
  ms: number;
  eventsPerSecond: number;
}

/**
 * The projection's rebuild rate: a synthetic bloc ×`scale` applied through the reporting consumers'
 * own handlers, 100 events a transaction as the durable consumer applies a batch, into a throwaway
 * schema — what `POST /api/reports/rebuild` does once the streams deliver, minus NATS and the inbox
 * rows. The counters (`member-counters.ts`) and the intervals are maintained as in production.
 */
export async function runReplayBench(databaseUrl: string, scale: number): Promise<ReplayResult> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const orm = await MikroORM.init(serviceOrmOptions(reportingOrm, { databaseUrl, schema, poolMax: 4 }));
  try {
    await migrateUp(orm);
    const t = process.hrtime.bigint();
    const events = await applyThroughHandlers(orm, syntheticBloc({ scale }));
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    return { scale, events, ms, eventsPerSecond: (events / ms) * 1000 };
  } finally {
    await orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
    await orm.close(true);
  }
}
