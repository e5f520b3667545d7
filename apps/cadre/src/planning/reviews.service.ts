import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, pageOf, PLANNING_ROUTES, PlanningReviewed, type RouteInput, todayInVietnam } from '@party/contracts';
import { assertInScope, describePerson, listScope, PersonReplica } from '@party/org-replica';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { addToPlan, assertPlanningRulesCover } from './planning-additions';
import { commandRecorder, endEntry } from './planning-exits';
import { assertPostExists, lockPlanning, orgNamesOn, personKey, postKey, requirePlanningOrg, requireUnder } from './planning-orgs';
import { PlanningEntry, PlanningReview } from './planning.entities';
import { entryViews, sortRows } from './planning.views';

const REVIEW = { vi: 'đợt rà soát quy hoạch', en: 'Planning review' };

const summaryOf = (r: PlanningReview, orgName: string | null) => ({
  id: r.id,
  orgId: r.orgId,
  orgName,
  year: r.year,
  title: r.title,
  terms: r.terms,
  decisionNumber: r.decisionNumber,
  decidedOn: r.decidedOn,
  added: r.added,
  removed: r.removed,
});

/** The entries a review removes, each still in a plan it covers on the review's date; refused on `removals.<i>.entryId`. */
async function removable(em: EntityManager, cmd: RouteInput<typeof PLANNING_ROUTES.reviewPlanning>, root: { orgId: string; name: string }): Promise<PlanningEntry[]> {
  const out: PlanningEntry[] = [];
  for (const [i, r] of cmd.removals.entries()) {
    const field = `removals.${i}.entryId`;
    const entry = await em.findOne(PlanningEntry, { id: r.entryId });
    if (!entry) {
      const message = { vi: 'Không có mục quy hoạch này', en: 'No such planning entry' };
      throw DomainError.rule(message, undefined, [{ field, ...message }]);
    }
    const person = await em.findOne(PersonReplica, { personId: entry.personId });
    const who = person ? describePerson(person) : 'người này';
    const refuse = (vi: string, en: string) => DomainError.rule({ vi, en }, undefined, [{ field, vi, en }]);
    if (!cmd.terms.includes(entry.term)) throw refuse(`Quy hoạch của ${who} thuộc nhiệm kỳ ${entry.term}, ngoài đợt rà soát`, `The plan of ${who} is for the term ${entry.term}, which the review does not cover`);
    if (entry.plannedOn > cmd.decidedOn) throw refuse(`Đồng chí ${who} được quy hoạch ngày ${entry.plannedOn}, sau ngày rà soát`, `${who} was planned on ${entry.plannedOn}, after the review`);
    if (entry.endedOn !== null && entry.endedOn <= cmd.decidedOn) throw refuse(`Đồng chí ${who} đã ra khỏi quy hoạch ngày ${entry.endedOn}`, `${who} already left the plan on ${entry.endedOn}`);
    const org = await requirePlanningOrg(em, entry.orgId, cmd.decidedOn, field);
    await requireUnder(em, root.orgId, root.name, org, cmd.decidedOn, field);
    out.push(entry);
  }
  return out;
}

/**
 * Rà soát, bổ sung quy hoạch: one decision removes people from the plans (with the reason) and
 * adds others, over `orgId`'s posts and those of the organizations under it, for one or two terms.
 * Removals first, so a place freed is there for an addition of the same decision; each addition
 * is checked as a planning decision on the review's date. All or nothing.
 */
