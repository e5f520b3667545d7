import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorBody,
  MemberMadeOfficial,
  MemberRemovedFromProbation,
  pageOf,
  PROBATION_ROUTES,
  ProbationReviewView,
  RouteInput,
  todayInVietnam,
} from '@party/contracts';
import { checkConversion, Finding, partyAge, probationTimeline, PROBATION_REVIEW_DEADLINE_RULES, vietnamCalendar, versionOn } from '@party/rules';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { latestCertificate } from '../certificates/certificate.lookup';
import { assertActive, assertNotBefore, calendarError, loadMember } from '../leaving/member-state';
import { OrganizationTree } from '../organizations/organization.tree';
import { namedOrgs } from '../people/member.view';
import { PERSON } from '../people/people.service';
import { Person } from '../people/person.entity';
import { personView } from '../people/person.view';

/** Category of the lý luận chính trị cho đảng viên mới course (`llct-dang-vien-moi`) in the certificate copy. */
export const NEW_MEMBER_THEORY = 'newMemberTheory';

/** The person of a probation command (the path's `personId`): a refusal about them is shown under it. */
const PERSON_FIELD = 'personId';
const aboutPerson = (message: { vi: string; en: string }) => DomainError.rule(message, 'Điều lệ Đảng, Điều 5', [{ field: PERSON_FIELD, ...message }]);

/**
 * Thời kỳ dự bị: the reviews due, the conversion (official on ceremony + 12 months, however late
 * the decision) or the removal from the probationary list; party age as of any date.
 */
@Injectable()
export class ProbationService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(PROBATION_ROUTES.convert)
  async convert(input: RouteInput<typeof PROBATION_ROUTES.convert>, { em, uow: u, principal }: CommandContext) {
    const person = await loadMember(em, this.tree, principal, input.personId, input.decisionDate);
    assertActive(person, PERSON_FIELD);
    const ceremonyDate = assertProbationary(person);
    const certificate = await latestCertificate(em, person, NEW_MEMBER_THEORY, input.meetingDate);
    let check;
    try {
      check = checkConversion({ ceremonyDate, reviewDate: input.meetingDate, newMemberCourseCertificateIssuedOn: certificate?.issuedOn });
    } catch (err) {
      calendarError(err);
    }
    if (!check.allowed) throw refusal(person.fullName, check.violations);

    const before = personView(person);
    person.status = 'official';
    person.officialDate = check.officialDate;
    const reviewStatus = check.reviewStatus === 'overdue' ? ('overdue' as const) : ('on_time' as const);
    u.event(
      MemberMadeOfficial,
      {
        personId: person.id,
        orgId: person.orgId,
        ceremonyDate,
        officialDate: check.officialDate,
        meetingDate: input.meetingDate,
        decisionDate: input.decisionDate,
        decisionNumber: input.decisionNumber,
        reviewStatus,
        certificateNumber: (certificate as { certificateNumber: string }).certificateNumber,
      },
      check.officialDate,
    );
    u.audit('member.madeOfficial', 'person', person.id, before, { ...personView(person), meetingDate: input.meetingDate, decisionDate: input.decisionDate, decisionNumber: input.decisionNumber });
    return {
      person: personView(person),
      officialDate: check.officialDate,
      reviewDeadline: check.reviewDeadline,
      reviewStatus,
      warnings: check.warnings.map(flat),
      certificate: { certificateNumber: certificate?.certificateNumber, issuedOn: certificate?.issuedOn },
    };
  }

  /** Not worthy of conversion: struck off the probationary list. */
  @Handles(PROBATION_ROUTES.removeFromProbation)
  async removeFromProbation(input: RouteInput<typeof PROBATION_ROUTES.removeFromProbation>, { em, uow: u, principal }: CommandContext) {
    const person = await loadMember(em, this.tree, principal, input.personId, input.decisionDate);
    assertActive(person, PERSON_FIELD);
    if (person.status !== 'probationary' || !person.admissionDecisionDate) throw notProbationary(person);
    assertNotBefore('decisionDate', input.decisionDate, person.admissionDecisionDate, { vi: 'ngày quyết định kết nạp', en: 'the admission decision' });
    const before = personView(person);
    person.status = 'removedFromProbation';
    person.endedOn = input.decisionDate;
    person.endReason = input.reason;
    person.endDecisionNumber = input.decisionNumber;
    u.event(
      MemberRemovedFromProbation,
      { personId: person.id, orgId: person.orgId, ceremonyDate: person.ceremonyDate, meetingDate: input.meetingDate, decisionDate: input.decisionDate, decisionNumber: input.decisionNumber, reason: input.reason },
      input.decisionDate,
    );
    u.audit('member.removedFromProbation', 'person', person.id, before, { ...personView(person), endedOn: person.endedOn, endReason: person.endReason });
    return { ...personView(person), endedOn: person.endedOn ?? null };
  }

  /**
   * Probationary members whose 12 months have ended by `asOf` and who are not converted yet: due
   * up to the 30th working day after the end (on time), overdue from the 31st.
   */
  @Handles(PROBATION_ROUTES.reviews)
  async reviews(q: RouteInput<typeof PROBATION_ROUTES.reviews>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await this.tree.scopeIds(principal, q.orgId, asOf, em);
    const waiting = await em.find(Person, { status: 'probationary', ceremonyDate: { $ne: null, $lte: asOf }, ...(scope ? { orgId: { $in: scope } } : {}) });
    const items: ProbationReviewView[] = [];
    try {
      for (const p of waiting) {
        const t = probationTimeline(p.ceremonyDate as string);
        if (asOf < t.probationEnds) continue;
        const rule = versionOn(PROBATION_REVIEW_DEADLINE_RULES, t.probationEnds);
        const status = vietnamCalendar.status(t.probationEnds, rule.params.workingDays, { today: asOf });
        items.push({
          personId: p.id,
          fullName: p.fullName,
          orgId: p.orgId,
          ceremonyDate: p.ceremonyDate as string,
          probationEnds: t.probationEnds,
          officialDate: t.officialDate,
          reviewDeadline: t.reviewDeadline,
          workingDays: rule.params.workingDays,
          status: status === 'overdue' ? 'overdue' : 'due',
          regulation: rule.regulation,
        });
        if (q.status && items[items.length - 1].status !== q.status) items.pop();
      }
    } catch (err) {
      calendarError(err);
    }
    const byName = (a: ProbationReviewView, b: ProbationReviewView) => a.fullName.localeCompare(b.fullName, 'vi');
    const byDeadline = (a: ProbationReviewView, b: ProbationReviewView) => a.reviewDeadline.localeCompare(b.reviewDeadline) || byName(a, b);
    items.sort(q.sort === 'fullName' ? byName : byDeadline);
    if (q.order === 'desc') items.reverse();
    const page = pageOf(items, q);
    // the worklist is read by name of chi bộ: named for the page only, as the member list names them
    const orgs = await namedOrgs(em, [...new Set(page.items.map((i) => i.orgId))], asOf);
    return { asOf, ...page, items: page.items.map((i) => ({ ...i, orgName: orgs.get(i.orgId)?.name ?? i.orgId })) };
  }

  /**
   * Tuổi đảng as of a date: from the admission decision, minus the time out of party life. A
   * member who ended (struck off, left, died) stops counting on that day.
   */
  @Handles(PROBATION_ROUTES.partyAge)
  async partyAge(q: RouteInput<typeof PROBATION_ROUTES.partyAge>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const personId = q.id;
    const person = await em.findOne(Person, { id: personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], asOf, em);
    if (!person.admissionDecisionDate) throw DomainError.rule({ vi: `${person.fullName} chưa được kết nạp, chưa có tuổi đảng`, en: `${person.fullName} has not been admitted: no party age` });
    if (asOf < person.admissionDecisionDate) {
      throw DomainError.validation([{ field: 'asOf', vi: `Trước ngày quyết định kết nạp (${person.admissionDecisionDate})`, en: `Before the admission decision (${person.admissionDecisionDate})` }]);
    }
    const interruptions = person.endedOn && person.endedOn < asOf ? [{ from: person.endedOn, to: asOf }] : [];
    const officialOn = person.officialDate ?? (person.ceremonyDate ? probationTimeline(person.ceremonyDate).officialDate : undefined);
    const age = partyAge({ admissionDecisionDate: person.admissionDecisionDate, officialOn, interruptions }, asOf);
    return {
      personId: person.id,
      asOf,
      status: person.status,
      admissionDecisionDate: person.admissionDecisionDate,
      officialDate: person.officialDate,
      official: age.official && person.status !== 'probationary',
      days: age.days,
      fullYears: age.fullYears,
      interruptedDays: age.interruptedDays,
      effectiveStart: age.effectiveStart,
      interruptions,
      regulation: age.rule.regulation,
    };
  }
}

