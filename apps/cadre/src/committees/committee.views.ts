import type { EntityManager } from '@mikro-orm/postgresql';
import { COMMITTEE_ROUTES, type HoldingEndReason, type Post, POSTS_OF, type RouteResult, todayInVietnam } from '@party/contracts';
import { peopleById, type PersonReplica, personView } from '@party/org-replica';
import { Committee, CommitteeDecision, CommitteeHolding } from './committee.entities';
import { holdersOn, seatsOn, vacanciesOn } from './committee.rules';
import { orgNamesOn } from './committee-orgs';

/** How the committees' answers are built from the rows: one query per kind of row for a whole page. */

type CommitteeView = RouteResult<typeof COMMITTEE_ROUTES.listCommittees>['items'][number];
type DetailView = RouteResult<typeof COMMITTEE_ROUTES.getCommittee>;
type HoldingView = DetailView['history'][number];
type DecisionView = DetailView['decisions'][number];

/** What a page of committees needs besides the committees: their holdings, decisions, people, names. */
export interface CommitteeRows {
  holdings: Map<string, CommitteeHolding[]>;
  decisions: Map<string, CommitteeDecision[]>;
  /** Every decision a holding of the page cites (the next term's election ends the last holdings). */
  decisionById: Map<string, CommitteeDecision>;
  people: Map<string, PersonReplica>;
  names: Map<string, string>;
}

const group = <T>(rows: T[], key: (r: T) => string) => {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
};

export async function holdingsOf(em: EntityManager, committeeIds: readonly string[]): Promise<Map<string, CommitteeHolding[]>> {
  if (!committeeIds.length) return new Map();
  return group(await em.find(CommitteeHolding, { committeeId: { $in: [...committeeIds] } }, { orderBy: { startedOn: 'asc', id: 'asc' } }), (h) => h.committeeId);
}

export async function decisionsOf(em: EntityManager, committeeIds: readonly string[]): Promise<Map<string, CommitteeDecision[]>> {
  if (!committeeIds.length) return new Map();
  return group(await em.find(CommitteeDecision, { committeeId: { $in: [...committeeIds] } }, { orderBy: { decidedOn: 'asc', createdAt: 'asc' } }), (d) => d.committeeId);
}

/** The rows a page of committees shows, people and names only for it. */
export async function rowsFor(em: EntityManager, committees: readonly Committee[], asOf: string, holdings?: Map<string, CommitteeHolding[]>): Promise<CommitteeRows> {
  const ids = committees.map((c) => c.id);
  const h = holdings ?? (await holdingsOf(em, ids));
  const decisions = await decisionsOf(em, ids);
  const decisionById = new Map([...decisions.values()].flat().map((d) => [d.id, d]));
  const elsewhere = [...new Set([...h.values()].flat().map((x) => x.endDecisionId).filter((id): id is string => !!id && !decisionById.has(id)))];
  if (elsewhere.length) for (const d of await em.find(CommitteeDecision, { id: { $in: elsewhere } })) decisionById.set(d.id, d);
  const people = await peopleById(em, [...h.values()].flat().map((x) => x.personId));
  const names = await orgNamesOn(em, committees.map((c) => c.orgId), asOf);
  return { holdings: h, decisions, decisionById, people, names };
}

/** The person as known, and when membership says they stopped being a member (a post to consolidate). */
export const personOf = (personId: string, people: Map<string, PersonReplica>) => personView(personId, people.get(personId));
const notMemberSince = (p: PersonReplica | undefined) => p?.endedOn ?? null;

export function holdingView(h: CommitteeHolding, rows: Pick<CommitteeRows, 'people'>, decisions: Map<string, CommitteeDecision>, replacedPersonOf: (id: string | null) => string | null): HoldingView {
  const ref = (id: string | null) => {
    const d = id ? decisions.get(id) : undefined;
    return d ? { id: d.id, type: d.type, number: d.number, date: d.decidedOn, decidingBody: d.decidingBody } : null;
  };
  return {
    id: h.id,
    person: personOf(h.personId, rows.people),
    post: h.post,
    from: h.startedOn,
    to: h.endedOn,
    startMode: h.startMode,
    started: ref(h.startDecisionId)!,
    ended: ref(h.endDecisionId),
    endReason: h.endReason,
    replacedPersonId: replacedPersonOf(h.replacedHoldingId),
    notMemberSince: notMemberSince(rows.people.get(h.personId)),
  };
}

/**
 * The day a committee is shown on when none is asked: today, or the day before its successor's
 * election once the next term's committee has taken over.
 */
