import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, LocalizedText, PersonRecorded, Principal, RouteInput, todayInVietnam, TransferArrived, TransferCompleted, TransferDeparted, TRANSFER_ROUTES } from '@party/contracts';
import { isBefore, isOnOrBefore } from '@party/rules';
import { CommandContext, Handles, UnitOfWork } from '@party/service-kit';
import { OrganizationTree, versionAt } from '../organizations/organization.tree';
import { duplicateCitizenId, PERSON } from '../people/people.service';
import { personFieldsOf } from '../people/person-fields';
import { Person } from '../people/person.entity';
import { personRecordedData, personView } from '../people/person.view';
import { placementOf } from './headcount';
import { InspectionHold, Transfer } from './transfer.entity';
import { LETTER_BOXES, temporaryDurationProblem, TRANSFER_HOLD_REGULATION } from './transfer.rules';
import { assertEitherEnd, TRANSFER, transferView } from './transfer.view';

const CHARTER = 'Điều lệ Đảng, Điều 7; Hướng dẫn 12-HD/BTCTW (2022)';

/** A state conflict about one field of the form (the person already on the move): 409, shown under that field. */
const conflictOn = (field: string, message: LocalizedText, short: LocalizedText) => new DomainError({ code: 'conflict', message, fields: [{ field, ...short }] });

/**
 * Chuyển sinh hoạt đảng: official (out of the bloc, into it, internal with an in-transit state
 * and the boxes of the introduction letter) and temporary. Each command locks the member's
 * journey, so one transfer is open at a time and each starts after the previous took effect.
 */
@Injectable()
export class TransfersService {
  constructor(private readonly tree: OrganizationTree) {}

  /** Out of the bloc: effective (and complete) on the letter date. */
  @Handles(TRANSFER_ROUTES.transferOut)
  async transferOut(input: RouteInput<typeof TRANSFER_ROUTES.transferOut>, { em, uow: u, principal }: CommandContext) {
    const { person, source } = await this.startable(em, principal, input.personId, input.issuedOn, 'issuedOn');
    const t = em.create(Transfer, { personId: person.id, kind: 'out', status: 'completed', fromOrgId: source, toCommittee: input.toCommittee, letterNumber: input.letterNumber, departedOn: input.issuedOn, effectiveOn: input.issuedOn });
    em.persist(t);
    this.departed(u, t, source);
    await this.completed(em, u, t, source, input.issuedOn);
    u.audit('transfer.out', 'transfer', t.id, null, transferView(t, person.fullName));
    return transferView(t, person.fullName);
  }

  /** Into the bloc, recorded when the receiving organization accepts the letter (the arrival). */
  @Handles(TRANSFER_ROUTES.transferIn)
  async transferIn(input: RouteInput<typeof TRANSFER_ROUTES.transferIn>, { em, uow: u, principal }: CommandContext) {
    await this.tree.assertInScope(principal, [input.toOrgId], input.arrivedOn, em);
    await this.assertOrgOn(em, input.toOrgId, input.arrivedOn, 'toOrgId');
    const person = input.personId ? await this.returning(em, u, input.personId, input) : await this.arriving(em, u, input);
    const t = em.create(Transfer, {
      personId: person.id,
      kind: 'in',
      status: 'completed',
      fromCommittee: input.fromCommittee,
      toOrgId: input.toOrgId,
      letterNumber: input.letterNumber,
      departedOn: input.issuedOn,
      arrivedOn: input.arrivedOn,
      effectiveOn: input.arrivedOn,
      dossierReceivedOn: input.dossierReceivedOn,
      activityStartedOn: input.activityStartedOn,
    });
    em.persist(t);
    u.event(TransferArrived, { ...this.data(t), orgId: input.toOrgId, arrivedOn: input.arrivedOn }, input.arrivedOn);
    await this.completed(em, u, t, input.toOrgId, input.arrivedOn);
    u.audit('transfer.in', 'transfer', t.id, null, transferView(t, person.fullName));
    // two clerks recording the same newcomer: the citizen id's unique index decides
    await u.flushOrConflict(() => duplicateCitizenId(input.person?.citizenId ?? ''));
    return transferView(t, person.fullName);
  }

