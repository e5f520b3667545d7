import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ComplaintFiled, ComplaintResolved, DISCIPLINE_ROUTES, DisciplineAnnulled, DomainError, OrgDisciplineAnnulled, pageOf, RouteInput, todayInVietnam } from '@party/contracts';
import { disciplineComplaintWindow, isLighter, PENALTY_NAMES, resolutionDeadline, resolutionStatus } from '@party/rules';
import { CommandContext, Handles, QueryContext, type UnitOfWork } from '@party/service-kit';
import { listScope, peopleById, PersonReplica, personView, requireMember, standingOn } from '@party/org-replica';
import { Complaint, type ComplaintOutcome } from './complaint.entity';
import { Discipline } from './discipline.entity';
import { assertDisciplineAllowed, disciplineAudit, publishDecided, requireDiscipline } from './disciplines.service';
import { lockPerson } from './people';

const COMPLAINT = { vi: 'đơn tố cáo, khiếu nại', en: 'Denunciation or complaint' };

export const complaintView = (c: Complaint, person: PersonReplica | undefined, asOf: string) => ({
  id: c.id,
  kind: c.kind,
  disciplineId: c.disciplineId,
  person: c.personId ? personView(c.personId, person) : null,
  orgId: c.orgId,
  receivedOn: c.receivedOn,
  complainant: c.complainant,
  summary: c.summary,
  resolvingLevel: c.resolvingLevel,
  deadline: c.deadline,
  workingDays: c.workingDays,
  regulation: c.regulation,
  deadlineStatus: resolutionStatus(c.deadline, { resolvedOn: c.resolvedOn, today: asOf }),
  status: c.resolvedOn ? ('resolved' as const) : ('pending' as const),
  resolvedOn: c.resolvedOn,
  outcome: c.outcome,
  ruling: c.ruling,
  newLevel: c.newLevel,
  decisionNumber: c.decisionNumber,
  conclusion: c.conclusion,
});

const auditView = (c: Complaint) => ({ kind: c.kind, disciplineId: c.disciplineId, personId: c.personId, receivedOn: c.receivedOn, deadline: c.deadline, resolvedOn: c.resolvedOn, outcome: c.outcome, ruling: c.ruling, newLevel: c.newLevel, decisionNumber: c.decisionNumber });

async function requireComplaint(em: EntityManager, id: string): Promise<Complaint> {
  const c = await em.findOne(Complaint, { id });
  if (!c) throw DomainError.notFound(COMPLAINT);
  if (c.personId) await lockPerson(em, c.personId);
  await em.refresh(c);
  return c;
}

function assertPending(c: Complaint): void {
  if (c.resolvedOn) throw DomainError.conflict({ vi: `Đơn đã được giải quyết ngày ${c.resolvedOn}`, en: `Already settled on ${c.resolvedOn}` });
}

function assertResolvedAfterReceipt(c: Complaint, resolvedOn: string): void {
  if (resolvedOn < c.receivedOn) {
    const message = { vi: `Ngày giải quyết ${resolvedOn} trước ngày nhận đơn ${c.receivedOn}`, en: `The settlement date ${resolvedOn} is before the receipt ${c.receivedOn}` };
    throw DomainError.rule(message, undefined, [{ field: 'resolvedOn', ...message }]);
  }
}

function publishFiled(uow: UnitOfWork, c: Complaint): void {
  if (c.personId) uow.event(ComplaintFiled, { personId: c.personId, orgId: c.orgId, complaintId: c.id, kind: c.kind, filedOn: c.receivedOn }, c.receivedOn);
}

function publishResolved(uow: UnitOfWork, c: Complaint, resolvedOn: string, outcome: ComplaintOutcome): void {
  if (c.personId) uow.event(ComplaintResolved, { personId: c.personId, orgId: c.orgId, complaintId: c.id, kind: c.kind, filedOn: c.receivedOn, resolvedOn, outcome }, resolvedOn);
}

