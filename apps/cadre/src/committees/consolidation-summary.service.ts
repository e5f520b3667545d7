import { Injectable } from '@nestjs/common';
import { COMMITTEE_ROUTES, RouteInput } from '@party/contracts';
import { listScope } from '@party/org-replica';
import { Handles, QueryContext } from '@party/service-kit';
import { CommitteeDecision, CommitteeHolding } from './committee.entities';

/** Vietnamese reports write small counts on two digits: "02 đồng chí". */
const n2 = (n: number) => String(n).padStart(2, '0');

interface Named {
  decision: CommitteeDecision;
  holding: CommitteeHolding;
}

const tally = (rows: Named[]) => ({
  people: new Set(rows.map((r) => r.holding.personId)).size,
  orgs: new Set(rows.map((r) => r.decision.orgId)).size,
  decisions: new Set(rows.map((r) => r.decision.id)).size,
});

const blocTally = (rows: Named[]) => ({
  /** People who joined the committee (were on no post of it the day before). */
  added: new Set(rows.filter((r) => r.holding.joinsCommittee).map((r) => r.holding.personId)).size,
  people: new Set(rows.map((r) => r.holding.personId)).size,
  decisions: new Set(rows.map((r) => r.decision.id)).size,
});

/**
 * The consolidations of a period in the report's words, counted as reporting counts the
 * catalogue's `cadre.*` keys from the same facts (by decision date; a grassroots organization's
 * executive committee; the bloc's own committees apart, by the people who joined them), so the
 * Organization Board sees the report's sentence before the year-end job runs.
 */
@Injectable()
export class ConsolidationSummaryService {
  @Handles(COMMITTEE_ROUTES.consolidationSummary)
  async summary(q: RouteInput<typeof COMMITTEE_ROUTES.consolidationSummary>, { em, principal }: QueryContext) {
    const from = q.year ? `${q.year}-01-01` : q.from!;
    const to = q.year ? `${q.year}-12-31` : q.to!;
    const scope = await listScope(em, principal, q.orgId);
    const decisions = (await em.find(CommitteeDecision, { type: 'consolidation', decidedOn: { $gte: from, $lte: to } })).filter((d) => scope.covers(d.orgId, d.decidedOn));
    const byId = new Map(decisions.map((d) => [d.id, d]));
    const named: Named[] = decisions.length ? (await em.find(CommitteeHolding, { startDecisionId: { $in: [...byId.keys()] } })).map((holding) => ({ holding, decision: byId.get(holding.startDecisionId)! })) : [];
    const where = (p: (d: CommitteeDecision) => boolean) => named.filter((r) => p(r.decision));

    const grassroots = tally(where((d) => d.grassroots && d.kind === 'executive'));
    const grassrootsInspection = tally(where((d) => d.grassroots && d.kind === 'inspection'));
    const below = tally(where((d) => !d.grassroots && !d.blocLevel));
    const executive = blocTally(where((d) => d.blocLevel && d.kind === 'executive'));
    const inspection = blocTally(where((d) => d.blocLevel && d.kind === 'inspection'));
    const blocTerms = [...new Set(where((d) => d.blocLevel).map((r) => r.decision.term))];
    const term = blocTerms.length === 1 ? { vi: ` nhiệm kỳ ${blocTerms[0]}`, en: ` (term ${blocTerms[0]})` } : { vi: '', en: '' };
    return {
      from,
      to,
      grassroots,
      grassrootsInspection,
      below,
      bloc: { executive, inspection },
      text: {
        vi: `Kiện toàn đối với ${n2(grassroots.people)} đồng chí cấp ủy, bí thư, phó bí thư tại ${n2(grassroots.orgs)} chi bộ, đảng bộ cơ sở. Kiện toàn bổ sung ${n2(executive.added)} đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối, ${n2(inspection.added)} đồng chí Ủy viên UBKT Đảng ủy Khối${term.vi}.`,
        en: `${grassroots.people} committee members, secretaries and deputies consolidated in ${grassroots.orgs} grassroots organizations; ${executive.added} added to the bloc’s executive committee, ${inspection.added} to its inspection committee${term.en}.`,
      },
    };
  }
}
