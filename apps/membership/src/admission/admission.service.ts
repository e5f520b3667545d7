import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ADMISSION_ROUTES,
  AdmissionDeadlineView,
  DomainError,
  ErrorBody,
  MemberAdmitted,
  MemberCeremonyHeld,
  pageOf,
  RouteInput,
  todayInVietnam,
} from '@party/contracts';
import { ADMISSION_CEREMONY_DEADLINE_RULES, ADMISSION_DECISION_DEADLINE_RULES, CalendarCoverageError, vietnamCalendar, versionOn } from '@party/rules';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { Candidate } from '../candidates/candidate.entity';
import { ENDED_STATUSES } from '../leaving/member-state';
import { candidateView, loadCandidate } from '../candidates/candidates.service';
import { latestCertificate } from '../certificates/certificate.lookup';
import { OrganizationTree, versionAt } from '../organizations/organization.tree';
import { Person } from '../people/person.entity';
import { PERSON } from '../people/people.service';
import { personView } from '../people/person.view';
import { admissionDeadlines, decideAdmission, fieldOf, IntroducerFacts } from './admission.rules';

/**
 * Kết nạp đảng viên: every condition checked on the chi bộ vote date against what this service
 * knows (person, candidate record, local copy of training certificates); refused as a whole with
 * every violation, or written with its event and audit in one transaction.
 */
