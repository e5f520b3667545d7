import { AuditEntry } from '@party/database';
import { v7 as uuidv7 } from 'uuid';
import { DisciplineDecided } from '@party/contracts';
import { OutboxMessage } from '@party/messaging';
import { publishFact } from '@party/service-kit/testing';
import { countOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { BadgeAward, DisciplineRecord } from './badge.entity';

/** Huy hiệu Đảng through the real gateway and real PostgreSQL, judged by libs/rules. */
const stack = useStack({ label: 'badges', service: MEMBERSHIP });
const { iso, post, get, em } = stack;
const counts = stack.tables({ awards: countOf(BadgeAward), outbox: countOf(OutboxMessage), audit: countOf(AuditEntry) });

const ids: Record<string, string> = {};
let secretary: string;
/** Official a year after the decision (the ceremony the same day). */
const member = (fullName: string, admittedOn: string, orgId = ids.cell1) => stack.world.member({ fullName, dateOfBirth: '1950-01-01', orgId, admittedOn });
type Item = { personId: string; level: number; status: string; basis: string; hold: { reason: string; until: string } | null; reachedOn: string };
const eligible = async (occasion: string, token?: string, orgId?: string): Promise<Item[]> =>
  (await get(`/badges/eligible?occasion=${occasion}${orgId ? `&orgId=${orgId}` : ''}`, token).expect(200)).body.items;
const of = (items: Item[], personId: string) => items.filter((i) => i.personId === personId);
const award = (personId: string, level: number, occasion: string, token?: string) => post('/badges/awards', { personId, level, occasion, decisionNumber: `QĐ-HH ${personId.slice(-4)}-${level}` }, token);

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '1980-01-01' }));
  ids.exact = await member('Nguyễn Văn Đúng', '1993-09-02');
  ids.dayAfter = await member('Trần Văn Sau', '1993-09-03');
  ids.ill = await member('Lê Văn Ốm', '1994-09-02');
  ids.illLate = await member('Lê Văn Muộn', '1994-09-03');
  ids.warned = await member('Phạm Văn Cảnh', '1983-05-19');
  ids.died = await member('Hoàng Văn Mất', '1993-12-01');
  ids.outside = await member('Vũ Văn Ngoài', '1993-09-02', ids.cb2);
  secretary = await stack.world.secretary(ids.db1, { username: 'bithu.hh' });
}, 60_000);