function notProbationary(person: Person): DomainError {
  return aboutPerson({ vi: `${person.fullName} không phải đảng viên dự bị`, en: `${person.fullName} is not a probationary member` });
}

function assertProbationary(person: Person): string {
  if (person.status !== 'probationary') throw notProbationary(person);
  if (!person.ceremonyDate) {
    throw aboutPerson({ vi: `Chưa ghi nhận lễ kết nạp của ${person.fullName}: thời kỳ dự bị chưa bắt đầu`, en: `No ceremony recorded for ${person.fullName}: probation has not started` });
  }
  return person.ceremonyDate;
}

type Violation = { code: string; ruleId: string; regulation: string; vi: string; en: string };
const flat = (f: Finding): Violation => ({ code: f.code, ruleId: f.ruleId, regulation: f.regulation, vi: f.message.vi, en: f.message.en });

/** 422 with every violation; a missing new-member course certificate leads the message, named. */
function refusal(fullName: string, findings: Finding[]): DomainError {
  const violations = findings.map(flat);
  const lead = violations.find((v) => v.code === 'NEW_MEMBER_COURSE_MISSING') ?? violations[0];
  const body: ErrorBody & { violations: Violation[] } = {
    code: 'rule_violation',
    message: { vi: `Không thể công nhận ${fullName} là đảng viên chính thức: ${lead.vi}`, en: `${fullName} cannot be made official: ${lead.en}` },
    regulation: [...new Set(violations.map((v) => v.regulation))].join('; '),
    fields: violations.map((v) => ({ field: v.code === 'NEW_MEMBER_COURSE_MISSING' ? 'certificate' : 'meetingDate', vi: v.vi, en: v.en })),
    violations,
  };
  return new DomainError(body);
}
