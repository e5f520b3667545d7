import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { COMMITTEE_ROUTES, CommitteeConsolidated, CommitteeElected, CommitteeHolderLeft, DomainError, type HoldingEndReason, type Post, POST_LABELS, type Principal, RouteInput, termEndYear, termStartYear } from '@party/contracts';
import { assertInScope, describePerson, peopleById, requireMember } from '@party/org-replica';
import { checkCommitteeKind, checkHolderStanding } from '@party/rules';
import { CommandContext, Handles, type UnitOfWork } from '@party/service-kit';
import { Committee, CommitteeDecision, CommitteeHolding } from './committee.entities';
import { electionRefusal, heldOn, isRefusal, planConsolidation, type Refusal, seatsOf } from './committee.rules';
import { type OrgOnDay, requireOrgOn } from './committee-orgs';

const COMMITTEE = { vi: 'ủy ban (cấp ủy, ủy ban kiểm tra)', en: 'Committee' };

const refused = (r: Refusal) => DomainError.rule({ vi: r.vi, en: r.en }, r.regulation, [{ field: r.field, vi: r.vi, en: r.en }]);
const refuse = (field: string, vi: string, en: string, regulation?: string) => refused({ field, vi, en, regulation });

/** Serializes the commands about one organization's committees of one kind (its terms follow one another). */
async function lockCommittee(em: EntityManager, orgId: string, kind: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`cadre.committee.${orgId}.${kind}`]);
}

export async function requireCommittee(em: EntityManager, id: string): Promise<Committee> {
  const c = await em.findOne(Committee, { id });
  if (!c) throw DomainError.notFound(COMMITTEE);
  return c;
}

/** The next term's committee of the same organization and kind, if it was elected. */
export function nextCommittee(em: EntityManager, c: Pick<Committee, 'orgId' | 'kind' | 'term'>): Promise<Committee | null> {
  return em.findOne(Committee, { orgId: c.orgId, kind: c.kind, term: { $gt: c.term } }, { orderBy: { term: 'asc' } });
}

/**
 * A change to a committee is dated inside its term: not before its election, not after the term's
 * last year, not once the next term's committee has been elected.
 */
async function assertInTerm(em: EntityManager, c: Committee, on: string, field = 'decisionDate'): Promise<void> {
  if (on < c.electedOn) throw refuse(field, `Ngày ${on} trước ngày bầu ủy ban nhiệm kỳ ${c.term} (${c.electedOn})`, `${on} is before the committee of ${c.term} was elected (${c.electedOn})`);
  if (Number(on.slice(0, 4)) > termEndYear(c.term)) throw refuse(field, `Ngày ${on} ở sau nhiệm kỳ ${c.term}`, `${on} is after the term ${c.term}`);
  const next = await nextCommittee(em, c);
  if (next && on >= next.electedOn) throw refuse(field, `Từ ngày ${next.electedOn} ủy ban nhiệm kỳ ${next.term} đã được bầu`, `The committee of ${next.term} was elected on ${next.electedOn}`);
}

/**
 * The committee a decision of `on` changes, locked against a concurrent change, checked to be in
 * its term on that day, with its organization as it stood then, inside the caller's scope.
 */
async function committeeToChange(em: EntityManager, principal: Principal, id: string, on: string): Promise<{ c: Committee; org: OrgOnDay }> {
  const c = await requireCommittee(em, id);
  await lockCommittee(em, c.orgId, c.kind);
  await assertInTerm(em, c, on);
  const org = await requireOrgOn(em, c.orgId, on, 'decisionDate');
  await assertInScope(em, principal, [c.orgId], on);
  return { c, org };
}

/** The people a command names, members (official) on the day; refused on their field. */
async function requireHolders(em: EntityManager, people: readonly { personId: string; field: string }[], on: string, dateField: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const p of people) {
    const { person, standing } = await requireMember(em, p.personId, on, dateField, p.field);
    const refusal = checkHolderStanding(standing, describePerson(person), on);
    if (refusal) throw refuse(p.field, refusal.message.vi, refusal.message.en, refusal.rule.regulation);
    names.set(p.personId, describePerson(person));
  }
  return names;
}

