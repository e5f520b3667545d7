import { MikroORM } from '@mikro-orm/postgresql';
import { disposeOrm, isolate, migratedOrm } from '@party/testing';
import { applyThroughHandlers } from '../year-end/bench/load';
import { Aggregate, syntheticBloc } from '../year-end/bench/synthetic-bloc';
import { reportingOrm } from '../reporting.orm';
import { recountMemberCountersSql, stockChanges } from './member-counters';

describe('stock changes of re-derived intervals', () => {
  const open = (orgId: string, validFrom: string) => ({ orgId, validFrom, validTo: null });
  const closed = (orgId: string, validFrom: string, validTo: string) => ({ orgId, validFrom, validTo });
  const asObject = (c: ReturnType<typeof stockChanges>) => ({ byYear: Object.fromEntries(c.byYear), now: Object.fromEntries(c.now) });

  it('touches no counter when the intervals come out the same', () => {
    const v = [closed('A', '1990-05-02', '2023-03-01'), open('B', '2023-03-01')];
    expect(asObject(stockChanges(v, v))).toEqual({ byYear: {}, now: {} });
  });

  it('counts an interval ending on 01/01 in the year it ends: it still held on the 31/12 before', () => {
    // a transfer out effective 01/01/2024: a member on 31/12/2023, not on 31/12/2024
    expect(asObject(stockChanges([open('A', '2020-06-01')], [closed('A', '2020-06-01', '2024-01-01')]))).toEqual({ byYear: { '2024|A': -1 }, now: { A: -1 } });
    // effective 31/12/2023: gone on that day already
    expect(asObject(stockChanges([open('A', '2020-06-01')], [closed('A', '2020-06-01', '2023-12-31')]))).toEqual({ byYear: { '2023|A': -1 }, now: { A: -1 } });
  });

  it('moves the counts when a back-dated transfer puts a member elsewhere', () => {
    const before = [open('A', '2010-01-10')];
    const after = [closed('A', '2010-01-10', '2022-07-01'), open('B', '2022-07-01')];
    expect(asObject(stockChanges(before, after))).toEqual({ byYear: { '2022|A': -1, '2022|B': 1 }, now: { A: -1, B: 1 } });
  });

  it('leaves nothing for an interval that began and ended within one year', () => {
    expect(asObject(stockChanges([], [closed('A', '2023-02-01', '2023-09-01')]))).toEqual({ byYear: {}, now: {} });
  });
});

/**
 * The counters maintained fact by fact equal the counters counted afresh from the facts, whatever
 * order the facts arrive in and however often: every event of a synthetic bloc, its organizations'
 * included, applied in a shuffled order (most arrive before the ones they follow in the world), a
 * fifth of them twice. And each fact's place in the tree is the one its date gives in the final tree.
 */
describe('the counters the projection maintains', () => {
  const { schema } = isolate('counters');
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await migratedOrm(reportingOrm, schema);
  });
  afterAll(() => orm && disposeOrm(orm));

  const dump = (table: string) => orm.em.getConnection().execute<{ row: string }[]>(`select t::text as row from "${schema}"."${table}" t order by 1`);
  const TABLES = ['member_stock_change', 'member_stock', 'member_flow_count'];

  it('equal the recount from the facts after shuffled and repeated deliveries', async () => {
    const single: Aggregate[] = [];
    for (const a of syntheticBloc({ scale: 0.03 })) for (const e of a.events) single.push({ ...a, events: [e] } as Aggregate);
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    // organizations' events too: a member's fact often arrives before its organization is known, or before its hand-over
    for (let i = single.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [single[i], single[j]] = [single[j], single[i]];
    }
    const again = single.filter(() => random() < 0.2);
    await applyThroughHandlers(orm, [...single, ...again], 50);

    const maintained = await Promise.all(TABLES.map(dump));
    expect(maintained.map((rows) => rows.length > 0)).toEqual([true, true, true]);
    const [misplaced] = await orm.em.getConnection().execute<{ wrong: number; inside: number; outside: number }[]>(
      `select count(*) filter (where f.in_bloc <> t.in_tree)::int as wrong, count(*) filter (where t.in_tree)::int as inside, count(*) filter (where not t.in_tree)::int as outside
         from "${schema}".member_fact f, lateral (select exists (select 1 from "${schema}".org_version v where v.org_id = f.org_id
           and v.valid_from <= f.occurred_on and (v.valid_to is null or v.valid_to >= f.occurred_on)) as in_tree) t`,
    );
    expect(misplaced.wrong).toBe(0);
    expect(misplaced.inside).toBeGreaterThan(0);
    expect(misplaced.outside).toBeGreaterThan(0); // facts after their organization was handed over, or of a handed-in one before it came
    const conn = orm.em.getConnection();
    for (const statement of recountMemberCountersSql(schema)) await conn.execute(statement);
    expect(await Promise.all(TABLES.map(dump))).toEqual(maintained);
  }, 120_000);
});
