import { v7 as uuidv7 } from 'uuid';
import {
  ComplaintFiled,
  ComplaintResolved,
  DisciplineAnnulled,
  DisciplineDecided,
  DisciplineLevel,
  InspectionCaseClosed,
  InspectionCaseOpened,
} from '@party/contracts';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { publishFact, redeliver } from '@party/service-kit/testing';
import { countOf, rowsOf, waitFor } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { DisciplineRecord } from '../badges/badge.entity';
import { PartyCard } from '../cards/party-card.entity';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { InspectionHold } from '../transfers/transfer.entity';

/**
 * The Inspection Committee's facts reach membership only as JetStream events on this file's
 * prefix, through the real gateway, the real consumer and PostgreSQL. The test publishes the
 * envelopes itself (validated by the same contracts) to control their order and redelivery; the
 * real producer over JetStream is exercised in apps/inspection/src/discipline/discipline.spec.ts.
 */
const stack = useStack({ label: 'inspfeeds', service: MEMBERSHIP });
const { iso, post, get, em } = stack;
const consumed = (eventId: string) => stack.consumed(eventId, 'membership-inspection-facts');
const state = stack.tables({
  holds: rowsOf(InspectionHold, (h) => [h.sourceId, h.since, h.until]),
  discipline: rowsOf(DisciplineRecord, (d) => [d.decisionId, d.applied, d.annulledOn]),
  people: rowsOf(Person, (p) => [p.id, p.status, p.endedOn]),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});

const ids: Record<string, string> = {};
const personBody = (fullName: string, orgId: string) => stack.world.personFields({ fullName, dateOfBirth: '1960-05-05', orgId });
/** Official a year after the decision (the ceremony the same day) unless `officialDate` says otherwise. */
const existing = (fullName: string, orgId: string, admittedOn = '2005-03-01', officialDate?: string) =>
  stack.world.member({ fullName, dateOfBirth: '1960-05-05', orgId, admittedOn, officialDate });
const discipline = (personId: string, level: DisciplineLevel, decidedOn: string, effectiveOn = decidedOn, decisionId = uuidv7()) =>
  publishFact(iso, DisciplineDecided, { personId, orgId: null, decisionId, caseId: null, level, decidedOn, decisionNumber: `QĐ-KL ${decisionId.slice(-4)}`, effectiveOn }, { occurredOn: decidedOn });

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '1980-01-01', cb2: false, cell2: true }));
  ids.inspected = await existing('Phạm Thị Dung', ids.cell1);
  ids.complained = await existing('Vũ Thị Giang', ids.cell1);
  ids.warned = await existing('Phạm Văn Cảnh', ids.cell1, '1983-05-19');
  ids.annulled = await existing('Trịnh Văn Hủy', ids.cell1, '1983-05-19');
  ids.expelled = await existing('Đỗ Văn Khai', ids.cell1, '1990-02-03');
  ids.recent = await existing('Ngô Thị Mới', ids.cell1, '2023-01-10', '2024-01-20'); // still probationary during 2023
}, 60_000);