describe('eligibility on an occasion', () => {
  it('30 years reached exactly on 2/9/2023 is due on that occasion; reached on 3/9/2023 is not (next: 7/11)', async () => {
    const items = await eligible('2023-09-02');
    expect(of(items, ids.exact)).toEqual([expect.objectContaining({ level: 30, status: 'due', basis: 'regular', reachedOn: '2023-09-02' })]);
    expect(of(items, ids.dayAfter)).toEqual([]);
    expect(of(await eligible('2023-11-07'), ids.dayAfter)).toEqual([expect.objectContaining({ level: 30, status: 'due' })]);
  });

  it('refuses a date that is not an occasion with a clear message', async () => {
    const res = await get('/badges/eligible?occasion=2023-09-03').expect(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'occasion', vi: 'Ngày 2023-09-03 không phải dịp xét tặng Huy hiệu Đảng (3/2, 19/5, 2/9, 7/11); dịp gần nhất là 2023-11-07' })]);
  });

  it('a seriously ill member is awarded up to 12 months early', async () => {
    expect(of(await eligible('2023-09-02'), ids.ill)).toEqual([]);
    await post('/badges/cases', { personId: ids.ill, seriouslyIllSince: '2023-06-01' }).expect(201);
    await post('/badges/cases', { personId: ids.illLate, seriouslyIllSince: '2023-06-01' }).expect(201);
    const items = await eligible('2023-09-02');
    expect(of(items, ids.ill)).toEqual([expect.objectContaining({ level: 30, status: 'due', basis: 'seriouslyIll', reachedOn: '2024-09-02' })]);
    expect(of(items, ids.illLate)).toEqual([]); // 12 months and one day early: not yet
  });

  it('posthumously, with up to 12 months missing on the day of death', async () => {
    await post('/badges/cases', { personId: ids.died, diedOn: '2023-08-01' }).expect(201);
    expect(of(await eligible('2023-09-02'), ids.died)).toEqual([expect.objectContaining({ level: 30, status: 'due', basis: 'posthumous' })]);
  });

  it('a warning holds the award 6 months from the decision', async () => {
    // the Inspection Committee's decision, as a JetStream event on this file's prefix
    const decisionId = uuidv7();
    const decided = await publishFact(iso, DisciplineDecided, { personId: ids.warned, orgId: ids.cell1, decisionId, caseId: null, level: 'canh_cao', decidedOn: '2023-04-01', decisionNumber: 'QĐ-KL 5', effectiveOn: '2023-04-01' }, { occurredOn: '2023-04-01' });
    await stack.consumed(decided.id);
    expect(await em().count(DisciplineRecord, { decisionId })).toBe(1);
    // the 30-year badge (2013) was never recorded here: it is listed too (held), the 40-year one matters
    const at40 = async (occasion: string) => of(await eligible(occasion), ids.warned).filter((i) => i.level === 40);
    expect(await at40('2023-05-19')).toEqual([expect.objectContaining({ level: 40, status: 'held', hold: { reason: 'warning', until: '2023-10-01' } })]);
    expect(await at40('2023-09-02')).toEqual([expect.objectContaining({ level: 40, status: 'held' })]);
    const before = await counts();
    const res = await award(ids.warned, 40, '2023-09-02').expect(422);
    expect(res.body.message.vi).toContain('đến ngày 2023-10-01');
    expect(await counts()).toEqual(before);
    expect(await at40('2023-11-07')).toEqual([expect.objectContaining({ level: 40, status: 'due' })]);
    await award(ids.warned, 40, '2023-11-07').expect(201);
  });
});

describe('awards', () => {
  it('records an award with badge.awarded on the occasion date; a second one of the same level is 409 and writes nothing', async () => {
    const res = (await award(ids.exact, 30, '2023-09-02').expect(201)).body;
    expect(res).toMatchObject({ level: 30, occasion: '2023-09-02', basis: 'regular', orgId: ids.cell1 });
    const evts = (await em().find(OutboxMessage, { type: 'membership.badge.awarded' })).filter((e) => (e.envelope.data as { personId: string }).personId === ids.exact);
    expect(evts).toHaveLength(1);
    expect(evts[0].occurredOn).toBe('2023-09-02');
    expect(evts[0].envelope.data).toMatchObject({ level: 30, occasion: '2023-09-02', orgId: ids.cell1 });
    const before = await counts();
    const again = await award(ids.exact, 30, '2023-11-07').expect(409);
    expect(again.body.message.vi).toContain('đã được tặng Huy hiệu 30 năm tuổi Đảng (đợt 2023-09-02)');
    expect(await counts()).toEqual(before);
    expect(of(await eligible('2023-11-07'), ids.exact)).toEqual([]);
  });

  it('refuses a level not reached by the occasion', async () => {
    const res = await award(ids.dayAfter, 30, '2023-09-02').expect(422);
    expect(res.body.message.vi).toContain('đủ ngày 2023-09-03');
  });

  it('answers 400 field by field and writes nothing', async () => {
    const before = await counts();
    const res = await post('/badges/awards', { personId: 'x', level: 33, occasion: '2023-02-30', decisionNumber: ' ' }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['decisionNumber', 'level', 'occasion', 'personId']);
    await post('/badges/awards', { personId: ids.dayAfter, level: 30, occasion: '2023-09-01', decisionNumber: 'QĐ' }).expect(400);
    await get('/badges/eligible?occasion=x').expect(400);
    await post('/badges/cases', { personId: ids.ill }).expect(400);
    expect(await counts()).toEqual(before);
  });
});

