import { useStack } from '@party/gateway/testing';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * Finding an organization among hundreds (the portal's tree and picker): `q` matches the words of
 * the name with accents and case ignored, `roots=true` gives the top of the caller's tree — the
 * bloc for the board, their own organization for a secretary — so the tree is read level by level.
 */
const stack = useStack({ label: 'orgsearch', service: MEMBERSHIP });
const { get } = stack.under('/orgs');
const ids: Record<string, string> = {};
const names = (body: { items: { name: string }[] }) => body.items.map((o) => o.name);

beforeAll(async () => {
  const org = (kind: string, name: string, parentId: string | null, effectiveOn = '2010-01-01') => stack.world.org({ kind, name, parentId, effectiveOn, decisionNumber: `QĐ ${name}` });
  ids.bloc = await org('bloc_committee', 'Đảng bộ Khối Doanh nghiệp', null);
  ids.db = await org('grassroots_committee', 'Đảng bộ Công ty Điện lực', ids.bloc);
  ids.cbtt = await org('dependent_cell', 'Chi bộ Phòng Kỹ thuật', ids.db);
  ids.cbcs = await org('grassroots_cell', 'Chi bộ Công ty Xây lắp', ids.bloc);
  ids.late = await org('grassroots_cell', 'Chi bộ Công ty Xây dựng', ids.bloc, '2024-01-01');
});

describe('searching organizations by name (q)', () => {
  it('finds "Chi bộ…" when typed without accents, in any case, every word having to match', async () => {
    expect(names((await get('?q=chi bo&asOf=2023-12-31').expect(200)).body)).toEqual(['Chi bộ Công ty Xây lắp', 'Chi bộ Phòng Kỹ thuật']);
    expect(names((await get('?q=CHI BO XAY LAP&asOf=2023-12-31').expect(200)).body)).toEqual(['Chi bộ Công ty Xây lắp']);
    expect(names((await get('?q=dien luc&asOf=2023-12-31').expect(200)).body)).toEqual(['Đảng bộ Công ty Điện lực']);
    expect((await get('?q=chi bo thuy san&asOf=2023-12-31').expect(200)).body).toMatchObject({ items: [], total: 0 });
  });

  it('searches the tree of the date viewed: an organization established later is not found before', async () => {
    expect(names((await get('?q=xay&asOf=2023-12-31').expect(200)).body)).toEqual(['Chi bộ Công ty Xây lắp']);
    expect(names((await get('?q=xay&asOf=2024-06-01').expect(200)).body)).toEqual(['Chi bộ Công ty Xây dựng', 'Chi bộ Công ty Xây lắp']);
  });

  it('searches only within a secretary\'s own subtree', async () => {
    const secretary = await stack.world.secretary(ids.db);
    expect(names((await get('?q=chi bo&asOf=2023-12-31', secretary).expect(200)).body)).toEqual(['Chi bộ Phòng Kỹ thuật']);
  });
});

describe('the top of the tree (roots=true)', () => {
  it('is the bloc for the board (no scope), then each level is read by parentId', async () => {
    expect((await get('?roots=true&asOf=2023-12-31').expect(200)).body.items.map((o: { id: string }) => o.id)).toEqual([ids.bloc]);
    expect(names((await get(`?parentId=${ids.bloc}&asOf=2023-12-31`).expect(200)).body)).toEqual(['Chi bộ Công ty Xây lắp', 'Đảng bộ Công ty Điện lực']);
  });

  it("is a secretary's own organization", async () => {
    const secretary = await stack.world.secretary(ids.db);
    const roots = (await get('?roots=true&asOf=2023-12-31', secretary).expect(200)).body;
    expect(roots.items.map((o: { id: string }) => o.id)).toEqual([ids.db]);
    expect(roots.total).toBe(1);
  });
});
