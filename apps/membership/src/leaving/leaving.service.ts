import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DeathNoticeView,
  DomainError,
  LEAVING_ROUTES,
  MemberDeathNoticeSent,
  MemberDied,
  MemberExempted,
  MemberLeftParty,
  MemberStruckOff,
  pageOf,
  Principal,
  RouteInput,
  STRIKE_OFF_REASONS,
  todayInVietnam,
} from '@party/contracts';
import { RuleNotInForceError, vietnamCalendar, versionOn } from '@party/rules';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { DisciplineRecord } from '../badges/badge.entity';
import { InspectionHold } from '../transfers/transfer.entity';
import { OrganizationTree } from '../organizations/organization.tree';
import { namedOrgs } from '../people/member.view';
import { Person } from '../people/person.entity';
import { personView } from '../people/person.view';
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
 * The person a command is about (the path's `id`, chosen in the portal's `personId` picker, as
 * `leaveBlockers` names it): a refusal about the person is shown under that field.
 */
const PERSON_FIELD = 'personId';

/**
 * Leaving the Party (struck off, allowed to leave, died) and exemption from activities. A member
 * who ended is no longer active: every later change is refused.
 */
@Injectable()
export class LeavingService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(LEAVING_ROUTES.strikeOffReasons)
  strikeOffReasons() {
    return STRIKE_OFF_REASONS.map((r) => ({ ...r }));
  }

  /** Xóa tên (not a discipline), with the reason from the code list. */
  @Handles(LEAVING_ROUTES.strikeOff)
  async strikeOff(input: RouteInput<typeof LEAVING_ROUTES.strikeOff>, { em, uow: u, principal }: CommandContext) {
    const person = await this.member(em, principal, input.id, input.decisionDate);
    assertNotBefore('decisionDate', input.decisionDate, person.admissionDecisionDate, { vi: 'ngày quyết định kết nạp', en: 'the admission decision' });
    const before = leavingView(person);
    const statusBefore = person.status as 'probationary' | 'official';
    Object.assign(person, { status: 'struckOff', endedOn: input.decisionDate, endReason: input.note ? `${input.reason}: ${input.note}` : input.reason, endDecisionNumber: input.decisionNumber });
    u.event(MemberStruckOff, { personId: person.id, orgId: person.orgId, statusBefore, decisionDate: input.decisionDate, decisionNumber: input.decisionNumber, reason: input.reason, note: input.note }, input.decisionDate);
    u.audit('member.struckOff', 'person', person.id, before, leavingView(person));
    return leavingView(person);
  }

  /**
   * Cho ra khỏi Đảng: voluntary, only without violations — checked against the Inspection
   * Committee's facts membership keeps (open case, pending complaint, discipline in force on the
   * decision date) and the chi bộ's own declaration; every reason is given at once.
   */
  @Handles(LEAVING_ROUTES.leave)
  async leave(input: RouteInput<typeof LEAVING_ROUTES.leave>, { em, uow: u, principal }: CommandContext) {
    const person = await this.member(em, principal, input.id, input.decisionDate);
    // one after another: a transaction's queries share one connection
    const holds = await em.find(InspectionHold, { personId: person.id });
    const disciplines = await em.find(DisciplineRecord, { personId: person.id });
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
  }

  /** Từ trần: occurredOn = the date of death; the notice is due within 30 working days. */
  @Handles(LEAVING_ROUTES.died)
  async died(input: RouteInput<typeof LEAVING_ROUTES.died>, { em, uow: u, principal }: CommandContext) {
    const person = await this.member(em, principal, input.id, input.dateOfDeath);
    assertNotBefore('dateOfDeath', input.dateOfDeath, person.admissionDecisionDate, { vi: 'ngày quyết định kết nạp', en: 'the admission decision' });
    const notice = deathNoticeDeadline(input.dateOfDeath);
    const before = leavingView(person);
    const statusBefore = person.status as 'probationary' | 'official';
    Object.assign(person, { status: 'died', endedOn: input.dateOfDeath, endReason: 'died', deathNoticeSentOn: input.noticeSentOn });
    u.event(MemberDied, { personId: person.id, orgId: person.orgId, statusBefore, dateOfDeath: input.dateOfDeath, noticeDeadline: notice.deadline, noticeSentOn: input.noticeSentOn }, input.dateOfDeath);
    u.audit('member.died', 'person', person.id, before, leavingView(person));
    return { ...leavingView(person), noticeDeadline: notice.deadline };
  }

  /** The notice and dossier of a death sent up: takes it off the list. */
  @Handles(LEAVING_ROUTES.deathNotice)
  async deathNotice(input: RouteInput<typeof LEAVING_ROUTES.deathNotice>, { em, uow: u, principal }: CommandContext) {
    const person = await loadMember(em, this.tree, principal, input.id, input.sentOn);
    if (person.status !== 'died' || !person.endedOn) {
      const message = { vi: `${person.fullName} không có trong danh sách đảng viên từ trần`, en: `${person.fullName} is not recorded as deceased` };
      throw DomainError.rule(message, undefined, [{ field: PERSON_FIELD, ...message }]);
    }
    if (person.deathNoticeSentOn) throw DomainError.conflict({ vi: `Thông báo đã gửi ngày ${person.deathNoticeSentOn}`, en: `The notice was sent on ${person.deathNoticeSentOn}` });
    assertNotBefore('sentOn', input.sentOn, person.endedOn, { vi: 'ngày mất', en: 'the date of death' });
    const notice = deathNoticeDeadline(person.endedOn);
    const before = leavingView(person);
    person.deathNoticeSentOn = input.sentOn;
    const onTime = input.sentOn <= notice.deadline;
    u.event(MemberDeathNoticeSent, { personId: person.id, orgId: person.orgId, dateOfDeath: person.endedOn, sentOn: input.sentOn, deadline: notice.deadline, onTime }, input.sentOn);
    u.audit('member.deathNoticeSent', 'person', person.id, before, leavingView(person));
    return { ...leavingView(person), noticeDeadline: notice.deadline, onTime };
  }

  /** Deaths whose notice is not sent by `asOf`: due up to the 30th working day, overdue from the 31st. */
  @Handles(LEAVING_ROUTES.deathNotices)
  async deathNotices(q: RouteInput<typeof LEAVING_ROUTES.deathNotices>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await this.tree.scopeIds(principal, q.orgId, asOf, em);
    const dead = await em.find(Person, { status: 'died', deathNoticeSentOn: null, endedOn: { $ne: null, $lte: asOf }, ...(scope ? { orgId: { $in: scope } } : {}) });
    const items = dead
      .map((p): Omit<DeathNoticeView, 'orgName'> => {
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
      })
      .filter((i) => !q.status || i.status === q.status);
    type Notice = Omit<DeathNoticeView, 'orgName'>;
    const byName = (a: Notice, b: Notice) => a.fullName.localeCompare(b.fullName, 'vi');
    items.sort(q.sort === 'fullName' ? byName : (a, b) => a.deadline.localeCompare(b.deadline) || byName(a, b));
    if (q.order === 'desc') items.reverse();
    const page = pageOf(items, q);
    const orgs = await namedOrgs(em, [...new Set(page.items.map((i) => i.orgId))], asOf);
    return { asOf, ...page, items: page.items.map((i) => ({ ...i, orgName: orgs.get(i.orgId)?.name ?? i.orgId })) };
  }

  /** Miễn sinh hoạt: keeps membership (and badges), excluded from rating. */
  @Handles(LEAVING_ROUTES.exempt)
  async exempt(input: RouteInput<typeof LEAVING_ROUTES.exempt>, { em, uow: u, principal }: CommandContext) {
    const person = await this.member(em, principal, input.id, input.from);
    assertNotBefore('from', input.from, person.admissionDecisionDate, { vi: 'ngày quyết định kết nạp', en: 'the admission decision' });
    if (person.exemptFrom && (person.exemptTo === null || person.exemptTo === undefined || person.exemptTo >= input.from)) {
      const message = {
        vi: `${person.fullName} đang được miễn sinh hoạt từ ${person.exemptFrom}${person.exemptTo ? ` đến ${person.exemptTo}` : ''}`,
        en: `${person.fullName} is already exempted from ${person.exemptFrom}${person.exemptTo ? ` to ${person.exemptTo}` : ''}`,
      };
      // the new period starts inside the current one: the start date is what to change
      throw new DomainError({ code: 'conflict', message, fields: [{ field: 'from', ...message }] });
    }
    const before = leavingView(person);
    Object.assign(person, { exemptFrom: input.from, exemptTo: input.to });
    u.event(MemberExempted, { personId: person.id, orgId: person.orgId, from: input.from, to: input.to, decisionNumber: input.decisionNumber, reason: input.reason }, input.from);
    u.audit('member.exempted', 'person', person.id, before, { ...leavingView(person), regulation: EXEMPTION_REGULATION });
    return leavingView(person);
  }

  /** The active member the command is about, locked, in the caller's scope on the date. */
  private async member(em: EntityManager, principal: Principal, personId: string, on: string): Promise<Person & { admissionDecisionDate: string }> {
    const person = await loadMember(em, this.tree, principal, personId, on);
    assertMember(person, PERSON_FIELD);
    return person;
  }
}
