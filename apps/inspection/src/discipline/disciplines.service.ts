import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DISCIPLINE_ROUTES, DisciplineDecided, DomainError, type DisciplineLevel, ORG_DISCIPLINE_LEVELS, OrgDisciplineDecided, pageOf, type Principal, RouteInput } from '@party/contracts';
import { addDays, addMonths, checkDiscipline, type DecidingBody, type DisciplineSubject, type Penalty, ruleVersion } from '@party/rules';
import { CommandContext, Handles, QueryContext, type UnitOfWork } from '@party/service-kit';
import { listScope, OrgVersion, peopleById, PersonReplica, personView, requireMember } from '@party/org-replica';
import { Complaint } from './complaint.entity';
import { Discipline } from './discipline.entity';
import { InspectionCase } from './inspection-case.entity';
import { lockPerson, sortRows } from './people';

const DISCIPLINE = { vi: 'quyết định kỷ luật', en: 'Discipline decision' };

/** The last day a discipline with a period holds. */
const endsOn = (d: Discipline) => (d.periodMonths ? addDays(addMonths(d.effectiveOn, d.periodMonths), -1) : null);

export const outcomeView = (d: Discipline, person: PersonReplica | undefined) => ({
  id: d.id,
  subject: d.subject,
  person: d.personId ? personView(d.personId, person) : null,
  orgId: d.orgId,
  level: d.level,
  decidedOn: d.decidedOn,
  decisionNumber: d.decisionNumber,
  effectiveOn: d.effectiveOn,
  periodMonths: d.periodMonths,
  endsOn: endsOn(d),
  status: d.status,
  annulledOn: d.annulledOn,
  replacedBy: d.replacedBy,
});

export const disciplineView = (d: Discipline, person: PersonReplica | undefined, complaintIds: string[]) => ({
  ...outcomeView(d, person),
  caseId: d.caseId,
  violation: d.violation,
  proposedLevel: d.proposedLevel,
  decidingBody: d.decidingBody,
  competenceRegulation: d.competenceRegulation,
  annulmentDecisionNumber: d.annulmentDecisionNumber,
  replaces: d.replaces,
  complaintIds,
});

export const disciplineAudit = (d: Discipline) => ({
  subject: d.subject,
  personId: d.personId,
  orgId: d.orgId,
  level: d.level,
  decidingBody: d.decidingBody,
  decidedOn: d.decidedOn,
  decisionNumber: d.decisionNumber,
  effectiveOn: d.effectiveOn,
  status: d.status,
  annulledOn: d.annulledOn,
  replaces: d.replaces,
  replacedBy: d.replacedBy,
});

export async function requireDiscipline(em: EntityManager, id: string): Promise<Discipline> {
  const d = await em.findOne(Discipline, { id });
  if (!d) throw DomainError.notFound(DISCIPLINE);
  return d;
}

/**
 * A refusal of the forms-and-competence rules (libs/rules, discipline.ts), on the field at fault;
 * else the regulations the decision was checked against, kept with it.
 */
export function assertDisciplineAllowed(subject: DisciplineSubject, level: Penalty, body: DecidingBody, on: string, field?: string): string {
  const refusal = checkDiscipline(subject, level, body, on);
  if (refusal) throw DomainError.rule(refusal.message, refusal.rule.regulation, [{ field: field ?? refusal.field, ...refusal.message }]);
  return `${ruleVersion('discipline.forms', on).regulation}; ${ruleVersion('discipline.competence', on).regulation}`;
}

/** `discipline.decided` for a member's discipline, `discipline.orgDecided` for an organization's (membership's rating reads it). */
export function publishDecided(uow: UnitOfWork, d: Discipline): void {
  if (d.subject === 'organization' && d.orgId) {
    const level = d.level as (typeof ORG_DISCIPLINE_LEVELS)[number];
    uow.event(OrgDisciplineDecided, { orgId: d.orgId, decisionId: d.id, level, decidedOn: d.decidedOn, decisionNumber: d.decisionNumber, effectiveOn: d.effectiveOn }, d.decidedOn, d.orgId);
    return;
  }
  if (d.subject !== 'member' || !d.personId) return;
  uow.event(
    DisciplineDecided,
    { personId: d.personId, orgId: d.orgId, decisionId: d.id, caseId: d.caseId, level: d.level as DisciplineLevel, decidedOn: d.decidedOn, decisionNumber: d.decisionNumber, effectiveOn: d.effectiveOn },
    d.decidedOn,
  );
}

async function complaintIdsOf(em: EntityManager, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  for (const c of await em.find(Complaint, { disciplineId: { $in: ids } }, { orderBy: { receivedOn: 'asc', id: 'asc' } })) {
    out.set(c.disciplineId!, [...(out.get(c.disciplineId!) ?? []), c.id]);
  }
  return out;
}

