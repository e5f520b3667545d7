import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Principal, RATING_ROUTES, RouteInput, type RouteResult, searchableName, todayInVietnam } from '@party/contracts';
import { maxExcellent, RATING_QUOTA_RULES, ratingDate, versionOn } from '@party/rules';
import { Handles, QueryContext } from '@party/service-kit';
import { RatingRound } from './rating-round.entity';
import { capsOf, pendingBelow } from './rating-caps';
import { SUBJECT_SELECT, type SubjectRow } from './rating-rows';
import { OrganizationTree } from '../organizations/organization.tree';
import { assertOrgInRoundScope, requireRound } from './rating-rounds.service';
import { ids, sql, tables, UUIDS } from './rating-sql';
import { STAGE_SQL, subjectView } from './rating-subject.view';

type PeerGroupView = RouteResult<typeof RATING_ROUTES.peerGroups>['items'][number];

interface GroupRow {
  key: string;
  kind: 'org' | 'member';
  anchor_org_id: string | null;
  label_vi: string;
  label_en: string;
  subjects: number;
  self_rated: number;
  proposed: number;
  decided: number;
  excellent: number;
  good: number;
  completed: number;
  not_completed: number;
  overrides: number;
  proposed_good_or_better: number;
  proposed_excellent: number;
}

/** The peer groups of a round with their counts and quota (a secretary: the groups with subjects of their subtree; the quota is the whole group's). */
export async function peerGroupViews(em: EntityManager, round: RatingRound, principal: Principal, onlyKey?: string): Promise<PeerGroupView[]> {
  const t = tables(em);
  const params: unknown[] = [round.id];
  let where = 'g.round_id = ?';
  if (onlyKey) {
    where += ' and g.key = ?';
    params.push(onlyKey);
  }
  if (principal.orgScopeId) {
    where += ` and exists (select 1 from ${t.subject} x where x.round_id = g.round_id and x.peer_group = g.key and ?::text = any(x.org_path))`;
    params.push(principal.orgScopeId);
  }
  const rows = await sql<GroupRow>(
    em,
    `select g.key, g.kind, g.anchor_org_id, g.label_vi, g.label_en,
            count(s.id)::int as subjects,
            (count(s.id) filter (where s.self_level is not null))::int as self_rated,
            (count(s.id) filter (where s.proposal_level is not null))::int as proposed,
            (count(s.id) filter (where s.decision_level is not null))::int as decided,
            (count(s.id) filter (where s.decision_level = 'excellent'))::int as excellent,
            (count(s.id) filter (where s.decision_level = 'good'))::int as good,
            (count(s.id) filter (where s.decision_level = 'completed'))::int as completed,
            (count(s.id) filter (where s.decision_level = 'not_completed'))::int as not_completed,
            (count(s.id) filter (where s.decision_level = 'excellent' and s.override_reason is not null))::int as overrides,
            (count(s.id) filter (where s.proposal_level in ('excellent', 'good')))::int as proposed_good_or_better,
            (count(s.id) filter (where s.proposal_level = 'excellent'))::int as proposed_excellent
       from ${t.group} g left join ${t.subject} s on s.round_id = g.round_id and s.peer_group = g.key and s.excluded_reason is null
      where ${where}
      group by g.key, g.kind, g.anchor_org_id, g.label_vi, g.label_en
      order by g.kind desc, g.label_vi, g.key`,
    params,
  );
  const rule = versionOn(RATING_QUOTA_RULES, ratingDate(round.year));
  return rows.map((g) => {
    const goodOrBetter = g.excellent + g.good;
    const allowed = maxExcellent(goodOrBetter, round.year);
    return {
      key: g.key,
      kind: g.kind,
      label: { vi: g.label_vi, en: g.label_en },
      anchorOrgId: g.anchor_org_id,
      subjects: g.subjects,
      selfRated: g.self_rated,
      proposed: g.proposed,
      decided: g.decided,
      decidedByLevel: { excellent: g.excellent, good: g.good, completed: g.completed, not_completed: g.not_completed },
      quota: {
        percent: rule.params.percentOfGoodOrBetter,
        goodOrBetter,
        allowed,
        used: g.excellent,
        overrides: g.overrides,
        exceeded: g.excellent - g.overrides > allowed,
        proposed: { goodOrBetter: g.proposed_good_or_better, excellent: g.proposed_excellent, allowed: maxExcellent(g.proposed_good_or_better, round.year) },
        regulation: rule.regulation,
      },
    };
  });
}

