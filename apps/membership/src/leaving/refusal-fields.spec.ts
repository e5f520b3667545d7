import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { countOf, rowsOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * The portal's probation and leaving screens put a refusal under the field it is about: a rule
 * about the person under the person (`personId`, the path's person), an overlapping exemption
 * under its start date. The worklists name each member's organization, as the tables show it.
 */
const stack = useStack({ label: 'refusal-fields', service: MEMBERSHIP });
const { post, get } = stack;
const state = stack.tables({
  people: rowsOf(Person, (p) => [p.id, p.status, p.endedOn, p.exemptFrom, p.deathNoticeSentOn]),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry, { action: { $like: 'member.%' } }),
});
const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

const ids: Record<string, string> = {};

beforeAll(async () => {
  ids.bloc = await stack.world.org({ kind: 'bloc_committee', name: 'Đảng bộ Khối' });
  ids.cell = await stack.world.org({ kind: 'grassroots_cell', name: 'Chi bộ Công ty Điện lực', parentId: ids.bloc });
  ids.official = await stack.world.member({ fullName: 'Nguyễn Văn Chính', orgId: ids.cell });
  ids.struck = await stack.world.member({ fullName: 'Đinh Văn Xóa', orgId: ids.cell });
  ids.exempt = await stack.world.member({ fullName: 'Tạ Văn Miễn', orgId: ids.cell });
  ids.dead = await stack.world.member({ fullName: 'Lý Văn Mất', orgId: ids.cell });
  // still probationary: ceremony 2023-01-10, not converted
  ids.probationer = await stack.world.member({ fullName: 'Lê Thị Dự', orgId: ids.cell, admittedOn: '2023-01-10', officialDate: null });
  await post(`/members/${ids.struck}/strike-off`, { decisionDate: '2024-05-10', decisionNumber: 'QĐ-XT 01', reason: 'absent-3-months' }).expect(200);
  await post(`/members/${ids.exempt}/exemption`, { from: '2024-01-01', to: '2024-12-31' }).expect(200);
  await post(`/members/${ids.dead}/death`, { dateOfDeath: '2024-01-25' }).expect(200);
}, 120_000);

describe('a refusal about the person names personId', () => {
  it('refuses every leaving command on a struck-off member under personId, writing nothing', async () => {
    const before = await state();
    const answers = [
      await post(`/members/${ids.struck}/leave`, { decisionDate: '2024-06-01', decisionNumber: 'QĐ-RK 01' }).expect(422),
      await post(`/members/${ids.struck}/strike-off`, { decisionDate: '2024-06-01', decisionNumber: 'QĐ-XT 02', reason: 'absent-3-months' }).expect(422),
      await post(`/members/${ids.struck}/death`, { dateOfDeath: '2024-07-01' }).expect(422),
      await post(`/members/${ids.struck}/exemption`, { from: '2024-07-01' }).expect(422),
    ];
    for (const res of answers) {
      expect(res.body.fields).toEqual([{ field: 'personId', vi: expect.stringContaining('Đinh Văn Xóa đã bị xóa tên khỏi danh sách đảng viên (ngày 2024-05-10)'), en: expect.stringContaining('was struck off') }]);
    }
    expect(await state()).toEqual(before);
  });

  it('refuses a conversion or a removal of someone not probationary under personId', async () => {
    const convert = await post(`/probation/${ids.official}/convert`, { meetingDate: '2024-03-20', decisionDate: '2024-03-25', decisionNumber: 'QĐ-CT 01' }).expect(422);
    expect(convert.body).toMatchObject({ code: 'rule_violation', regulation: 'Điều lệ Đảng, Điều 5' });
    expect(convert.body.fields).toEqual([expect.objectContaining({ field: 'personId', vi: 'Nguyễn Văn Chính không phải đảng viên dự bị' })]);
    const remove = await post(`/probation/${ids.official}/remove`, { decisionDate: '2024-03-25', decisionNumber: 'QĐ-XT 03', reason: 'Không đủ tư cách' }).expect(422);
    expect(fieldsOf(remove.body)).toEqual(['personId']);
    const ended = await post(`/probation/${ids.struck}/remove`, { decisionDate: '2024-06-25', decisionNumber: 'QĐ-XT 04', reason: 'x' }).expect(422);
    expect(ended.body.fields).toEqual([expect.objectContaining({ field: 'personId', vi: expect.stringContaining('không còn là đảng viên đang sinh hoạt') })]);
  });

  it('refuses a death notice for a living member under personId', async () => {
    const res = await post(`/deaths/${ids.official}/notice`, { sentOn: '2024-02-01' }).expect(422);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'personId', vi: 'Nguyễn Văn Chính không có trong danh sách đảng viên từ trần' })]);
  });
});

describe('an exemption overlapping the current one', () => {
  it('is refused (409) under its start date, writing nothing; one starting after the current period is accepted', async () => {
    const before = await state();
    const res = await post(`/members/${ids.exempt}/exemption`, { from: '2024-06-01' }).expect(409);
    expect(res.body.fields).toEqual([{ field: 'from', vi: 'Tạ Văn Miễn đang được miễn sinh hoạt từ 2024-01-01 đến 2024-12-31', en: expect.stringContaining('already exempted') }]);
    expect(await state()).toEqual(before);
    await post(`/members/${ids.exempt}/exemption`, { from: '2025-01-01' }).expect(200);
  });
});

describe('the worklists name the organization', () => {
  it('gives each probation review and death notice its organization’s name', async () => {
    const reviews = (await get('/probation/reviews?asOf=2024-01-15').expect(200)).body.items;
    expect(reviews).toEqual([expect.objectContaining({ personId: ids.probationer, orgId: ids.cell, orgName: 'Chi bộ Công ty Điện lực', officialDate: '2024-01-10', status: 'due' })]);
    const notices = (await get('/deaths/notices?asOf=2024-02-01').expect(200)).body.items;
    expect(notices).toEqual([expect.objectContaining({ personId: ids.dead, orgName: 'Chi bộ Công ty Điện lực', status: 'due' })]);
  });
});