describe('transfer holds fed by inspection cases and complaints', () => {
  it('refuses a transfer while the member is under inspection, and accepts it once the case closed', async () => {
    const caseId = uuidv7();
    const opened = await publishFact(iso, InspectionCaseOpened, { personId: ids.inspected, orgId: ids.cell1, caseId, openedOn: '2023-03-01', decisionNumber: 'QĐ-KT 12' }, { occurredOn: '2023-03-01' });
    await consumed(opened.id);
    const refused = await post('/transfers/internal', { personId: ids.inspected, toOrgId: ids.cell2, letterNumber: 'GGT-K1', departedOn: '2023-04-01' }).expect(422);
    expect(refused.body.message).toEqual({
      vi: 'Không thể chuyển sinh hoạt đảng: Phạm Thị Dung đang bị kiểm tra (từ ngày 2023-03-01)',
      en: 'Cannot transfer party activity: Phạm Thị Dung is under inspection (since 2023-03-01)',
    });
    expect(refused.body.regulation).toContain('12-HD/BTCTW');
    const closed = await publishFact(iso, InspectionCaseClosed, { personId: ids.inspected, orgId: ids.cell1, caseId, openedOn: '2023-03-01', closedOn: '2023-05-10', outcome: 'no_violation' }, { occurredOn: '2023-05-10' });
    await consumed(closed.id);
    expect(await em().find(InspectionHold, { sourceId: caseId })).toEqual([expect.objectContaining({ kind: 'inspection', since: '2023-03-01', until: '2023-05-09' })]);
    // the hold is dated: a transfer dated during the inspection stays refused, one from the day it closed is accepted
    await post('/transfers/internal', { personId: ids.inspected, toOrgId: ids.cell2, letterNumber: 'GGT-K2', departedOn: '2023-05-09' }).expect(422);
    await post('/transfers/internal', { personId: ids.inspected, toOrgId: ids.cell2, letterNumber: 'GGT-K3', departedOn: '2023-05-10' }).expect(201);
  });

  it('refuses a transfer while a denunciation about the member is pending, and accepts it once resolved', async () => {
    const complaintId = uuidv7();
    const filed = await publishFact(iso, ComplaintFiled, { personId: ids.complained, orgId: ids.cell1, complaintId, kind: 'to_cao', filedOn: '2023-02-01' }, { occurredOn: '2023-02-01' });
    await consumed(filed.id);
    const before = await state();
    const refused = await post('/transfers/out', { personId: ids.complained, toCommittee: 'Đảng ủy Khối Doanh nghiệp', letterNumber: 'GGT-T1', issuedOn: '2023-06-15' }).expect(422);
    expect(refused.body.message.vi).toBe('Không thể chuyển sinh hoạt đảng: Vũ Thị Giang đang có khiếu nại, tố cáo chưa giải quyết (từ ngày 2023-02-01)');
    expect(refused.body.message.en).toBe('Cannot transfer party activity: Vũ Thị Giang has a pending complaint (since 2023-02-01)');
    expect(await state()).toEqual(before);
    const resolved = await publishFact(iso, ComplaintResolved, { personId: ids.complained, orgId: ids.cell1, complaintId, kind: 'to_cao', filedOn: '2023-02-01', resolvedOn: '2023-06-01', outcome: 'dismissed' }, { occurredOn: '2023-06-01' });
    await consumed(resolved.id);
    await post('/transfers/out', { personId: ids.complained, toCommittee: 'Đảng ủy Khối Doanh nghiệp', letterNumber: 'GGT-T2', issuedOn: '2023-06-15' }).expect(201);
  });

  it('a close delivered before its opening still ends in a closed hold (each fact carries its dates)', async () => {
    const caseId = uuidv7();
    const closed = await publishFact(iso, InspectionCaseClosed, { personId: ids.warned, orgId: null, caseId, openedOn: '2022-01-10', closedOn: '2022-02-10', outcome: 'discontinued' }, { occurredOn: '2022-02-10' });
    await consumed(closed.id);
    const opened = await publishFact(iso, InspectionCaseOpened, { personId: ids.warned, orgId: null, caseId, openedOn: '2022-01-10', decisionNumber: null }, { occurredOn: '2022-01-10' });
    await consumed(opened.id);
    expect(await em().find(InspectionHold, { sourceId: caseId })).toEqual([expect.objectContaining({ since: '2022-01-10', until: '2022-02-09' })]);
  });
});

type Item = { personId: string; level: number; status: string; hold: { reason: string; until: string } | null };
const at40 = async (personId: string, occasion: string): Promise<Item[]> =>
  ((await get(`/badges/eligible?occasion=${occasion}`).expect(200)).body.items as Item[]).filter((i) => i.personId === personId && i.level === 40);

