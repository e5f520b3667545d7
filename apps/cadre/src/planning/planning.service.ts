import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import { DomainError, pageOf, PLANNING_ROUTES, POSTS, type RouteInput, type RouteResult, termStartYear, todayInVietnam } from '@party/contracts';
import { assertInScope, listScope, peopleById } from '@party/org-replica';
import { PLANNING_CAP_RULES, PLANNING_RULES_FROM, planningTermStart, versionOn } from '@party/rules';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { addToPlan, assertPlanningRulesCover } from './planning-additions';
import { commandRecorder } from './planning-exits';
import { assertPostExists, lockPlanning, orgNamesOn, personKey, postKey, requirePlanningOrg } from './planning-orgs';
import { PlanningEntry } from './planning.entities';
import { entryView, entryViews, inPlanOn, sortRows } from './planning.views';

const ENTRY = { vi: 'mục quy hoạch', en: 'Planning entry' };

/** The caps in force on `asOf` (the first version for a day before any). */
const capsOn = (asOf: string) => versionOn(PLANNING_CAP_RULES, asOf < PLANNING_RULES_FROM ? PLANNING_RULES_FROM : asOf);

/**
 * Quy hoạch cán bộ: the planning decisions of one post, the board of a post, the plans of
 * organizations and terms, the entries of a person. Written by the Organization Board
 * (`cadre:write`), read by it and the Standing Committee (`cadre:read`).
 */
@Injectable()
export class PlanningService {
  @Handles(PLANNING_ROUTES.planPost)
  async plan(cmd: RouteInput<typeof PLANNING_ROUTES.planPost>, { em, uow, principal }: CommandContext) {
    assertPlanningRulesCover(cmd.decidedOn, 'decidedOn');
    await assertInScope(em, principal, [cmd.orgId], cmd.decidedOn);
    const org = await requirePlanningOrg(em, cmd.orgId, cmd.decidedOn, 'orgId');
    assertPostExists(org, cmd.committeeKind, cmd.post, cmd.decidedOn);
    await lockPlanning(em, [postKey(cmd), ...cmd.personIds.map(personKey)]);
    const rec = commandRecorder(uow);
    const ids: string[] = [];
    for (const [i, personId] of cmd.personIds.entries()) {
      const entry = await addToPlan(em, { ...cmd, personId }, org, { on: cmd.decidedOn, decisionNumber: cmd.decisionNumber, reviewId: null, note: cmd.note, personField: `personIds.${i}`, dateField: 'decidedOn' }, rec);
      ids.push(entry.id);
    }
    return { ids };
  }

  @Handles(PLANNING_ROUTES.getPostBoard)
  async board(q: RouteInput<typeof PLANNING_ROUTES.getPostBoard>, { em, principal }: QueryContext): Promise<RouteResult<typeof PLANNING_ROUTES.getPostBoard>> {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await listScope(em, principal, q.orgId);
    const entries = (await em.find(PlanningEntry, { orgId: q.orgId, committeeKind: q.committeeKind, post: q.post, term: q.term })).filter((e) => scope.covers(e.orgId, e.plannedOn) && e.plannedOn <= asOf);
    const rule = capsOn(asOf);
    const inPlan = entries.filter((e) => inPlanOn(e, asOf));
    const shown = entries.filter((e) => q.status === 'all' || (q.status === 'in_plan') === inPlanOn(e, asOf));
    const people = await peopleById(em, shown.map((e) => e.personId));
    const sorted = sortRows(
      shown,
      (e) => (q.sort === 'fullName' ? (people.get(e.personId)?.fullName ?? null) : q.sort === 'dateOfBirth' ? (people.get(e.personId)?.dateOfBirth ?? null) : e.plannedOn),
      (e) => e.id,
      q.order,
    );
    const page = pageOf(sorted, q);
    // posts each person holds at this level in the term's plans on asOf
    const theirs = page.items.length ? await em.find(PlanningEntry, { personId: { $in: page.items.map((e) => e.personId) }, term: q.term }) : [];
    const names = await orgNamesOn(em, [q.orgId], asOf);
    const orgName = names.get(q.orgId) ?? null;
    return {
      ...page,
      items: page.items.map((e) => ({
        ...entryView(e, people.get(e.personId), orgName, asOf),
        personCaps: {
          level: e.orgLevel,
          used: theirs.filter((t) => t.personId === e.personId && t.orgLevel === e.orgLevel && inPlanOn(t, asOf)).length,
          allowed: rule.params.postsPerPersonPerLevel,
          regulation: rule.regulation,
        },
      })),
      orgId: q.orgId,
      orgName,
      committeeKind: q.committeeKind,
      post: q.post,
      term: q.term,
      asOf,
      termStart: planningTermStart(termStartYear(q.term), asOf < PLANNING_RULES_FROM ? PLANNING_RULES_FROM : asOf),
      caps: { used: inPlan.length, allowed: rule.params.peoplePerPost, regulation: rule.regulation },
    };
  }