async function listed(em: EntityManager, principal: Principal, q: RouteInput<typeof DISCIPLINE_ROUTES.listDisciplines>): Promise<Discipline[]> {
  const scope = await listScope(em, principal, q.orgId);
  const rows = (
    await em.find(Discipline, {
      ...(q.subject ? { subject: q.subject } : {}),
      ...(q.level ? { level: q.level } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.personId ? { personId: q.personId } : {}),
      ...(q.year ? { decidedOn: { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` } } : {}),
    })
  ).filter((d) => scope.covers(d.orgId, d.decidedOn));
  return sortRows(rows, (d) => d.decidedOn, q.order);
}

/**
 * Kỷ luật đảng viên và tổ chức đảng: checked against the forms of discipline and the deciding
 * body's competence before anything is written. The full record (violation, proposal) is for
 * `discipline:read`; the outcome (who, which penalty, its dates) for anyone who reads members,
 * each in their own scope.
 */
@Injectable()
export class DisciplinesService {
  @Handles(DISCIPLINE_ROUTES.decideDiscipline)
  async decide(cmd: RouteInput<typeof DISCIPLINE_ROUTES.decideDiscipline>, { em, uow }: CommandContext) {
    const effectiveOn = cmd.effectiveOn ?? cmd.decidedOn;
    let subject: DisciplineSubject;
    let orgId: string | null;
    if (cmd.subject === 'member') {
      const personId = cmd.personId!;
      await lockPerson(em, personId);
      const { person, standing } = await requireMember(em, personId, cmd.decidedOn, 'decidedOn');
      subject = standing === 'probationary' ? 'probationary_member' : 'official_member';
      orgId = person.orgId;
      if (cmd.caseId) {
        const c = await em.findOne(InspectionCase, { id: cmd.caseId });
        if (!c || c.personId !== personId) {
          const message = { vi: 'Vụ kiểm tra không có, hoặc không phải về đảng viên này', en: 'No such inspection case about this member' };
          throw DomainError.rule(message, undefined, [{ field: 'caseId', ...message }]);
        }
      }
    } else {
      subject = 'organization';
      orgId = cmd.orgId!;
      if (!(await em.count(OrgVersion, { orgId, validFrom: { $lte: cmd.decidedOn } }))) {
        const message = { vi: `Không có tổ chức đảng này vào ngày ${cmd.decidedOn}`, en: `No such party organization on ${cmd.decidedOn}` };
        throw DomainError.rule(message, undefined, [{ field: 'orgId', ...message }]);
      }
      if (cmd.caseId) {
        const message = { vi: 'Vụ kiểm tra khi có dấu hiệu vi phạm ở đây là về đảng viên, không về tổ chức đảng', en: 'Inspection cases here are about members, not organizations' };
        throw DomainError.rule(message, undefined, [{ field: 'caseId', ...message }]);
      }
    }
    if (cmd.proposedLevel) {
      const refusal = checkDiscipline(subject, cmd.proposedLevel, 'superior_committee', cmd.decidedOn);
      if (refusal?.field === 'level') throw DomainError.rule(refusal.message, refusal.rule.regulation, [{ field: 'proposedLevel', ...refusal.message }]);
    }
    const competenceRegulation = assertDisciplineAllowed(subject, cmd.level, cmd.decidingBody, cmd.decidedOn);
    const d = em.create(Discipline, {
      subject: cmd.subject,
      personId: cmd.personId,
      orgId,
      caseId: cmd.caseId,
      violation: cmd.violation,
      proposedLevel: cmd.proposedLevel,
      level: cmd.level,
      decidingBody: cmd.decidingBody,
      competenceRegulation,
      decidedOn: cmd.decidedOn,
      decisionNumber: cmd.decisionNumber,
      effectiveOn,
      periodMonths: cmd.periodMonths,
    });
    em.persist(d);
    publishDecided(uow, d);
    uow.audit('discipline.decide', 'discipline', d.id, null, disciplineAudit(d));
    return { id: d.id };
  }

  @Handles(DISCIPLINE_ROUTES.getDiscipline)
  async get(q: RouteInput<typeof DISCIPLINE_ROUTES.getDiscipline>, { em, principal }: QueryContext) {
    const d = await requireDiscipline(em, q.id);
    if (!(await listScope(em, principal, undefined)).covers(d.orgId, d.decidedOn)) throw DomainError.notFound(DISCIPLINE);
    return disciplineView(d, (await peopleById(em, [d.personId])).get(d.personId ?? ''), (await complaintIdsOf(em, [d.id])).get(d.id) ?? []);
  }

  @Handles(DISCIPLINE_ROUTES.listDisciplines)
  async list(q: RouteInput<typeof DISCIPLINE_ROUTES.listDisciplines>, { em, principal }: QueryContext) {
    const rows = await listed(em, principal, q);
    const page = pageOf(rows, q);
    const people = await peopleById(em, page.items.map((d) => d.personId));
    const complaints = await complaintIdsOf(em, page.items.map((d) => d.id));
    return { ...page, items: page.items.map((d) => disciplineView(d, people.get(d.personId ?? ''), complaints.get(d.id) ?? [])) };
  }

  @Handles(DISCIPLINE_ROUTES.listOutcomes)
  async outcomes(q: RouteInput<typeof DISCIPLINE_ROUTES.listOutcomes>, { em, principal }: QueryContext) {
    const page = pageOf(await listed(em, principal, q), q);
    const people = await peopleById(em, page.items.map((d) => d.personId));
    return { ...page, items: page.items.map((d) => outcomeView(d, people.get(d.personId ?? ''))) };
  }
}
