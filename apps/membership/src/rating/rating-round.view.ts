import type { EntityManager } from '@mikro-orm/postgresql';
import type { RatingPeerGroupConfig, RouteResult } from '@party/contracts';
import { RATING_ROUTES, todayInVietnam } from '@party/contracts';
import { disqualifierRule, RATING_QUOTA_RULES, ratingDate, ratingRuleSet, versionOn } from '@party/rules';
import { RatingRound } from './rating-round.entity';
import { sql, tables } from './rating-sql';

type RoundView = RouteResult<typeof RATING_ROUTES.getRound>;

/** Which regulation rates the year and its figures: criteria or points, the quota, the disqualifier's share. */
export function ruleSetView(year: number): RoundView['ruleSet'] {
  const set = ratingRuleSet(year);
  const quota = versionOn(RATING_QUOTA_RULES, set.ratingDate);
  const disq = disqualifierRule(year);
  return {
    year,
    ratingDate: ratingDate(year),
    kind: set.kind,
    regulation: set.rule.regulation,
    description: set.rule.description,
    thresholds: set.thresholds,
    quota: { percentOfGoodOrBetter: quota.params.percentOfGoodOrBetter, regulation: quota.regulation },
    disqualifier: { disciplinedMembersPercentAbove: disq.params.disciplinedMembersPercentAbove, regulation: disq.regulation },
  };
}

export const groupingOf = (r: RatingRound): RatingPeerGroupConfig => ({
  grassroots: r.groupingGrassroots as RatingPeerGroupConfig['grassroots'],
  dependentCells: r.groupingDependentCells as RatingPeerGroupConfig['dependentCells'],
  members: r.groupingMembers as RatingPeerGroupConfig['members'],
});

interface CountRow {
  round_id: string;
  kind: 'org' | 'member';
  subjects: number;
  excluded: number;
  self_rated: number;
  proposed: number;
  decided: number;
  awaiting_self: number;
  awaiting_proposal: number;
  awaiting_decision: number;
}

/** The rounds as the routes answer them, their progress counted in one statement (a secretary's: their subtree's). */
export async function roundViews(em: EntityManager, rounds: RatingRound[], scopeOrgId: string | null): Promise<RoundView[]> {
  if (!rounds.length) return [];
  const t = tables(em);
  const counts = await sql<CountRow>(
    em,
    `select s.round_id, s.kind,
            (count(*) filter (where s.excluded_reason is null))::int as subjects,
            (count(*) filter (where s.excluded_reason is not null))::int as excluded,
            (count(*) filter (where s.excluded_reason is null and s.self_level is not null))::int as self_rated,
            (count(*) filter (where s.excluded_reason is null and s.proposal_level is not null))::int as proposed,
            (count(*) filter (where s.excluded_reason is null and s.decision_level is not null))::int as decided,
            (count(*) filter (where s.excluded_reason is null and s.decision_level is null and s.proposal_level is null and s.self_level is null))::int as awaiting_self,
            (count(*) filter (where s.excluded_reason is null and s.decision_level is null and s.proposal_level is null and s.self_level is not null))::int as awaiting_proposal,
            (count(*) filter (where s.excluded_reason is null and s.decision_level is null and s.proposal_level is not null))::int as awaiting_decision
       from ${t.subject} s where s.round_id = any(string_to_array(?, ',')::uuid[])${scopeOrgId ? ' and ?::text = any(s.org_path)' : ''}
      group by s.round_id, s.kind`,
    [rounds.map((r) => r.id).join(','), ...(scopeOrgId ? [scopeOrgId] : [])],
  );
  const scopeNames = new Map(
    (await sql<{ org_id: string; name: string }>(em, `select distinct on (org_id) org_id, name from ${t.version} where org_id = any(string_to_array(?, ',')::uuid[]) order by org_id, valid_from desc`, [
      rounds.flatMap((r) => (r.scopeOrgId ? [r.scopeOrgId] : [])).join(','),
    ])).map((r) => [r.org_id, r.name]),
  );
  const empty = { subjects: 0, selfRated: 0, proposed: 0, decided: 0 };
  const today = todayInVietnam();
  return rounds.map((r) => {
    const mine = counts.filter((x) => x.round_id === r.id);
    const past = (due: string, key: 'awaiting_self' | 'awaiting_proposal' | 'awaiting_decision') => (today > due ? mine.reduce((n, x) => n + x[key], 0) : 0);
    const of = (kind: 'org' | 'member') => {
      const c = counts.find((x) => x.round_id === r.id && x.kind === kind);
      return c ? { subjects: c.subjects, selfRated: c.self_rated, proposed: c.proposed, decided: c.decided } : empty;
    };
    return {
      id: r.id,
      year: r.year,
      name: r.name,
      scopeOrgId: r.scopeOrgId,
      scopeName: r.scopeOrgId ? (scopeNames.get(r.scopeOrgId) ?? null) : null,
      asOf: r.asOf,
      deadlines: { selfRating: r.selfRatingDue, proposal: r.proposalDue, decision: r.decisionDue },
      peerGroups: groupingOf(r),
      ruleSet: ruleSetView(r.year),
      excludedMembers: counts.find((x) => x.round_id === r.id && x.kind === 'member')?.excluded ?? 0,
      orgs: of('org'),
      members: of('member'),
      overdue: { selfRating: past(r.selfRatingDue, 'awaiting_self'), proposal: past(r.proposalDue, 'awaiting_proposal'), decision: past(r.decisionDue, 'awaiting_decision') },
      openedBy: { userId: r.openedById, username: r.openedByName },
      createdAt: r.createdAt.toISOString(),
    };
  });
}
