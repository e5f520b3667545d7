import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  asOfQuery,
  deathNoticeSchema,
  DeathNoticeView,
  diedSchema,
  DomainError,
  exemptSchema,
  leaveSchema,
  MemberDeathNoticeSent,
  MemberDied,
  MemberExempted,
  MemberLeftParty,
  MemberStruckOff,
  Principal,
  ServiceRequest,
  strikeOffSchema,
  todayInVietnam,
  validate,
} from '@party/contracts';
import { RuleNotInForceError, vietnamCalendar, versionOn } from '@party/rules';
import { DisciplineRecord } from '../badges/badge.entity';
import { InspectionHold } from '../transfers/transfer.entity';
import { BackboneRunner } from '@party/service-kit';
import { OrganizationTree } from '../organizations/organization.tree';
import { Person } from '../people/person.entity';
import { personView } from '../people/person.view';
import { MemberUnitOfWork } from '../people/unit-of-work';
import { DEATH_NOTICE_DEADLINE_RULES, EXEMPTION_REGULATION, LEAVE_REGULATION, leaveBlockers } from './leaving.rules';
import { assertMember, assertNotBefore, calendarError, loadMember } from './member-state';

export function leavingView(p: Person) {
  return { ...personView(p), endedOn: p.endedOn ?? null, endReason: p.endReason ?? null, endDecisionNumber: p.endDecisionNumber ?? null, deathNoticeSentOn: p.deathNoticeSentOn ?? null, exemptFrom: p.exemptFrom ?? null, exemptTo: p.exemptTo ?? null };
}

function deathNoticeDeadline(dateOfDeath: string): { deadline: string; workingDays: number; regulation: string } {
  const rule = versionOn(DEATH_NOTICE_DEADLINE_RULES, dateOfDeath);
  try {
    return { deadline: vietnamCalendar.deadline(dateOfDeath, rule.params.workingDays), workingDays: rule.params.workingDays, regulation: rule.regulation };
  } catch (err) {
    calendarError(err);
  }
}

/** A date no version of a regulation covers: 422 naming the rule and the date, not a 500. */
function withRuleCoverage<T>(fn: () => T, field: string): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RuleNotInForceError) {
      throw DomainError.rule({ vi: `Chưa có quy định áp dụng cho ngày ${err.on} (${err.ruleId})`, en: err.message }, undefined, [{ field, vi: 'Ngày chưa có quy định áp dụng', en: 'No regulation covers this date' }]);
    }
    throw err;
  }
}

/**
 * Leaving the Party (struck off, allowed to leave, died) and exemption from activities. A member
 * who ended is no longer active: every later change is refused.
 */
