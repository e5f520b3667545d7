import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DISCIPLINE_ROUTES, DomainError, InspectionCaseClosed, InspectionCaseOpened, pageOf, RouteInput } from '@party/contracts';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { describePerson, listScope, peopleById, PersonReplica, personView, requireMember } from '@party/org-replica';
import { InspectionCase } from './inspection-case.entity';
import { lockPerson, sortRows } from './people';

const CASE = { vi: 'vụ kiểm tra', en: 'Inspection case' };

export const caseView = (c: InspectionCase, person: PersonReplica | undefined) => ({
  id: c.id,
  person: personView(c.personId, person),
  orgId: c.orgId,
  openedOn: c.openedOn,
  decisionNumber: c.decisionNumber,
  grounds: c.grounds,
  status: c.closedOn ? ('closed' as const) : ('open' as const),
  closedOn: c.closedOn,
  outcome: c.outcome,
  conclusion: c.conclusion,
});

const auditView = (c: InspectionCase) => ({ personId: c.personId, orgId: c.orgId, openedOn: c.openedOn, decisionNumber: c.decisionNumber, closedOn: c.closedOn, outcome: c.outcome });

export async function requireCase(em: EntityManager, id: string): Promise<InspectionCase> {
  const c = await em.findOne(InspectionCase, { id });
  if (!c) throw DomainError.notFound(CASE);
  return c;
}

/**
 * Kiểm tra đảng viên khi có dấu hiệu vi phạm. Open and closed cases in full are the Inspection
 * and Standing Committees' (`inspection:read`); a member's organization learns the conclusion once
 * the case is closed (`listConclusions`), never the grounds.
 */
@Injectable()
export class InspectionCasesService {
  @Handles(DISCIPLINE_ROUTES.openCase)
  async openCase(cmd: RouteInput<typeof DISCIPLINE_ROUTES.openCase>, { em, uow }: CommandContext) {
    await lockPerson(em, cmd.personId);
    const { person } = await requireMember(em, cmd.personId, cmd.openedOn, 'openedOn');
    const open = await em.findOne(InspectionCase, { personId: cmd.personId, closedOn: null });
    if (open) {
      throw DomainError.conflict({
        vi: `${describePerson(person)} đang bị kiểm tra theo quyết định ${open.decisionNumber} (từ ngày ${open.openedOn}): kết luận vụ đó trước khi mở vụ mới`,
        en: `${describePerson(person)} is already under inspection by decision ${open.decisionNumber} (since ${open.openedOn}): close it before opening another`,
      });
    }
    const c = em.create(InspectionCase, { personId: cmd.personId, orgId: person.orgId, openedOn: cmd.openedOn, decisionNumber: cmd.decisionNumber, grounds: cmd.grounds });
    em.persist(c);
    uow.event(InspectionCaseOpened, { personId: c.personId, orgId: c.orgId, caseId: c.id, openedOn: c.openedOn, decisionNumber: c.decisionNumber }, c.openedOn);
    uow.audit('case.open', 'inspection_case', c.id, null, auditView(c));
    return { id: c.id };
  }

  @Handles(DISCIPLINE_ROUTES.closeCase)
  async closeCase(cmd: RouteInput<typeof DISCIPLINE_ROUTES.closeCase>, { em, uow }: CommandContext) {
    const c = await requireCase(em, cmd.id);
    await lockPerson(em, c.personId);
    await em.refresh(c);
    if (c.closedOn) throw DomainError.conflict({ vi: `Vụ kiểm tra đã kết luận ngày ${c.closedOn}`, en: `The case was already closed on ${c.closedOn}` });
    if (cmd.closedOn < c.openedOn) {
      const message = { vi: `Ngày kết luận ${cmd.closedOn} trước ngày mở vụ kiểm tra ${c.openedOn}`, en: `The closing date ${cmd.closedOn} is before the opening date ${c.openedOn}` };
      throw DomainError.rule(message, undefined, [{ field: 'closedOn', ...message }]);
    }
    const before = auditView(c);
    Object.assign(c, { closedOn: cmd.closedOn, outcome: cmd.outcome, conclusion: cmd.conclusion });
    uow.event(InspectionCaseClosed, { personId: c.personId, orgId: c.orgId, caseId: c.id, openedOn: c.openedOn, closedOn: cmd.closedOn, outcome: cmd.outcome }, cmd.closedOn);
    uow.audit('case.close', 'inspection_case', c.id, before, auditView(c));
    const people = await peopleById(em, [c.personId]);
    return caseView(c, people.get(c.personId));
  }

  @Handles(DISCIPLINE_ROUTES.getCase)
  async getCase(q: RouteInput<typeof DISCIPLINE_ROUTES.getCase>, { em, principal }: QueryContext) {
    const c = await requireCase(em, q.id);
    if (!(await listScope(em, principal, undefined)).covers(c.orgId, c.openedOn)) throw DomainError.notFound(CASE);
    return caseView(c, (await peopleById(em, [c.personId])).get(c.personId));
  }

  @Handles(DISCIPLINE_ROUTES.listCases)
  async listCases(q: RouteInput<typeof DISCIPLINE_ROUTES.listCases>, { em, principal }: QueryContext) {
    const scope = await listScope(em, principal, q.orgId);
    const rows = (await em.find(InspectionCase, { ...(q.personId ? { personId: q.personId } : {}), ...(q.status === 'open' ? { closedOn: null } : q.status === 'closed' ? { closedOn: { $ne: null } } : {}) })).filter((c) =>
      scope.covers(c.orgId, c.openedOn),
    );
    sortRows(rows, (c) => (q.sort === 'closedOn' ? c.closedOn : c.openedOn), q.order);
    const people = await peopleById(em, rows.map((c) => c.personId));
    return pageOf(rows.map((c) => caseView(c, people.get(c.personId))), q);
  }

  /** Closed cases only, without their grounds: what a member's organization may know. */
  @Handles(DISCIPLINE_ROUTES.listConclusions)
  async listConclusions(q: RouteInput<typeof DISCIPLINE_ROUTES.listConclusions>, { em, principal }: QueryContext) {
    const scope = await listScope(em, principal, q.orgId);
    const rows = (await em.find(InspectionCase, { closedOn: q.year ? { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` } : { $ne: null } })).filter((c) => scope.covers(c.orgId, c.openedOn));
    sortRows(rows, (c) => c.closedOn, q.order);
    const people = await peopleById(em, rows.map((c) => c.personId));
    return pageOf(
      rows.map((c) => ({ id: c.id, person: personView(c.personId, people.get(c.personId)), orgId: c.orgId, openedOn: c.openedOn, closedOn: c.closedOn as string, outcome: c.outcome!, conclusion: c.conclusion as string })),
      q,
    );
  }
}