const committeeRef = (c: Committee, org: Pick<OrgOnDay, 'orgKind' | 'grassroots' | 'blocLevel'>) => ({
  committeeId: c.id,
  orgId: c.orgId,
  orgKind: org.orgKind,
  grassroots: org.grassroots,
  blocLevel: org.blocLevel,
  kind: c.kind,
  term: c.term,
});

function endHolding(uow: UnitOfWork, c: Committee, org: Pick<OrgOnDay, 'orgKind' | 'grassroots' | 'blocLevel'>, h: CommitteeHolding, on: string, reason: HoldingEndReason, decision: { id: string; number: string }): void {
  h.endedOn = on;
  h.endDecisionId = decision.id;
  h.endReason = reason;
  uow.event(
    CommitteeHolderLeft,
    { ...committeeRef(c, org), holdingId: h.id, personId: h.personId, post: h.post, heldFrom: h.startedOn, leftOn: on, reason, decisionId: decision.id, decisionNumber: decision.number, leavesCommittee: reason !== 'moved_post' },
    on,
  );
}

const holdingAudit = (h: CommitteeHolding) => ({ personId: h.personId, post: h.post, startedOn: h.startedOn, startMode: h.startMode, endedOn: h.endedOn, endReason: h.endReason });

/**
 * Electing a committee for a term, consolidating it (kiện toàn), recording a holder leaving. Each
 * checks everything before writing (the rules in `committee.rules.ts` and `libs/rules`
 * committees.ts), then writes the state, its events and its audit in one transaction.
 */
