import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConfidenceVoteDecided,
  ConfidenceVoteRecorded,
  DomainError,
  pageOf,
  PLANNING_ROUTES,
  type RouteInput,
  type RouteResult,
  termOf,
  todayInVietnam,
  viShare,
} from '@party/contracts';
import { assertInScope, describePerson, listScope, peopleById, type PersonReplica, personView, requireMember } from '@party/org-replica';
import { assessConfidenceVote, checkVoteDecision, type FlaggedVoteResult, RuleNotInForceError, type VoteAssessment } from '@party/rules';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { termCurrentOn } from './planning-exit-facts';
import { commandRecorder, endEntry } from './planning-exits';
import { assertPostExists, lockPlanning, orgNamesOn, personKey, requirePlanningOrg } from './planning-orgs';
import { assertHoldsPost, isHigherOn } from './planning-posts';
import { ConfidenceVote, PlanningEntry } from './planning.entities';
import { sortRows } from './planning.views';

type VoteView = RouteResult<typeof PLANNING_ROUTES.getConfidenceVote>;
const VOTE = { vi: 'lượt lấy phiếu tín nhiệm', en: 'Confidence vote' };
const FLAGGED = ['relief_to_consider', 'dismissal_to_consider'] as const;
const isFlagged = (v: ConfidenceVote): v is ConfidenceVote & { result: FlaggedVoteResult } => (FLAGGED as readonly string[]).includes(v.result);

/**
 * The person's plans on `heldOn` for a post above the one voted on (Quy định 96-QĐ/TW: out of the
 * plans of higher posts), by the order planning itself uses (libs/rules `cadre-planning.higher-post`).
 */
async function higherPlans(em: EntityManager, v: ConfidenceVote): Promise<PlanningEntry[]> {
  const out: PlanningEntry[] = [];
  for (const e of await em.find(PlanningEntry, { personId: v.personId, endedOn: null, plannedOn: { $lte: v.heldOn } }, { orderBy: { plannedOn: 'asc', id: 'asc' } })) {
    if (termCurrentOn(e.term, v.heldOn) && (await isHigherOn(em, e, v, v.heldOn))) out.push(e);
  }
  return out;
}

function voteView(v: ConfidenceVote, person: PersonReplica | undefined, orgName: string | null, exits: readonly PlanningEntry[]): VoteView {
  const flagged = isFlagged(v);
  return {
    id: v.id,
    person: personView(v.personId, person),
    orgId: v.orgId,
    orgName,
    committeeKind: v.committeeKind,
    post: v.post,
    term: v.term,
    heldOn: v.heldOn,
    votingBody: v.votingBody,
    reference: v.reference,
    summoned: v.summoned,
    attended: v.attended,
    ballots: v.ballots,
    high: v.high,
    normal: v.normal,
    low: v.low,
    valid: v.valid,
    result: v.result,
    regulation: v.regulation,
    sheet: { attendance: viShare(v.attended, v.summoned), high: viShare(v.high, v.ballots), normal: viShare(v.normal, v.ballots), low: viShare(v.low, v.ballots) },
    flagged,
    status: !flagged ? 'not_flagged' : v.decidedOn ? 'decided' : 'awaiting_decision',
    planningExits: exits.map((e) => ({ entryId: e.id, orgId: e.orgId, committeeKind: e.committeeKind, post: e.post, term: e.term })),
    decision: v.decidedOn && v.decisionNumber && v.outcome ? { decidedOn: v.decidedOn, decisionNumber: v.decisionNumber, outcome: v.outcome, note: v.decisionNote } : null,
  };
}

async function voteViews(em: EntityManager, votes: readonly ConfidenceVote[]): Promise<VoteView[]> {
  const people = await peopleById(em, votes.map((v) => v.personId));
  const names = await orgNamesOn(em, votes.map((v) => v.orgId), todayInVietnam());
  const exits = votes.length ? await em.find(PlanningEntry, { exitReason: 'confidence_vote', exitSourceId: { $in: votes.map((v) => v.id) } }, { orderBy: { id: 'asc' } }) : [];
  return votes.map((v) => voteView(v, people.get(v.personId), names.get(v.orgId) ?? null, exits.filter((e) => e.exitSourceId === v.id)));
}

const voteAudit = (v: ConfidenceVote) => ({
  personId: v.personId,
  orgId: v.orgId,
  post: v.post,
  heldOn: v.heldOn,
  summoned: v.summoned,
  attended: v.attended,
  ballots: v.ballots,
  high: v.high,
  normal: v.normal,
  low: v.low,
  result: v.result,
  decidedOn: v.decidedOn,
  decisionNumber: v.decisionNumber,
  outcome: v.outcome,
});

