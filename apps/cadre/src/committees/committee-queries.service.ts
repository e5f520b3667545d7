import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { COMMITTEE_ROUTES, DomainError, pageOf, type Principal, RouteInput, todayInVietnam } from '@party/contracts';
import { listScope, peopleById } from '@party/org-replica';
import { Handles, QueryContext } from '@party/service-kit';
import { Committee, CommitteeDecision, CommitteeHolding } from './committee.entities';
import { heldOn } from './committee.rules';
import { committeeView, decisionView, defaultAsOf, detailView, holdingsOf, holdingView, rowsFor, vacanciesOf } from './committee.views';
import { orgNamesOn } from './committee-orgs';
import { requireCommittee } from './committee-commands.service';

const byText = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '', 'vi');

/** Each committee's successor's election day (the next term's committee of the same organization and kind). */
async function successors(em: EntityManager, committees: readonly Committee[]): Promise<Map<string, string>> {
  if (!committees.length) return new Map();
  const all = await em.find(Committee, { orgId: { $in: [...new Set(committees.map((c) => c.orgId))] } }, { orderBy: { term: 'asc' } });
  const out = new Map<string, string>();
  for (const c of committees) {
    const next = all.find((x) => x.orgId === c.orgId && x.kind === c.kind && x.term > c.term);
    if (next) out.set(c.id, next.electedOn);
  }
  return out;
}

/** A record of `orgId` dated `on` is the caller's (their scope, narrowed to `orgId`'s subtree when asked). */
async function scopeFor(em: EntityManager, principal: Principal, orgId: string | undefined) {
  return listScope(em, principal, orgId);
}

/**
 * The committees and their decisions as the Organization Board and the Standing Committee read
 * them: by organization (its subtree) and term, with posts, holders and vacancies on a day; one
 * committee with its history; the consolidation decisions of a period; who holds what on a day.
 */
@Injectable()
export class CommitteeQueriesService {
  @Handles(COMMITTEE_ROUTES.listCommittees)
  async list(q: RouteInput<typeof COMMITTEE_ROUTES.listCommittees>, { em, principal }: QueryContext) {
    const scope = await scopeFor(em, principal, q.orgId);
    const today = todayInVietnam();
    const found = await em.find(Committee, { ...(q.term ? { term: q.term } : {}), ...(q.kind ? { kind: q.kind } : {}) });
    const next = await successors(em, found);
    const asOfOf = (c: Committee) => q.asOf ?? defaultAsOf(c, next.get(c.id));
    const committees = found.filter((c) => scope.covers(c.orgId, c.electedOn) || scope.covers(c.orgId, asOfOf(c)));
    const holdings = await holdingsOf(em, committees.map((c) => c.id));
    const names = await orgNamesOn(em, committees.map((c) => c.orgId), q.asOf ?? today);
    // vacancies of every committee (for the filter and the sort); people and decisions for the page only
    const rows = committees
      .map((c) => ({ c, orgName: names.get(c.orgId) ?? null, vacancies: vacanciesOf(c, holdings.get(c.id) ?? [], asOfOf(c)) }))
      .filter((r) => q.vacant === undefined || r.vacancies > 0 === q.vacant);
    type Row = (typeof rows)[number];
    const key: Record<typeof q.sort, (a: Row, b: Row) => number> = {
      orgName: (a, b) => byText(a.orgName, b.orgName) || a.c.term.localeCompare(b.c.term) || a.c.kind.localeCompare(b.c.kind),
      electedOn: (a, b) => a.c.electedOn.localeCompare(b.c.electedOn) || byText(a.orgName, b.orgName),
      vacancies: (a, b) => a.vacancies - b.vacancies || byText(a.orgName, b.orgName),
      kind: (a, b) => a.c.kind.localeCompare(b.c.kind) || byText(a.orgName, b.orgName),
    };
    rows.sort((a, b) => key[q.sort](a, b) || a.c.id.localeCompare(b.c.id));
    if (q.order === 'desc') rows.reverse();
    const page = pageOf(rows, q);
    const full = await rowsFor(em, page.items.map((r) => r.c), q.asOf ?? today, holdings);
    return { ...page, items: page.items.map((r) => committeeView(r.c, full, asOfOf(r.c))) };
  }

  @Handles(COMMITTEE_ROUTES.getCommittee)
  async get(q: RouteInput<typeof COMMITTEE_ROUTES.getCommittee>, { em, principal }: QueryContext) {
    const c = await requireCommittee(em, q.id);
    const asOf = q.asOf ?? defaultAsOf(c, (await successors(em, [c])).get(c.id));
    const scope = await scopeFor(em, principal, undefined);
    if (!scope.covers(c.orgId, c.electedOn) && !scope.covers(c.orgId, asOf)) throw DomainError.notFound({ vi: 'ủy ban (cấp ủy, ủy ban kiểm tra)', en: 'Committee' });
    return detailView(c, await rowsFor(em, [c], asOf), asOf);
  }