@Injectable()
export class AdmissionService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(ADMISSION_ROUTES.admit)
  async admit(input: RouteInput<typeof ADMISSION_ROUTES.admit>, { em, uow: u, principal }: CommandContext) {
    const { candidate, person } = await loadCandidate(em, this.tree, principal, input.candidateId, input.decisionDate);
    // one admission per candidate, even when two clerks press the button at once
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.admission.${candidate.id}`]);
    await em.refresh(candidate);
    if (candidate.status !== 'inPipeline') throw DomainError.conflict({ vi: `${person.fullName} đã được kết nạp`, en: `${person.fullName} has already been admitted` });
    if (!candidate.voteDate || candidate.officialMembers === null || candidate.votesFor === null) {
      throw DomainError.rule(
        { vi: 'Chưa ghi nhận nghị quyết của chi bộ đề nghị kết nạp', en: 'The chi bộ resolution proposing admission is not recorded' },
        'Điều lệ Đảng, Điều 4',
        [{ field: 'voteDate', vi: 'Cần ghi nhận nghị quyết chi bộ trước', en: 'Record the chi bộ resolution first' }],
      );
    }
    if (candidate.voteDate !== input.voteDate) {
      throw DomainError.rule(
        { vi: `Ngày chi bộ xét không khớp nghị quyết đã ghi nhận (${candidate.voteDate})`, en: `The vote date differs from the recorded resolution (${candidate.voteDate})` },
        'Điều lệ Đảng, Điều 4',
        [{ field: 'voteDate', vi: `Nghị quyết chi bộ ngày ${candidate.voteDate}`, en: `Resolution of ${candidate.voteDate}` }],
      );
    }
    const introducers = await introducerFacts(em, candidate);
    const certificate = await latestCertificate(em, person, 'partyAwareness', input.voteDate);
    const check = decideAdmission({
      birthDate: person.dateOfBirth,
      educationCode: person.generalEducation,
      voteDate: input.voteDate,
      officialMembers: candidate.officialMembers,
      votesFor: candidate.votesFor,
      introducers,
      vetting: { status: candidate.vettingStatus, concludedOn: candidate.vettingConcludedOn },
      certificateIssuedOn: certificate?.issuedOn ?? null,
      educationExceptionApproved: input.educationExceptionApproved,
    });
    if (!check.eligible) throw refusal(person.fullName, check.violations);

    const before = personView(person);
    person.status = 'probationary';
    person.admissionDecisionDate = input.decisionDate;
    person.admissionDecisionNumber = input.decisionNumber;
    person.ceremonyDate = input.ceremonyDate;
    candidate.status = 'admitted';
    const org = await versionAt(em, candidate.orgId, input.decisionDate);
    u.event(
      MemberAdmitted,
      {
        personId: person.id,
        orgId: candidate.orgId,
        candidateId: candidate.id,
        orgKind: org?.kind ?? null,
        voteDate: input.voteDate,
        admissionDecisionDate: input.decisionDate,
        decisionNumber: input.decisionNumber,
        ceremonyDate: input.ceremonyDate,
        needsHigherApproval: check.needsHigherApproval,
      },
      input.decisionDate,
    );
    u.audit('member.admitted', 'person', person.id, before, { ...personView(person), certificateNumber: certificate?.certificateNumber ?? null, candidate: candidateView(candidate) });
    const deadlines = admissionDeadlines({ resolutionDate: input.voteDate, decisionDate: input.decisionDate, ceremonyDate: input.ceremonyDate ?? undefined }, todayInVietnam());
    return {
      id: person.id,
      person: personView(person),
      needsHigherApproval: check.needsHigherApproval,
      warnings: check.warnings,
      certificate: certificate ? { certificateNumber: certificate.certificateNumber, issuedOn: certificate.issuedOn } : null,
      deadlines: {
        decisionDeadline: deadlines.decisionDeadline,
        decisionStatus: deadlines.decisionStatus ?? null,
        ceremonyDeadline: deadlines.ceremonyDeadline ?? null,
        ceremonyStatus: deadlines.ceremonyStatus ?? null,
        regulations: deadlines.rules.map((r) => r.regulation),
      },
    };
  }

  /** The ceremony held after the decision: probation counts from it. */
  @Handles(ADMISSION_ROUTES.recordCeremony)
  async recordCeremony(input: RouteInput<typeof ADMISSION_ROUTES.recordCeremony>, { em, uow: u, principal }: CommandContext) {
    const person = await em.findOne(Person, { id: input.personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], input.ceremonyDate, em);
    if (person.status !== 'probationary' || !person.admissionDecisionDate) throw DomainError.rule({ vi: `${person.fullName} không phải đảng viên dự bị chờ lễ kết nạp`, en: `${person.fullName} is not a newly admitted member` });
    if (person.ceremonyDate) throw DomainError.conflict({ vi: `Lễ kết nạp đã được ghi nhận ngày ${person.ceremonyDate}`, en: `The ceremony was recorded on ${person.ceremonyDate}` });
    if (input.ceremonyDate < person.admissionDecisionDate) throw DomainError.validation([{ field: 'ceremonyDate', vi: 'Lễ kết nạp không thể trước ngày quyết định', en: 'The ceremony cannot precede the decision' }]);
    const before = personView(person);
    person.ceremonyDate = input.ceremonyDate;
    u.event(MemberCeremonyHeld, { personId: person.id, orgId: person.orgId, admissionDecisionDate: person.admissionDecisionDate, ceremonyDate: input.ceremonyDate }, input.ceremonyDate);
    u.audit('member.ceremonyHeld', 'person', person.id, before, personView(person));
    return personView(person);
  }

  /**
   * Decisions due within 60 working days of the resolution and ceremonies within 30 of the
   * decision, not yet done on `asOf`: due (the deadline day itself included) or overdue.
   */
  @Handles(ADMISSION_ROUTES.deadlines)
  async deadlines(q: RouteInput<typeof ADMISSION_ROUTES.deadlines>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await this.tree.scopeIds(principal, q.orgId, asOf, em);
    const inScope = scope ? { orgId: { $in: scope } } : {};
    let items: AdmissionDeadlineView[] = [];
    try {
      if (q.stage !== 'ceremony') {
        const waitingDecision = await em.find(Candidate, { status: 'inPipeline', voteDate: { $ne: null, $lte: asOf }, ...inScope });
        const people = new Map((await em.find(Person, { id: { $in: waitingDecision.map((c) => c.personId) } })).map((p) => [p.id, p]));
        for (const c of waitingDecision) {
          const rule = versionOn(ADMISSION_DECISION_DEADLINE_RULES, c.voteDate as string);
          const p = people.get(c.personId) as Person;
          items.push(entry('decision', c.id, p, c.voteDate as string, rule.params.workingDays, rule.regulation, asOf));
        }
      }
      if (q.stage !== 'decision') {
        const waitingCeremony = await em.find(Person, { status: 'probationary', ceremonyDate: null, admissionDecisionDate: { $ne: null, $lte: asOf }, ...inScope });
        // the candidate record the portal opens to record the ceremony (none for a member registered with their history)
        const admitted = waitingCeremony.length ? await em.find(Candidate, { status: 'admitted', personId: { $in: waitingCeremony.map((p) => p.id) } }) : [];
        const candidateOf = new Map(admitted.map((c) => [c.personId, c.id]));
        for (const p of waitingCeremony) {
          const rule = versionOn(ADMISSION_CEREMONY_DEADLINE_RULES, p.admissionDecisionDate as string);
          items.push(entry('ceremony', candidateOf.get(p.id) ?? null, p, p.admissionDecisionDate as string, rule.params.workingDays, rule.regulation, asOf));
        }
      }
    } catch (err) {
      if (err instanceof CalendarCoverageError) throw DomainError.rule({ vi: `Lịch ngày làm việc chưa có dữ liệu cho ${err.date}`, en: err.message });
      throw err;
    }
    if (q.status) items = items.filter((i) => i.status === q.status);
    const byName = (a: AdmissionDeadlineView, b: AdmissionDeadlineView) => a.fullName.localeCompare(b.fullName, 'vi');
    items.sort(q.sort === 'fullName' ? byName : (a, b) => a.deadline.localeCompare(b.deadline) || byName(a, b));
    if (q.order === 'desc') items.reverse();
    return { asOf, ...pageOf(items, q) };
  }
}

/** Each introducer with their name and what their member record says, whatever their status today. */
async function introducerFacts(em: EntityManager, candidate: Candidate): Promise<IntroducerFacts[]> {
  const ids = candidate.introducers.map((r) => r.personId).filter((id): id is string => !!id);
  const people = new Map((ids.length ? await em.find(Person, { id: { $in: ids } }) : []).map((p) => [p.id, p]));
  return candidate.introducers.map((record) => {
    const p = record.personId ? people.get(record.personId) : undefined;
    if (!p) return { record, fullName: null, membership: null };
    const ended = (ENDED_STATUSES as readonly string[]).includes(p.status);
    return {
      record,
      fullName: p.fullName,
      membership: { admissionDecisionDate: p.admissionDecisionDate, officialDate: p.officialDate, endedOn: ended ? (p.endedOn ?? null) : null, endedAs: ended ? p.status : null },
    };
  });
}

function entry(stage: 'decision' | 'ceremony', candidateId: string | null, p: Person, from: string, workingDays: number, regulation: string, asOf: string): AdmissionDeadlineView {
  const status = vietnamCalendar.status(from, workingDays, { today: asOf });
  return {
    stage,
    candidateId,
    personId: p.id,
    fullName: p.fullName,
    orgId: p.orgId,
    from,
    workingDays,
    deadline: vietnamCalendar.deadline(from, workingDays),
    status: status === 'overdue' ? 'overdue' : 'due',
    regulation,
  };
}

/** 422 with every violation (vi/en and the regulation); the message names a missing certificate. */
function refusal(fullName: string, violations: ReturnType<typeof decideAdmission>['violations']): DomainError {
  const certificate = violations.find((v) => v.code.startsWith('CERTIFICATE_'));
  const lead = certificate ? certificate : { vi: violations.map((v) => v.vi).join(' '), en: violations.map((v) => v.en).join(' ') };
  const body: ErrorBody & { violations: typeof violations } = {
    code: 'rule_violation',
    message: {
      vi: `Không đủ điều kiện kết nạp ${fullName}: ${lead.vi}`,
      en: `${fullName} cannot be admitted: ${lead.en}`,
    },
    regulation: [...new Set(violations.map((v) => v.regulation))].join('; '),
    fields: violations.map((v) => ({ field: fieldOf(v.code), vi: v.vi, en: v.en })),
    violations,
  };
  return new DomainError(body);
}

