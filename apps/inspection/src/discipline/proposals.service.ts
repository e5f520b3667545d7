import { Injectable } from '@nestjs/common';
import { DISCIPLINE_ROUTES, pageOf, RouteInput, todayInVietnam } from '@party/contracts';
import { diffDays } from '@party/rules';
import { Handles, QueryContext } from '@party/service-kit';
import { listScope, peopleById, personView } from '@party/org-replica';
import { orgNames } from '../programs/org-names';
import { Discipline } from './discipline.entity';
import { InspectionCase } from './inspection-case.entity';
import { sortRows } from './people';

/**
 * Đề nghị kỷ luật chờ quyết định: a case concluded with a violation is, until a discipline is
 * recorded for it, a proposal waiting for the competent body (the Standing Committee's home).
 * Derived from the records, not kept: a discipline decided with the case's id takes it off the
 * list, and an annulled one (it never held) puts it back. Scoped as the cases are (the person's
 * organization on the opening date).
 */
@Injectable()
export class DisciplineProposalsService {
  @Handles(DISCIPLINE_ROUTES.listDisciplineProposals)
  async list(q: RouteInput<typeof DISCIPLINE_ROUTES.listDisciplineProposals>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await listScope(em, principal, q.orgId);
    const concluded = (await em.find(InspectionCase, { outcome: 'violation', closedOn: { $lte: asOf } })).filter((c) => scope.covers(c.orgId, c.openedOn));
    const decided = new Set(concluded.length ? (await em.find(Discipline, { caseId: { $in: concluded.map((c) => c.id) }, status: { $ne: 'annulled' } })).map((d) => d.caseId) : []);
    const rows = sortRows(concluded.filter((c) => !decided.has(c.id)), (c) => c.closedOn, q.order);
    const page = pageOf(rows, q);
    const people = await peopleById(em, page.items.map((c) => c.personId));
    const names = await orgNames(em, page.items.flatMap((c) => (c.orgId ? [c.orgId] : [])));
    return {
      asOf,
      ...page,
      items: page.items.map((c) => ({
        caseId: c.id,
        person: personView(c.personId, people.get(c.personId)),
        orgId: c.orgId,
        orgName: c.orgId ? (names.get(c.orgId) ?? null) : null,
        decisionNumber: c.decisionNumber,
        openedOn: c.openedOn,
        closedOn: c.closedOn as string,
        conclusion: c.conclusion ?? '',
        daysWaiting: diffDays(c.closedOn as string, asOf),
      })),
    };
  }
}
