import { MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import {
  EventData,
  EventDefinition,
  OrganizationDissolved,
  OrganizationEstablished,
  OrganizationMoved,
  OrganizationRenamed,
  type Principal,
} from '@party/contracts';
import { serviceOrmOptions } from '@party/database';
import { factEnvelope } from '@party/service-kit/testing';
import { isolate, TEST_DATABASE_URL } from '@party/testing';
import {
  always,
  assertInScope,
  during,
  lastKnownVersion,
  ORG_REPLICA_ENTITIES,
  OrgEvent,
  orgReplicaHandlers,
  orgScopeOf,
  OrgVersion,
  scopeIds,
  subtreeIds,
  subtreePeriods,
} from './index';

/**
 * The replica as a service keeps it, fed through its consumer's handlers, and the questions asked
 * of it.
 *
 *   BLOC ─┬─ G1 (renamed 2023-09-01) ─┬─ C1
 *         │                           ├─ CD   dissolved 2023-03-01
 *         │                           └─ CM   moved in from G2 on 2023-06-01 (the move arrives first)
 *         └─ G2 ─┬─ C2
 *                └─ CM (until 2023-06-01)
 */
const iso = isolate('orgreplica');
let orm: MikroORM;
const org = { BLOC: uuidv7(), G1: uuidv7(), C1: uuidv7(), CD: uuidv7(), CM: uuidv7(), G2: uuidv7(), C2: uuidv7() };
const sorted = (...ids: string[]) => [...ids].sort();
const board: Principal = { userId: 'u-b', username: 'board', roles: ['org_board'], permissions: [], orgScopeId: null };
const secretary: Principal = { userId: 'u-s', username: 'secretary', roles: ['secretary'], permissions: [], orgScopeId: org.G1 };
const em = () => orm.em.fork();

const envelope = <D extends EventDefinition>(def: D, occurredOn: string, data: EventData<D>) =>
  factEnvelope(def, data, { occurredOn, orgId: (data as { orgId: string }).orgId, actor: { userId: 'u-board', username: 'bantochuc' } });

const base = (orgId: string, kind: 'bloc_committee' | 'grassroots_committee' | 'dependent_cell', name: string, parentId: string | null) => ({
  orgId,
  kind,
  grassroots: kind === 'grassroots_committee',
  name,
  parentId,
  decisionNumber: `QĐ-${name}`,
});
const established = (orgId: string, kind: 'bloc_committee' | 'grassroots_committee' | 'dependent_cell', name: string, parentId: string | null, on = '2019-02-01') =>
  envelope(OrganizationEstablished, on, { ...base(orgId, kind, name, parentId), origin: 'new', fromOrgIds: [] });

async function apply(e: ReturnType<typeof envelope>): Promise<void> {
  const handler = orgReplicaHandlers().find((h) => h.event.type === e.type);
  if (!handler) throw new Error(`no handler for ${e.type}`);
  await orm.em.fork().transactional((tx) => handler.handle(e as never, tx));
}

beforeAll(async () => {
  orm = await MikroORM.init(serviceOrmOptions({ service: 'orgreplica', entities: ORG_REPLICA_ENTITIES, migrationsDir: __dirname }, { databaseUrl: TEST_DATABASE_URL, schema: iso.schema, poolMax: 3 }));
  await orm.em.getConnection().execute(`create schema if not exists "${iso.schema}"`);
  await orm.schema.createSchema();
  const moved = envelope(OrganizationMoved, '2023-06-01', { ...base(org.CM, 'dependent_cell', 'CM', org.G1), previousParentId: org.G2, reason: 'reparent' });
  await apply(moved);
  for (const e of [
    established(org.BLOC, 'bloc_committee', 'Đảng bộ Khối', null, '2015-01-01'),
    established(org.G1, 'grassroots_committee', 'G1', org.BLOC),
    established(org.G2, 'grassroots_committee', 'G2', org.BLOC),
    established(org.C1, 'dependent_cell', 'C1', org.G1),
    established(org.CD, 'dependent_cell', 'CD', org.G1),
    established(org.C2, 'dependent_cell', 'C2', org.G2),
    established(org.CM, 'dependent_cell', 'CM', org.G2),
    envelope(OrganizationDissolved, '2023-03-01', { ...base(org.CD, 'dependent_cell', 'CD', org.G1), withOrgId: null }),
    envelope(OrganizationRenamed, '2023-09-01', { ...base(org.G1, 'grassroots_committee', 'G1 mới', org.BLOC), previousName: 'G1' }),
  ]) {
    await apply(e);
  }
  await apply(moved); // delivered again
});

afterAll(async () => {
  await orm?.em.getConnection().execute(`drop schema if exists "${iso.schema}" cascade`);
  await orm?.close(true);
});

describe('the replica', () => {
  it('keeps each event once and derives the versions by their dates in the world, a late event in its place', async () => {
    expect(await em().count(OrgEvent, {})).toBe(10);
    const cm = await em().find(OrgVersion, { orgId: org.CM }, { orderBy: { seq: 'asc' } });
    expect(cm.map((v) => [v.parentId, v.validFrom, v.validTo])).toEqual([
      [org.G2, '2019-02-01', '2023-06-01'],
      [org.G1, '2023-06-01', null],
    ]);
    expect(await em().find(OrgVersion, { orgId: org.CD })).toEqual([expect.objectContaining({ validFrom: '2019-02-01', validTo: '2023-03-01' })]);
    expect(await em().findOneOrFail(OrgEvent, { orgId: org.G1, type: OrganizationEstablished.type })).toMatchObject({ grassroots: true, origin: 'new' });
  });
});

describe('subtrees', () => {
  it('on a date, during a period (an organization ended on its first day included) and ever', async () => {
    expect(await subtreeIds(em(), org.G1, '2023-05-31')).toEqual(sorted(org.G1, org.C1));
    expect(await subtreeIds(em(), org.G1, '2023-12-31')).toEqual(sorted(org.G1, org.C1, org.CM));
    expect(await subtreeIds(em(), org.G1, during('2023-03-01', '2023-12-31'))).toEqual(sorted(org.G1, org.C1, org.CD, org.CM));
    expect(await subtreeIds(em(), org.G1, during('2023-03-02', '2023-12-31'))).toEqual(sorted(org.G1, org.C1, org.CM));
    expect(await subtreeIds(em(), org.G2, always)).toEqual(sorted(org.G2, org.C2, org.CM));
    expect(await subtreeIds(em(), org.G1, '2010-01-01')).toEqual([]);
  });

  it('through time: each organization’s periods in the subtree, clipped to its parent’s', async () => {
    const periods = await subtreePeriods(em(), org.G1);
    // G1's rename starts a new version of G1: CM's period comes in two pieces that meet
    expect(periods.filter((p) => p.orgId === org.CM).map((p) => [p.from, p.to]).sort()).toEqual([['2023-06-01', '2023-09-01'], ['2023-09-01', null]]);
    expect(periods.filter((p) => p.orgId === org.CD)).toEqual([{ orgId: org.CD, from: '2019-02-01', to: '2023-03-01' }]);
  });

  it('names an organization as last known on a date, ended or not', async () => {
    expect((await lastKnownVersion(em(), org.G1, '2023-08-31'))?.name).toBe('G1');
    expect((await lastKnownVersion(em(), org.G1, '2023-12-31'))?.name).toBe('G1 mới');
    expect(await lastKnownVersion(em(), org.CD, '2023-12-31')).toMatchObject({ name: 'CD', validTo: '2023-03-01' });
    expect(await lastKnownVersion(em(), org.G1, '2019-01-31')).toBeNull();
  });
});

describe('a principal’s scope', () => {
  const refused = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ body: { code: 'forbidden' } });

  it('asserts organizations in the subtree on a date; a whole-bloc principal passes', async () => {
    await assertInScope(em(), secretary, [org.C1, org.CM], '2023-12-31');
    await refused(assertInScope(em(), secretary, [org.CM], '2023-05-31'));
    await refused(assertInScope(em(), secretary, [org.CD], '2023-12-31'));
    await refused(assertInScope(em(), secretary, [org.C1, org.C2], '2023-12-31'));
    await refused(assertInScope(em(), secretary, [null], '2023-12-31'));
    await assertInScope(em(), board, [org.C2, null], '2023-12-31');
  });

  it('gives a worklist its organizations: the one asked (checked), else a secretary’s own, else no filter', async () => {
    expect(await scopeIds(em(), board, undefined, '2023-12-31')).toBeNull();
    expect(await scopeIds(em(), board, org.G2, '2023-12-31')).toEqual(sorted(org.G2, org.C2));
    expect(await scopeIds(em(), secretary, undefined, '2023-12-31')).toEqual(sorted(org.G1, org.C1, org.CM));
    expect(await scopeIds(em(), secretary, org.C1, '2023-12-31')).toEqual([org.C1]);
    await refused(scopeIds(em(), secretary, org.G2, '2023-12-31'));
  });

  it('judges records each on its own date', async () => {
    const scope = await orgScopeOf(em(), secretary);
    expect([scope.covers(org.CM, '2023-05-31'), scope.covers(org.CM, '2023-06-01'), scope.covers(org.CD, '2022-05-09'), scope.covers(org.C2, '2023-06-01')]).toEqual([false, true, true, false]);
    expect(scope.orgIdsOn('2023-12-31').sort()).toEqual(sorted(org.G1, org.C1, org.CM));
    expect((await orgScopeOf(em(), board)).covers(org.C2, '2023-06-01')).toBe(true);
  });
});
