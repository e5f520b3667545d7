import { Injectable } from '@nestjs/common';
import { RouteInput, VETTING_PURPOSES, VETTING_ROUTES, type VettingPurpose } from '@party/contracts';
import { Handles, QueryContext } from '@party/service-kit';
import { listScope } from '@party/org-replica';
import { VettingCase } from './vetting.entities';

const byPurpose = (cases: readonly VettingCase[]) => Object.fromEntries(VETTING_PURPOSES.map((p) => [p, cases.filter((c) => c.purpose === p).length])) as Record<VettingPurpose, number>;
const people = (cases: readonly VettingCase[]) => new Set(cases.map((c) => c.personId)).size;

/**
 * A year's vetting in figures, each fact by its own date: requests by the letter's date,
 * replies by the reply's, conclusions by the conclusion's — so a conclusion of 2023 on a request
 * of 2022 counts in 2023's conclusions and 2022's requests. People are counted once, as the
 * year-end report counts them (`vetting.requestsToPolice`, `vetting.concluded`).
 */
@Injectable()
export class VettingSummaryService {
  @Handles(VETTING_ROUTES.summary)
  async summary(q: RouteInput<typeof VETTING_ROUTES.summary>, { em, principal }: QueryContext) {
    const scope = await listScope(em, principal, q.orgId);
    const [from, to] = [`${q.year}-01-01`, `${q.year}-12-31`];
    const y = { $gte: from, $lte: to };
    const all = (await em.find(VettingCase, { $or: [{ sentOn: y }, { repliedOn: y }, { concludedOn: y }, { openedOn: { $lte: to }, $or: [{ concludedOn: null }, { concludedOn: { $gt: to } }] }] })).filter((c) =>
      scope.covers(c.orgId, c.openedOn),
    );
    const within = (d: string | null) => !!d && d >= from && d <= to;
    const sent = all.filter((c) => within(c.sentOn));
    const replied = all.filter((c) => within(c.repliedOn));
    const concluded = all.filter((c) => within(c.concludedOn));
    return {
      year: q.year,
      orgId: q.orgId ?? null,
      requests: { letters: new Set(sent.map((c) => c.requestId)).size, people: people(sent), byPurpose: byPurpose(sent) },
      replies: { cases: replied.length, noIssue: replied.filter((c) => c.replyOpinion === 'no_issue').length, issuesNoted: replied.filter((c) => c.replyOpinion === 'issues_noted').length },
      conclusions: {
        people: people(concluded),
        cases: concluded.length,
        meets: concluded.filter((c) => c.result === 'meets').length,
        notMeets: concluded.filter((c) => c.result === 'not_meets').length,
        byBasis: { request: concluded.filter((c) => c.basis === 'request').length, earlier_request: concluded.filter((c) => c.basis === 'earlier_request').length, records: concluded.filter((c) => c.basis === 'records').length },
        byPurpose: byPurpose(concluded),
      },
      openAtYearEnd: all.filter((c) => c.openedOn <= to && (!c.concludedOn || c.concludedOn > to)).length,
    };
  }
}