  /** Internal: the member leaves the source on `departedOn` and is in transit until the arrival. */
  @Handles(TRANSFER_ROUTES.startInternal)
  async startInternal(input: RouteInput<typeof TRANSFER_ROUTES.startInternal>, { em, uow: u, principal }: CommandContext) {
    const { person, source } = await this.startable(em, principal, input.personId, input.departedOn, 'departedOn');
    await this.assertOrgOn(em, input.toOrgId, input.departedOn, 'toOrgId');
    if (input.toOrgId === source) throw DomainError.validation([{ field: 'toOrgId', vi: 'Nơi đến trùng nơi đang sinh hoạt', en: 'The destination is the current organization' }]);
    const t = em.create(Transfer, { personId: person.id, kind: 'internal', status: 'inTransit', fromOrgId: source, toOrgId: input.toOrgId, letterNumber: input.letterNumber, departedOn: input.departedOn });
    em.persist(t);
    this.departed(u, t, source);
    u.audit('transfer.departed', 'transfer', t.id, null, transferView(t, person.fullName));
    return transferView(t, person.fullName);
  }

  /** A box of the introduction letter filled by a committee on the way (at most 10). */
  @Handles(TRANSFER_ROUTES.recordHop)
  async recordHop(input: RouteInput<typeof TRANSFER_ROUTES.recordHop>, { em, uow: u, principal }: CommandContext) {
    const { t, person } = await this.openTransfer(em, principal, input.id);
    this.assertAfterLastStep(t, 'receivedOn', input.receivedOn, (last) => ({ vi: `Ngày nhận không thể trước ${last}`, en: `Cannot precede ${last}` }));
    if (t.hops.length >= LETTER_BOXES) throw DomainError.rule({ vi: `Giấy giới thiệu chỉ có ${LETTER_BOXES} ô`, en: `The letter has only ${LETTER_BOXES} boxes` }, CHARTER);
    if (input.viaOrgId) await this.assertOrgOn(em, input.viaOrgId, input.receivedOn, 'viaOrgId');
    const before = transferView(t, person.fullName);
    t.hops = [...t.hops, { box: t.hops.length + 1, viaOrgId: input.viaOrgId ?? null, viaCommittee: input.viaCommittee ?? null, receivedOn: input.receivedOn }];
    u.audit('transfer.hopRecorded', 'transfer', t.id, before, transferView(t, person.fullName));
    return transferView(t, person.fullName);
  }

  /** The member presents the letter at the destination: the transfer takes effect on that day. */
  @Handles(TRANSFER_ROUTES.arrive)
  async arrive(input: RouteInput<typeof TRANSFER_ROUTES.arrive>, { em, uow: u, principal }: CommandContext) {
    const { t, person } = await this.openTransfer(em, principal, input.id);
    this.assertAfterLastStep(t, 'arrivedOn', input.arrivedOn, (last) => ({ vi: `Ngày đến không thể trước ${last}`, en: `Arrival cannot precede ${last}` }));
    if (input.activityStartedOn && isBefore(input.activityStartedOn, input.arrivedOn)) throw DomainError.validation([{ field: 'activityStartedOn', vi: 'Ngày bắt đầu sinh hoạt trước ngày đến', en: 'Activity cannot start before arrival' }]);
    await this.assertOrgOn(em, t.toOrgId as string, input.arrivedOn, 'arrivedOn');
    const before = transferView(t, person.fullName);
    const personBefore = personView(person);
    t.status = 'completed';
    t.arrivedOn = input.arrivedOn;
    t.effectiveOn = input.arrivedOn;
    t.activityStartedOn = input.activityStartedOn;
    person.orgId = t.toOrgId as string;
    u.event(TransferArrived, { ...this.data(t), orgId: t.toOrgId as string, arrivedOn: input.arrivedOn }, input.arrivedOn);
    await this.completed(em, u, t, t.toOrgId as string, input.arrivedOn);
    u.audit('transfer.arrived', 'transfer', t.id, before, transferView(t, person.fullName));
    u.audit('person.transferred', 'person', person.id, personBefore, personView(person));
    return transferView(t, person.fullName);
  }