/** Subject rows with their disqualifiers, their next deadline and, for organizations, what is left to decide below them. */
export async function subjectViews(em: EntityManager, round: RatingRound, rows: SubjectRow[]) {
  const caps = await capsOf(em, round, rows.map((r) => r.id));
  const below = await pendingBelow(em, round.id, rows.filter((r) => r.kind === 'org').map((r) => r.orgId));
  const deadlines = { selfRatingDue: round.selfRatingDue, proposalDue: round.proposalDue, decisionDue: round.decisionDue, today: todayInVietnam() };
  return rows.map((r) => subjectView(r, caps.get(r.id)!, below.get(r.orgId), deadlines));
}

const SORT: Record<string, string> = { name: 's.name', peerGroup: 's.peer_group', stage: STAGE_SQL };

/**
 * What the portal shows of a round: its peer groups and their quota, the board of subjects (the
 * three steps, the disqualifiers, what is left below an organization), the summary by level in
 * the report's words, and the proposals waiting for the Standing Committee.
 */
@Injectable()
export class RatingBoardService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(RATING_ROUTES.peerGroups)
  async peerGroups(q: RouteInput<typeof RATING_ROUTES.peerGroups>, { em, principal }: QueryContext) {
    const round = await requireRound(em, principal, q.id);
    return { roundId: round.id, year: round.year, items: await peerGroupViews(em, round, principal) };
  }

  @Handles(RATING_ROUTES.subjects)
  async subjects(q: RouteInput<typeof RATING_ROUTES.subjects>, { em, principal }: QueryContext) {
    const round = await requireRound(em, principal, q.id);
    await assertOrgInRoundScope(this.tree, em, principal, round, q.orgId);
    const t = tables(em);
    const where: string[] = ['s.round_id = ?'];
    const params: unknown[] = [round.id];
    const add = (cond: string, ...p: unknown[]) => {
      where.push(cond);
      params.push(...p);
    };
    if (principal.orgScopeId) add('?::text = any(s.org_path)', principal.orgScopeId);
    if (q.orgId) add('?::text = any(s.org_path)', q.orgId);
    if (q.peerGroup) add('s.peer_group = ?', q.peerGroup);
    if (q.kind) add('s.kind = ?', q.kind);
    if (q.stage) add(`${STAGE_SQL} = ?`, q.stage);
    if (q.level) add('s.decision_level = ?', q.level);
    if (q.q) {
      // names are folded here (accents, case) as the organization search does: a round is a bloc's few thousand names
      const words = searchableName(q.q).split(' ').filter(Boolean);
      const names = await sql<{ id: string; name: string }>(em, `select s.id, s.name from ${t.subject} s where ${where.join(' and ')}`, params);
      add(`s.id = any(${UUIDS})`, ids(names.filter((n) => words.every((w) => searchableName(n.name).includes(w))).map((n) => n.id)));
    }
    if (q.disqualified !== undefined) {
      const caps = await capsOf(em, round, null);
      add(`s.id = any(${UUIDS})`, ids([...caps].filter(([, c]) => (c.reasons.length > 0) === q.disqualified).map(([id]) => id)));
    }
    const whereSql = where.join(' and ');
    const [{ total }] = await sql<{ total: number }>(em, `select count(*)::int as total from ${t.subject} s where ${whereSql}`, params);
    const rows = await sql<SubjectRow>(
      em,
      `select ${SUBJECT_SELECT} from ${t.subject} s where ${whereSql} order by ${SORT[q.sort]} ${q.order === 'desc' ? 'desc' : 'asc'}, s.id limit ? offset ?`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const group = q.peerGroup ? ((await peerGroupViews(em, round, principal, q.peerGroup))[0] ?? null) : null;
    return { roundId: round.id, year: round.year, group, items: await subjectViews(em, round, rows), total, page: q.page, pageSize: q.pageSize };
  }

  @Handles(RATING_ROUTES.pendingDecisions)
  async pending(q: RouteInput<typeof RATING_ROUTES.pendingDecisions>, { em, principal }: QueryContext) {
    const t = tables(em);
    const where = ['s.proposal_level is not null', 's.excluded_reason is null', '(s.decision_level is null or s.proposed_at > s.decided_at)'];
    const params: unknown[] = [];
    const add = (cond: string, ...p: unknown[]) => {
      where.push(cond);
      params.push(...p);
    };
    if (principal.orgScopeId) add('?::text = any(s.org_path)', principal.orgScopeId);
    if (q.year) add('s.year = ?', q.year);
    if (q.roundId) add('s.round_id = ?', q.roundId);
    if (q.kind) add('s.kind = ?', q.kind);
    const whereSql = where.join(' and ');
    const waiting = await sql<{ round_id: string; kind: 'org' | 'member'; org_id: string }>(em, `select s.round_id, s.kind, s.org_id from ${t.subject} s where ${whereSql}`, params);
    const rounds = new Map((await em.find(RatingRound, { id: { $in: [...new Set(waiting.map((w) => w.round_id))] } })).map((r) => [r.id, r]));
    const below = new Map<string, number>();
    for (const roundId of rounds.keys()) {
      const orgs = waiting.filter((w) => w.round_id === roundId && w.kind === 'org').map((w) => w.org_id);
      for (const [orgId, left] of await pendingBelow(em, roundId, orgs)) below.set(`${roundId}:${orgId}`, left.members + left.orgs);
    }
    const sort = q.sort === 'peerGroup' ? 's.peer_group' : 's.name';
    const rows = await sql<SubjectRow>(
      em,
      `select ${SUBJECT_SELECT} from ${t.subject} s where ${whereSql} order by s.year desc, s.kind desc, ${sort} ${q.order === 'desc' ? 'desc' : 'asc'}, s.id limit ? offset ?`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const today = todayInVietnam();
    const items = [];
    for (const [roundId, round] of rounds) {
      const ofRound = rows.filter((r) => r.roundId === roundId);
      if (!ofRound.length) continue;
      const caps = await capsOf(em, round, ofRound.map((r) => r.id));
      for (const s of ofRound) {
        const left = s.kind === 'org' ? (below.get(`${roundId}:${s.orgId}`) ?? 0) : 0;
        items.push({
          index: rows.indexOf(s),
          view: {
            roundId,
            year: s.year,
            subjectId: s.id,
            kind: s.kind,
            personId: s.personId,
            orgId: s.orgId,
            name: s.name,
            orgName: s.orgName,
            peerGroup: s.peerGroup,
            proposal: { level: s.proposalLevel!, score: s.proposalScore, basis: s.proposalBasis, meetingDate: s.proposalMeetingDate! },
            currentDecision: s.decisionLevel,
            disqualified: caps.get(s.id)!.reasons.length > 0,
            readyToDecide: left === 0,
            pendingBelow: left,
            decisionDue: round.decisionDue,
            overdue: today > round.decisionDue,
          },
        });
      }
    }
    const orgKeys = waiting.filter((w) => w.kind === 'org');
    return {
      items: items.sort((a, b) => a.index - b.index).map((i) => i.view),
      total: waiting.length,
      page: q.page,
      pageSize: q.pageSize,
      totals: { orgs: orgKeys.length, members: waiting.length - orgKeys.length, readyOrgs: orgKeys.filter((w) => !below.get(`${w.round_id}:${w.org_id}`)).length },
    };
  }
}