@Injectable()
export class PlanningReviewsService {
  @Handles(PLANNING_ROUTES.reviewPlanning)
  async review(cmd: RouteInput<typeof PLANNING_ROUTES.reviewPlanning>, { em, uow, principal }: CommandContext) {
    assertPlanningRulesCover(cmd.decidedOn, 'decidedOn');
    await assertInScope(em, principal, [cmd.orgId], cmd.decidedOn);
    const root = await requirePlanningOrg(em, cmd.orgId, cmd.decidedOn, 'orgId');
    const additions = cmd.additions.map((a) => ({ ...a, orgId: a.orgId ?? cmd.orgId }));
    const removals = await removable(em, cmd, root);
    await lockPlanning(em, [...additions.flatMap((a) => [postKey(a), personKey(a.personId)]), ...removals.flatMap((e) => [postKey(e), personKey(e.personId)])]);
    for (const e of removals) await em.refresh(e);

    const review = em.create(PlanningReview, {
      orgId: cmd.orgId,
      year: Number(cmd.decidedOn.slice(0, 4)),
      title: cmd.title,
      terms: cmd.terms,
      decisionNumber: cmd.decisionNumber,
      decidedOn: cmd.decidedOn,
      note: cmd.note,
    });
    em.persist(review);
    const rec = commandRecorder(uow);
    for (const [i, entry] of removals.entries()) {
      endEntry(entry, { on: cmd.decidedOn, reason: 'review', decisionNumber: cmd.decisionNumber, sourceId: review.id, note: cmd.removals[i].reason, regulation: null }, rec);
    }
    await em.flush();
    for (const [i, a] of additions.entries()) {
      const org = await requirePlanningOrg(em, a.orgId, cmd.decidedOn, `additions.${i}.orgId`);
      await requireUnder(em, root.orgId, root.name, org, cmd.decidedOn, `additions.${i}.orgId`);
      assertPostExists(org, a.committeeKind, a.post, cmd.decidedOn, `additions.${i}.`);
      await addToPlan(em, a, org, { on: cmd.decidedOn, decisionNumber: cmd.decisionNumber, reviewId: review.id, note: null, personField: `additions.${i}.personId`, dateField: 'decidedOn' }, rec);
    }
    Object.assign(review, { added: additions.length, removed: removals.length });
    uow.event(
      PlanningReviewed,
      { reviewId: review.id, orgId: review.orgId, year: review.year, terms: review.terms, decidedOn: review.decidedOn, decisionNumber: review.decisionNumber, added: review.added, removed: review.removed },
      review.decidedOn,
      review.orgId,
    );
    uow.audit('planning.review', 'planning_review', review.id, null, { ...summaryOf(review, root.name), removals: cmd.removals });
    return { id: review.id };
  }

  @Handles(PLANNING_ROUTES.listPlanningReviews)
  async list(q: RouteInput<typeof PLANNING_ROUTES.listPlanningReviews>, { em, principal }: QueryContext) {
    const scope = await listScope(em, principal, q.orgId);
    const rows = (await em.find(PlanningReview, { ...(q.orgId ? { orgId: q.orgId } : {}), ...(q.year ? { year: q.year } : {}) })).filter(
      (r) => scope.covers(r.orgId, r.decidedOn) && (!q.term || r.terms.includes(q.term)),
    );
    const page = pageOf(sortRows(rows, (r) => r.decidedOn, (r) => r.id, q.order), q);
    const names = await orgNamesOn(em, page.items.map((r) => r.orgId), todayInVietnam());
    return { ...page, items: page.items.map((r) => summaryOf(r, names.get(r.orgId) ?? null)) };
  }

  @Handles(PLANNING_ROUTES.getPlanningReview)
  async get(q: RouteInput<typeof PLANNING_ROUTES.getPlanningReview>, { em, principal }: QueryContext) {
    const r = await em.findOne(PlanningReview, { id: q.id });
    if (!r || !(await listScope(em, principal, undefined)).covers(r.orgId, r.decidedOn)) throw DomainError.notFound(REVIEW);
    const added = await em.find(PlanningEntry, { reviewId: r.id }, { orderBy: { plannedOn: 'asc', id: 'asc' } });
    const removed = await em.find(PlanningEntry, { exitReason: 'review', exitSourceId: r.id }, { orderBy: { id: 'asc' } });
    const names = await orgNamesOn(em, [r.orgId], r.decidedOn);
    return { ...summaryOf(r, names.get(r.orgId) ?? null), note: r.note, additions: await entryViews(em, added), removals: await entryViews(em, removed) };
  }
}
