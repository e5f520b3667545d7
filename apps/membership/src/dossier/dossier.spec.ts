import { DOSSIER_ROUTES } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { countOf, rowsOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { DossierEntry } from './dossier-entry.entity';

/** Hồ sơ đảng viên and identity corrections, through the real gateway, the real service and PostgreSQL. */
const stack = useStack({ label: 'dossier', service: MEMBERSHIP });
const { iso, post, get, em } = stack;
const tokens: Record<string, string> = {};
const counts = stack.tables({
  entries: countOf(DossierEntry),
  people: rowsOf(Person, (p) => [p.fullName, p.citizenId, p.dateOfBirth]),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});

const ids: Record<string, string> = {};
const existing = (fullName: string, orgId: string) => stack.world.member({ fullName, dateOfBirth: '1975-04-30', gender: 'female', hometown: 'Nghệ An', orgId });
const lyLich = { kind: 'ly-lich', documentDate: '2004-10-01', title: 'Lý lịch của người xin vào Đảng', content: { queQuan: 'Nghệ An', thanhPhanGiaDinh: 'Nông dân' }, referenceNumber: 'LL-2004-017' };
const approval = { approverName: 'Nguyễn Văn Phê', approverRole: 'Phó Bí thư Thường trực Đảng ủy Khối', decisionNumber: 'QĐ 45-QĐ/ĐUK', approvedOn: '2024-03-01' };

beforeAll(async () => {
  tokens.board = stack.board;
  for (const [who, username] of [['viewer', 'viewer'], ['standing', 'thuongvu'], ['ubkt', 'ubkt'], ['admin', 'admin']]) tokens[who] = await stack.login(username);
  Object.assign(ids, await stack.world.tree({ effectiveOn: '2010-01-01' }));
  ids.an = await existing('Nguyễn Thị An', ids.cell1);
  ids.binh = await existing('Trần Thị Bình', ids.cb2);
  tokens.secretary = await stack.world.secretary(ids.db1, { username: 'bithu.dl' });
}, 60_000);

describe('dossier entries: append-only, confidential', () => {
  it('adds an entry; the event carries ids, kind and dates only; the write is audited', async () => {
    const item = (await post(`/members/${ids.an}/dossier`, lyLich).expect(201)).body;
    ids.lyLich = item.entryId;
    expect(item).toMatchObject({ kind: 'ly-lich', year: null, current: { title: lyLich.title, content: lyLich.content, referenceNumber: 'LL-2004-017' }, corrections: [] });
    const [evt] = await em().find(OutboxMessage, { type: 'membership.dossier.entryAdded' });
    expect(evt.occurredOn).toBe('2004-10-01');
    expect(evt.envelope.data).toEqual({ personId: ids.an, orgId: ids.cell1, entryId: item.entryId, kind: 'ly-lich', year: null, documentDate: '2004-10-01' });
    expect(JSON.stringify(evt.envelope)).not.toContain('Nông dân');
    expect(await em().find(AuditEntry, { action: 'dossier.entryAdded', entityId: item.entryId })).toEqual([expect.objectContaining({ actorName: 'bantochuc' })]);
  });

  it('has no update or delete route, and the table itself refuses both', async () => {
    const before = await counts();
    const auth = { authorization: `Bearer ${tokens.board}` };
    await stack.gw.http().put(`/api/members/${ids.an}/dossier/${ids.lyLich}`).set(auth).send({ title: 'X' }).expect(404);
    await stack.gw.http().patch(`/api/members/${ids.an}/dossier/${ids.lyLich}`).set(auth).send({ title: 'X' }).expect(404);
    await stack.gw.http().delete(`/api/members/${ids.an}/dossier/${ids.lyLich}`).set(auth).expect(404);
    const schema = iso.schema;
    await expect(em().execute(`update "${schema}"."dossier_entry" set fields = '{}' where id = ?`, [ids.lyLich])).rejects.toThrow(/append-only/);
    await expect(em().execute(`delete from "${schema}"."dossier_entry" where id = ?`, [ids.lyLich])).rejects.toThrow(/append-only/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a correction without an approval with 422, a message per missing field, and writes nothing', async () => {
    const before = await counts();
    const changes = { title: 'Lý lịch đảng viên', content: { queQuan: 'Hà Tĩnh' } };
    const none = await post(`/members/${ids.an}/dossier/${ids.lyLich}/corrections`, { changes, reason: 'Ghi sai quê quán' }).expect(422);
    expect(none.body.message.vi).toContain('cần có quyết định phê duyệt');
    expect(none.body.fields.map((f: { field: string }) => f.field)).toEqual(['approval.approverName', 'approval.approverRole', 'approval.decisionNumber', 'approval.approvedOn']);
    expect(none.body.fields[2]).toEqual({ field: 'approval.decisionNumber', vi: 'Cần ghi số quyết định phê duyệt', en: 'The approval decision number is required' });
    const partial = await post(`/members/${ids.an}/dossier/${ids.lyLich}/corrections`, { changes, reason: 'Ghi sai quê quán', approval: { decisionNumber: 'QĐ 1' } }).expect(422);
    expect(partial.body.fields.map((f: { field: string }) => f.field)).toEqual(['approval.approverName', 'approval.approverRole', 'approval.approvedOn']);
    // malformed (not missing) is a 400 naming the field
    const bad = await post(`/members/${ids.an}/dossier/${ids.lyLich}/corrections`, { changes: {}, reason: ' ', approval: { ...approval, approvedOn: '2024-02-30' } }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['approval.approvedOn', 'changes', 'reason']);
    expect(await counts()).toEqual(before);
  });

  it('a correction with its approval is a new entry: corrections applied, the original kept and readable', async () => {
    const corrected = (await post(`/members/${ids.an}/dossier/${ids.lyLich}/corrections`, { changes: { content: { queQuan: 'Hà Tĩnh' } }, reason: 'Ghi sai quê quán', approval }).expect(201)).body;
    expect(corrected.current).toEqual({ documentDate: '2004-10-01', title: lyLich.title, referenceNumber: 'LL-2004-017', content: { queQuan: 'Hà Tĩnh', thanhPhanGiaDinh: 'Nông dân' } });
    const list = (await get(`/members/${ids.an}/dossier`).expect(200)).body;
    expect(list.items).toHaveLength(1);
    const [item] = list.items;
    expect(item.original).toMatchObject({ entryId: ids.lyLich, content: lyLich.content, correction: null });
    expect(item.corrections).toEqual([expect.objectContaining({ content: { queQuan: 'Hà Tĩnh', thanhPhanGiaDinh: 'Nông dân' }, correction: expect.objectContaining({ correctsEntryId: ids.lyLich, reason: 'Ghi sai quê quán', approval, changed: ['content'] }) })]);
    expect(item.current.content.queQuan).toBe('Hà Tĩnh');
    // rows: the original untouched, the correction beside it
    const rows = await em().find(DossierEntry, { originalEntryId: ids.lyLich }, { orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.correctsEntryId, r.fields])).toEqual([[null, expect.objectContaining({ content: lyLich.content })], [ids.lyLich, { content: { queQuan: 'Hà Tĩnh' } }]]);
    const [evt] = await em().find(OutboxMessage, { type: 'membership.dossier.entryCorrected' });
    expect(evt.occurredOn).toBe('2024-03-01');
    expect(Object.keys(evt.envelope.data as object).sort()).toEqual(['approvedOn', 'correctsEntryId', 'entryId', 'kind', 'orgId', 'originalEntryId', 'personId']);
    // correcting to what it already says changes nothing and is refused
    await post(`/members/${ids.an}/dossier/${ids.lyLich}/corrections`, { changes: { content: { queQuan: 'Hà Tĩnh' } }, reason: 'Lặp lại', approval }).expect(422);
  });

  it('one annual supplement per year, with its year', async () => {
    const supplement = { kind: 'phieu-bo-sung', year: 2023, documentDate: '2024-01-15', title: 'Phiếu bổ sung hồ sơ đảng viên năm 2023', content: { thayDoi: 'Tốt nghiệp thạc sĩ' }, referenceNumber: 'PBS-2023-01' };
    const noYear = await post(`/members/${ids.an}/dossier`, { ...supplement, year: undefined }).expect(400);
    expect(noYear.body.fields).toEqual([expect.objectContaining({ field: 'year', vi: 'Phiếu bổ sung hồ sơ cần ghi năm bổ sung' })]);
    await post(`/members/${ids.an}/dossier`, supplement).expect(201);
    const before = await counts();
    const again = await post(`/members/${ids.an}/dossier`, { ...supplement, referenceNumber: 'PBS-2023-02' }).expect(409);
    expect(again.body.message.vi).toContain('đã có phiếu bổ sung hồ sơ năm 2023');
    expect(await counts()).toEqual(before);
    const bad = await post(`/members/${ids.an}/dossier`, { kind: 'nhat-ky', documentDate: '2024-13-01', title: '', content: 'text', referenceNumber: '' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['content', 'documentDate', 'kind', 'referenceNumber', 'title']);
  });
});

describe('who may read and write a dossier', () => {
  it('a viewer and the system administrator get 403; the standing committee and the Inspection Committee read but do not write', async () => {
    const before = await counts();
    for (const who of ['viewer', 'admin']) {
      await get(`/members/${ids.an}/dossier`, tokens[who]).expect(403);
      await post(`/members/${ids.an}/dossier`, lyLich, tokens[who]).expect(403);
    }
    for (const who of ['standing', 'ubkt']) {
      expect((await get(`/members/${ids.an}/dossier`, tokens[who]).expect(200)).body.items.length).toBe(2);
      await post(`/members/${ids.an}/dossier`, lyLich, tokens[who]).expect(403);
    }
    expect(await em().count(DossierEntry, {})).toBe(before.entries);
  });

  it('a secretary reads and writes within their subtree only', async () => {
    await get(`/members/${ids.an}/dossier`, tokens.secretary).expect(200);
    await post(`/members/${ids.an}/dossier`, { ...lyLich, kind: 'quyet-dinh', title: 'Quyết định công nhận đảng viên chính thức', referenceNumber: 'QĐ-CT 9' }, tokens.secretary).expect(201);
    const before = await counts();
    const outside = await get(`/members/${ids.binh}/dossier`, tokens.secretary).expect(403);
    expect(outside.body.message.vi).toContain('ngoài phạm vi');
    await post(`/members/${ids.binh}/dossier`, lyLich, tokens.secretary).expect(403);
    expect(await counts()).toEqual(before);
  });

  it('the service itself refuses a caller without dossier:read (not only the gateway)', async () => {
    // a viewer's token: no dossier:read, no dossier:write
    const token = stack.service.tokenFor({ roles: ['viewer'], username: 'members-only' });
    const req = (payload: unknown) => ({ token, correlationId: 'c-dossier', payload });
    await expect(stack.service.send(DOSSIER_ROUTES.list.pattern, req({ id: ids.an }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(stack.service.send(DOSSIER_ROUTES.add.pattern, req({ ...lyLich, id: ids.an }))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('audits every read: who read whose dossier', async () => {
    const reads = () => em().find(AuditEntry, { action: 'dossier.read', entityId: ids.an }, { orderBy: { at: 'asc' } });
    const before = (await reads()).length;
    await get(`/members/${ids.an}/dossier`, tokens.standing).expect(200);
    const after = await reads();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ actorName: 'thuongvu', entity: 'person' });
    expect(after.map((a) => a.actorName)).toEqual(expect.arrayContaining(['bantochuc', 'ubkt', 'bithu.dl']));
  });
});

describe('identity corrections (đính chính thông tin nhân thân)', () => {
  it('refuses a correction without an approval with 422 per field, and writes nothing', async () => {
    const before = await counts();
    const res = await post(`/members/${ids.an}/corrections`, { changes: { fullName: 'Nguyễn Thị Ân' }, reason: 'Sai dấu' }).expect(422);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['approval.approverName', 'approval.approverRole', 'approval.decisionNumber', 'approval.approvedOn']);
    const bad = await post(`/members/${ids.an}/corrections`, { changes: { citizenId: '123', orgId: ids.cb2 }, reason: 'x', approval }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['changes', 'changes.citizenId']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a citizen ID another person has, with 409, and writes nothing', async () => {
    const binh = await em().findOneOrFail(Person, { id: ids.binh });
    const before = await counts();
    const res = await post(`/members/${ids.an}/corrections`, { changes: { citizenId: binh.citizenId }, reason: 'Ghi nhầm CCCD', approval }).expect(409);
    expect(res.body.message.vi).toContain(`Số CCCD ${binh.citizenId} đã có`);
    expect(await counts()).toEqual(before);
  });

  it('corrects name and birth date with the approval: before/after in the audit and in person.corrected', async () => {
    const old = await em().findOneOrFail(Person, { id: ids.an });
    const res = (await post(`/members/${ids.an}/corrections`, { changes: { fullName: 'Nguyễn Thị Ân', dateOfBirth: '1975-05-30', hometown: old.hometown }, reason: 'Sai so với giấy khai sinh', approval }).expect(201)).body;
    expect(res).toMatchObject({ fullName: 'Nguyễn Thị Ân', dateOfBirth: '1975-05-30', correction: { changed: ['fullName', 'dateOfBirth'], before: { fullName: 'Nguyễn Thị An', dateOfBirth: '1975-04-30' } } });
    const [evt] = await em().find(OutboxMessage, { type: 'membership.person.corrected' });
    expect(evt.occurredOn).toBe('2024-03-01');
    expect(evt.envelope.data).toEqual({
      personId: ids.an, orgId: ids.cell1, changed: ['fullName', 'dateOfBirth'], before: { fullName: 'Nguyễn Thị An', dateOfBirth: '1975-04-30' }, after: { fullName: 'Nguyễn Thị Ân', dateOfBirth: '1975-05-30' },
      approvalDecisionNumber: 'QĐ 45-QĐ/ĐUK', approvedOn: '2024-03-01',
    });
    const [audit] = await em().find(AuditEntry, { action: 'person.corrected', entityId: ids.an });
    expect(audit).toMatchObject({ actorName: 'bantochuc', before: expect.objectContaining({ fullName: 'Nguyễn Thị An' }), after: expect.objectContaining({ fullName: 'Nguyễn Thị Ân', correction: expect.objectContaining({ approval }) }) });
    // the search follows the corrected name
    expect((await get(`/members?q=${encodeURIComponent('nguyen thi an')}`).expect(200)).body.items.map((p: { id: string }) => p.id)).toEqual([ids.an]);
    await post(`/members/${ids.an}/corrections`, { changes: { fullName: 'Nguyễn Thị Ân' }, reason: 'Lặp lại', approval }).expect(422);
    await post(`/members/${ids.binh}/corrections`, { changes: { fullName: 'Trần Thị Bính' }, reason: 'x', approval }, tokens.secretary).expect(403);
  });
});
