import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type Principal, RATING_ROUTES, RouteInput } from '@party/contracts';
import { insertEntities } from '@party/database';
import { ratingDate, ratingRuleSet } from '@party/rules';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { OrganizationTree, versionAt } from '../organizations/organization.tree';
import { RatingPeerGroup, RatingRound } from './rating-round.entity';
import { rosterOf } from './rating-roster';
import { roundViews } from './rating-round.view';
import { ids, sql, tables, UUIDS } from './rating-sql';
import { RatingSubject } from './rating-subject.entity';

const ROUND = { vi: 'đợt đánh giá, xếp loại', en: 'Rating round' };

/** A round, visible to a secretary only when it rates part of their subtree (else 404, as if absent). */
export async function requireRound(em: EntityManager, principal: Principal, id: string): Promise<RatingRound> {
  const round = await em.findOne(RatingRound, { id });
  if (!round) throw DomainError.notFound(ROUND);
  if (principal.orgScopeId) {
    const [row] = await sql<{ n: number }>(em, `select count(*)::int as n from ${tables(em).subject} s where s.round_id = ? and ?::text = any(s.org_path)`, [id, principal.orgScopeId]);
    if (!row.n) throw DomainError.notFound(ROUND);
  }
  return round;
}

/**
 * The organization a query narrows a round to (`orgId=`): for a secretary it must be in their
 * subtree on the round's date (the date the subjects' paths were taken), else 403 as on every
 * scoped route — before asking whether the round rates it.
 */
export async function assertOrgInRoundScope(tree: OrganizationTree, em: EntityManager, principal: Principal, round: RatingRound, orgId: string | undefined): Promise<void> {
  if (orgId) await tree.assertInScope(principal, [orgId], round.asOf, em);
}

/**
 * Đợt đánh giá, xếp loại: opening lists who is rated on the round's date (rating-roster.ts), one
 * subject per organization or member, and its peer groups, in one transaction. A subject is in one
 * round a year (a unique index on year and id): a second round of the year over part of the same
 * subtree is refused naming the first.
 */
@Injectable()
export class RatingRoundsService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(RATING_ROUTES.openRound)
  async open(cmd: RouteInput<typeof RATING_ROUTES.openRound>, { em, uow, principal }: CommandContext) {
    const asOf = cmd.asOf ?? ratingDate(cmd.year);
    const rules = ratingRuleSet(cmd.year);
    if (cmd.scopeOrgId) {
      if (!(await versionAt(em, cmd.scopeOrgId, asOf))) {
        const message = { vi: `Không có tổ chức đảng này vào ngày ${asOf}`, en: `No such party organization on ${asOf}` };
        throw DomainError.rule(message, undefined, [{ field: 'scopeOrgId', ...message }]);
      }
      await this.tree.assertInScope(principal, [cmd.scopeOrgId], asOf, em);
    } else if (principal.orgScopeId) {
      throw DomainError.forbidden({ vi: 'Chỉ mở được đợt đánh giá trong phạm vi tổ chức bạn phụ trách: ghi scopeOrgId', en: 'You may open a round only within your organization: give scopeOrgId' });
    }
    // two rounds of one year opened at once over overlapping subtrees: the second waits, then is refused
    await sql(em, `select pg_advisory_xact_lock(hashtext(?))`, [`membership.rating.year.${cmd.year}`]);
    const { subjects, groups } = await rosterOf(em, { year: cmd.year, scopeOrgId: cmd.scopeOrgId, asOf, config: cmd.peerGroups });
    if (!subjects.length) {
      const message = { vi: `Không có tổ chức đảng, đảng viên nào để đánh giá vào ngày ${asOf}`, en: `Nothing to rate on ${asOf}` };
      throw DomainError.rule(message, undefined, [{ field: 'scopeOrgId', ...message }]);
    }
    await this.refuseOverlap(em, cmd.year, subjects.map((s) => s.refId));
    const round = Object.assign(new RatingRound(), {
      year: cmd.year,
      name: cmd.name ?? `Đánh giá, xếp loại chất lượng năm ${cmd.year}`,
      scopeOrgId: cmd.scopeOrgId,
      asOf,
      selfRatingDue: cmd.deadlines.selfRating,
      proposalDue: cmd.deadlines.proposal,
      decisionDue: cmd.deadlines.decision,
      groupingGrassroots: cmd.peerGroups.grassroots,
      groupingDependentCells: cmd.peerGroups.dependentCells,
      groupingMembers: cmd.peerGroups.members,
      regulation: rules.rule.regulation,
      openedById: principal.userId,
      openedByName: principal.username,
    });
    em.persist(round);
    await em.flush();
    await insertEntities(em, [
      ...groups.map((g) => Object.assign(new RatingPeerGroup(), { roundId: round.id, ...g })),
      ...subjects.map((s) => Object.assign(new RatingSubject(), { roundId: round.id, year: cmd.year, ...s })),
    ]);
    const counts = { orgs: subjects.filter((s) => s.kind === 'org').length, members: subjects.filter((s) => s.kind === 'member' && !s.excludedReason).length, excludedMembers: subjects.filter((s) => s.excludedReason).length };
    uow.audit('rating.round.opened', 'rating_round', round.id, null, { year: round.year, scopeOrgId: round.scopeOrgId, asOf, regulation: round.regulation, deadlines: cmd.deadlines, peerGroups: cmd.peerGroups, ...counts, groups: groups.length });
    return { id: round.id };
  }

  private async refuseOverlap(em: EntityManager, year: number, refIds: string[]): Promise<void> {
    const t = tables(em);
    const [taken] = await sql<{ round_id: string; name: string; n: number }>(
      em,
      `select s.round_id, r.name, count(*)::int as n from ${t.subject} s join ${t.round} r on r.id = s.round_id
        where s.year = ? and s.ref_id = any(${UUIDS}) group by s.round_id, r.name order by n desc limit 1`,
      [year, ids(refIds)],
    );
    if (taken) {
      throw DomainError.conflict({
        vi: `Đã có đợt "${taken.name}" của năm ${year} đánh giá ${taken.n} tổ chức, đảng viên trong phạm vi này: mỗi tổ chức, đảng viên chỉ được đánh giá một lần trong năm`,
        en: `The round "${taken.name}" of ${year} already rates ${taken.n} organizations or members of this scope: each is rated once a year`,
      });
    }
  }

  @Handles(RATING_ROUTES.listRounds)
  async list(q: RouteInput<typeof RATING_ROUTES.listRounds>, { em, principal }: QueryContext) {
    const t = tables(em);
    const visible = principal.orgScopeId
      ? (await sql<{ round_id: string }>(em, `select distinct s.round_id from ${t.subject} s where ?::text = any(s.org_path)`, [principal.orgScopeId])).map((r) => r.round_id)
      : null;
    const where = { ...(q.year ? { year: q.year } : {}), ...(visible ? { id: { $in: visible } } : {}) };
    const [rounds, total] = await em.findAndCount(RatingRound, where, { orderBy: { [q.sort]: q.order, id: 'asc' }, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return { items: await roundViews(em, rounds, principal.orgScopeId), total, page: q.page, pageSize: q.pageSize };
  }

  @Handles(RATING_ROUTES.getRound)
  async get(q: RouteInput<typeof RATING_ROUTES.getRound>, { em, principal }: QueryContext) {
    const round = await requireRound(em, principal, q.id);
    const [view] = await roundViews(em, [round], principal.orgScopeId);
    return view;
  }
}
