import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  arriveSchema,
  DomainError,
  followUpSchema,
  getTransferQuery,
  headcountQuery,
  hopSchema,
  PersonRecorded,
  Principal,
  searchableName,
  ServiceRequest,
  startInternalSchema,
  startTemporarySchema,
  todayInVietnam,
  TransferArrived,
  TransferCompleted,
  TransferDeadlineView,
  TransferDeparted,
  transferInSchema,
  transferListQuery,
  transferOutSchema,
  TransferView,
  validate,
} from '@party/contracts';
import { addMonths, CalendarCoverageError, isBefore, isOnOrBefore, vietnamCalendar, versionOn } from '@party/rules';
import { BackboneRunner } from '@party/service-kit';
import { OrganizationTree, outOfScope, versionAt } from '../organizations/organization.tree';
import { duplicateCitizenId, PERSON } from '../people/people.service';
import { Person } from '../people/person.entity';
import { personView } from '../people/person.view';
import { placementOf, placementsOn } from './headcount';
import { InspectionHold, Transfer } from './transfer.entity';
import {
  LETTER_BOXES,
  temporaryDurationProblem,
  TRANSFER_ACTIVITY_DEADLINE_RULES,
  TRANSFER_DOSSIER_RULES,
  TRANSFER_HOLD_REGULATION,
  TRANSFER_LETTER_DEADLINE_RULES,
} from './transfer.rules';
import { WorkUnit } from './work-unit';

const TRANSFER = { vi: 'phiếu chuyển sinh hoạt đảng', en: 'Transfer' };
const CHARTER = 'Điều lệ Đảng, Điều 7; Hướng dẫn 12-HD/BTCTW (2022)';

export const HEADCOUNT_RULE = {
  vi: 'Đảng viên đang trên đường chuyển sinh hoạt nội bộ được tính ở nơi đi đến hết ngày trước ngày đến và ở nơi đến từ ngày đến; chuyển ra ngoài Khối thôi tính từ ngày ký giấy giới thiệu; chuyển vào tính từ ngày nơi nhận tiếp nhận; sinh hoạt tạm thời không tính ở nơi sinh hoạt tạm thời.',
  en: 'A member in transit between two organizations of the bloc is counted at the source up to the day before arrival and at the destination from the arrival date; a transfer out of the bloc stops the count on the letter date; a transfer in starts it on the day the receiving organization accepts the letter; a temporary transfer is never counted at the host.',
};

export function transferView(t: Transfer, fullName?: string): TransferView {
  return {
    id: t.id,
    personId: t.personId,
    ...(fullName ? { fullName } : {}),
    kind: t.kind,
    status: t.status,
    fromOrgId: t.fromOrgId,
    fromCommittee: t.fromCommittee,
    toOrgId: t.toOrgId,
    toCommittee: t.toCommittee,
    letterNumber: t.letterNumber,
    departedOn: t.departedOn,
    arrivedOn: t.arrivedOn,
    effectiveOn: t.effectiveOn,
    purpose: t.purpose,
    untilOn: t.untilOn,
    hops: t.hops,
    activityStartedOn: t.activityStartedOn,
    dossierReceivedOn: t.dossierReceivedOn,
  };
}

