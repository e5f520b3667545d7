import { Injectable } from '@nestjs/common';
import { DomainError, pageOf, RouteInput, VETTING_ROUTES } from '@party/contracts';
import { Handles, QueryContext } from '@party/service-kit';
import { listScope } from '@party/org-replica';
import { VettingCase, VettingRequest } from './vetting.entities';
import { caseViews, LETTER } from './vetting.views';

/** The letters to the police, each with the people it named and how far their cases have come. */
@Injectable()
export class VettingLettersService {
  @Handles(VETTING_ROUTES.listRequests)
  async listRequests(q: RouteInput<typeof VETTING_ROUTES.listRequests>, { em, principal }: QueryContext) {
    const scope = await listScope(em, principal, undefined);
    const letters = await em.find(VettingRequest, q.year ? { sentOn: { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` } } : {});
    const cases = letters.length ? (await em.find(VettingCase, { requestId: { $in: letters.map((l) => l.id) } })).filter((c) => scope.covers(c.orgId, c.openedOn)) : [];
    const rows = letters
      .map((l) => {
        const named = cases.filter((c) => c.requestId === l.id);
        return { id: l.id, letterNumber: l.letterNumber, sentOn: l.sentOn, people: named.length, replied: named.filter((c) => c.repliedOn).length, concluded: named.filter((c) => c.concludedOn).length };
      })
      .filter((r) => r.people > 0);
    rows.sort((a, b) => (q.sort === 'letterNumber' ? a.letterNumber.localeCompare(b.letterNumber, 'vi', { numeric: true }) : a.sentOn.localeCompare(b.sentOn)) || a.id.localeCompare(b.id));
    if (q.order === 'desc') rows.reverse();
    return pageOf(rows, q);
  }

  @Handles(VETTING_ROUTES.getRequest)
  async getRequest(q: RouteInput<typeof VETTING_ROUTES.getRequest>, { em, principal }: QueryContext) {
    const letter = await em.findOne(VettingRequest, { id: q.id });
    if (!letter) throw DomainError.notFound(LETTER);
    const scope = await listScope(em, principal, undefined);
    const cases = (await em.find(VettingCase, { requestId: letter.id }, { orderBy: { openedOn: 'asc', id: 'asc' } })).filter((c) => scope.covers(c.orgId, c.openedOn));
    if (!cases.length) throw DomainError.notFound(LETTER);
    return {
      id: letter.id,
      letterNumber: letter.letterNumber,
      sentOn: letter.sentOn,
      people: cases.length,
      replied: cases.filter((c) => c.repliedOn).length,
      concluded: cases.filter((c) => c.concludedOn).length,
      cases: await caseViews(em, cases),
    };
  }
}