  /** Activity started at the destination, dossier handed over. */
  @Handles(TRANSFER_ROUTES.followUp)
  async followUp(input: RouteInput<typeof TRANSFER_ROUTES.followUp>, { em, uow: u, principal }: CommandContext) {
    const t = await em.findOne(Transfer, { id: input.id });
    if (!t) throw DomainError.notFound(TRANSFER);
    if (t.kind !== 'internal' && t.kind !== 'in') throw DomainError.rule({ vi: 'Chỉ theo dõi hồ sơ và sinh hoạt với chuyển đến, chuyển nội bộ', en: 'Only transfers in and internal transfers are followed up' });
    await this.tree.assertInScope(principal, [t.toOrgId as string], todayInVietnam(), em);
    for (const field of ['activityStartedOn', 'dossierReceivedOn'] as const) {
      const v = input[field];
      if (v && isBefore(v, t.departedOn)) throw DomainError.validation([{ field, vi: `Không thể trước ngày chuyển đi ${t.departedOn}`, en: `Cannot precede the departure ${t.departedOn}` }]);
    }
    const person = await em.findOneOrFail(Person, { id: t.personId });
    const before = transferView(t, person.fullName);
    if (input.activityStartedOn) t.activityStartedOn = input.activityStartedOn;
    if (input.dossierReceivedOn) t.dossierReceivedOn = input.dossierReceivedOn;
    u.audit('transfer.followedUp', 'transfer', t.id, before, transferView(t, person.fullName));
    return transferView(t, person.fullName);
  }

  /** Temporary (tạm thời): never moves the headcount. */
  @Handles(TRANSFER_ROUTES.startTemporary)
  async startTemporary(input: RouteInput<typeof TRANSFER_ROUTES.startTemporary>, { em, uow: u, principal }: CommandContext) {
    const { person, source } = await this.startable(em, principal, input.personId, input.startOn, 'startOn');
    const problem = temporaryDurationProblem(input.startOn, input.untilOn, input.purpose);
    if (problem) throw DomainError.rule({ vi: problem.vi, en: problem.en }, problem.rule.regulation, [{ field: 'untilOn', vi: problem.vi, en: problem.en }]);
    if (input.toOrgId) {
      await this.assertOrgOn(em, input.toOrgId, input.startOn, 'toOrgId');
      if (input.toOrgId === source) throw DomainError.validation([{ field: 'toOrgId', vi: 'Nơi đến trùng nơi đang sinh hoạt', en: 'The destination is the current organization' }]);
    }
    const t = em.create(Transfer, {
      personId: person.id,
      kind: 'temporary',
      status: 'completed',
      fromOrgId: source,
      toOrgId: input.toOrgId ?? null,
      toCommittee: input.toCommittee ?? null,
      letterNumber: input.letterNumber,
      departedOn: input.startOn,
      effectiveOn: input.startOn,
      purpose: input.purpose,
      untilOn: input.untilOn,
    });
    em.persist(t);
    this.departed(u, t, source);
    await this.completed(em, u, t, input.toOrgId ?? source, input.startOn);
    u.audit('transfer.temporary', 'transfer', t.id, null, transferView(t, person.fullName));
    return transferView(t, person.fullName);
  }

  // ---------------------------------------------------------------- internals