/** The rule in force on the vote's date, refused on `heldOn` before Quy định 96-QĐ/TW. */
function assess(counts: Parameters<typeof assessConfidenceVote>[0], heldOn: string): VoteAssessment {
  try {
    return assessConfidenceVote(counts, heldOn);
  } catch (err) {
    if (!(err instanceof RuleNotInForceError)) throw err;
    const message = { vi: `Ngày ${heldOn} trước Quy định 96-QĐ/TW (02/02/2023): hệ thống chưa có quy định về lấy phiếu tín nhiệm cho ngày này`, en: `${heldOn} is before Quy định 96-QĐ/TW (02/02/2023): no regulation is encoded for that day` };
    throw DomainError.rule(message, undefined, [{ field: 'heldOn', ...message }]);
  }
}

/**
 * Lấy phiếu tín nhiệm (Quy định 96-QĐ/TW): the result of a vote judged on its date, its
 * consequences for the plans, the standing committee's worklist of flagged votes and its decision.
 */
@Injectable()
export class ConfidenceVotesService {
  @Handles(PLANNING_ROUTES.recordConfidenceVote)
  async record(cmd: RouteInput<typeof PLANNING_ROUTES.recordConfidenceVote>, { em, uow, principal }: CommandContext) {
    await assertInScope(em, principal, [cmd.orgId], cmd.heldOn);
    assertPostExists(await requirePlanningOrg(em, cmd.orgId, cmd.heldOn, 'orgId'), cmd.committeeKind, cmd.post, cmd.heldOn);
    const { person } = await requireMember(em, cmd.personId, cmd.heldOn, 'heldOn');
    const ballots = cmd.ballots ?? cmd.high + cmd.normal + cmd.low;
    const a = assess({ summoned: cmd.summoned, attended: cmd.attended, ballots, high: cmd.high, normal: cmd.normal, low: cmd.low }, cmd.heldOn);
    await assertHoldsPost(em, cmd, { vi: describePerson(person), en: describePerson(person) }, a.rule.regulation);
    const v = em.create(ConfidenceVote, {
      personId: cmd.personId,
      orgId: cmd.orgId,
      committeeKind: cmd.committeeKind,
      post: cmd.post,
      term: termOf(cmd.heldOn),
      heldOn: cmd.heldOn,
      votingBody: cmd.votingBody,
      reference: cmd.reference,
      summoned: cmd.summoned,
      attended: cmd.attended,
      ballots,
      high: cmd.high,
      normal: cmd.normal,
      low: cmd.low,
      valid: a.valid,
      result: a.result,
      regulation: a.rule.regulation,
    });
    em.persist(v);
    if (a.endsHigherPlanning) {
      await lockPlanning(em, [personKey(v.personId)]);
      const rec = commandRecorder(uow);
      for (const e of await higherPlans(em, v)) {
        endEntry(e, { on: v.heldOn, reason: 'confidence_vote', decisionNumber: v.reference, sourceId: v.id, note: `${viShare(v.low, v.ballots)} phiếu tín nhiệm thấp`, regulation: a.rule.regulation }, rec);
      }
    }
    uow.event(
      ConfidenceVoteRecorded,
      { voteId: v.id, personId: v.personId, orgId: v.orgId, committeeKind: v.committeeKind, post: v.post, heldOn: v.heldOn, summoned: v.summoned, attended: v.attended, ballots, high: v.high, normal: v.normal, low: v.low, valid: v.valid, result: v.result },
      v.heldOn,
      v.orgId,
    );
    uow.audit('vote.record', 'confidence_vote', v.id, null, voteAudit(v));
    return { id: v.id };
  }