describe('awards made before the encoded regulation (from the paper books)', () => {
  it('records a 2013 award as history — not judged by 94-QĐ/TW (2022) — so the level is no longer due in 2023', async () => {
    const id = await member('Đỗ Văn Sổ', '1983-03-10');
    expect(of(await eligible('2023-05-19'), id).map((i) => i.level)).toEqual([30, 40]);
    const res = await award(id, 30, '2013-05-19').expect(201);
    expect(res.body).toMatchObject({ level: 30, occasion: '2013-05-19', basis: 'regular', recordedAsHistory: true });
    const [evt] = await em().find(OutboxMessage, { type: 'membership.badge.awarded', occurredOn: '2013-05-19' });
    expect(evt.envelope.data).toMatchObject({ personId: id, level: 30, recordedAsHistory: true });
    expect(of(await eligible('2023-05-19'), id).map((i) => i.level)).toEqual([40]);
  });

  it('files a history award at the member’s organization when that organization is younger than the award', async () => {
    const young = (await post('/orgs', { kind: 'grassroots_cell', name: 'Chi bộ Công ty Mới', parentId: ids.bloc, effectiveOn: '2018-06-01', decisionNumber: 'QĐ mới' }).expect(201)).body.id;
    const id = await member('Đỗ Văn Cũ', '1983-03-10', young);
    expect((await award(id, 30, '2013-05-19').expect(201)).body).toMatchObject({ orgId: young, recordedAsHistory: true });
  });

  it('refuses a history award more than 24 months before the level was reached, writing nothing', async () => {
    const id = await member('Đỗ Văn Sớm', '1983-03-10');
    const before = await counts();
    const res = await award(id, 30, '2011-02-03').expect(422);
    expect(res.body.message.vi).toContain('2013-03-10');
    expect(res.body.fields[0].field).toBe('occasion');
    expect(await counts()).toEqual(before);
    await award(id, 30, '2011-05-19').expect(201); // 22 months early: an early award of its time
  });
});

describe('a secretary scoped to one đảng bộ', () => {
  it('sees and awards only inside it: 403 outside, nothing written', async () => {
    const before = await counts();
    expect((await get(`/badges/eligible?occasion=2023-09-02&orgId=${ids.cb2}`, secretary).expect(403)).body.message.vi).toContain('ngoài phạm vi');
    await award(ids.outside, 30, '2023-09-02', secretary).expect(403);
    await post('/badges/cases', { personId: ids.outside, seriouslyIllSince: '2023-01-01' }, secretary).expect(403);
    expect(await counts()).toEqual(before);
    const mine = await eligible('2023-09-02', secretary);
    expect(mine.length).toBeGreaterThan(0);
    expect(of(mine, ids.outside)).toEqual([]);
    expect(of(await eligible('2023-09-02'), ids.outside)).toHaveLength(1);
  });
});

describe('the list of members due a badge', () => {
  it('is paged with the total, filtered by level and status; byLevel counts every page', async () => {
    const all = (await get('/badges/eligible?occasion=2023-09-02&pageSize=500').expect(200)).body;
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(2);
    const second = (await get('/badges/eligible?occasion=2023-09-02&pageSize=1&page=2').expect(200)).body;
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 1, items: [all.items[1]], byLevel: all.byLevel, name: { vi: 'Quốc khánh 2/9' } });
    const held = (await get('/badges/eligible?occasion=2023-09-02&status=held').expect(200)).body;
    expect(held.items.map((i: Item) => i.personId)).toContain(ids.warned);
    expect(held.items.every((i: Item) => i.status === 'held')).toBe(true);
    const at40 = (await get('/badges/eligible?occasion=2023-09-02&level=40&sort=fullName').expect(200)).body.items;
    expect(at40.length).toBeGreaterThan(0);
    expect(at40.every((i: Item) => i.level === 40)).toBe(true);
    expect((await get('/badges/eligible?occasion=2023-09-02&level=33').expect(400)).body.fields[0].field).toBe('level');
    const cell = (await get(`/badges/eligible?occasion=2023-09-02&orgId=${ids.cb2}`).expect(200)).body;
    expect(cell).toMatchObject({ orgId: ids.cb2, total: 1, items: [expect.objectContaining({ personId: ids.outside })] });
  });
});

