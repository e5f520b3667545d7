import { Envelope, ORG_ROUTES } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { countOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { Organization, OrganizationVersion } from './organization.entity';

const stack = useStack({ label: 'orgs', service: MEMBERSHIP });
const { em } = stack;
let viewer: string;
beforeAll(async () => {
  viewer = await stack.login('viewer');
});

const { post, get } = stack.under('/orgs');
const counts = stack.tables({ orgs: countOf(Organization), versions: countOf(OrganizationVersion), outbox: countOf(OutboxMessage), audit: countOf(AuditEntry) });
const outboxOf = (orgId: string) => em().find(OutboxMessage, { orgId }, { orderBy: { id: 'asc' } });

async function establish(kind: string, name: string, parentId: string | null, effectiveOn: string): Promise<string> {
  const res = await post('', { kind, name, parentId, effectiveOn, decisionNumber: `QĐ ${name}` }).expect(201);
  return res.body.id;
}

// the bloc and a few organizations under it, shared by the scenarios below (they run in order)
const ids: Record<string, string> = {};

describe('organizations: establishing the tree', () => {
  it('establishes a bloc root, grassroots organizations and chi bộ trực thuộc, each with its event on its effective date', async () => {
    const res = await post('', { kind: 'bloc_committee', name: 'Đảng bộ Khối Doanh nghiệp tỉnh', parentId: null, effectiveOn: '2015-01-01', decisionNumber: '01-QĐ/TU' }).expect(201);
    ids.bloc = res.body.id;
    expect(res.body.org).toMatchObject({ name: 'Đảng bộ Khối Doanh nghiệp tỉnh', kind: 'bloc_committee', grassroots: false, parentId: null, status: 'active', ancestors: [] });
    ids.db1 = await establish('grassroots_committee', 'Đảng bộ Công ty Điện lực', ids.bloc, '2020-03-01');
    ids.cb1 = await establish('grassroots_cell', 'Chi bộ Công ty Xây lắp', ids.bloc, '2020-03-01');
    ids.db2 = await establish('grassroots_committee', 'Đảng bộ Công ty Cấp nước', ids.bloc, '2020-03-01');
    ids.cbt1 = await establish('dependent_cell', 'Chi bộ Phòng Kỹ thuật', ids.db1, '2020-05-01');
    ids.cbt2 = await establish('dependent_cell', 'Chi bộ Phân xưởng 1', ids.db1, '2020-05-01');

    const [evt] = await outboxOf(ids.cbt1);
    expect(evt).toMatchObject({ type: 'membership.organization.established', occurredOn: '2020-05-01', subject: 'evt.membership.organization.established.v1' });
    expect(evt.envelope.data).toMatchObject({ orgId: ids.cbt1, kind: 'dependent_cell', grassroots: false, parentId: ids.db1, origin: 'new', decisionNumber: 'QĐ Chi bộ Phòng Kỹ thuật' });
    expect(evt.envelope.actor.username).toBe('bantochuc');
    const cell = (await outboxOf(ids.cb1))[0].envelope.data as { grassroots: boolean };
    expect(cell.grassroots).toBe(true);
    expect(await em().count(AuditEntry, { entity: 'organization', entityId: ids.cbt1, action: 'organization.established' })).toBe(1);
  });

  it('returns an organization with its ancestors, history and guidance checks counted from its members (none yet)', async () => {
    const res = await get(`/${ids.cbt1}?asOf=2021-01-01`).expect(200);
    expect(res.body.ancestors.map((a: { id: string }) => a.id)).toEqual([ids.db1, ids.bloc]);
    expect(res.body.history).toEqual([expect.objectContaining({ name: 'Chi bộ Phòng Kỹ thuật', validFrom: '2020-05-01', validTo: null, change: 'established' })]);
    expect(res.body.guidance).toEqual([expect.objectContaining({ code: 'cell_fewer_than_3_official', count: 0, status: 'warning' })]);
    await get(`/${ids.cbt1}?asOf=2020-04-30`).expect(404);
  });

  it('refuses a grassroots organization under a non-bloc parent, a chi bộ trực thuộc under the bloc, and a parent not yet existing on the date — writing nothing', async () => {
    const before = await counts();
    const a = await post('', { kind: 'grassroots_cell', name: 'X', parentId: ids.db1, effectiveOn: '2021-01-01', decisionNumber: '1' }).expect(422);
    expect(a.body.message.vi).toContain('Chi bộ cơ sở không thể trực thuộc Đảng bộ cơ sở');
    expect(a.body.fields[0].field).toBe('parentId');
    await post('', { kind: 'dependent_cell', name: 'X', parentId: ids.bloc, effectiveOn: '2021-01-01', decisionNumber: '1' }).expect(422);
    const c = await post('', { kind: 'dependent_cell', name: 'X', parentId: ids.db1, effectiveOn: '2019-12-31', decisionNumber: '1' }).expect(422);
    expect(c.body.message).toEqual({ vi: 'Tổ chức cấp trên không tồn tại vào ngày 2019-12-31', en: 'The parent organization did not exist on 2019-12-31' });
    await post('', { kind: 'grassroots_committee', name: 'X', parentId: null, effectiveOn: '2021-01-01', decisionNumber: '1' }).expect(422);
    expect(await counts()).toEqual(before);
  });

  it('answers 400 field by field, in Vietnamese and English, and writes nothing', async () => {
    const before = await counts();
    const res = await post('', { kind: 'king', name: '  ', parentId: 'abc', effectiveOn: '2023-02-30' }).expect(400);
    const fields = Object.fromEntries(res.body.fields.map((f: { field: string; vi: string; en: string }) => [f.field, f]));
    expect(Object.keys(fields).sort()).toEqual(['decisionNumber', 'effectiveOn', 'kind', 'name', 'parentId']);
    expect(fields.effectiveOn).toMatchObject({ vi: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD', en: 'Invalid date, expected YYYY-MM-DD' });
    expect(fields.name.vi).toBe('Vui lòng nhập tên tổ chức');
    await post(`/${ids.cb1}/rename`, { name: 'Y', effectiveOn: 'hôm nay', decisionNumber: '1', extra: 1 }).expect(400);
    await post('/merge', { sourceIds: [ids.cb1], effectiveOn: '2023-01-01', decisionNumber: '1' }).expect(400);
    await get('?asOf=31/12/2023').expect(400);
    await get('/not-a-uuid').expect(400);
    // the service validates on its own too, whoever calls it
    const direct = await stack.service
      .send(ORG_ROUTES.establish.pattern, { token: stack.service.tokenFor({ roles: ['org_board'] }), correlationId: 'c1', payload: { kind: 'bloc_committee' } })
      .catch((e) => e);
    expect(direct).toMatchObject({ code: 'validation' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a viewer with 403 on every write route before looking at the body', async () => {
    const before = await counts();
    for (const path of ['', '/handed-in', '/merge', `/${ids.cb1}/rename`, `/${ids.cb1}/move`, `/${ids.cb1}/split`, `/${ids.cb1}/dissolve`, `/${ids.cb1}/hand-over`]) {
      const res = await post(path, { nonsense: true }, viewer).expect(403);
      expect(res.body.code).toBe('forbidden');
    }
    await get('', viewer).expect(200);
    expect(await counts()).toEqual(before);
  });
});

describe('organizations: history as of a date', () => {
  it('sees a rename recorded later for a decision of 12/12/2023 from that date, with the event on 2023-12-12', async () => {
    const res = await post(`/${ids.cb1}/rename`, { name: 'Chi bộ Công ty Cổ phần Xây lắp', effectiveOn: '2023-12-12', decisionNumber: '125-QĐ/ĐUK' }).expect(200);
    expect(res.body.org.name).toBe('Chi bộ Công ty Cổ phần Xây lắp');
    expect((await get(`/${ids.cb1}?asOf=2023-12-11`).expect(200)).body.name).toBe('Chi bộ Công ty Xây lắp');
    expect((await get(`/${ids.cb1}?asOf=2023-12-12`).expect(200)).body.name).toBe('Chi bộ Công ty Cổ phần Xây lắp');
    const listed = (await get(`?asOf=2023-12-11&parentId=${ids.bloc}&kind=grassroots_cell`).expect(200)).body;
    expect(listed.items.map((o: { name: string }) => o.name)).toEqual(['Chi bộ Công ty Xây lắp']);
    const renamed = (await outboxOf(ids.cb1)).find((e) => e.type === 'membership.organization.renamed') as OutboxMessage;
    expect(renamed.occurredOn).toBe('2023-12-12');
    expect(renamed.envelope.data).toMatchObject({ previousName: 'Chi bộ Công ty Xây lắp', name: 'Chi bộ Công ty Cổ phần Xây lắp', kind: 'grassroots_cell', grassroots: true, parentId: ids.bloc });
  });

  it('refuses a change dated on or before the latest recorded one (history is appended, not rewritten)', async () => {
    const res = await post(`/${ids.cb1}/rename`, { name: 'Z', effectiveOn: '2023-06-01', decisionNumber: '1' }).expect(422);
    expect(res.body.message.vi).toContain('phải sau ngày 2023-12-12');
  });

  it('moves a chi bộ trực thuộc to another đảng bộ: the old parent has it the day before, the new one from the date', async () => {
    await post(`/${ids.cbt2}/move`, { parentId: ids.db2, effectiveOn: '2023-06-01', decisionNumber: '80-QĐ/ĐUK' }).expect(200);
    const names = async (parent: string, asOf: string) => (await get(`?asOf=${asOf}&parentId=${parent}`).expect(200)).body.items.map((o: { id: string }) => o.id);
    expect(await names(ids.db1, '2023-05-31')).toEqual(expect.arrayContaining([ids.cbt1, ids.cbt2]));
    expect(await names(ids.db1, '2023-06-01')).toEqual([ids.cbt1]);
    expect(await names(ids.db2, '2023-06-01')).toEqual([ids.cbt2]);
    expect((await get(`/${ids.cbt2}?asOf=2023-05-31`).expect(200)).body.ancestors[0].id).toBe(ids.db1);
    expect((await get(`/${ids.db1}/subtree?asOf=2023-05-31`).expect(200)).body.ids.sort()).toEqual([ids.db1, ids.cbt1, ids.cbt2].sort());
    expect((await get(`/${ids.db1}/subtree?asOf=2023-06-01`).expect(200)).body.ids.sort()).toEqual([ids.db1, ids.cbt1].sort());
    const moved = (await outboxOf(ids.cbt2)).find((e) => e.type === 'membership.organization.moved') as OutboxMessage;
    expect(moved).toMatchObject({ occurredOn: '2023-06-01' });
    expect(moved.envelope.data).toMatchObject({ previousParentId: ids.db1, parentId: ids.db2, reason: 'reparent' });
  });

  it('refuses cycles: an organization under itself or under its own descendant', async () => {
    ids.subBloc = await establish('bloc_committee', 'Đảng bộ Khối phụ', ids.bloc, '2016-01-01');
    const before = await counts();
    const a = await post(`/${ids.bloc}/move`, { parentId: ids.subBloc, effectiveOn: '2023-01-01', decisionNumber: '1' }).expect(422);
    expect(a.body.message.vi).toContain('vòng lặp');
    await post(`/${ids.subBloc}/move`, { parentId: ids.subBloc, effectiveOn: '2023-01-01', decisionNumber: '1' }).expect(422);
    expect(await counts()).toEqual(before);
  });
});

describe('organizations: ending', () => {
  it('refuses to dissolve a đảng bộ that still has an active chi bộ, then dissolves it moving the chi bộ in the same decision', async () => {
    const before = await counts();
    const refused = await post(`/${ids.db2}/dissolve`, { effectiveOn: '2023-10-01', decisionNumber: '150-QĐ/ĐUK' }).expect(422);
    expect(refused.body.message.vi).toContain('Chi bộ Phân xưởng 1');
    expect(await counts()).toEqual(before);

    const res = await post(`/${ids.db2}/dissolve`, { effectiveOn: '2023-10-01', decisionNumber: '150-QĐ/ĐUK', moveChildren: [{ orgId: ids.cbt2, parentId: ids.db1 }] }).expect(200);
    expect(res.body.org).toBeNull();
    expect(res.body.affectedOrgIds.sort()).toEqual([ids.db2, ids.cbt2].sort());
    expect((await get(`/${ids.db2}?asOf=2023-09-30`).expect(200)).body.name).toBe('Đảng bộ Công ty Cấp nước');
    await get(`/${ids.db2}?asOf=2023-10-01`).expect(404);
    const grassroots = async (asOf: string) => (await get(`?asOf=${asOf}&parentId=${ids.bloc}`).expect(200)).body.items.filter((o: { grassroots: boolean }) => o.grassroots).length;
    expect(await grassroots('2023-09-30')).toBe(3);
    expect(await grassroots('2023-10-01')).toBe(2);
    const dissolved = (await outboxOf(ids.db2)).find((e) => e.type === 'membership.organization.dissolved') as OutboxMessage;
    expect(dissolved).toMatchObject({ occurredOn: '2023-10-01' });
    expect(dissolved.envelope.data).toMatchObject({ kind: 'grassroots_committee', grassroots: true, parentId: ids.bloc, withOrgId: null });
    expect(((await outboxOf(ids.cbt2)).at(-1) as OutboxMessage).envelope.data).toMatchObject({ reason: 'dissolution', parentId: ids.db1 });
  });

  it('refuses any change to a dissolved organization', async () => {
    const res = await post(`/${ids.db2}/rename`, { name: 'Mới', effectiveOn: '2024-01-01', decisionNumber: '1' }).expect(422);
    expect(res.body.message.vi).toContain('đã giải thể từ ngày 2023-10-01');
    await post('', { kind: 'dependent_cell', name: 'X', parentId: ids.db2, effectiveOn: '2024-01-01', decisionNumber: '1' }).expect(422);
  });

  it('hands a đảng bộ over to another committee with its whole subtree, ending them at the date', async () => {
    await post(`/${ids.db1}/hand-over`, { toCommittee: 'Đảng ủy Khối Các cơ quan tỉnh', effectiveOn: '2023-11-01', decisionNumber: '160-QĐ/ĐUK' }).expect(200);
    expect((await get(`/${ids.bloc}/subtree?asOf=2023-10-31`).expect(200)).body.ids).toEqual(expect.arrayContaining([ids.db1, ids.cbt1, ids.cbt2]));
    const after = (await get(`/${ids.bloc}/subtree?asOf=2023-11-01`).expect(200)).body.ids;
    expect(after).not.toContain(ids.db1);
    expect(after).not.toContain(ids.cbt1);
    const events = (await em().find(OutboxMessage, { type: 'membership.organization.handedOver' })).map((e) => e.envelope);
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.occurredOn === '2023-11-01')).toBe(true);
    const root = events.find((e) => e.orgId === ids.db1) as Envelope;
    expect(root.data).toMatchObject({ toCommittee: 'Đảng ủy Khối Các cơ quan tỉnh', withOrgId: null, grassroots: true, kind: 'grassroots_committee' });
    expect(events.filter((e) => (e.data as { withOrgId: string | null }).withOrgId === ids.db1)).toHaveLength(2);
    const org = await em().findOneOrFail(Organization, { id: ids.db1 });
    expect(org).toMatchObject({ status: 'handedOver', endedOn: '2023-11-01', handedOverTo: 'Đảng ủy Khối Các cơ quan tỉnh' });
  });

  it('receives an organization handed in from another committee', async () => {
    const res = await post('/handed-in', { kind: 'grassroots_cell', name: 'Chi bộ Công ty Vận tải', parentId: ids.bloc, effectiveOn: '2023-04-01', decisionNumber: '45-QĐ/ĐUK', fromCommittee: 'Đảng ủy Khối Các cơ quan tỉnh' }).expect(201);
    expect(res.body.org).toMatchObject({ origin: 'handedIn', receivedFrom: 'Đảng ủy Khối Các cơ quan tỉnh' });
    const [evt] = await outboxOf(res.body.id);
    expect(evt).toMatchObject({ type: 'membership.organization.handedIn', occurredOn: '2023-04-01' });
  });

  it('merges two chi bộ cơ sở into a new one and splits a đảng bộ into two, carrying the children', async () => {
    const a = await establish('grassroots_cell', 'Chi bộ A', ids.bloc, '2021-01-01');
    const b = await establish('grassroots_cell', 'Chi bộ B', ids.bloc, '2021-01-01');
    const merged = await post('/merge', { sourceIds: [a, b], newOrg: { kind: 'grassroots_cell', name: 'Chi bộ AB', parentId: ids.bloc }, effectiveOn: '2023-03-01', decisionNumber: '30-QĐ/ĐUK' }).expect(201);
    expect(merged.body.org).toMatchObject({ name: 'Chi bộ AB', origin: 'merger' });
    expect((await em().findOneOrFail(Organization, { id: a })).status).toBe('merged');
    expect((await outboxOf(merged.body.id))[0].envelope.data).toMatchObject({ origin: 'merger', fromOrgIds: [a, b] });

    const d = await establish('grassroots_committee', 'Đảng bộ D', ids.bloc, '2021-01-01');
    const c1 = await establish('dependent_cell', 'Chi bộ D1', d, '2021-02-01');
    const c2 = await establish('dependent_cell', 'Chi bộ D2', d, '2021-02-01');
    const body = { into: [{ kind: 'grassroots_cell', name: 'Chi bộ D-Bắc' }, { kind: 'grassroots_committee', name: 'Đảng bộ D-Nam' }], effectiveOn: '2023-05-01', decisionNumber: '55-QĐ/ĐUK' };
    const unassigned = await post(`/${d}/split`, body).expect(422);
    expect(unassigned.body.message.vi).toContain('Chi bộ D1');
    await post(`/${d}/split`, { ...body, childAssignments: [{ orgId: c1, toIndex: 0 }, { orgId: c2, toIndex: 1 }] }).expect(422); // chi bộ trực thuộc cannot sit under a chi bộ cơ sở
    const split = await post(`/${d}/split`, { ...body, childAssignments: [{ orgId: c1, toIndex: 1 }, { orgId: c2, toIndex: 1 }] }).expect(200);
    expect(split.body.org).toBeNull();
    const nam = (await em().findOneOrFail(Organization, { id: d })).successorIds[1];
    expect((await get(`/${nam}/subtree?asOf=2023-05-01`).expect(200)).body.ids.sort()).toEqual([nam, c1, c2].sort());
    expect((await outboxOf(d)).at(-1)).toMatchObject({ type: 'membership.organization.split', occurredOn: '2023-05-01' });
  });
});

describe('organizations: more decisions', () => {
  it('dissolves a đảng bộ together with its descendants when the decision says so, one event each', async () => {
    const d = await establish('grassroots_committee', 'Đảng bộ E', ids.bloc, '2021-01-01');
    const sub = await establish('sub_committee', 'Đảng bộ bộ phận E1', d, '2021-02-01');
    const cell = await establish('dependent_cell', 'Chi bộ E1a', sub, '2021-03-01');
    const group = await establish('party_group', 'Tổ đảng E1a-1', cell, '2021-04-01');
    const res = await post(`/${d}/dissolve`, { effectiveOn: '2023-07-01', decisionNumber: '99-QĐ/ĐUK', dissolveDescendants: true }).expect(200);
    expect(res.body.affectedOrgIds.sort()).toEqual([d, sub, cell, group].sort());
    for (const id of [sub, cell, group]) {
      const [, evt] = await outboxOf(id);
      expect(evt).toMatchObject({ type: 'membership.organization.dissolved', occurredOn: '2023-07-01' });
      expect(evt.envelope.data).toMatchObject({ withOrgId: d, grassroots: false });
    }
    expect((await get(`/${d}/subtree?asOf=2023-06-30`).expect(200)).body.ids).toHaveLength(4);
    await get(`/${d}/subtree?asOf=2023-07-01`).expect(404);
  });

  it('merges a chi bộ cơ sở into an existing đảng bộ cơ sở, refusing a receiver inside a merged organization', async () => {
    const into = await establish('grassroots_committee', 'Đảng bộ F', ids.bloc, '2021-01-01');
    const cell = await establish('grassroots_cell', 'Chi bộ G', ids.bloc, '2021-01-01');
    const group = await establish('party_group', 'Tổ đảng G1', cell, '2021-02-01');
    // a tổ đảng cannot follow its chi bộ under a đảng bộ: the whole decision is refused
    const before = await counts();
    await post('/merge', { sourceIds: [cell], intoOrgId: into, effectiveOn: '2023-08-01', decisionNumber: '1' }).expect(422);
    expect(await counts()).toEqual(before);
    await post(`/${group}/dissolve`, { effectiveOn: '2023-07-15', decisionNumber: '2' }).expect(200);
    const res = await post('/merge', { sourceIds: [cell], intoOrgId: into, effectiveOn: '2023-08-01', decisionNumber: '3' }).expect(201);
    expect(res.body.org).toMatchObject({ id: into, name: 'Đảng bộ F' });
    const merged = (await outboxOf(cell)).at(-1) as OutboxMessage;
    expect(merged).toMatchObject({ type: 'membership.organization.merged', occurredOn: '2023-08-01' });
    expect(merged.envelope.data).toMatchObject({ intoOrgId: into, grassroots: true });

    const parent = await establish('grassroots_committee', 'Đảng bộ H', ids.bloc, '2021-01-01');
    const child = await establish('dependent_cell', 'Chi bộ H1', parent, '2021-02-01');
    const sibling = await establish('dependent_cell', 'Chi bộ H2', parent, '2021-02-01');
    const tier = await post('/merge', { sourceIds: [parent], intoOrgId: child, effectiveOn: '2023-08-01', decisionNumber: '4' }).expect(422);
    expect(tier.body.message.vi).toContain('khác cấp');
    const inside = await post('/merge', { sourceIds: [ids.bloc], intoOrgId: ids.subBloc, effectiveOn: '2023-08-01', decisionNumber: '4' }).expect(422);
    expect(inside.body.message.vi).toContain('Tổ chức nhận nằm trong');
    const cycle = await post('/merge', { sourceIds: [sibling], newOrg: { kind: 'dependent_cell', name: 'H-mới', parentId: sibling }, effectiveOn: '2023-08-01', decisionNumber: '5' }).expect(400);
    expect(cycle.body.fields[0].field).toBe('sourceIds');
  });

  it('publishes its routes in the OpenAPI document', async () => {
    const doc = (await stack.gw.http().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/orgs', '/api/orgs/{id}', '/api/orgs/{id}/subtree', '/api/orgs/merge', '/api/orgs/handed-in', '/api/orgs/{id}/rename', '/api/orgs/{id}/move', '/api/orgs/{id}/split', '/api/orgs/{id}/dissolve', '/api/orgs/{id}/hand-over']));
  });
});

describe('organizations: a secretary sees only the subtree of their organization', () => {
  let secretary: string;
  beforeAll(async () => {
    ids.db3 = await establish('grassroots_committee', 'Đảng bộ Ngân hàng', ids.bloc, '2019-01-01');
    ids.cbt3 = await establish('dependent_cell', 'Chi bộ Tín dụng', ids.db3, '2019-02-01');
    secretary = await stack.world.secretary(ids.db3, { username: 'bithu.nganhang' });
  });

  it('reads its own subtree', async () => {
    const list = (await get('?asOf=2023-12-31', secretary).expect(200)).body;
    expect(list.items.map((o: { id: string }) => o.id).sort()).toEqual([ids.db3, ids.cbt3].sort());
    await get(`?asOf=2023-12-31&parentId=${ids.db3}`, secretary).expect(200);
    await get(`/${ids.cbt3}?asOf=2023-12-31`, secretary).expect(200);
    expect((await get(`/${ids.db3}/subtree?asOf=2023-12-31`, secretary).expect(200)).body.ids).toHaveLength(2);
  });

  it('is refused with 403 outside it on every read route, and before its organization existed', async () => {
    for (const path of [`/${ids.cb1}?asOf=2023-12-31`, `/${ids.cb1}/subtree?asOf=2023-12-31`, `?parentId=${ids.bloc}&asOf=2023-12-31`, `/${ids.bloc}`, `/${ids.db3}?asOf=2018-12-31`]) {
      const res = await get(path, secretary).expect(403);
      expect(res.body.message.vi).toContain('ngoài phạm vi');
    }
  });

  it('is refused with 403 on every write route, inside or outside its subtree', async () => {
    const before = await counts();
    const body = { name: 'X', effectiveOn: '2024-01-01', decisionNumber: '1' };
    for (const target of [ids.cbt3, ids.cb1]) {
      for (const action of ['rename', 'move', 'split', 'dissolve', 'hand-over']) await post(`/${target}/${action}`, body, secretary).expect(403);
    }
    for (const path of ['', '/handed-in', '/merge']) await post(path, body, secretary).expect(403);
    expect(await counts()).toEqual(before);
  });

  it('the service itself keeps a scoped writer inside its subtree (defence in depth, not only the gateway)', async () => {
    // orgs:write, but a scope: only db3's subtree
    const scopedWriter = stack.service.tokenFor({ roles: ['org_board'], username: 'scoped', orgScopeId: ids.db3 });
    const req = (payload: unknown) => ({ token: scopedWriter, correlationId: 'c-scope', payload });
    const before = await counts();
    await expect(stack.service.send(ORG_ROUTES.rename.pattern, req({ id: ids.cb1, name: 'X', effectiveOn: '2024-01-01', decisionNumber: '1' }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(stack.service.send(ORG_ROUTES.establish.pattern, req({ kind: 'dependent_cell', name: 'X', parentId: ids.db1, effectiveOn: '2023-01-01', decisionNumber: '1' }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(stack.service.send(ORG_ROUTES.establish.pattern, req({ kind: 'bloc_committee', name: 'X', parentId: null, effectiveOn: '2023-01-01', decisionNumber: '1' }))).rejects.toMatchObject({ code: 'forbidden' });
    expect(await counts()).toEqual(before);
    const ok = await stack.service.send<{ org: { name: string } }>(ORG_ROUTES.rename.pattern, req({ id: ids.cbt3, name: 'Chi bộ Tín dụng 1', effectiveOn: '2024-01-01', decisionNumber: '1' }));
    expect(ok.org.name).toBe('Chi bộ Tín dụng 1');
  });
});
