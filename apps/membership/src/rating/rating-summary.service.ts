import { Injectable } from '@nestjs/common';
import { DomainError, RATING_ROUTES, RouteInput, type RouteResult, viNumber, viShare } from '@party/contracts';
import { Handles, QueryContext } from '@party/service-kit';
import { OrganizationTree } from '../organizations/organization.tree';
import { assertOrgInRoundScope, requireRound } from './rating-rounds.service';
import { sql, tables } from './rating-sql';

type Summary = RouteResult<typeof RATING_ROUTES.summary>;
type LevelSummary = Summary['members'];

interface CountRow {
  bucket: string;
  subjects: number;
  decided: number;
  excellent: number;
  good: number;
  completed: number;
  not_completed: number;
}

const ZERO: CountRow = { bucket: '', subjects: 0, decided: 0, excellent: 0, good: 0, completed: 0, not_completed: 0 };

/** Counts and shares of the decided, as the report writes them ("143/151 = 94,7%", rounded half up). */
export function levelSummary(c: CountRow = ZERO): LevelSummary {
  const goodOrBetter = c.excellent + c.good;
  const share = (n: number) => viShare(n, c.decided);
  return {
    subjects: c.subjects,
    decided: c.decided,
    notDecided: c.subjects - c.decided,
    excellent: c.excellent,
    good: c.good,
    goodOrBetter,
    completed: c.completed,
    notCompleted: c.not_completed,
    shares: { goodOrBetter: share(goodOrBetter), excellent: share(c.excellent), good: share(c.good), completed: share(c.completed), notCompleted: share(c.not_completed) },
  };
}

/** "151 TCCSĐ được đánh giá xếp loại, trong đó: Hoàn thành tốt nhiệm vụ trở lên: 143/151 = 94,7% (trong đó HTXS nhiệm vụ: 28/151 = 18,5%); …" */
export function reportSentence(who: string, s: LevelSummary): string {
  const share = (n: number) => viShare(n, s.decided);
  return (
    `${viNumber(s.decided)} ${who} được đánh giá xếp loại, trong đó: Hoàn thành tốt nhiệm vụ trở lên: ${share(s.goodOrBetter)} (trong đó HTXS nhiệm vụ: ${share(s.excellent)}); ` +
    `Hoàn thành nhiệm vụ: ${share(s.completed)}; Không hoàn thành nhiệm vụ: ${share(s.notCompleted)}.`
  );
}

const COUNTS = `count(*)::int as subjects, count(s.decision_level)::int as decided,
  (count(*) filter (where s.decision_level = 'excellent'))::int as excellent,
  (count(*) filter (where s.decision_level = 'good'))::int as good,
  (count(*) filter (where s.decision_level = 'completed'))::int as completed,
  (count(*) filter (where s.decision_level = 'not_completed'))::int as not_completed`;

/** Tổng hợp kết quả xếp loại of a round, or of one organization's subtree in it. */
@Injectable()
export class RatingSummaryService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(RATING_ROUTES.summary)
  async summary(q: RouteInput<typeof RATING_ROUTES.summary>, { em, principal }: QueryContext): Promise<Summary> {
    const round = await requireRound(em, principal, q.id);
    await assertOrgInRoundScope(this.tree, em, principal, round, q.orgId);
    const t = tables(em);
    const where = ['s.round_id = ?'];
    const params: unknown[] = [round.id];
    for (const orgId of [principal.orgScopeId, q.orgId]) {
      if (!orgId) continue;
      where.push('?::text = any(s.org_path)');
      params.push(orgId);
    }
    const whereSql = where.join(' and ');
    if (q.orgId) {
      const [{ n }] = await sql<{ n: number }>(em, `select count(*)::int as n from ${t.subject} s where ${whereSql}`, params);
      if (!n) throw DomainError.notFound({ vi: 'tổ chức đảng trong đợt đánh giá', en: 'Organization in the round' });
    }
    const buckets = await sql<CountRow>(
      em,
      `select case when s.kind = 'member' then 'members' when s.org_kind = 'dependent_cell' then 'dependentCells' else 'grassroots' end as bucket, ${COUNTS}
         from ${t.subject} s where ${whereSql} and s.excluded_reason is null group by 1`,
      params,
    );
    const [{ excluded }] = await sql<{ excluded: number }>(em, `select count(*)::int as excluded from ${t.subject} s where ${whereSql} and s.excluded_reason is not null`, params);
    const grassrootsOrgs = await sql<{ org_id: string; name: string; org_kind: string; decision_level: Summary['byGrassroots'][number]['decision'] }>(
      em,
      `select s.org_id, s.name, s.org_kind, s.decision_level from ${t.subject} s where ${whereSql} and s.kind = 'org' and s.org_id = s.grassroots_org_id order by s.name, s.org_id`,
      params,
    );
    const memberCounts = new Map(
      (await sql<CountRow>(em, `select s.grassroots_org_id::text as bucket, ${COUNTS} from ${t.subject} s where ${whereSql} and s.kind = 'member' and s.excluded_reason is null group by 1`, params)).map((c) => [c.bucket, c]),
    );
    const of = (bucket: string) => levelSummary(buckets.find((b) => b.bucket === bucket));
    const [grassroots, dependentCells, members] = [of('grassroots'), of('dependentCells'), of('members')];
    const orgName = q.orgId ? ((await sql<{ name: string }>(em, `select s.org_name as name from ${t.subject} s where s.round_id = ? and ?::text = any(s.org_path) and s.org_id = ? limit 1`, [round.id, q.orgId, q.orgId]))[0]?.name ?? null) : null;
    return {
      roundId: round.id,
      year: round.year,
      asOf: round.asOf,
      orgId: q.orgId ?? null,
      orgName,
      regulation: round.regulation,
      grassroots,
      dependentCells,
      members,
      excludedMembers: excluded,
      text: { grassroots: reportSentence('TCCSĐ', grassroots), members: reportSentence('đảng viên', members) },
      byGrassroots: grassrootsOrgs.map((g) => ({ orgId: g.org_id, name: g.name, orgKind: g.org_kind, decision: g.decision_level, members: levelSummary(memberCounts.get(g.org_id)) })),
    };
  }
}