@Injectable()
export class CommitteeCommandsService {
  @Handles(COMMITTEE_ROUTES.electCommittee)
  async elect(cmd: RouteInput<typeof COMMITTEE_ROUTES.electCommittee>, { em, uow, principal }: CommandContext) {
    const on = cmd.electedOn;
    await lockCommittee(em, cmd.orgId, cmd.kind);
    const org = await requireOrgOn(em, cmd.orgId, on, 'orgId', 'electedOn');
    await assertInScope(em, principal, [cmd.orgId], on);
    const kindRefusal = checkCommitteeKind(org.orgKind, cmd.kind, on);
    if (kindRefusal) throw refuse('kind', kindRefusal.message.vi, kindRefusal.message.en, kindRefusal.rule.regulation);
    const year = Number(on.slice(0, 4));
    if (year < termStartYear(cmd.term) || year >= termEndYear(cmd.term)) {
      throw refuse('electedOn', `Ngày bầu ${on} không thuộc nhiệm kỳ ${cmd.term} (đại hội trong các năm ${termStartYear(cmd.term)}–${termEndYear(cmd.term) - 1})`, `${on} does not fall in the term ${cmd.term}`);
    }
    if (await em.count(Committee, { orgId: cmd.orgId, kind: cmd.kind, term: cmd.term })) throw this.duplicate(org.name, cmd.term);
    const seats = seatsOf(cmd.kind, cmd.seats, cmd.holders);
    const listRefusal = electionRefusal({ kind: cmd.kind, orgKind: org.orgKind, seats }, cmd.holders, on);
    if (listRefusal) throw refused(listRefusal);
    await requireHolders(em, cmd.holders.map((h, i) => ({ personId: h.personId, field: `holders.${i}.personId` })), on, 'electedOn');

    const previous = await em.findOne(Committee, { orgId: cmd.orgId, kind: cmd.kind, term: { $lt: cmd.term } }, { orderBy: { term: 'desc' } });
    const previousHoldings = previous ? await em.find(CommitteeHolding, { committeeId: previous.id }) : [];
    const afterElection = previousHoldings.find((h) => h.startedOn >= on);
    if (previous && afterElection) {
      throw refuse('electedOn', `Ủy ban nhiệm kỳ ${previous.term} có thay đổi ngày ${afterElection.startedOn}, không trước ngày bầu nhiệm kỳ mới`, `The committee of ${previous.term} changed on ${afterElection.startedOn}, not before the new election`);
    }
    const next = await em.findOne(Committee, { orgId: cmd.orgId, kind: cmd.kind, term: { $gt: cmd.term } }, { orderBy: { term: 'asc' } });

    const decision = em.create(CommitteeDecision, {
      committeeId: uuidv7(),
      type: 'election',
      orgId: cmd.orgId,
      orgKind: org.orgKind,
      grassroots: org.grassroots,
      blocLevel: org.blocLevel,
      kind: cmd.kind,
      term: cmd.term,
      number: cmd.decisionNumber,
      decidedOn: cmd.decisionDate ?? on,
      decidingBody: null,
    });
    const c = em.create(Committee, { id: decision.committeeId, orgId: cmd.orgId, orgKind: org.orgKind, grassroots: org.grassroots, blocLevel: org.blocLevel, kind: cmd.kind, term: cmd.term, electedOn: on, decisionId: decision.id, seats });
    const holdings = cmd.holders.map((h) => em.create(CommitteeHolding, { committeeId: c.id, personId: h.personId, post: h.post, startedOn: on, startMode: 'elected', startDecisionId: decision.id, joinsCommittee: true }));
    em.persist([decision, c, ...holdings]);
    uow.event(
      CommitteeElected,
      {
        ...committeeRef(c, org),
        electedOn: on,
        decisionId: decision.id,
        decisionNumber: decision.number,
        decisionDate: decision.decidedOn,
        seats,
        holders: holdings.map((h) => ({ holdingId: h.id, personId: h.personId, post: h.post })),
      },
      on,
    );
    // the previous term's holders leave on the election day; a later term already recorded ends this one's
    if (previous) for (const h of previousHoldings.filter((x) => heldOn(x, on) && x.endedOn === null)) endHolding(uow, previous, org, h, on, 'term_ended', decision);
    if (next) {
      const nextDecision = await em.findOneOrFail(CommitteeDecision, { id: next.decisionId });
      for (const h of holdings) endHolding(uow, c, org, h, next.electedOn, 'term_ended', nextDecision);
    }
    uow.audit('committee.elect', 'committee', c.id, null, { orgId: c.orgId, kind: c.kind, term: c.term, electedOn: on, decisionNumber: decision.number, seats, holders: cmd.holders });
    await uow.flushOrConflict(() => this.duplicate(org.name, cmd.term));
    return { id: c.id };
  }