/** What the ruling on a discipline means for the complaint itself (the events' vocabulary). */
const COMPLAINT_OUTCOME_OF_RULING = { upheld: 'dismissed', lessened: 'partly_upheld', annulled: 'upheld', withdrawn: 'withdrawn' } as const satisfies Record<string, ComplaintOutcome>;

/**
 * Tố cáo, khiếu nại and khiếu nại kỷ luật, each with the deadline of the regulation for the level
 * of the body settling it (libs/rules, complaint-deadlines.ts). While one concerning a member is
 * pending, membership refuses to transfer them (`complaint.filed` / `complaint.resolved`).
 */
@Injectable()
export class ComplaintsService {
  @Handles(DISCIPLINE_ROUTES.fileComplaint)
  async file(cmd: RouteInput<typeof DISCIPLINE_ROUTES.fileComplaint>, { em, uow }: CommandContext) {
    await lockPerson(em, cmd.personId);
    const { person } = await requireMember(em, cmd.personId, cmd.receivedOn, 'receivedOn');
    const limit = resolutionDeadline(cmd.kind, false, cmd.resolvingLevel, cmd.receivedOn);
    const c = em.create(Complaint, {
      kind: cmd.kind,
      disciplineId: null,
      personId: cmd.personId,
      orgId: person.orgId,
      receivedOn: cmd.receivedOn,
      complainant: cmd.complainant,
      summary: cmd.summary,
      resolvingLevel: cmd.resolvingLevel,
      deadline: limit.deadline,
      workingDays: limit.workingDays,
      regulation: limit.rule.regulation,
    });
    em.persist(c);
    publishFiled(uow, c);
    uow.audit('complaint.file', 'complaint', c.id, null, auditView(c));
    return { id: c.id };
  }

  @Handles(DISCIPLINE_ROUTES.fileDisciplineComplaint)
  async fileAgainstDiscipline(cmd: RouteInput<typeof DISCIPLINE_ROUTES.fileDisciplineComplaint>, { em, uow }: CommandContext) {
    const d = await requireDiscipline(em, cmd.id);
    if (d.personId) await lockPerson(em, d.personId);
    await em.refresh(d);
    if (d.status !== 'in_force') {
      throw DomainError.rule({ vi: `Quyết định kỷ luật ${d.decisionNumber} không còn hiệu lực (${d.status === 'annulled' ? 'đã hủy' : 'đã được thay thế'})`, en: `Discipline ${d.decisionNumber} no longer holds (${d.status})` });
    }
    const notifiedOn = cmd.notifiedOn ?? d.decidedOn;
    for (const [field, day] of [['notifiedOn', notifiedOn], ['receivedOn', cmd.receivedOn]] as const) {
      if (day < d.decidedOn) {
        const message = { vi: `Ngày ${day} trước ngày quyết định kỷ luật ${d.decidedOn}`, en: `${day} is before the discipline decision of ${d.decidedOn}` };
        throw DomainError.rule(message, undefined, [{ field, ...message }]);
      }
    }
    const window = disciplineComplaintWindow(notifiedOn);
    if (cmd.receivedOn > window.lastDay) {
      const message = {
        vi: `Quá thời hạn khiếu nại kỷ luật: nhận quyết định ngày ${notifiedOn}, hạn khiếu nại đến hết ngày ${window.lastDay}, đơn nhận ngày ${cmd.receivedOn}`,
        en: `Too late to complain against the discipline: decision received ${notifiedOn}, complaints until ${window.lastDay}, this one received ${cmd.receivedOn}`,
      };
      throw DomainError.rule(message, window.rule.regulation, [{ field: 'receivedOn', ...message }]);
    }
    const pending = await em.findOne(Complaint, { disciplineId: d.id, resolvedOn: null });
    if (pending) throw DomainError.conflict({ vi: `Đã có đơn khiếu nại quyết định này đang giải quyết (nhận ngày ${pending.receivedOn})`, en: `A complaint against this decision is already pending (received ${pending.receivedOn})` });
    const limit = resolutionDeadline('khieu_nai', true, cmd.resolvingLevel, cmd.receivedOn);
    const c = em.create(Complaint, {
      kind: 'khieu_nai',
      disciplineId: d.id,
      personId: d.personId,
      orgId: d.orgId,
      receivedOn: cmd.receivedOn,
      complainant: null,
      summary: cmd.summary,
      resolvingLevel: cmd.resolvingLevel,
      deadline: limit.deadline,
      workingDays: limit.workingDays,
      regulation: limit.rule.regulation,
    });
    em.persist(c);
    publishFiled(uow, c);
    uow.audit('complaint.file', 'complaint', c.id, null, auditView(c));
    return { id: c.id };
  }

