import { useStack } from '@party/gateway/testing';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * Guidance checks (warnings, never blocks) counted from the members on the date asked:
 * a chi bộ under 3 official members, a chi bộ cơ sở at 30, a đảng bộ cơ sở under 30.
 */
const stack = useStack({ label: 'guidance', service: MEMBERSHIP });
const ids: Record<string, string> = {};

beforeAll(async () => {
  const tree = await stack.world.tree({ effectiveOn: '2010-01-01' });
  Object.assign(ids, { bloc: tree.bloc, db: tree.db1, cbt: tree.cell1, cb: tree.cb2 });
}, 120_000);

/** An existing member of `orgId`: official from `officialDate`, probationary before it. */
const member = (orgId: string, officialDate: string) =>
  stack.world.member({ dateOfBirth: '1985-01-01', orgId, admittedOn: '2019-01-07', ceremonyDate: '2019-01-21', officialDate });
const guidance = async (orgId: string, asOf: string) =>
  Object.fromEntries(((await stack.get(`/orgs/${orgId}?asOf=${asOf}`).expect(200)).body.guidance as { code: string; count: number; status: string }[]).map((g) => [g.code, g]));

describe('organization guidance from real member counts', () => {
  it('warns a chi bộ with 2 official members, and no longer on the day the third becomes official', async () => {
    await member(ids.cbt, '2020-01-21');
    await member(ids.cbt, '2020-01-21');
    await member(ids.cbt, '2020-06-15');
    expect((await guidance(ids.cbt, '2020-06-14')).cell_fewer_than_3_official).toMatchObject({ count: 2, status: 'warning' });
    expect((await guidance(ids.cbt, '2020-06-15')).cell_fewer_than_3_official).toMatchObject({ count: 3, status: 'ok' });
  });

  it('counts a đảng bộ over its whole subtree: 3 members is under 30', async () => {
    expect((await guidance(ids.db, '2021-01-01')).party_committee_under_30).toMatchObject({ count: 3, status: 'warning' });
  });

  it('warns a chi bộ cơ sở at 30 members, not at 29', async () => {
    for (let i = 0; i < 29; i++) await member(ids.cb, '2020-01-21');
    expect((await guidance(ids.cb, '2021-01-01')).grassroots_cell_30_or_more).toMatchObject({ count: 29, status: 'ok' });
    await member(ids.cb, '2020-01-21');
    expect((await guidance(ids.cb, '2021-01-01')).grassroots_cell_30_or_more).toMatchObject({ count: 30, status: 'warning' });
    // before the admissions it had none: the 3-official check warns then
    expect((await guidance(ids.cb, '2018-12-31')).cell_fewer_than_3_official).toMatchObject({ count: 0, status: 'warning' });
  });

  it("counts the bloc's committee, the tree's only root, over the whole tree (no list of organizations), as its parts add up", async () => {
    const members = async (orgId: string, asOf: string) => (await stack.get(`/orgs/${orgId}?asOf=${asOf}`).expect(200)).body.members as { total: number; official: number };
    expect(await members(ids.bloc, '2021-01-01')).toEqual({ total: 33, official: 33 });
    expect(await members(ids.bloc, '2020-06-14')).toEqual({ total: 33, official: 32 });
    expect(await members(ids.bloc, '2018-12-31')).toEqual({ total: 0, official: 0 });
    const parts = await Promise.all([members(ids.db, '2020-06-14'), members(ids.cb, '2020-06-14')]);
    expect(parts).toEqual([{ total: 3, official: 2 }, { total: 30, official: 30 }]);
  });
});