/**
 * Chuyển sinh hoạt đảng: official (out of the bloc, into it, internal with an in-transit state
 * and the boxes of the introduction letter) and temporary; deadlines; the 3-month dossier check;
 * the headcount that never counts a member twice or not at all.
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly tree: OrganizationTree,
  ) {}

  /** Out of the bloc: effective (and complete) on the letter date. */
  async transferOut(req: ServiceRequest): Promise<TransferView> {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(transferOutSchema, req.payload);
    return this.write(req, principal, async (u) => {
      const { person, source } = await this.startable(u, input.personId, input.issuedOn);
      const t = u.em.create(Transfer, { personId: person.id, kind: 'out', status: 'completed', fromOrgId: source, toCommittee: input.toCommittee, letterNumber: input.letterNumber, departedOn: input.issuedOn, effectiveOn: input.issuedOn });
      u.em.persist(t);
      await this.departed(u, t, source);
      await this.completed(u, t, source, input.issuedOn);
      u.auditOf('transfer.out', 'transfer', t.id, null, transferView(t));
      return transferView(t, person.fullName);
    });
  }

  /** Into the bloc, recorded when the receiving organization accepts the letter (the arrival). */
  async transferIn(req: ServiceRequest): Promise<TransferView> {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(transferInSchema, req.payload);
    return this.write(req, principal, async (u) => {
      await this.tree.assertInScope(principal, [input.toOrgId], input.arrivedOn, u.em);
      await this.assertOrgOn(u.em, input.toOrgId, input.arrivedOn, 'toOrgId');
      let person: Person;
      if (input.personId) {
        const known = await u.em.findOne(Person, { id: input.personId });
        if (!known) throw DomainError.notFound(PERSON);
        person = known;
        await this.lock(u.em, person.id);
        this.assertMember(person);
        await this.assertNothingOpen(u.em, person, input.issuedOn);
        const where = await placementOf(u.em, person.id, input.arrivedOn);
        if (where) {
          throw DomainError.conflict({ vi: `${person.fullName} đang sinh hoạt trong Đảng bộ Khối vào ngày ${input.arrivedOn}: dùng chuyển sinh hoạt nội bộ`, en: `${person.fullName} is already active in the bloc on ${input.arrivedOn}: use an internal transfer` });
        }
        const before = personView(person);
        person.orgId = input.toOrgId;
        u.auditOf('person.transferredIn', 'person', person.id, before, personView(person));
      } else {
        const p = input.person;
        if (!p) throw DomainError.validation([{ field: 'person', vi: 'Thiếu hồ sơ người chuyển đến', en: 'person is required' }]);
        if (await u.em.findOne(Person, { citizenId: p.citizenId })) throw duplicateCitizenId(p.citizenId);
        if (p.dateOfBirth > input.arrivedOn) throw DomainError.validation([{ field: 'person.dateOfBirth', vi: 'Ngày sinh sau ngày tiếp nhận', en: 'Birth date after the arrival' }]);
        person = u.em.create(Person, {
          fullName: p.fullName,
          searchName: searchableName(p.fullName),
          dateOfBirth: p.dateOfBirth,
          gender: p.gender,
          citizenId: p.citizenId,
          ethnicity: p.ethnicity,
          religion: p.religion,
          hometown: p.hometown,
          generalEducation: p.generalEducation,
          professionalEducation: p.professionalEducation,
          theoryLevel: p.theoryLevel,
          occupation: p.occupation,
          position: p.position,
          orgId: input.toOrgId,
          status: p.officialDate && isOnOrBefore(p.officialDate, input.arrivedOn) ? 'official' : 'probationary',
          admissionDecisionDate: p.admissionDecisionDate,
          ceremonyDate: p.ceremonyDate,
          officialDate: p.officialDate,
        });
        u.em.persist(person);
        u.event(
          PersonRecorded,
          { personId: person.id, orgId: person.orgId, citizenId: person.citizenId, fullName: person.fullName, dateOfBirth: person.dateOfBirth, gender: person.gender, ethnicity: person.ethnicity, religion: person.religion, generalEducation: person.generalEducation, professionalEducation: person.professionalEducation, theoryLevel: person.theoryLevel },
          todayInVietnam(),
        );
        u.auditOf('person.recorded', 'person', person.id, null, personView(person));
      }
      const t = u.em.create(Transfer, {
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
      u.em.persist(t);
      u.event(TransferArrived, { ...this.data(t), orgId: input.toOrgId, arrivedOn: input.arrivedOn }, input.arrivedOn);
      await this.completed(u, t, input.toOrgId, input.arrivedOn);
      u.auditOf('transfer.in', 'transfer', t.id, null, transferView(t));
      return transferView(t, person.fullName);
    });
  }

  /** Internal: the member leaves the source on `departedOn` and is in transit until the arrival. */
  async startInternal(req: ServiceRequest): Promise<TransferView> {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(startInternalSchema, req.payload);
    return this.write(req, principal, async (u) => {
      const { person, source } = await this.startable(u, input.personId, input.departedOn);
      await this.assertOrgOn(u.em, input.toOrgId, input.departedOn, 'toOrgId');
      if (input.toOrgId === source) throw DomainError.validation([{ field: 'toOrgId', vi: 'Nơi đến trùng nơi đang sinh hoạt', en: 'The destination is the current organization' }]);
      const t = u.em.create(Transfer, { personId: person.id, kind: 'internal', status: 'inTransit', fromOrgId: source, toOrgId: input.toOrgId, letterNumber: input.letterNumber, departedOn: input.departedOn });
      u.em.persist(t);
      await this.departed(u, t, source);
      u.auditOf('transfer.departed', 'transfer', t.id, null, transferView(t));
      return transferView(t, person.fullName);
    });
  }

  /** A box of the introduction letter filled by a committee on the way (at most 10). */
  async recordHop(req: ServiceRequest): Promise<TransferView> {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(hopSchema, req.payload);
    return this.write(req, principal, async (u) => {
      const t = await this.openTransfer(u, principal, input.transferId);
      const last = t.hops.at(-1)?.receivedOn ?? t.departedOn;
      if (isBefore(input.receivedOn, last)) throw DomainError.validation([{ field: 'receivedOn', vi: `Ngày nhận không thể trước ${last}`, en: `Cannot precede ${last}` }]);
      if (t.hops.length >= LETTER_BOXES) throw DomainError.rule({ vi: `Giấy giới thiệu chỉ có ${LETTER_BOXES} ô`, en: `The letter has only ${LETTER_BOXES} boxes` }, CHARTER);
      if (input.viaOrgId) await this.assertOrgOn(u.em, input.viaOrgId, input.receivedOn, 'viaOrgId');
      const before = transferView(t);
      t.hops = [...t.hops, { box: t.hops.length + 1, viaOrgId: input.viaOrgId ?? null, viaCommittee: input.viaCommittee ?? null, receivedOn: input.receivedOn }];
      u.auditOf('transfer.hopRecorded', 'transfer', t.id, before, transferView(t));
      return transferView(t);
    });
  }

  /** The member presents the letter at the destination: the transfer takes effect on that day. */
  async arrive(req: ServiceRequest): Promise<TransferView> {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(arriveSchema, req.payload);
    return this.write(req, principal, async (u) => {
      const t = await this.openTransfer(u, principal, input.transferId);
      const last = t.hops.at(-1)?.receivedOn ?? t.departedOn;
      if (isBefore(input.arrivedOn, last)) throw DomainError.validation([{ field: 'arrivedOn', vi: `Ngày đến không thể trước ${last}`, en: `Arrival cannot precede ${last}` }]);
      if (input.activityStartedOn && isBefore(input.activityStartedOn, input.arrivedOn)) throw DomainError.validation([{ field: 'activityStartedOn', vi: 'Ngày bắt đầu sinh hoạt trước ngày đến', en: 'Activity cannot start before arrival' }]);
      await this.assertOrgOn(u.em, t.toOrgId as string, input.arrivedOn, 'arrivedOn');
      const person = await u.em.findOneOrFail(Person, { id: t.personId });
      const before = transferView(t);
      const personBefore = personView(person);
      t.status = 'completed';
      t.arrivedOn = input.arrivedOn;
      t.effectiveOn = input.arrivedOn;
      t.activityStartedOn = input.activityStartedOn;
      person.orgId = t.toOrgId as string;
      u.event(TransferArrived, { ...this.data(t), orgId: t.toOrgId as string, arrivedOn: input.arrivedOn }, input.arrivedOn);
      await this.completed(u, t, t.toOrgId as string, input.arrivedOn);
      u.auditOf('transfer.arrived', 'transfer', t.id, before, transferView(t));
      u.auditOf('person.transferred', 'person', person.id, personBefore, personView(person));
      return transferView(t, person.fullName);
    });
  }

  /** Activity started at the destination, dossier handed over. */
  async followUp(req: ServiceRequest): Promise<TransferView> {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(followUpSchema, req.payload);
    return this.write(req, principal, async (u) => {
      const t = await u.em.findOne(Transfer, { id: input.transferId });
      if (!t) throw DomainError.notFound(TRANSFER);
      if (t.kind !== 'internal' && t.kind !== 'in') throw DomainError.rule({ vi: 'Chỉ theo dõi hồ sơ và sinh hoạt với chuyển đến, chuyển nội bộ', en: 'Only transfers in and internal transfers are followed up' });
      await this.tree.assertInScope(principal, [t.toOrgId as string], todayInVietnam(), u.em);
      for (const field of ['activityStartedOn', 'dossierReceivedOn'] as const) {
        const v = input[field];
        if (v && isBefore(v, t.departedOn)) throw DomainError.validation([{ field, vi: `Không thể trước ngày chuyển đi ${t.departedOn}`, en: `Cannot precede the departure ${t.departedOn}` }]);
      }
      const before = transferView(t);
      if (input.activityStartedOn) t.activityStartedOn = input.activityStartedOn;
      if (input.dossierReceivedOn) t.dossierReceivedOn = input.dossierReceivedOn;
      u.auditOf('transfer.followedUp', 'transfer', t.id, before, transferView(t));
      return transferView(t);
    });
  }

  /** Temporary (tạm thời): never moves the headcount. */
  async startTemporary(req: ServiceRequest): Promise<TransferView> {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(startTemporarySchema, req.payload);
    return this.write(req, principal, async (u) => {
      const { person, source } = await this.startable(u, input.personId, input.startOn);
      const problem = temporaryDurationProblem(input.startOn, input.untilOn, input.purpose);
      if (problem) throw DomainError.rule({ vi: problem.vi, en: problem.en }, problem.rule.regulation, [{ field: 'untilOn', vi: problem.vi, en: problem.en }]);
      if (input.toOrgId) {
        await this.assertOrgOn(u.em, input.toOrgId, input.startOn, 'toOrgId');
        if (input.toOrgId === source) throw DomainError.validation([{ field: 'toOrgId', vi: 'Nơi đến trùng nơi đang sinh hoạt', en: 'The destination is the current organization' }]);
      }
      const t = u.em.create(Transfer, {
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
      u.em.persist(t);
      await this.departed(u, t, source);
      await this.completed(u, t, input.toOrgId ?? source, input.startOn);
      u.auditOf('transfer.temporary', 'transfer', t.id, null, transferView(t));
      return transferView(t, person.fullName);
    });
  }

  async get(req: ServiceRequest): Promise<TransferView> {
    const principal = assertPermission(req.principal, 'members:read');
    const { transferId } = validate(getTransferQuery, req.payload ?? {});
    const em = this.orm.em.fork();
    const t = await em.findOne(Transfer, { id: transferId });
    if (!t) throw DomainError.notFound(TRANSFER);
    await this.assertEitherEnd(principal, t, todayInVietnam(), em);
    const person = await em.findOneOrFail(Person, { id: t.personId });
    return transferView(t, person.fullName);
  }

  /**
   * Internal and incoming transfers whose letter is not yet presented (30 working days from the
   * move) or whose activity has not started (60 working days): due, or overdue after the deadline day.
   */
  async deadlines(req: ServiceRequest): Promise<{ asOf: string; items: TransferDeadlineView[] }> {
    const principal = assertPermission(req.principal, 'members:read');
    const q = validate(transferListQuery, req.payload ?? {});
    const asOf = q.asOf ?? todayInVietnam();
    const em = this.orm.em.fork();
    const scope = await this.scopeFilter(principal, asOf, em);
    const rows = await em.find(Transfer, { kind: { $in: ['internal', 'in'] }, departedOn: { $lte: asOf }, $or: [{ arrivedOn: null }, { activityStartedOn: null }], ...scope });
    const names = await this.names(em, rows);
    const items: TransferDeadlineView[] = [];
    try {
      for (const t of rows) {
        if (!t.arrivedOn) items.push(deadlineEntry('presentLetter', t, names, versionOn(TRANSFER_LETTER_DEADLINE_RULES, t.departedOn), asOf));
        if (!t.activityStartedOn) items.push(deadlineEntry('startActivity', t, names, versionOn(TRANSFER_ACTIVITY_DEADLINE_RULES, t.departedOn), asOf));
      }
    } catch (err) {
      if (err instanceof CalendarCoverageError) throw DomainError.rule({ vi: `Lịch ngày làm việc chưa có dữ liệu cho ${err.date}`, en: err.message });
      throw err;
    }
    items.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.fullName.localeCompare(b.fullName));
    return { asOf, items };
  }

  /** The 3-monthly check: members transferred in whose dossier has not arrived 3 months after arrival. */
  async missingDossiers(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:read');
    const q = validate(transferListQuery, req.payload ?? {});
    const asOf = q.asOf ?? todayInVietnam();
    const rule = versionOn(TRANSFER_DOSSIER_RULES, asOf);
    const em = this.orm.em.fork();
    const scope = await this.scopeFilter(principal, asOf, em);
    const before = addMonths(asOf, -rule.params.months);
    const rows = await em.find(Transfer, { kind: 'in', dossierReceivedOn: null, arrivedOn: { $lte: before }, ...scope }, { orderBy: { arrivedOn: 'asc', id: 'asc' } });
    const names = await this.names(em, rows);
    return {
      asOf,
      arrivedOnOrBefore: before,
      regulation: rule.regulation,
      items: rows.map((t) => ({ transferId: t.id, personId: t.personId, fullName: names.get(t.personId) ?? '', toOrgId: t.toOrgId, fromCommittee: t.fromCommittee, arrivedOn: t.arrivedOn, monthsWaiting: monthsBetween(t.arrivedOn as string, asOf) })),
    };
  }

  /** Members counted in an organization's subtree (or the caller's scope, or the bloc) on a date. */
  async headcount(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:read');
    const q = validate(headcountQuery, req.payload ?? {});
    const asOf = q.asOf ?? todayInVietnam();
    const em = this.orm.em.fork();
    const root = q.orgId ?? principal.orgScopeId;
    if (q.orgId) await this.tree.assertInScope(principal, [q.orgId], asOf, em);
    const subtree = root ? new Set(await this.tree.subtreeIds(root, asOf, em)) : null;
    const inside = (orgId: string | null) => !!orgId && (!subtree || subtree.has(orgId));
    const byOrg = new Map<string, number>();
    for (const p of await placementsOn(em, asOf)) if (inside(p.orgId)) byOrg.set(p.orgId, (byOrg.get(p.orgId) ?? 0) + 1);
    const open = await em.find(Transfer, { kind: 'internal', departedOn: { $lte: asOf }, $or: [{ effectiveOn: null }, { effectiveOn: { $gt: asOf } }] });
    const temporary = await em.find(Transfer, { kind: 'temporary', toOrgId: { $ne: null }, departedOn: { $lte: asOf }, untilOn: { $gte: asOf } });
    return {
      orgId: root,
      asOf,
      total: [...byOrg.values()].reduce((a, b) => a + b, 0),
      byOrg: [...byOrg.entries()].map(([orgId, count]) => ({ orgId, count })).sort((a, b) => b.count - a.count || a.orgId.localeCompare(b.orgId)),
      /** Members in transit from inside (counted at their source, included in total). */
      inTransitCountedAtSource: open.filter((t) => inside(t.fromOrgId)).length,
      /** Members temporarily hosted inside: NOT in total (counted at home). */
      temporaryHostedNotCounted: temporary.filter((t) => inside(t.toOrgId)).length,
      rule: HEADCOUNT_RULE,
    };
  }

  // ---------------------------------------------------------------- internals

  /** A member who may start a transfer on `date`: where they are, in scope, nothing open, no hold. */
  private async startable(u: WorkUnit, personId: string, date: string): Promise<{ person: Person; source: string }> {
    const person = await u.em.findOne(Person, { id: personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.lock(u.em, person.id);
    this.assertMember(person);
    const source = await placementOf(u.em, person.id, date);
    if (!source) {
      throw DomainError.rule({ vi: `${person.fullName} không sinh hoạt trong Đảng bộ Khối vào ngày ${date}`, en: `${person.fullName} is not active in the bloc on ${date}` }, CHARTER);
    }
    await this.tree.assertInScope(u.principal, [source], date, u.em);
    await this.assertNothingOpen(u.em, person, date);
    await this.assertNoHold(u.em, person, date);
    return { person, source };
  }

  private assertMember(person: Person): void {
    if (person.status !== 'official' && person.status !== 'probationary') {
      throw DomainError.rule({ vi: `${person.fullName} không phải đảng viên`, en: `${person.fullName} is not a party member` }, CHARTER);
    }
  }

  /** One open journey at a time, and each move starts on or after the previous took effect. */
  private async assertNothingOpen(em: EntityManager, person: Person, date: string): Promise<void> {
    const open = await em.findOne(Transfer, { personId: person.id, status: 'inTransit' });
    if (open) throw DomainError.conflict({ vi: `${person.fullName} đang trên đường chuyển sinh hoạt (đi ngày ${open.departedOn})`, en: `${person.fullName} is in transit (left on ${open.departedOn})` });
    const latest = await em.findOne(Transfer, { personId: person.id, kind: { $ne: 'temporary' } }, { orderBy: { id: 'desc' } });
    if (latest?.effectiveOn && isBefore(date, latest.effectiveOn)) {
      throw DomainError.rule({ vi: `Chuyển sinh hoạt trước đó có hiệu lực ngày ${latest.effectiveOn}: ngày mới không thể sớm hơn`, en: `The previous transfer took effect on ${latest.effectiveOn}: a new one cannot start earlier` }, CHARTER);
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

  private async openTransfer(u: WorkUnit, principal: Principal, transferId: string): Promise<Transfer> {
    const t = await u.em.findOne(Transfer, { id: transferId });
    if (!t) throw DomainError.notFound(TRANSFER);
    await this.assertEitherEnd(principal, t, t.departedOn, u.em);
    await this.lock(u.em, t.personId);
    await u.em.refresh(t);
    if (t.status !== 'inTransit') throw DomainError.conflict({ vi: `Chuyển sinh hoạt đã hoàn tất ngày ${t.effectiveOn}`, en: `The transfer was completed on ${t.effectiveOn}` });
    return t;
  }

  private async assertEitherEnd(principal: Principal, t: Transfer, asOf: string, em: EntityManager): Promise<void> {
    if (principal.orgScopeId === null) return;
    const scope = new Set(await this.tree.subtreeIds(principal.orgScopeId, asOf, em));
    if (![t.fromOrgId, t.toOrgId].some((o) => o && scope.has(o))) throw outOfScope(asOf);
  }

  private async scopeFilter(principal: Principal, asOf: string, em: EntityManager) {
    if (principal.orgScopeId === null) return {};
    const ids = await this.tree.subtreeIds(principal.orgScopeId, asOf, em);
    return { $and: [{ $or: [{ fromOrgId: { $in: ids } }, { toOrgId: { $in: ids } }] }] };
  }

  private async assertOrgOn(em: EntityManager, orgId: string, date: string, field: string): Promise<void> {
    if (!(await versionAt(em, orgId, date))) {
      throw DomainError.rule({ vi: `Tổ chức đảng không tồn tại vào ngày ${date}`, en: `The organization does not exist on ${date}` }, undefined, [{ field, vi: 'Tổ chức không tồn tại hoặc đã kết thúc', en: 'Unknown or ended organization' }]);
    }
  }

  private lock(em: EntityManager, personId: string) {
    return em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.transfer.${personId}`]);
  }

  private async names(em: EntityManager, rows: Transfer[]): Promise<Map<string, string>> {
    const people = await em.find(Person, { id: { $in: [...new Set(rows.map((t) => t.personId))] } });
    return new Map(people.map((p) => [p.id, p.fullName]));
  }

  private data(t: Transfer) {
    return { transferId: t.id, personId: t.personId, kind: t.kind, fromOrgId: t.fromOrgId, fromCommittee: t.fromCommittee, toOrgId: t.toOrgId, toCommittee: t.toCommittee, letterNumber: t.letterNumber };
  }

  private async departed(u: WorkUnit, t: Transfer, orgId: string): Promise<void> {
    u.event(TransferDeparted, { ...this.data(t), orgId, departedOn: t.departedOn, untilOn: t.untilOn }, t.departedOn);
  }

  private async completed(u: WorkUnit, t: Transfer, orgId: string, effectiveOn: string): Promise<void> {
    const kindOf = async (id: string | null) => (id ? ((await versionAt(u.em, id, effectiveOn))?.kind ?? null) : null);
    u.event(TransferCompleted, { ...this.data(t), orgId, effectiveOn, fromOrgKind: await kindOf(t.fromOrgId), toOrgKind: await kindOf(t.toOrgId) }, effectiveOn);
  }

  private async write<T>(req: ServiceRequest, principal: Principal, body: (u: WorkUnit) => Promise<T>): Promise<T> {
    try {
      const result = await this.orm.em.fork().transactional((em: EntityManager) => body(new WorkUnit(em, req, principal)));
      this.backbone.kickRelay();
      return result;
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw duplicateCitizenId((req.payload as { person?: { citizenId?: string } })?.person?.citizenId ?? '');
      throw err;
    }
  }
}

function deadlineEntry(stage: TransferDeadlineView['stage'], t: Transfer, names: Map<string, string>, rule: { params: { workingDays: number }; regulation: string }, asOf: string): TransferDeadlineView {
  const n = rule.params.workingDays;
  return {
    stage,
    transferId: t.id,
    personId: t.personId,
    fullName: names.get(t.personId) ?? '',
    kind: t.kind,
    toOrgId: t.toOrgId,
    from: t.departedOn,
    workingDays: n,
    deadline: vietnamCalendar.deadline(t.departedOn, n),
    status: vietnamCalendar.status(t.departedOn, n, { today: asOf }) === 'overdue' ? 'overdue' : 'due',
    regulation: rule.regulation,
  };
}

function monthsBetween(from: string, to: string): number {
  let m = 0;
  while (isOnOrBefore(addMonths(from, m + 1), to)) m++;
  return m;
}
