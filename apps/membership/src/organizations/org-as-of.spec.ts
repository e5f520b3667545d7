import { useStack } from '@party/gateway/testing';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * An organization as of a date is what it was on that date (issue 10, item 8): active until the
 * day it ended, whatever happened later — and its history lists every change of its life, its
 * end (dissolution, hand-over, merger, split) with the decision that made it included.
 */
const stack = useStack({ label: 'orgasof', service: MEMBERSHIP });
const { post, get } = stack;

interface HistoryRow {
  validFrom: string;
  validTo: string | null;
  change: string;
  name: string;
  decisionNumber: string;
}
const org = async (id: string, asOf: string) => (await get(`/orgs/${id}?asOf=${asOf}`).expect(200)).body;
const changes = (history: HistoryRow[]) => history.map((h) => `${h.validFrom} ${h.change} ${h.name} (${h.decisionNumber})${h.validTo ? ` → ${h.validTo}` : ''}`);
const ids: Record<string, string> = {};

beforeAll(async () => {
  ids.bloc = await stack.world.org({ kind: 'bloc_committee', name: 'Đảng bộ Khối', effectiveOn: '2000-01-01', decisionNumber: 'QĐ-K 1' });
  const cell = (name: string, decisionNumber: string) => stack.world.org({ kind: 'grassroots_cell', name, parentId: ids.bloc, effectiveOn: '2010-01-01', decisionNumber });
  ids.dissolved = await cell('Chi bộ Công ty Giấy', 'QĐ-TL 1');
  ids.handed = await cell('Chi bộ Công ty Than', 'QĐ-TL 2');
  ids.a = await cell('Chi bộ A', 'QĐ-TL 3');
  ids.b = await cell('Chi bộ B', 'QĐ-TL 4');
  await post(`/orgs/${ids.dissolved}/rename`, { name: 'Chi bộ Công ty CP Giấy', effectiveOn: '2016-07-01', decisionNumber: 'QĐ-ĐT 5' }).expect(200);
  await post(`/orgs/${ids.dissolved}/dissolve`, { effectiveOn: '2020-01-01', decisionNumber: 'QĐ-GT 6' }).expect(200);
  await post(`/orgs/${ids.handed}/hand-over`, { toCommittee: 'Đảng ủy Khối Doanh nghiệp Trung ương', effectiveOn: '2021-03-01', decisionNumber: 'QĐ-BG 7' }).expect(200);
  await post('/orgs/merge', { sourceIds: [ids.a], intoOrgId: ids.b, effectiveOn: '2022-05-01', decisionNumber: 'QĐ-SN 8' }).expect(201);
});

describe('the status as of the date', () => {
  it('a dissolved organization is active as of 2015, and the day before its dissolution; gone the day of it', async () => {
    expect(await org(ids.dissolved, '2015-06-30')).toMatchObject({ name: 'Chi bộ Công ty Giấy', status: 'active', endedOn: '2020-01-01' });
    expect(await org(ids.dissolved, '2019-12-31')).toMatchObject({ name: 'Chi bộ Công ty CP Giấy', status: 'active' });
    await get(`/orgs/${ids.dissolved}?asOf=2020-01-01`).expect(404);
  });

  it('a handed-over or merged organization is active in the tree of a date before, in the list as in the detail', async () => {
    expect(await org(ids.handed, '2021-02-28')).toMatchObject({ status: 'active', endedOn: '2021-03-01', handedOverTo: 'Đảng ủy Khối Doanh nghiệp Trung ương' });
    expect(await org(ids.a, '2022-04-30')).toMatchObject({ status: 'active', endedOn: '2022-05-01' });
    const listed = (await get(`/orgs?asOf=2015-06-30&parentId=${ids.bloc}`).expect(200)).body.items as { name: string; status: string }[];
    expect(listed.map((o) => [o.name, o.status])).toEqual([
      ['Chi bộ A', 'active'],
      ['Chi bộ B', 'active'],
      ['Chi bộ Công ty Giấy', 'active'],
      ['Chi bộ Công ty Than', 'active'],
    ]);
  });
});

describe('the history lists every change, the end included', () => {
  it('a dissolution: established, renamed, then dissolved with its decision, whatever the date viewed', async () => {
    const expected = [
      '2010-01-01 established Chi bộ Công ty Giấy (QĐ-TL 1) → 2016-07-01',
      '2016-07-01 renamed Chi bộ Công ty CP Giấy (QĐ-ĐT 5) → 2020-01-01',
      '2020-01-01 dissolved Chi bộ Công ty CP Giấy (QĐ-GT 6)',
    ];
    expect(changes((await org(ids.dissolved, '2015-06-30')).history)).toEqual(expected);
    expect(changes((await org(ids.dissolved, '2019-12-31')).history)).toEqual(expected);
  });

  it('a hand-over and a merger end the history with their decisions; an organization still active ends with its open version', async () => {
    expect(changes((await org(ids.handed, '2015-06-30')).history)).toEqual([
      '2010-01-01 established Chi bộ Công ty Than (QĐ-TL 2) → 2021-03-01',
      '2021-03-01 handedOver Chi bộ Công ty Than (QĐ-BG 7)',
    ]);
    expect(changes((await org(ids.a, '2015-06-30')).history)).toEqual(['2010-01-01 established Chi bộ A (QĐ-TL 3) → 2022-05-01', '2022-05-01 merged Chi bộ A (QĐ-SN 8)']);
    expect(changes((await org(ids.b, '2023-01-01')).history)).toEqual(['2010-01-01 established Chi bộ B (QĐ-TL 4)']);
  });

  it('names the parent of each version, what was merged into an organization and where a merged one went', async () => {
    const b = await org(ids.b, '2023-01-01');
    expect(b.history[0]).toMatchObject({ parentId: ids.bloc, parentName: 'Đảng bộ Khối' });
    expect(b.predecessors).toEqual([{ id: ids.a, name: 'Chi bộ A', kind: 'grassroots_cell', how: 'merged', endedOn: '2022-05-01', decisionNumber: 'QĐ-SN 8' }]);
    expect(b.successors).toEqual([]);
    expect(b.members).toEqual({ total: 0, official: 0 });
    const a = await org(ids.a, '2015-06-30');
    expect(a.successors).toEqual([{ id: ids.b, name: 'Chi bộ B' }]);
    expect(a.predecessors).toEqual([]);
  });
});