@Injectable()
export class LeavingService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly tree: OrganizationTree,
  ) {}

  /** Xóa tên (not a discipline), with the reason from the code list. */
  async strikeOff(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(strikeOffSchema, req.payload);
    return this.write(req, principal, input.personId, input.decisionDate, (u, person) => {
      assertNotBefore('decisionDate', input.decisionDate, person.admissionDecisionDate, { vi: 'ngày quyết định kết nạp', en: 'the admission decision' });
      const before = leavingView(person);
      const statusBefore = person.status as 'probationary' | 'official';
      Object.assign(person, { status: 'struckOff', endedOn: input.decisionDate, endReason: input.note ? `${input.reason}: ${input.note}` : input.reason, endDecisionNumber: input.decisionNumber });
      u.event(MemberStruckOff, { personId: person.id, orgId: person.orgId, statusBefore, decisionDate: input.decisionDate, decisionNumber: input.decisionNumber, reason: input.reason, note: input.note }, input.decisionDate);
      u.audit('member.struckOff', 'person', person.id, before, leavingView(person));
      return leavingView(person);
    });
  }

  /**
   * Cho ra khỏi Đảng: voluntary, only without violations — checked against the Inspection
   * Committee's facts membership keeps (open case, pending complaint, discipline in force on the
   * decision date) and the chi bộ's own declaration; every reason is given at once.
   */
  async leave(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(leaveSchema, req.payload);
    return this.write(req, principal, input.personId, input.decisionDate, async (u, person) => {
      const [holds, disciplines] = await Promise.all([u.em.find(InspectionHold, { personId: person.id }), u.em.find(DisciplineRecord, { personId: person.id })]);
      const blockers = withRuleCoverage(() => leaveBlockers({ holds, disciplines, declared: input.hasViolations }, input.decisionDate), 'decisionDate');
      if (blockers.length) {
        throw new DomainError({
          code: 'rule_violation',
          message: {
            vi: `Không thể cho ${person.fullName} ra khỏi Đảng: ${blockers.map((b) => b.message.vi).join('; ')}. Chỉ cho ra khỏi Đảng khi đảng viên không có vi phạm`,
            en: `${person.fullName} cannot be allowed to leave the Party: ${blockers.map((b) => b.message.en).join('; ')}. Leaving is only for members without violations`,
          },
          regulation: LEAVE_REGULATION,
          fields: blockers.map((b) => ({ field: b.field, ...b.message })),
          violations: blockers.map((b) => ({ code: b.code, regulation: b.regulation, ...b.message })),
        });
      }
      assertNotBefore('decisionDate', input.decisionDate, person.admissionDecisionDate, { vi: 'ngày quyết định kết nạp', en: 'the admission decision' });
      const before = leavingView(person);
      const statusBefore = person.status as 'probationary' | 'official';
      Object.assign(person, { status: 'left', endedOn: input.decisionDate, endReason: input.reason, endDecisionNumber: input.decisionNumber });
      u.event(MemberLeftParty, { personId: person.id, orgId: person.orgId, statusBefore, decisionDate: input.decisionDate, decisionNumber: input.decisionNumber, reason: input.reason }, input.decisionDate);
      u.audit('member.leftParty', 'person', person.id, before, leavingView(person));
      return leavingView(person);
    });
  }

  /** Từ trần: occurredOn = the date of death; the notice is due within 30 working days. */
  async died(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(diedSchema, req.payload);
    return this.write(req, principal, input.personId, input.dateOfDeath, (u, person) => {
      assertNotBefore('dateOfDeath', input.dateOfDeath, person.admissionDecisionDate, { vi: 'ngày quyết định kết nạp', en: 'the admission decision' });
      const notice = deathNoticeDeadline(input.dateOfDeath);
      const before = leavingView(person);
      const statusBefore = person.status as 'probationary' | 'official';
      Object.assign(person, { status: 'died', endedOn: input.dateOfDeath, endReason: 'died', deathNoticeSentOn: input.noticeSentOn });
      u.event(MemberDied, { personId: person.id, orgId: person.orgId, statusBefore, dateOfDeath: input.dateOfDeath, noticeDeadline: notice.deadline, noticeSentOn: input.noticeSentOn }, input.dateOfDeath);
      u.audit('member.died', 'person', person.id, before, leavingView(person));
      return { ...leavingView(person), noticeDeadline: notice.deadline };
    });
  }

  /** The notice and dossier of a death sent up: takes it off the list. */
  async deathNotice(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(deathNoticeSchema, req.payload);
    const result = await this.orm.em.fork().transactional(async (em: EntityManager) => {
      const u = new MemberUnitOfWork(em, req, principal);
      const person = await loadMember(em, this.tree, principal, input.personId, input.sentOn);
      if (person.status !== 'died' || !person.endedOn) throw DomainError.rule({ vi: `${person.fullName} không có trong danh sách đảng viên từ trần`, en: `${person.fullName} is not recorded as deceased` });
      if (person.deathNoticeSentOn) throw DomainError.conflict({ vi: `Thông báo đã gửi ngày ${person.deathNoticeSentOn}`, en: `The notice was sent on ${person.deathNoticeSentOn}` });
      assertNotBefore('sentOn', input.sentOn, person.endedOn, { vi: 'ngày mất', en: 'the date of death' });
      const notice = deathNoticeDeadline(person.endedOn);
      const before = leavingView(person);
      person.deathNoticeSentOn = input.sentOn;
      u.event(MemberDeathNoticeSent, { personId: person.id, orgId: person.orgId, dateOfDeath: person.endedOn, sentOn: input.sentOn, deadline: notice.deadline, onTime: input.sentOn <= notice.deadline }, input.sentOn);
      u.audit('member.deathNoticeSent', 'person', person.id, before, leavingView(person));
      return { ...leavingView(person), noticeDeadline: notice.deadline, onTime: input.sentOn <= notice.deadline };
    });
    this.backbone.kickRelay();
    return result;
  }

  /** Deaths whose notice is not sent by `asOf`: due up to the 30th working day, overdue from the 31st. */
  async deathNotices(req: ServiceRequest): Promise<{ asOf: string; items: DeathNoticeView[] }> {
    const principal = assertPermission(req.principal, 'members:read');
    const q = validate(asOfQuery, req.payload ?? {});
    const asOf = q.asOf ?? todayInVietnam();
    const em = this.orm.em.fork();
    const scope = principal.orgScopeId === null ? null : await this.tree.subtreeIds(principal.orgScopeId, asOf, em);
    const dead = await em.find(Person, { status: 'died', deathNoticeSentOn: null, endedOn: { $ne: null, $lte: asOf }, ...(scope ? { orgId: { $in: scope } } : {}) });
    const items = dead.map((p): DeathNoticeView => {
      const notice = deathNoticeDeadline(p.endedOn as string);
      return {
        personId: p.id,
        fullName: p.fullName,
        orgId: p.orgId,
        dateOfDeath: p.endedOn as string,
        workingDays: notice.workingDays,
        deadline: notice.deadline,
        status: asOf <= notice.deadline ? 'due' : 'overdue',
        regulation: notice.regulation,
      };
    });
    items.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.fullName.localeCompare(b.fullName));
    return { asOf, items };
  }

  /** Miễn sinh hoạt: keeps membership (and badges), excluded from rating. */
  async exempt(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(exemptSchema, req.payload);
    return this.write(req, principal, input.personId, input.from, (u, person) => {
      assertNotBefore('from', input.from, person.admissionDecisionDate, { vi: 'ngày quyết định kết nạp', en: 'the admission decision' });
      if (person.exemptFrom && (person.exemptTo === null || person.exemptTo === undefined || person.exemptTo >= input.from)) {
        throw DomainError.conflict({
          vi: `${person.fullName} đang được miễn sinh hoạt từ ${person.exemptFrom}${person.exemptTo ? ` đến ${person.exemptTo}` : ''}`,
          en: `${person.fullName} is already exempted from ${person.exemptFrom}${person.exemptTo ? ` to ${person.exemptTo}` : ''}`,
        });
      }
      const before = leavingView(person);
      Object.assign(person, { exemptFrom: input.from, exemptTo: input.to });
      u.event(MemberExempted, { personId: person.id, orgId: person.orgId, from: input.from, to: input.to, decisionNumber: input.decisionNumber, reason: input.reason }, input.from);
      u.audit('member.exempted', 'person', person.id, before, { ...leavingView(person), regulation: EXEMPTION_REGULATION });
      return leavingView(person);
    });
  }

  private async write<T>(req: ServiceRequest, principal: Principal, personId: string, on: string, fn: (u: MemberUnitOfWork, person: Person & { admissionDecisionDate: string }) => T | Promise<T>): Promise<T> {
    const result = await this.orm.em.fork().transactional(async (em: EntityManager) => {
      const person = await loadMember(em, this.tree, principal, personId, on);
      assertMember(person);
      return fn(new MemberUnitOfWork(em, req, principal), person);
    });
    this.backbone.kickRelay();
    return result;
  }
}