  @Handles(COMMITTEE_ROUTES.consolidate)
  async consolidate(cmd: RouteInput<typeof COMMITTEE_ROUTES.consolidate>, { em, uow, principal }: CommandContext) {
    const on = cmd.decisionDate;
    const { c, org } = await committeeToChange(em, principal, cmd.id, on);
    const names = await requireHolders(em, cmd.items.map((it, i) => ({ personId: it.personId, field: `items.${i}.personId` })), on, 'decisionDate');
    const others = await peopleById(em, cmd.items.map((it) => it.replacesPersonId));
    const nameOf = (id: string) => names.get(id) ?? (others.get(id) ? describePerson(others.get(id)!) : id);

    const holdings = await em.find(CommitteeHolding, { committeeId: c.id });
    const plan = planConsolidation({ kind: c.kind, orgKind: org.orgKind, seats: c.seats }, holdings, on, cmd.items, nameOf, uuidv7);
    if (isRefusal(plan)) throw refused(plan);

    const decision = em.create(CommitteeDecision, {
      committeeId: c.id,
      type: 'consolidation',
      orgId: c.orgId,
      orgKind: org.orgKind,
      grassroots: org.grassroots,
      blocLevel: org.blocLevel,
      kind: c.kind,
      term: c.term,
      number: cmd.decisionNumber,
      decidedOn: on,
      decidingBody: cmd.decidingBody,
      note: cmd.note,
    });
    em.persist(decision);
    const byId = new Map(holdings.map((h) => [h.id, h]));
    for (const e of plan.ends) endHolding(uow, c, org, byId.get(e.holding.id)!, on, e.reason, decision);
    for (const s of plan.starts) {
      const h = em.create(CommitteeHolding, {
        id: s.holding.id,
        committeeId: c.id,
        personId: s.holding.personId,
        post: s.holding.post as Post,
        startedOn: on,
        startMode: s.holding.startMode,
        startDecisionId: decision.id,
        replacedHoldingId: s.replaced?.id ?? null,
        previousHoldingId: s.previous?.id ?? null,
        joinsCommittee: s.joinsCommittee,
      });
      em.persist(h);
      uow.event(
        CommitteeConsolidated,
        {
          ...committeeRef(c, org),
          decisionId: decision.id,
          decisionNumber: decision.number,
          decisionDate: on,
          decidingBody: cmd.decidingBody,
          holdingId: h.id,
          personId: h.personId,
          post: h.post,
          mode: s.holding.startMode as 'fill' | 'add' | 'replace',
          replacement: s.replaced !== null,
          replacedPersonId: s.replaced?.personId ?? null,
          replacedHoldingId: s.replaced?.id ?? null,
          previousPost: s.previous?.post ?? null,
          joinsCommittee: s.joinsCommittee,
        },
        on,
      );
    }
    uow.audit('committee.consolidate', 'committee_decision', decision.id, null, {
      committeeId: c.id,
      number: decision.number,
      decidedOn: on,
      decidingBody: cmd.decidingBody,
      items: cmd.items,
      ended: plan.ends.map((e) => ({ holdingId: e.holding.id, personId: e.holding.personId, post: e.holding.post, reason: e.reason })),
    });
    return { id: decision.id };
  }

  @Handles(COMMITTEE_ROUTES.recordDeparture)
  async depart(cmd: RouteInput<typeof COMMITTEE_ROUTES.recordDeparture>, { em, uow, principal }: CommandContext) {
    const on = cmd.decisionDate;
    const { c, org } = await committeeToChange(em, principal, cmd.id, on);
    const person = (await peopleById(em, [cmd.personId])).get(cmd.personId);
    const name = person ? describePerson(person) : cmd.personId;
    const holding = (await em.find(CommitteeHolding, { committeeId: c.id, personId: cmd.personId })).find((h) => heldOn(h, on));
    if (!holding) throw refuse('personId', `${name} không giữ chức danh nào trong ủy ban này vào ngày ${on}`, `${name} held no post on this committee on ${on}`);
    const post = POST_LABELS[holding.post];
    if (holding.endedOn !== null) throw refuse('personId', `${name} đã thôi giữ chức danh ${post.vi} từ ngày ${holding.endedOn} theo quyết định khác`, `${name} left ${post.en} on ${holding.endedOn} by another decision`);
    if (holding.startedOn === on) throw refuse('decisionDate', `${name} mới nhận chức danh ${post.vi} ngày ${on}`, `${name} took ${post.en} on ${on} itself`);
    const before = holdingAudit(holding);
    const decision = em.create(CommitteeDecision, {
      committeeId: c.id,
      type: 'departure',
      orgId: c.orgId,
      orgKind: org.orgKind,
      grassroots: org.grassroots,
      blocLevel: org.blocLevel,
      kind: c.kind,
      term: c.term,
      number: cmd.decisionNumber,
      decidedOn: on,
      decidingBody: cmd.decidingBody,
    });
    em.persist(decision);
    endHolding(uow, c, org, holding, on, cmd.reason, decision);
    uow.audit('committee.depart', 'committee_holding', holding.id, before, { ...holdingAudit(holding), decisionId: decision.id, decisionNumber: decision.number });
    return { id: decision.id };
  }

  private duplicate(orgName: string, term: string): DomainError {
    return DomainError.conflict({ vi: `${orgName} đã có ủy ban này cho nhiệm kỳ ${term}`, en: `${orgName} already has this committee for ${term}` });
  }
}