  /** A member who left the bloc earlier, coming back. */
  private async returning(em: EntityManager, u: UnitOfWork, personId: string, input: { toOrgId: string; issuedOn: string; arrivedOn: string }): Promise<Person> {
    const person = await em.findOne(Person, { id: personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.lock(em, person.id);
    this.assertMember(person);
    await this.assertNothingOpen(em, person, input.issuedOn, 'issuedOn');
    if (await placementOf(em, person.id, input.arrivedOn)) {
      throw conflictOn('personId', { vi: `${person.fullName} đang sinh hoạt trong Đảng bộ Khối vào ngày ${input.arrivedOn}: dùng chuyển sinh hoạt nội bộ`, en: `${person.fullName} is already active in the bloc on ${input.arrivedOn}: use an internal transfer` }, { vi: 'Đang sinh hoạt trong Đảng bộ Khối: dùng chuyển sinh hoạt nội bộ', en: 'Already active in the bloc: use an internal transfer' });
    }
    const before = personView(person);
    person.orgId = input.toOrgId;
    u.audit('person.transferredIn', 'person', person.id, before, personView(person));
    return person;
  }

  /** A person not known here yet, recorded from the letter. */
  private async arriving(em: EntityManager, u: UnitOfWork, input: RouteInput<typeof TRANSFER_ROUTES.transferIn>): Promise<Person> {
    const p = input.person;
    if (!p) throw DomainError.validation([{ field: 'person', vi: 'Thiếu hồ sơ người chuyển đến', en: 'person is required' }]);
    if (await em.findOne(Person, { citizenId: p.citizenId })) throw duplicateCitizenId(p.citizenId);
    if (p.dateOfBirth > input.arrivedOn) throw DomainError.validation([{ field: 'person.dateOfBirth', vi: 'Ngày sinh sau ngày tiếp nhận', en: 'Birth date after the arrival' }]);
    const person = em.create(Person, {
      ...personFieldsOf({ ...p, orgId: input.toOrgId }),
      status: p.officialDate && isOnOrBefore(p.officialDate, input.arrivedOn) ? 'official' : 'probationary',
      admissionDecisionDate: p.admissionDecisionDate,
      ceremonyDate: p.ceremonyDate,
      officialDate: p.officialDate,
    });
    em.persist(person);
    u.event(PersonRecorded, personRecordedData(person), todayInVietnam());
    u.audit('person.recorded', 'person', person.id, null, personView(person));
    return person;
  }

  /**
   * A member who may start a transfer on `date`: where they are, in scope, nothing open, no hold.
   * Each refusal names the form's field it is about (the person, or `dateField` for a date too early).
   */
  private async startable(em: EntityManager, principal: Principal, personId: string, date: string, dateField: string): Promise<{ person: Person; source: string }> {
    const person = await em.findOne(Person, { id: personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.lock(em, person.id);
    this.assertMember(person);
    const source = await placementOf(em, person.id, date);
    if (!source) {
      throw DomainError.rule({ vi: `${person.fullName} không sinh hoạt trong Đảng bộ Khối vào ngày ${date}`, en: `${person.fullName} is not active in the bloc on ${date}` }, CHARTER, [
        { field: 'personId', vi: `Không sinh hoạt trong Đảng bộ Khối vào ngày ${date}`, en: `Not active in the bloc on ${date}` },
      ]);
    }
    await this.tree.assertInScope(principal, [source], date, em);
    await this.assertNothingOpen(em, person, date, dateField);
    await this.assertNoHold(em, person, date);
    return { person, source };
  }

  private assertMember(person: Person): void {
    if (person.status !== 'official' && person.status !== 'probationary') {
      throw DomainError.rule({ vi: `${person.fullName} không phải đảng viên`, en: `${person.fullName} is not a party member` }, CHARTER, [{ field: 'personId', vi: 'Không phải đảng viên', en: 'Not a party member' }]);
    }
  }

  /** One open journey at a time, and each move starts on or after the previous took effect. */
  private async assertNothingOpen(em: EntityManager, person: Person, date: string, dateField: string): Promise<void> {
    const open = await em.findOne(Transfer, { personId: person.id, status: 'inTransit' });
    if (open) {
      throw conflictOn('personId', { vi: `${person.fullName} đang trên đường chuyển sinh hoạt (đi ngày ${open.departedOn})`, en: `${person.fullName} is in transit (left on ${open.departedOn})` }, { vi: `Đang trên đường chuyển sinh hoạt (đi ngày ${open.departedOn})`, en: `In transit (left on ${open.departedOn})` });
    }
    const latest = await em.findOne(Transfer, { personId: person.id, kind: { $ne: 'temporary' } }, { orderBy: { id: 'desc' } });
    if (latest?.effectiveOn && isBefore(date, latest.effectiveOn)) {
      throw DomainError.rule({ vi: `Chuyển sinh hoạt trước đó có hiệu lực ngày ${latest.effectiveOn}: ngày mới không thể sớm hơn`, en: `The previous transfer took effect on ${latest.effectiveOn}: a new one cannot start earlier` }, CHARTER, [
        { field: dateField, vi: `Không thể trước ngày ${latest.effectiveOn} (chuyển sinh hoạt trước đó có hiệu lực)`, en: `Cannot precede ${latest.effectiveOn} (the previous transfer took effect)` },
      ]);
    }
  }

  /** Under inspection or with a pending complaint on the date (local flags fed by inspection): refused. */
  private async assertNoHold(em: EntityManager, person: Person, date: string): Promise<void> {
    const hold = await em.findOne(InspectionHold, { personId: person.id, since: { $lte: date }, $or: [{ until: null }, { until: { $gte: date } }] }, { orderBy: { since: 'asc' } });
    if (!hold) return;
    const what = hold.kind === 'inspection' ? { vi: 'đang bị kiểm tra', en: 'is under inspection' } : { vi: 'đang có khiếu nại, tố cáo chưa giải quyết', en: 'has a pending complaint' };
    throw DomainError.rule(
      {
        vi: `Không thể chuyển sinh hoạt đảng: ${person.fullName} ${what.vi} (từ ngày ${hold.since})`,
        en: `Cannot transfer party activity: ${person.fullName} ${what.en} (since ${hold.since})`,
      },
      TRANSFER_HOLD_REGULATION,
      [{ field: 'personId', vi: `Đảng viên ${what.vi}`, en: `The member ${what.en}` }],
    );
  }

  /** An internal transfer still in transit, in scope at either end, its journey locked. */
  private async openTransfer(em: EntityManager, principal: Principal, transferId: string): Promise<{ t: Transfer; person: Person }> {
    const t = await em.findOne(Transfer, { id: transferId });
    if (!t) throw DomainError.notFound(TRANSFER);
    await assertEitherEnd(this.tree, principal, t, t.departedOn, em);
    await this.lock(em, t.personId);
    await em.refresh(t);
    if (t.status !== 'inTransit') throw DomainError.conflict({ vi: `Chuyển sinh hoạt đã hoàn tất ngày ${t.effectiveOn}`, en: `The transfer was completed on ${t.effectiveOn}` });
    return { t, person: await em.findOneOrFail(Person, { id: t.personId }) };
  }

  /** A step of the journey is dated on or after the last one recorded: the departure, or the letter's last box. */
  private assertAfterLastStep(t: Transfer, field: string, on: string, message: (last: string) => LocalizedText): void {
    const last = t.hops.at(-1)?.receivedOn ?? t.departedOn;
    if (isBefore(on, last)) throw DomainError.validation([{ field, ...message(last) }]);
  }

  private async assertOrgOn(em: EntityManager, orgId: string, date: string, field: string): Promise<void> {
    if (!(await versionAt(em, orgId, date))) {
      throw DomainError.rule({ vi: `Tổ chức đảng không tồn tại vào ngày ${date}`, en: `The organization does not exist on ${date}` }, undefined, [{ field, vi: 'Tổ chức không tồn tại hoặc đã kết thúc', en: 'Unknown or ended organization' }]);
    }
  }

  private lock(em: EntityManager, personId: string) {
    return em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.transfer.${personId}`]);
  }

  private data(t: Transfer) {
    return { transferId: t.id, personId: t.personId, kind: t.kind, fromOrgId: t.fromOrgId, fromCommittee: t.fromCommittee, toOrgId: t.toOrgId, toCommittee: t.toCommittee, letterNumber: t.letterNumber };
  }

  private departed(u: UnitOfWork, t: Transfer, orgId: string): void {
    u.event(TransferDeparted, { ...this.data(t), orgId, departedOn: t.departedOn, untilOn: t.untilOn }, t.departedOn);
  }

  private async completed(em: EntityManager, u: UnitOfWork, t: Transfer, orgId: string, effectiveOn: string): Promise<void> {
    const kindOf = async (id: string | null) => (id ? ((await versionAt(em, id, effectiveOn))?.kind ?? null) : null);
    u.event(TransferCompleted, { ...this.data(t), orgId, effectiveOn, fromOrgKind: await kindOf(t.fromOrgId), toOrgKind: await kindOf(t.toOrgId) }, effectiveOn);
  }
}
