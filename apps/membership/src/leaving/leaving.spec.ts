import { v7 as uuidv7 } from 'uuid';
import { ComplaintFiled, ComplaintResolved, DisciplineAnnulled, DisciplineDecided, InspectionCaseClosed, InspectionCaseOpened } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { publishFact } from '@party/service-kit/testing';
import { countOf, rowsOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * Cho ra khỏi Đảng checks the Inspection Committee's facts membership keeps, not only the chi
 * bộ's word: the facts are published on JetStream as the inspection service publishes them and
 * taken in by the real consumer; the requests go through the real gateway.
 */
const stack = useStack({ label: 'leaving', service: MEMBERSHIP });
const { iso, post, em } = stack;
const consumed = (eventId: string) => stack.consumed(eventId, 'membership-inspection-facts');
const state = stack.tables({
  people: rowsOf(Person, (p) => [p.id, p.status, p.endedOn]),
  outbox: countOf(OutboxMessage, { type: { $ne: 'membership.discipline.notApplied' } }),
  audit: countOf(AuditEntry, { action: { $like: 'member.%' } }),
});
const leave = (personId: string, decisionDate: string, extra: Record<string, unknown> = {}) => post(`/members/${personId}/leave`, { decisionDate, decisionNumber: `QĐ-RK ${decisionDate}`, ...extra });
const codes = (body: { violations?: { code: string }[] }) => (body.violations ?? []).map((v) => v.code);

const ids: Record<string, string> = {};
const member = async (key: string, fullName: string) => (ids[key] = await stack.world.member({ fullName, dateOfBirth: '1975-05-05', orgId: ids.cell }));

beforeAll(async () => {
  ids.bloc = await stack.world.org({ kind: 'bloc_committee', name: 'Đảng bộ Khối' });
  ids.cell = await stack.world.org({ kind: 'grassroots_cell', name: 'Chi bộ Công ty Xây lắp', parentId: ids.bloc });
  await member('inspected', 'Phạm Thị Dung');
  await member('complained', 'Vũ Thị Giang');
  await member('warned', 'Phạm Văn Cảnh');
  await member('annulled', 'Trịnh Văn Hủy');
  await member('declared', 'Lê Văn Khai');
  await member('clean', 'Cao Văn Đi');
}, 120_000);

describe('cho ra khỏi Đảng only without violations, from the inspection facts', () => {
  it('is refused while the member is under inspection, on every date of the case; accepted from the day it closed', async () => {
    const caseId = uuidv7();
    await consumed((await publishFact(iso, InspectionCaseOpened, { personId: ids.inspected, orgId: ids.cell, caseId, openedOn: '2023-03-01', decisionNumber: 'QĐ-KT 12' }, { occurredOn: '2023-03-01' })).id);
    const before = await state();
    const refused = await leave(ids.inspected, '2023-04-01', { hasViolations: false }).expect(422);
    expect(refused.body.message.vi).toBe('Không thể cho Phạm Thị Dung ra khỏi Đảng: đảng viên đang bị kiểm tra (từ ngày 2023-03-01). Chỉ cho ra khỏi Đảng khi đảng viên không có vi phạm');
    expect(refused.body.message.en).toContain('the member is under inspection (since 2023-03-01)');
    expect(refused.body.regulation).toContain('24-QĐ/TW');
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'personId' })]);
    expect(codes(refused.body)).toEqual(['under_inspection']);
    // a decision dated before the case opened is not held by it
    await consumed((await publishFact(iso, InspectionCaseClosed, { personId: ids.inspected, orgId: ids.cell, caseId, openedOn: '2023-03-01', closedOn: '2023-05-10', outcome: 'no_violation' }, { occurredOn: '2023-05-10' })).id);
    await leave(ids.inspected, '2023-05-09').expect(422);
    expect(await state()).toEqual(before);
    const ok = await leave(ids.inspected, '2023-05-10').expect(200);
    expect(ok.body).toMatchObject({ status: 'left', endedOn: '2023-05-10' });
  });

  it('is refused while a denunciation or complaint is pending, and accepted once it is resolved', async () => {
    const complaintId = uuidv7();
    await consumed((await publishFact(iso, ComplaintFiled, { personId: ids.complained, orgId: ids.cell, complaintId, kind: 'khieu_nai', filedOn: '2023-02-01' }, { occurredOn: '2023-02-01' })).id);
    const refused = await leave(ids.complained, '2023-03-01').expect(422);
    expect(codes(refused.body)).toEqual(['pending_complaint']);
    expect(refused.body.message.vi).toContain('đảng viên có khiếu nại chưa giải quyết (từ ngày 2023-02-01)');
    await consumed((await publishFact(iso, ComplaintResolved, { personId: ids.complained, orgId: ids.cell, complaintId, kind: 'khieu_nai', filedOn: '2023-02-01', resolvedOn: '2023-03-15', outcome: 'dismissed' }, { occurredOn: '2023-03-15' })).id);
    await leave(ids.complained, '2023-03-15').expect(200);
  });

  it('is refused while a discipline decision is in force (a warning: 12 months from its effective date), accepted after it lapses', async () => {
    await consumed(
      (await publishFact(iso, DisciplineDecided, { personId: ids.warned, orgId: ids.cell, decisionId: uuidv7(), caseId: null, level: 'canh_cao', decidedOn: '2023-03-25', decisionNumber: 'QĐ-KL 07', effectiveOn: '2023-04-01' }, { occurredOn: '2023-03-25' })).id,
    );
    const refused = await leave(ids.warned, '2024-03-31').expect(422);
    expect(codes(refused.body)).toEqual(['discipline_in_force']);
    expect(refused.body.message.vi).toContain('đảng viên đang chịu kỷ luật cảnh cáo (quyết định QĐ-KL 07, hiệu lực từ 2023-04-01 đến hết ngày 2024-03-31)');
    expect(refused.body.violations[0].regulation).toContain('22-QĐ/TW');
    await leave(ids.warned, '2024-04-01').expect(200);
  });

  it('an annulled discipline decision never held: leaving is accepted', async () => {
    const decisionId = uuidv7();
    await consumed(
      (await publishFact(iso, DisciplineDecided, { personId: ids.annulled, orgId: ids.cell, decisionId, caseId: null, level: 'khien_trach', decidedOn: '2023-04-01', decisionNumber: 'QĐ-KL 08', effectiveOn: '2023-04-01' }, { occurredOn: '2023-04-01' })).id,
    );
    await leave(ids.annulled, '2023-05-01').expect(422);
    await consumed((await publishFact(iso, DisciplineAnnulled, { personId: ids.annulled, orgId: ids.cell, decisionId, annulledOn: '2023-06-01', decisionNumber: 'QĐ-HB 01', reason: 'annulled' }, { occurredOn: '2023-06-01' })).id);
    await leave(ids.annulled, '2023-05-01').expect(200);
  });

  it('keeps the chi bộ declaration: hasViolations true refuses on its own field; false or absent adds nothing', async () => {
    const before = await state();
    const refused = await leave(ids.declared, '2023-05-01', { hasViolations: true }).expect(422);
    expect(codes(refused.body)).toEqual(['declared_violations']);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'hasViolations' })]);
    expect(await state()).toEqual(before);
    await leave(ids.declared, '2023-05-01', { hasViolations: false }).expect(200);
    await leave(ids.clean, '2023-05-01').expect(200);
    const [evt] = await em().find(OutboxMessage, { type: 'membership.member.leftParty', orgId: ids.cell }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(evt.occurredOn).toBe('2023-05-01');
  });
});