  @Handles(DISCIPLINE_ROUTES.resolveComplaint)
  async resolve(cmd: RouteInput<typeof DISCIPLINE_ROUTES.resolveComplaint>, { em, uow }: CommandContext) {
    const c = await requireComplaint(em, cmd.id);
    if (c.disciplineId) {
      const message = { vi: 'Khiếu nại kỷ luật được giải quyết bằng quyết định giữ nguyên, giảm hoặc hủy kỷ luật (…/ruling)', en: 'A complaint against a discipline is settled with a ruling on the discipline (…/ruling)' };
      throw DomainError.rule(message, undefined, [{ field: 'outcome', ...message }]);
    }
    assertPending(c);
    assertResolvedAfterReceipt(c, cmd.resolvedOn);
    const before = auditView(c);
    Object.assign(c, { resolvedOn: cmd.resolvedOn, outcome: cmd.outcome, conclusion: cmd.conclusion });
    publishResolved(uow, c, cmd.resolvedOn, cmd.outcome);
    uow.audit('complaint.resolve', 'complaint', c.id, before, auditView(c));
    return complaintView(c, (await peopleById(em, [c.personId])).get(c.personId ?? ''), todayInVietnam());
  }

  @Handles(DISCIPLINE_ROUTES.ruleOnDisciplineComplaint)
  async rule(cmd: RouteInput<typeof DISCIPLINE_ROUTES.ruleOnDisciplineComplaint>, { em, uow }: CommandContext) {
    const c = await requireComplaint(em, cmd.id);
    if (!c.disciplineId) {
      const message = { vi: 'Đơn này không phải khiếu nại quyết định kỷ luật: ghi kết quả giải quyết (…/resolve)', en: 'Not a complaint against a discipline: settle it with …/resolve' };
      throw DomainError.rule(message, undefined, [{ field: 'ruling', ...message }]);
    }
    assertPending(c);
    assertResolvedAfterReceipt(c, cmd.resolvedOn);
    const d = await em.findOneOrFail(Discipline, { id: c.disciplineId });
    const outcome = COMPLAINT_OUTCOME_OF_RULING[cmd.ruling];
    const before = auditView(c);
    Object.assign(c, { resolvedOn: cmd.resolvedOn, outcome, ruling: cmd.ruling, newLevel: cmd.newLevel, decisionNumber: cmd.decisionNumber, conclusion: cmd.conclusion });
    publishResolved(uow, c, cmd.resolvedOn, outcome);
    uow.audit('complaint.rule', 'complaint', c.id, before, auditView(c));

    if (cmd.ruling === 'annulled' || cmd.ruling === 'lessened') {
      const replacement = cmd.ruling === 'lessened' ? await this.lighter(em, d, cmd.newLevel!, cmd.decisionNumber!) : null;
      const dBefore = disciplineAudit(d);
      Object.assign(d, { status: replacement ? 'replaced' : 'annulled', annulledOn: cmd.resolvedOn, annulmentDecisionNumber: cmd.decisionNumber, replacedBy: replacement?.id ?? null });
      if (d.personId) {
        uow.event(DisciplineAnnulled, { personId: d.personId, orgId: d.orgId, decisionId: d.id, annulledOn: cmd.resolvedOn, decisionNumber: cmd.decisionNumber!, reason: replacement ? 'replaced' : 'annulled' }, cmd.resolvedOn);
      } else if (d.subject === 'organization' && d.orgId) {
        uow.event(OrgDisciplineAnnulled, { orgId: d.orgId, decisionId: d.id, annulledOn: cmd.resolvedOn, decisionNumber: cmd.decisionNumber!, reason: replacement ? 'replaced' : 'annulled' }, cmd.resolvedOn, d.orgId);
      }
      uow.audit(replacement ? 'discipline.replace' : 'discipline.annul', 'discipline', d.id, dBefore, disciplineAudit(d));
      if (replacement) {
        em.persist(replacement);
        publishDecided(uow, replacement);
        uow.audit('discipline.decide', 'discipline', replacement.id, null, disciplineAudit(replacement));
      }
    }
    return complaintView(c, (await peopleById(em, [c.personId])).get(c.personId ?? ''), todayInVietnam());
  }

