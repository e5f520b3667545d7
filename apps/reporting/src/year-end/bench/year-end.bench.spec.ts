import { MikroORM } from '@mikro-orm/postgresql';
import { disposeOrm, isolate, migratedOrm, TEST_DATABASE_URL } from '@party/testing';
import { PROJECTION_TABLES } from '../../projection/projection.entities';
import { reportingOrm } from '../../reporting.orm';
import { applyThroughHandlers, bulkLoad } from './load';
import { plainYearEnd } from './plain-sql';
import { syntheticBloc } from './synthetic-bloc';
import { compareFigures, serviceYearEnd } from './year-end.bench';

/**
 * What `npm run bench -- reporting` relies on, at a small scale: its bulk loader writes exactly
 * the tables the projection's handlers write for the same events, and the plain SQL aggregate
 * gives the service's figures (whole bloc and subtrees, two years).
 */
const SCALE = 0.1;
const viaHandlers = isolate('benchhandlers').schema;
const viaBulk = isolate('benchbulk').schema;
let handled: MikroORM;
let bulk: MikroORM;

beforeAll(async () => {
  [handled, bulk] = await Promise.all([migratedOrm(reportingOrm, viaHandlers), migratedOrm(reportingOrm, viaBulk)]);
  await applyThroughHandlers(handled, syntheticBloc({ scale: SCALE }));
  await bulkLoad(TEST_DATABASE_URL, viaBulk, syntheticBloc({ scale: SCALE }), 500);
}, 120_000);
afterAll(async () => {
  await Promise.all([handled && disposeOrm(handled), bulk && disposeOrm(bulk)]);
});

const dump = async (orm: MikroORM, schema: string, table: string) =>
  orm.em.getConnection().execute<Record<string, unknown>[]>(`select t::text as row from "${schema}"."${table}" t order by 1`);

it('bulk-loads the very rows the projection handlers write for the same events', async () => {
  for (const table of PROJECTION_TABLES) {
    const [a, b] = await Promise.all([dump(handled, viaHandlers, table), dump(bulk, viaBulk, table)]);
    expect({ table, rows: b.length }).toEqual({ table, rows: a.length });
    expect(b).toEqual(a);
  }
  const [{ closed, overlapping }] = await handled.em.getConnection().execute<{ closed: string; overlapping: string }[]>(
    `select (select count(*) from "${viaHandlers}".member_interval where valid_to is not null) as closed,
            (select count(*) from "${viaHandlers}".member_interval a join "${viaHandlers}".member_interval b
               on a.person_id = b.person_id and a.seq < b.seq and daterange(a.valid_from, a.valid_to) && daterange(b.valid_from, b.valid_to)) as overlapping`,
  );
  expect(Number(closed)).toBeGreaterThan(0); // people left, moved or died: not only open intervals
  expect(Number(overlapping)).toBe(0); // what members.total counts on: one interval per person on any day
});

it('gives the same figures from the plain SQL as from the service, for the bloc and for subtrees, in 2022 and 2023', async () => {
  const roots = await bulk.em.getConnection().execute<{ org_id: string }[]>(
    `select distinct on (kind) org_id from "${viaBulk}".org_version where kind in ('grassroots_committee', 'grassroots_cell') and valid_to is not null and org_id in
       (select org_id from "${viaBulk}".org_event where type = 'membership.organization.handedOver')
     union all (select parent_id from "${viaBulk}".org_version where kind = 'dependent_cell' and valid_to is null group by parent_id order by count(*) desc limit 1)`,
  );
  expect(roots.length).toBe(3); // a đảng bộ and a chi bộ handed over in 2023, and the largest đảng bộ that stays
  for (const year of [2022, 2023]) {
    for (const orgId of [null, ...roots.map((r) => r.org_id)]) {
      const report = await serviceYearEnd(bulk, year, orgId);
      const plain = await plainYearEnd(bulk.em.fork(), viaBulk, year, orgId);
      // a key the plain SQL does not compute yet (one being added) is listed by the bench, not failed here
      expect({ year, orgId, mismatches: compareFigures(report, plain).mismatches }).toEqual({ year, orgId, mismatches: [] });
      expect(plain.metrics['members.expelled']).toBe(report.metrics['members.expelled']);
      if (!orgId) {
        expect(plain.metrics['members.total']).toBeGreaterThan(500);
        expect(report.inconsistencies).toEqual([]); // the synthetic bloc reconciles
      }
    }
  }
  const whole = await plainYearEnd(bulk.em.fork(), viaBulk, 2023, null);
  for (const key of ['members.admitted', 'members.madeOfficial', 'transfers.out', 'transfers.in', 'transfers.internal', 'members.handedOver', 'members.handedIn', 'orgs.established', 'orgs.dissolved', 'orgs.handedOver', 'badges.awarded', 'cards.issued', 'training.students.candidates', 'training.secretaries.trained']) {
    expect({ key, n: whole.metrics[key] > 0 }).toEqual({ key, n: true }); // every flow is exercised
  }
});

it('says where the service and the plain SQL disagree', async () => {
  const report = await serviceYearEnd(bulk, 2023, null);
  const plain = await plainYearEnd(bulk.em.fork(), viaBulk, 2023, null);
  plain.metrics['transfers.out'] += 1;
  plain.opening -= 1;
  expect(compareFigures(report, plain).mismatches).toEqual([
    `transfers.out: service ${report.metrics['transfers.out']}, plain SQL ${plain.metrics['transfers.out']}`,
    `opening: service ${report.reconciliation.opening}, plain SQL ${plain.opening}`,
  ]);
});