  @Handles(PLANNING_ROUTES.listPlans)
  async plans(q: RouteInput<typeof PLANNING_ROUTES.listPlans>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await listScope(em, principal, q.orgId);
    const where: FilterQuery<PlanningEntry> = { plannedOn: { $lte: asOf }, ...(q.orgId ? { orgId: q.orgId } : {}), ...(q.term ? { term: q.term } : {}), ...(q.committeeKind ? { committeeKind: q.committeeKind } : {}) };
    const entries = (await em.find(PlanningEntry, where, { orderBy: { plannedOn: 'asc', id: 'asc' } })).filter((e) => scope.covers(e.orgId, e.plannedOn));
    const groups = new Map<string, PlanningEntry[]>();
    for (const e of entries) {
      const key = `${e.orgId}|${e.committeeKind}|${e.post}|${e.term}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const names = await orgNamesOn(em, entries.map((e) => e.orgId), asOf);
    const people = await peopleById(em, entries.filter((e) => inPlanOn(e, asOf)).map((e) => e.personId));
    const allowed = capsOn(asOf).params.peoplePerPost;
    const rows = [...groups.values()].map((g) => {
      const current = g.filter((e) => inPlanOn(e, asOf));
      return {
        orgId: g[0].orgId,
        orgName: names.get(g[0].orgId) ?? null,
        committeeKind: g[0].committeeKind,
        post: g[0].post,
        term: g[0].term,
        inPlan: current.length,
        allowed,
        out: g.length - current.length,
        people: current.map((e) => ({ entryId: e.id, personId: e.personId, fullName: people.get(e.personId)?.fullName ?? null })),
      };
    });
    const postOrder = (p: string) => POSTS.indexOf(p as (typeof POSTS)[number]);
    const key = (r: (typeof rows)[number]) => (q.sort === 'orgName' ? `${r.orgName ?? ''}|${postOrder(r.post)}|${r.term}` : q.sort === 'inPlan' ? r.inPlan : `${postOrder(r.post)}|${r.orgName ?? ''}|${r.term}`);
    const sorted = sortRows(rows, key, (r) => `${r.orgId}|${r.post}|${r.term}`, q.order);
    return { ...pageOf(sorted, q), asOf };
  }

  @Handles(PLANNING_ROUTES.listPlanningEntries)
  async entries(q: RouteInput<typeof PLANNING_ROUTES.listPlanningEntries>, { em, principal }: QueryContext) {
    const scope = await listScope(em, principal, q.orgId);
    const yearOf = (d: string | null) => (d ? Number(d.slice(0, 4)) : null);
    const where: FilterQuery<PlanningEntry> = {
      ...(q.personId ? { personId: q.personId } : {}),
      ...(q.orgId ? { orgId: q.orgId } : {}),
      ...(q.term ? { term: q.term } : {}),
      ...(q.reason ? { exitReason: q.reason } : {}),
      ...(q.status === 'in_plan' ? { endedOn: null } : q.status === 'out' ? { endedOn: { $ne: null } } : {}),
    };
    const rows = (await em.find(PlanningEntry, where)).filter((e) => scope.covers(e.orgId, e.plannedOn) && (!q.year || yearOf(q.status === 'out' ? e.endedOn : e.plannedOn) === q.year));
    const people = q.sort === 'fullName' ? await peopleById(em, rows.map((e) => e.personId)) : new Map();
    const sorted = sortRows(rows, (e) => (q.sort === 'fullName' ? (people.get(e.personId)?.fullName ?? null) : q.sort === 'endedOn' ? e.endedOn : e.plannedOn), (e) => e.id, q.order);
    const page = pageOf(sorted, q);
    return { ...page, items: await entryViews(em, page.items) };
  }

  @Handles(PLANNING_ROUTES.getPlanningEntry)
  async entry(q: RouteInput<typeof PLANNING_ROUTES.getPlanningEntry>, { em, principal }: QueryContext) {
    const e = await em.findOne(PlanningEntry, { id: q.id });
    if (!e || !(await listScope(em, principal, undefined)).covers(e.orgId, e.plannedOn)) throw DomainError.notFound(ENTRY);
    return (await entryViews(em, [e]))[0];
  }
}