describe('a round of awards under one decision (batch)', () => {
  const batch = (occasion: string, awards: { personId: string; level: number }[], token?: string) => post('/badges/awards/batch', { occasion, decisionNumber: 'QĐ-HH đợt 19/5', awards }, token);

  it('records every award of the round in one go: one badge.awarded each, dated on the occasion', async () => {
    const due30 = await member('Bùi Văn Ba Mươi', '1993-05-19');
    const due40 = await member('Bùi Văn Bốn Mươi', '1983-05-19'); // the 30-year badge was never recorded: both levels due
    const res = (await batch('2023-05-19', [{ personId: due30, level: 30 }, { personId: due40, level: 30 }, { personId: due40, level: 40 }]).expect(201)).body;
    expect(res).toMatchObject({ occasion: '2023-05-19', decisionNumber: 'QĐ-HH đợt 19/5', count: 3 });
    expect(res.awards.map((a: { fullName: string; level: number; basis: string }) => [a.fullName, a.level, a.basis])).toEqual([
      ['Bùi Văn Ba Mươi', 30, 'regular'],
      ['Bùi Văn Bốn Mươi', 30, 'regular'],
      ['Bùi Văn Bốn Mươi', 40, 'regular'],
    ]);
    const evts = (await em().find(OutboxMessage, { type: 'membership.badge.awarded' })).filter((e) => [due30, due40].includes((e.envelope.data as { personId: string }).personId));
    expect(evts.map((e) => e.occurredOn)).toEqual(['2023-05-19', '2023-05-19', '2023-05-19']);
    expect(of(await eligible('2023-05-19'), due40)).toEqual([]);
  });

  it('refuses the whole round when one award is refused, naming that item with its reason — nothing written', async () => {
    const due = await member('Cao Văn Đủ', '1993-05-19');
    const early = await member('Cao Văn Chưa', '1993-05-20');
    const before = await counts();
    const res = await batch('2023-05-19', [{ personId: due, level: 30 }, { personId: early, level: 30 }]).expect(422);
    expect(res.body.message.vi).toBe('1/2 trường hợp không được ghi nhận; chưa ghi nhận trường hợp nào của đợt này');
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'awards.1.personId', vi: expect.stringContaining('Cao Văn Chưa (30 năm): Cao Văn Chưa chưa đủ 30 năm tuổi Đảng') })]);
    expect(await counts()).toEqual(before);
    expect(of(await eligible('2023-05-19'), due)).toEqual([expect.objectContaining({ level: 30, status: 'due' })]);
    // an award already recorded is listed too
    await award(due, 30, '2023-05-19').expect(201);
    const again = await batch('2023-09-02', [{ personId: due, level: 30 }]).expect(422);
    expect(again.body.fields[0]).toMatchObject({ field: 'awards.0.personId', vi: expect.stringContaining('mỗi mốc chỉ tặng một lần') });
  });

  it('answers 400 for a member listed twice at one level, an empty round or a date that is not an occasion; 403 outside the scope', async () => {
    const before = await counts();
    const twice = await batch('2023-09-02', [{ personId: ids.outside, level: 30 }, { personId: ids.outside, level: 30 }]).expect(400);
    expect(twice.body.fields.map((f: { field: string }) => f.field)).toEqual(['awards.1.personId']);
    expect((await batch('2023-09-02', []).expect(400)).body.fields[0].field).toBe('awards');
    expect((await batch('2023-09-03', [{ personId: ids.outside, level: 30 }]).expect(400)).body.fields[0].field).toBe('occasion');
    await batch('2023-09-02', [{ personId: ids.outside, level: 30 }], secretary).expect(403);
    expect(await counts()).toEqual(before);
  });
});