describe('discipline decisions hold badges (Quy định 94-QĐ/TW)', () => {
  it('a warning holds the 40-year badge for 6 months from the decision, then releases it; a redelivery changes nothing', async () => {
    const warning = await discipline(ids.warned, 'canh_cao', '2023-04-01');
    await consumed(warning.id);
    expect(await at40(ids.warned, '2023-05-19')).toEqual([expect.objectContaining({ status: 'held', hold: { reason: 'warning', until: '2023-10-01' } })]);
    expect(await at40(ids.warned, '2023-09-02')).toEqual([expect.objectContaining({ status: 'held' })]);
    const refused = await post('/badges/awards', { personId: ids.warned, level: 40, occasion: '2023-09-02', decisionNumber: 'QĐ-HH 1' }).expect(422);
    expect(refused.body.message.vi).toContain('đến ngày 2023-10-01');
    expect(await at40(ids.warned, '2023-11-07')).toEqual([expect.objectContaining({ status: 'due' })]);

    const before = await state();
    await redeliver(iso, DisciplineDecided, warning); // same event id: the inbox
    const republished = await discipline(ids.warned, 'canh_cao', '2023-04-01', '2023-04-01', warning.data.decisionId); // same decision, new event id: the upsert
    await consumed(republished.id); // after the redelivery: one stream, in order
    expect(await state()).toEqual(before);
    expect(await em().count(DisciplineRecord, { decisionId: warning.data.decisionId })).toBe(1);
  });

  it('an annulled warning never held: the badge is due again', async () => {
    const warning = await discipline(ids.annulled, 'canh_cao', '2023-04-01');
    await consumed(warning.id);
    expect(await at40(ids.annulled, '2023-05-19')).toEqual([expect.objectContaining({ status: 'held' })]);
    const annulled = await publishFact(iso, DisciplineAnnulled, { personId: ids.annulled, orgId: null, decisionId: warning.data.decisionId, annulledOn: '2023-05-02', decisionNumber: 'QĐ-HB 3', reason: 'annulled' }, { occurredOn: '2023-05-02' });
    await consumed(annulled.id);
    expect(await at40(ids.annulled, '2023-05-19')).toEqual([expect.objectContaining({ status: 'due' })]);
  });
});