  /**
   * The lighter penalty that replaces `d`: dated as `d` was decided and took effect (the
   * violation and its date are the same; only the penalty is lessened), under the ruling's number.
   */
  private async lighter(em: EntityManager, d: Discipline, newLevel: NonNullable<Discipline['proposedLevel']>, decisionNumber: string): Promise<Discipline> {
    if (!isLighter(newLevel, d.level)) {
      const message = {
        vi: `Hình thức mới (${PENALTY_NAMES[newLevel].vi}) phải nhẹ hơn hình thức đã quyết định (${PENALTY_NAMES[d.level].vi})`,
        en: `The new penalty (${PENALTY_NAMES[newLevel].en}) must be lighter than the one decided (${PENALTY_NAMES[d.level].en})`,
      };
      throw DomainError.rule(message, undefined, [{ field: 'newLevel', ...message }]);
    }
    let subject: 'organization' | 'official_member' | 'probationary_member' = 'organization';
    if (d.subject === 'member') {
      const person = await em.findOne(PersonReplica, { personId: d.personId! });
      subject = person && standingOn(person, d.decidedOn) === 'probationary' ? 'probationary_member' : 'official_member';
    }
    const competenceRegulation = assertDisciplineAllowed(subject, newLevel, d.decidingBody, d.decidedOn, 'newLevel');
    return em.create(Discipline, {
      subject: d.subject,
      personId: d.personId,
      orgId: d.orgId,
      caseId: d.caseId,
      violation: d.violation,
      proposedLevel: null,
      level: newLevel,
      decidingBody: d.decidingBody,
      competenceRegulation,
      decidedOn: d.decidedOn,
      decisionNumber,
      effectiveOn: d.effectiveOn,
      periodMonths: d.periodMonths,
      replaces: d.id,
    });
  }

  @Handles(DISCIPLINE_ROUTES.getComplaint)
  async get(q: RouteInput<typeof DISCIPLINE_ROUTES.getComplaint>, { em, principal }: QueryContext) {
    const c = await em.findOne(Complaint, { id: q.id });
    if (!c || !(await listScope(em, principal, undefined)).covers(c.orgId, c.receivedOn)) throw DomainError.notFound(COMPLAINT);
    return complaintView(c, (await peopleById(em, [c.personId])).get(c.personId ?? ''), todayInVietnam());
  }

  @Handles(DISCIPLINE_ROUTES.listComplaints)
  async list(q: RouteInput<typeof DISCIPLINE_ROUTES.listComplaints>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await listScope(em, principal, undefined);
    const rows = (
      await em.find(Complaint, {
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.personId ? { personId: q.personId } : {}),
        ...(q.status === 'pending' || q.dueBy ? { resolvedOn: null } : q.status === 'resolved' ? { resolvedOn: { $ne: null } } : {}),
        ...(q.dueBy ? { deadline: { $lte: q.dueBy } } : {}),
      })
    ).filter((c) => scope.covers(c.orgId, c.receivedOn));
    const people = await peopleById(em, rows.map((c) => c.personId));
    const views = rows.map((c) => complaintView(c, people.get(c.personId ?? ''), asOf)).filter((v) => !q.deadline || v.deadlineStatus === q.deadline);
    const key = (v: (typeof views)[number]) => (q.sort === 'receivedOn' ? v.receivedOn : v.deadline);
    views.sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
    if (q.order === 'desc') views.reverse();
    return { asOf, ...pageOf(views, q) };
  }
}