  @Handles(COMMITTEE_ROUTES.listConsolidations)
  async consolidations(q: RouteInput<typeof COMMITTEE_ROUTES.listConsolidations>, { em, principal }: QueryContext) {
    const scope = await scopeFor(em, principal, q.orgId);
    const from = q.year ? `${q.year}-01-01` : q.from;
    const to = q.year ? `${q.year}-12-31` : q.to;
    const dates = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
    const found = await em.find(CommitteeDecision, {
      type: 'consolidation',
      ...(from || to ? { decidedOn: dates } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.term ? { term: q.term } : {}),
      ...(q.level === 'bloc' ? { blocLevel: true } : q.level === 'grassroots' ? { grassroots: true } : q.level === 'other' ? { grassroots: false, blocLevel: false } : {}),
    });
    let decisions = found.filter((d) => scope.covers(d.orgId, d.decidedOn));
    const holdings = decisions.length ? await em.find(CommitteeHolding, { committeeId: { $in: [...new Set(decisions.map((d) => d.committeeId))] } }) : [];
    if (q.personId) {
      const replaced = new Map(holdings.map((h) => [h.id, h.personId]));
      const named = new Set(holdings.filter((h) => h.personId === q.personId || (h.replacedHoldingId && replaced.get(h.replacedHoldingId) === q.personId)).map((h) => h.startDecisionId));
      decisions = decisions.filter((d) => named.has(d.id));
    }
    const names = await orgNamesOn(em, decisions.map((d) => d.orgId), to ?? todayInVietnam());
    const people = (d: CommitteeDecision) => holdings.filter((h) => h.startDecisionId === d.id).length;
    const key: Record<typeof q.sort, (a: CommitteeDecision, b: CommitteeDecision) => number> = {
      decisionDate: (a, b) => a.decidedOn.localeCompare(b.decidedOn) || byText(names.get(a.orgId) ?? null, names.get(b.orgId) ?? null),
      orgName: (a, b) => byText(names.get(a.orgId) ?? null, names.get(b.orgId) ?? null) || a.decidedOn.localeCompare(b.decidedOn),
      people: (a, b) => people(a) - people(b) || a.decidedOn.localeCompare(b.decidedOn),
    };
    decisions.sort((a, b) => key[q.sort](a, b) || a.id.localeCompare(b.id));
    if (q.order === 'desc') decisions.reverse();
    const page = pageOf(decisions, q);
    const committeeIds = new Set(page.items.map((d) => d.committeeId));
    const mine = holdings.filter((h) => committeeIds.has(h.committeeId));
    const folks = await peopleById(em, mine.map((h) => h.personId));
    return { ...page, items: page.items.map((d) => decisionView(d, mine.filter((h) => h.committeeId === d.committeeId), folks, names.get(d.orgId) ?? null)) };
  }

  @Handles(COMMITTEE_ROUTES.listHolders)
  async holders(q: RouteInput<typeof COMMITTEE_ROUTES.listHolders>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await scopeFor(em, principal, q.orgId);
    const held = (
      await em.find(CommitteeHolding, {
        ...(q.personId ? { personId: q.personId } : {}),
        ...(q.post ? { post: q.post } : {}),
        startedOn: { $lte: asOf },
        $or: [{ endedOn: null }, { endedOn: { $gt: asOf } }],
      })
    ).filter((h) => heldOn(h, asOf));
    const committees = new Map((held.length ? await em.find(Committee, { id: { $in: [...new Set(held.map((h) => h.committeeId))] }, ...(q.kind ? { kind: q.kind } : {}) }) : []).map((c) => [c.id, c]));
    const rows = held.filter((h) => committees.has(h.committeeId) && scope.covers(committees.get(h.committeeId)!.orgId, asOf));
    const names = await orgNamesOn(em, [...committees.values()].map((c) => c.orgId), asOf);
    const orgName = (h: CommitteeHolding) => names.get(committees.get(h.committeeId)!.orgId) ?? null;
    const key: Record<typeof q.sort, (a: CommitteeHolding, b: CommitteeHolding) => number> = {
      orgName: (a, b) => byText(orgName(a), orgName(b)),
      post: (a, b) => a.post.localeCompare(b.post) || byText(orgName(a), orgName(b)),
      from: (a, b) => a.startedOn.localeCompare(b.startedOn),
    };
    rows.sort((a, b) => key[q.sort](a, b) || a.id.localeCompare(b.id));
    if (q.order === 'desc') rows.reverse();
    const page = pageOf(rows, q);
    const decisionIds = [...new Set(page.items.flatMap((h) => [h.startDecisionId, h.endDecisionId]).filter((x): x is string => !!x))];
    const decisions = new Map((decisionIds.length ? await em.find(CommitteeDecision, { id: { $in: decisionIds } }) : []).map((d) => [d.id, d]));
    const people = await peopleById(em, page.items.map((h) => h.personId));
    const replacedIds = page.items.map((h) => h.replacedHoldingId).filter((x): x is string => !!x);
    const replaced = new Map((replacedIds.length ? await em.find(CommitteeHolding, { id: { $in: replacedIds } }) : []).map((h) => [h.id, h.personId]));
    return {
      ...page,
      asOf,
      items: page.items.map((h) => {
        const c = committees.get(h.committeeId)!;
        return { ...holdingView(h, { people }, decisions, (id) => (id ? (replaced.get(id) ?? null) : null)), committeeId: c.id, orgId: c.orgId, orgName: orgName(h), kind: c.kind, term: c.term, blocLevel: c.blocLevel };
      }),
    };
  }
}