  @Handles(PLANNING_ROUTES.decideConfidenceVote)
  async decide(cmd: RouteInput<typeof PLANNING_ROUTES.decideConfidenceVote>, { em, uow, principal }: CommandContext) {
    await lockPlanning(em, [`vote.${cmd.id}`]);
    const v = await em.findOne(ConfidenceVote, { id: cmd.id });
    if (!v || !(await listScope(em, principal, undefined)).covers(v.orgId, v.heldOn)) throw DomainError.notFound(VOTE);
    await em.refresh(v);
    if (!isFlagged(v)) {
      throw DomainError.rule({ vi: 'Kết quả lấy phiếu này không có quá 1/2 phiếu tín nhiệm thấp: không có gì để Ban Thường vụ quyết định', en: 'This vote has no more than 1/2 low confidence: there is nothing for the standing committee to decide' });
    }
    if (v.decidedOn) throw DomainError.conflict({ vi: `Đã ghi quyết định ${v.decisionNumber} ngày ${v.decidedOn}`, en: `The decision ${v.decisionNumber} of ${v.decidedOn} is already recorded` });
    if (cmd.decidedOn < v.heldOn) {
      const message = { vi: `Ngày quyết định ${cmd.decidedOn} trước ngày lấy phiếu ${v.heldOn}`, en: `The decision date ${cmd.decidedOn} is before the vote of ${v.heldOn}` };
      throw DomainError.rule(message, undefined, [{ field: 'decidedOn', ...message }]);
    }
    const refusal = checkVoteDecision(v.result, cmd.outcome, v.heldOn);
    if (refusal) throw DomainError.rule(refusal.message, refusal.rule.regulation, [{ field: 'outcome', ...refusal.message }]);
    const before = voteAudit(v);
    Object.assign(v, { decidedOn: cmd.decidedOn, decisionNumber: cmd.decisionNumber, outcome: cmd.outcome, decisionNote: cmd.note });
    uow.event(ConfidenceVoteDecided, { voteId: v.id, personId: v.personId, orgId: v.orgId, result: v.result, decidedOn: cmd.decidedOn, decisionNumber: cmd.decisionNumber, outcome: cmd.outcome }, cmd.decidedOn, v.orgId);
    uow.audit('vote.decide', 'confidence_vote', v.id, before, voteAudit(v));
    await em.flush();
    return (await voteViews(em, [v]))[0];
  }

  @Handles(PLANNING_ROUTES.listConfidenceVotes)
  async list(q: RouteInput<typeof PLANNING_ROUTES.listConfidenceVotes>, { em, principal }: QueryContext) {
    const where: FilterQuery<ConfidenceVote> = {
      ...(q.orgId ? { orgId: q.orgId } : {}),
      ...(q.personId ? { personId: q.personId } : {}),
      ...(q.year ? { heldOn: { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` } } : {}),
      ...(q.result ? { result: q.result } : {}),
      ...(q.status === 'not_flagged' ? { result: { $nin: [...FLAGGED] } } : {}),
      ...(q.status === 'awaiting_decision' ? { result: { $in: [...FLAGGED] }, decidedOn: null } : {}),
      ...(q.status === 'decided' ? { decidedOn: { $ne: null } } : {}),
    };
    return this.page(em, principal, q.orgId, where, q);
  }

  @Handles(PLANNING_ROUTES.listFlaggedConfidenceVotes)
  async flagged(q: RouteInput<typeof PLANNING_ROUTES.listFlaggedConfidenceVotes>, { em, principal }: QueryContext) {
    return this.page(em, principal, q.orgId, { result: { $in: [...FLAGGED] }, decidedOn: null, ...(q.orgId ? { orgId: q.orgId } : {}) }, q);
  }

  @Handles(PLANNING_ROUTES.getConfidenceVote)
  async get(q: RouteInput<typeof PLANNING_ROUTES.getConfidenceVote>, { em, principal }: QueryContext) {
    const v = await em.findOne(ConfidenceVote, { id: q.id });
    if (!v || !(await listScope(em, principal, undefined)).covers(v.orgId, v.heldOn)) throw DomainError.notFound(VOTE);
    return (await voteViews(em, [v]))[0];
  }

  private async page(
    em: EntityManager,
    principal: QueryContext['principal'],
    orgId: string | undefined,
    where: FilterQuery<ConfidenceVote>,
    q: { sort: 'heldOn' | 'fullName' | 'low'; order: 'asc' | 'desc'; page: number; pageSize: number },
  ) {
    const scope = await listScope(em, principal, orgId);
    const rows = (await em.find(ConfidenceVote, where)).filter((v) => scope.covers(v.orgId, v.heldOn));
    const people = q.sort === 'fullName' ? await peopleById(em, rows.map((v) => v.personId)) : new Map<string, PersonReplica>();
    // the share of low confidence, as a number to sort by (parts per million of the ballots)
    const lowShare = (v: ConfidenceVote) => (v.ballots ? Math.round((v.low * 1_000_000) / v.ballots) : 0);
    const sorted = sortRows(rows, (v) => (q.sort === 'fullName' ? (people.get(v.personId)?.fullName ?? null) : q.sort === 'low' ? lowShare(v) : v.heldOn), (v) => v.id, q.order);
    const page = pageOf(sorted, q);
    return { ...page, items: await voteViews(em, page.items) };
  }
}
