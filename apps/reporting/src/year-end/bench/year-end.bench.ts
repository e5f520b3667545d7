import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Principal, YearEndReport } from '@party/contracts';
import { migrateUp, serviceOrmOptions } from '@party/database';
import type { ProjectionStatus } from '../../operations/projection-status';
import { reportingOrm } from '../../reporting.orm';
import { YearEndService } from '../year-end.service';
import { applyThroughHandlers, bulkLoad } from './load';
import { plainYearEnd, PlainFigures } from './plain-sql';
import { syntheticBloc } from './synthetic-bloc';

export interface YearEndBenchOptions {
  databaseUrl: string;
  /** Multiples of the reference bloc (100 ≈ 850.000 members). */
  scale: number;
  /** Timed runs of each side per target (the median is reported). */
  runs?: number;
  /** `bulk` (default) or `handlers`: every event through the consumers' handlers (slow, exact). */
  load?: 'bulk' | 'handlers';
  year?: number;
  /** Keep the schema (to look at it afterwards). */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface TargetResult {
  label: string;
  orgId: string | null;
  serviceMs: number[];
  plainMs: number[];
  serviceMedianMs: number;
  plainMedianMs: number;
  /** The figures both gave (checked equal). */
  figures: Record<string, number>;
  opening: number;
  /** Keys the service computes that the plain SQL does not (not checked). */
  unchecked: string[];
  inconsistencies: string[];
}

export interface YearEndBenchResult {
  schema: string;
  scale: number;
  load: 'bulk' | 'handlers';
  events: number;
  generateAndLoadMs: number;
  vacuumMs: number;
  rows: Record<string, number>;
  targets: TargetResult[];
}

const READ_MODEL = ['org_event', 'org_version', 'member_fact', 'member_interval', 'member_stock_change', 'member_stock', 'member_flow_count', 'training_class', 'training_enrollment', 'training_registration', 'training_sending', 'training_secretary_attendance'];

export const BENCH_PRINCIPAL: Principal = { userId: 'bench', username: 'bench', roles: ['org_board'], permissions: ['reports:read'], orgScopeId: null };

/** The read model is loaded into its tables, not from streams: nothing to wait for. */
const LOADED_DIRECTLY = { completeness: async () => ({ complete: true, sources: [] }) } as unknown as ProjectionStatus;

/** The service's figures for a year and scope, through the same handler as `GET /api/reports/year-end/{year}`. */
export function serviceYearEnd(orm: MikroORM, year: number, orgId: string | null): Promise<YearEndReport> {
  return new YearEndService(orm, LOADED_DIRECTLY).yearEnd(orgId ? { year, orgId } : { year }, { principal: BENCH_PRINCIPAL, correlationId: 'bench', em: orm.em.fork() });
}

/** Differences between the service's report and the plain figures; empty when they agree. */
export function compareFigures(report: YearEndReport, plain: PlainFigures): { mismatches: string[]; unchecked: string[] } {
  const mismatches: string[] = [];
  for (const [key, value] of Object.entries(plain.metrics)) {
    if (!(key in report.metrics)) mismatches.push(`${key}: not in the service's catalogue`);
    else if (report.metrics[key] !== value) mismatches.push(`${key}: service ${report.metrics[key]}, plain SQL ${value}`);
  }
  if (report.reconciliation.opening !== plain.opening) mismatches.push(`opening: service ${report.reconciliation.opening}, plain SQL ${plain.opening}`);
  const unchecked = Object.entries(report.metrics)
    .filter(([k, v]) => v !== null && !(k in plain.metrics))
    .map(([k]) => k);
  return { mismatches, unchecked };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = process.hrtime.bigint();
  const r = await f();
  return [r, Number(process.hrtime.bigint() - t) / 1e6];
}

/**
 * The year-end figures of a synthetic bloc ×`scale`: generated, loaded into a throwaway schema
 * `bench_<random>` migrated by the reporting migrations, then computed by the service and by the
 * plain SQL for the whole bloc and for the largest grassroots subtree, `runs` times each
 * (alternating, after one warm-up), checked equal. Throws when they differ.
 */
export async function runYearEndBench(opts: YearEndBenchOptions): Promise<YearEndBenchResult> {
  const log = opts.log ?? (() => undefined);
  const year = opts.year ?? 2023;
  const runs = opts.runs ?? 5;
  const load = opts.load ?? 'bulk';
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const orm = await MikroORM.init(serviceOrmOptions(reportingOrm, { databaseUrl: opts.databaseUrl, schema, poolMax: 10 }));
  try {
    await migrateUp(orm);
    log(`schema ${schema} migrated; generating ×${opts.scale} and loading (${load})…`);
    const t0 = Date.now();
    let events: number;
    let rows: Record<string, number>;
    if (load === 'handlers') {
      events = await applyThroughHandlers(orm, syntheticBloc({ scale: opts.scale }));
      rows = {};
    } else {
      ({ events, rows } = await bulkLoad(opts.databaseUrl, schema, syntheticBloc({ scale: opts.scale })));
    }
    const generateAndLoadMs = Date.now() - t0;
    const conn = orm.em.getConnection();
    const t1 = Date.now();
    // what autovacuum leaves a table in after a load: statistics and the visibility map (index-only scans)
    await conn.execute(`vacuum analyze ${READ_MODEL.map((t) => `"${schema}"."${t}"`).join(', ')}`);
    const vacuumMs = Date.now() - t1;
    const counted = await conn.execute<{ t: string; n: string }[]>(
      READ_MODEL.map((t) => `select '${t}' as t, count(*) as n from "${schema}"."${t}"`)
        .join(' union all '),
    );
    rows = Object.fromEntries(READ_MODEL.map((t) => [t, Number(counted.find((r) => r.t === t)?.n ?? 0)]));
    log(`${events} events → ${Object.entries(rows).map(([t, n]) => `${t} ${n}`).join(', ')} in ${generateAndLoadMs} ms (+ vacuum analyze ${vacuumMs} ms)`);

    // the grassroots organization with the most members on 31/12: the subtree a secretary would ask for
    const [big] = await conn.execute<{ org_id: string }[]>(
      `select v.parent_id as org_id from "${schema}".org_version v join "${schema}".member_interval i on i.org_id = v.org_id
        where v.kind = 'dependent_cell' and v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?) and i.valid_from <= ? and (i.valid_to is null or i.valid_to > ?)
        group by v.parent_id order by count(*) desc, v.parent_id limit 1`,
      [`${year}-12-31`, `${year}-12-31`, `${year}-12-31`, `${year}-12-31`],
    );
    const targets: TargetResult[] = [];
    for (const [label, orgId] of [['whole bloc', null], ['one grassroots subtree', big?.org_id ?? null]] as const) {
      if (label !== 'whole bloc' && !orgId) continue;
      // one warm-up each, then alternating timed runs
      let report = await serviceYearEnd(orm, year, orgId);
      let plain = await plainYearEnd(orm.em.fork(), schema, year, orgId);
      const serviceMs: number[] = [];
      const plainMs: number[] = [];
      for (let i = 0; i < runs; i++) {
        let ms: number;
        [report, ms] = await timed(() => serviceYearEnd(orm, year, orgId));
        serviceMs.push(ms);
        [plain, ms] = await timed(() => plainYearEnd(orm.em.fork(), schema, year, orgId));
        plainMs.push(ms);
      }
      const { mismatches, unchecked } = compareFigures(report, plain);
      if (mismatches.length) throw new Error(`The service and the plain SQL disagree (${label}, ${year}):\n  ${mismatches.join('\n  ')}`);
      const r: TargetResult = {
        label,
        orgId,
        serviceMs,
        plainMs,
        serviceMedianMs: median(serviceMs),
        plainMedianMs: median(plainMs),
        figures: plain.metrics,
        opening: plain.opening,
        unchecked,
        inconsistencies: report.inconsistencies.map((x) => x.code),
      };
      log(`${label}: service ${r.serviceMedianMs.toFixed(0)} ms, plain SQL ${r.plainMedianMs.toFixed(0)} ms`);
      targets.push(r);
    }
    return { schema, scale: opts.scale, load, events, generateAndLoadMs, vacuumMs, rows, targets };
  } finally {
    if (!opts.keep) await orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
    await orm.close(true);
  }
}