describe('expulsion (khai trừ) removes the member', () => {
  it('status expelled on the effective date, card collected, member.expelled through the outbox, party age stops, nothing more may change', async () => {
    await post(`/members/${ids.expelled}/cards`, { cardNumber: 'KT-000123', issuedOn: '2000-03-01' }).expect(201);
    const decision = await discipline(ids.expelled, 'khai_tru', '2023-08-10', '2023-08-15');
    await consumed(decision.id);

    const person = await em().findOneOrFail(Person, { id: ids.expelled });
    expect(person).toMatchObject({ status: 'expelled', endedOn: '2023-08-15', endReason: 'expelled', endDecisionNumber: decision.data.decisionNumber });
    expect(await em().find(PartyCard, { personId: ids.expelled })).toEqual([expect.objectContaining({ cardNumber: 'KT-000123', active: false })]);
    const [evt] = await em().find(OutboxMessage, { type: 'membership.member.expelled' });
    expect(evt.occurredOn).toBe('2023-08-15');
    expect(evt.envelope.data).toEqual({
      personId: ids.expelled, orgId: ids.cell1, statusBefore: 'official', decisionId: decision.data.decisionId, decisionNumber: decision.data.decisionNumber,
      decidedOn: '2023-08-10', effectiveOn: '2023-08-15', cardCollected: 'KT-000123',
    });
    expect(evt.envelope.correlationId).toBe(decision.correlationId);
    const audits = await em().find(AuditEntry, { entityId: ids.expelled, action: 'member.expelled' });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorName: 'ubkt', before: expect.objectContaining({ status: 'official' }), after: expect.objectContaining({ status: 'expelled', cardsCollected: ['KT-000123'] }) });
    await waitFor(async () => (await em().count(OutboxMessage, { type: 'membership.member.expelled', publishedAt: { $ne: null } })) === 1, { what: 'member.expelled to be published' });

    // party age counts from the admission decision (1990-02-03) and stops at the expulsion
    const age = (await get(`/members/${ids.expelled}/party-age?asOf=2024-02-03`).expect(200)).body;
    expect(age).toMatchObject({ status: 'expelled', fullYears: 33, interruptions: [{ from: '2023-08-15', to: '2024-02-03' }] });
    const refused = await post(`/members/${ids.expelled}/strike-off`, { decisionDate: '2023-09-01', decisionNumber: 'QĐ-XT 9', reason: 'absent-3-months' }).expect(422);
    expect(refused.body.message.vi).toContain('đã bị khai trừ ra khỏi Đảng (ngày 2023-08-15)');
    expect((await get('/members?status=expelled').expect(200)).body.items.map((p: { id: string }) => p.id)).toEqual([ids.expelled]);

    const before = await state();
    await redeliver(iso, DisciplineDecided, decision);
    const again = await discipline(ids.expelled, 'khai_tru', '2023-08-10', '2023-08-15', decision.data.decisionId);
    await consumed(again.id);
    expect(await state()).toEqual(before);
    expect(await em().count(OutboxMessage, { type: 'membership.member.expelled' })).toBe(1);
  });

  it('records, without applying, what cannot be true of the member: consumed (never dead-lettered) and said in discipline.notApplied', async () => {
    const people = (await post('/people', personBody('Lý Văn Quần', ids.cell1)).expect(201)).body.id as string;
    const cases = [
      { personId: ids.recent, level: 'khai_tru' as const, reason: 'level_not_allowed_for_probationary' }, // probationary in 2023 (official 2024-01-20)
      { personId: ids.recent, level: 'cach_chuc' as const, reason: 'level_not_allowed_for_probationary' },
      { personId: people, level: 'canh_cao' as const, reason: 'not_a_member' },
      { personId: uuidv7(), level: 'khien_trach' as const, reason: 'unknown_person' },
    ];
    for (const c of cases) {
      const e = await discipline(c.personId, c.level, '2023-07-01');
      await consumed(e.id);
      expect(await em().findOneOrFail(DisciplineRecord, { decisionId: e.data.decisionId })).toMatchObject({ applied: false, notAppliedReason: c.reason });
      const said = (await em().find(OutboxMessage, { type: 'membership.discipline.notApplied' })).filter((m) => (m.envelope.data as { decisionId: string }).decisionId === e.data.decisionId);
      expect(said.map((m) => (m.envelope.data as { reason: string }).reason)).toEqual([c.reason]);
    }
    expect(await em().findOneOrFail(Person, { id: ids.recent })).toMatchObject({ status: 'official', endedOn: null });
    // a probationary member may be warned: applied
    const warned = await discipline(ids.recent, 'canh_cao', '2023-07-02');
    await consumed(warned.id);
    expect(await em().findOneOrFail(DisciplineRecord, { decisionId: warned.data.decisionId })).toMatchObject({ applied: true, kind: 'warning' });
  });

  it('an annulled expulsion is not undone automatically: reinstatement needs its own decision', async () => {
    const [record] = await em().find(DisciplineRecord, { personId: ids.expelled });
    const annulled = await publishFact(iso, DisciplineAnnulled, { personId: ids.expelled, orgId: null, decisionId: record.decisionId, annulledOn: '2023-10-01', decisionNumber: 'QĐ-HB 7', reason: 'annulled' }, { occurredOn: '2023-10-01' });
    await consumed(annulled.id);
    expect(await em().findOneOrFail(DisciplineRecord, { decisionId: record.decisionId })).toMatchObject({ annulledOn: '2023-10-01' });
    expect(await em().findOneOrFail(Person, { id: ids.expelled })).toMatchObject({ status: 'expelled' });
    const said = (await em().find(OutboxMessage, { type: 'membership.discipline.notApplied' })).filter((m) => (m.envelope.data as { decisionId: string }).decisionId === record.decisionId);
    expect(said.map((m) => (m.envelope.data as { reason: string }).reason)).toEqual(['expulsion_annulled_needs_decision']);
  });
});