export function defaultAsOf(c: Committee, nextElectedOn: string | undefined): string {
  const today = todayInVietnam();
  if (nextElectedOn && nextElectedOn <= today) {
    const d = new Date(`${nextElectedOn}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }
  return today;
}

/** Vacant seats of a committee on a day, every post. */
export const vacanciesOf = (c: Committee, holdings: readonly CommitteeHolding[], asOf: string): number => POSTS_OF[c.kind].reduce((a, p) => a + vacanciesOn(c.seats, holdings, p, asOf), 0);

export function committeeView(c: Committee, rows: CommitteeRows, asOf: string): CommitteeView {
  const holdings = rows.holdings.get(c.id) ?? [];
  const decisions = rows.decisions.get(c.id) ?? [];
  const byId = rows.decisionById;
  const holdingById = new Map(holdings.map((h) => [h.id, h]));
  const replacedPersonOf = (id: string | null) => (id ? (holdingById.get(id)?.personId ?? null) : null);
  const election = byId.get(c.decisionId)!;
  const posts = POSTS_OF[c.kind].map((post: Post) => {
    const seats = seatsOn(c.seats, holdings, post, asOf);
    const held = holdersOn(holdings, post, asOf) as CommitteeHolding[];
    return { post, seats, holders: held.map((h) => holdingView(h, rows, byId, replacedPersonOf)), vacancies: Math.max(0, seats - held.length) };
  });
  const sum = (f: (p: (typeof posts)[number]) => number) => posts.reduce((a, p) => a + f(p), 0);
  return {
    id: c.id,
    orgId: c.orgId,
    orgName: rows.names.get(c.orgId) ?? null,
    orgKind: c.orgKind,
    grassroots: c.grassroots,
    blocLevel: c.blocLevel,
    kind: c.kind,
    term: c.term,
    electedOn: c.electedOn,
    decisionNumber: election.number,
    decisionDate: election.decidedOn,
    asOf,
    posts,
    holders: sum((p) => p.holders.length),
    seats: sum((p) => p.seats),
    vacancies: sum((p) => p.vacancies),
    lastChangeOn: decisions.reduce((a, d) => (d.type === 'election' ? a : d.decidedOn > a ? d.decidedOn : a), c.electedOn),
  };
}

/** A decision with the people it named (started holdings) and those it made leave without a successor in it. */
export function decisionView(d: CommitteeDecision, holdings: readonly CommitteeHolding[], people: Map<string, PersonReplica>, orgName: string | null): DecisionView {
  const byId = new Map(holdings.map((h) => [h.id, h]));
  const started = holdings.filter((h) => h.startDecisionId === d.id && d.type === 'consolidation');
  const replacedIds = new Set(started.map((h) => h.replacedHoldingId).filter(Boolean));
  const movedIds = new Set(started.map((h) => h.previousHoldingId).filter(Boolean));
  return {
    id: d.id,
    type: d.type,
    committeeId: d.committeeId,
    orgId: d.orgId,
    orgName,
    grassroots: d.grassroots,
    blocLevel: d.blocLevel,
    kind: d.kind,
    term: d.term,
    number: d.number,
    date: d.decidedOn,
    decidingBody: d.decidingBody,
    note: d.note,
    items: started.map((h) => {
      const replaced = h.replacedHoldingId ? byId.get(h.replacedHoldingId) : undefined;
      const previous = h.previousHoldingId ? byId.get(h.previousHoldingId) : undefined;
      return {
        holdingId: h.id,
        person: personOf(h.personId, people),
        post: h.post,
        mode: h.startMode as Exclude<CommitteeHolding['startMode'], 'elected'>,
        replaced: replaced ? personOf(replaced.personId, people) : null,
        replacedReason: (replaced?.endReason as HoldingEndReason | undefined) ?? null,
        previousPost: previous?.post ?? null,
        joinsCommittee: h.joinsCommittee,
      };
    }),
    departures: holdings
      .filter((h) => h.endDecisionId === d.id && d.type !== 'consolidation' && !replacedIds.has(h.id) && !movedIds.has(h.id))
      .map((h) => ({ holdingId: h.id, person: personOf(h.personId, people), post: h.post, reason: h.endReason! })),
  };
}

export function detailView(c: Committee, rows: CommitteeRows, asOf: string): DetailView {
  const holdings = rows.holdings.get(c.id) ?? [];
  const decisions = rows.decisions.get(c.id) ?? [];
  const byId = rows.decisionById;
  const holdingById = new Map(holdings.map((h) => [h.id, h]));
  const replacedPersonOf = (id: string | null) => (id ? (holdingById.get(id)?.personId ?? null) : null);
  const order = POSTS_OF[c.kind];
  const history = [...holdings].sort((a, b) => order.indexOf(a.post) - order.indexOf(b.post) || a.startedOn.localeCompare(b.startedOn) || a.id.localeCompare(b.id));
  return {
    ...committeeView(c, rows, asOf),
    history: history.map((h) => holdingView(h, rows, byId, replacedPersonOf)),
    decisions: decisions.map((d) => decisionView(d, holdings, rows.people, rows.names.get(c.orgId) ?? null)),
  };
}
