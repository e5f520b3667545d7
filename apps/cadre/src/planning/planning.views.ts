import type { EntityManager } from '@mikro-orm/postgresql';
import { type RouteResult, type PLANNING_ROUTES, termStartYear, todayInVietnam } from '@party/contracts';
import { describePerson, peopleById, type PersonReplica, personView } from '@party/org-replica';
import { checkPlanningAge, PLANNING_RULES_FROM } from '@party/rules';
import { orgNamesOn } from './planning-orgs';
import type { PlanningEntry } from './planning.entities';

export type EntryView = RouteResult<typeof PLANNING_ROUTES.getPlanningEntry>;

/** In the plan on `asOf`: planned by then and not yet ended. */
export const inPlanOn = (e: PlanningEntry, asOf: string) => e.plannedOn <= asOf && (e.endedOn === null || e.endedOn > asOf);

/**
 * An entry as read on `asOf` (today unless given): its person, the age at the term's start and
 * the last working day by the retirement age (a man's: the sex is not known here), and how it
 * left the plan when it had by then.
 */
export function entryView(e: PlanningEntry, person: PersonReplica | undefined, orgName: string | null, asOf = todayInVietnam()): EntryView {
  const dob = person?.dateOfBirth;
  const who = person ? describePerson(person) : '';
  const age = dob && e.plannedOn >= PLANNING_RULES_FROM ? checkPlanningAge({ dateOfBirth: dob, sex: null, termStartYear: termStartYear(e.term), on: e.plannedOn, person: { vi: who, en: who }, term: e.term }) : null;
  const out = e.endedOn !== null && e.endedOn <= asOf;
  return {
    id: e.id,
    orgId: e.orgId,
    orgName,
    committeeKind: e.committeeKind,
    post: e.post,
    term: e.term,
    person: personView(e.personId, person),
    plannedOn: e.plannedOn,
    decisionNumber: e.decisionNumber,
    reviewId: e.reviewId,
    regulation: e.regulation,
    ageAtTermStart: age?.ageAtTermStart ?? null,
    retiresAfter: age?.retiresAfter ?? null,
    sexAssumed: age?.sexAssumed ?? true,
    status: out ? 'out' : 'in_plan',
    exit:
      out && e.endedOn && e.exitReason
        ? { reason: e.exitReason, on: e.endedOn, decisionNumber: e.exitDecisionNumber, sourceId: e.exitSourceId, note: e.exitNote, regulation: e.exitRegulation, basisAnnulledOn: e.exitBasisAnnulledOn }
        : null,
  };
}

/** Views of a page of entries: their people and organization names in two queries. */
export async function entryViews(em: EntityManager, entries: readonly PlanningEntry[], asOf = todayInVietnam()): Promise<EntryView[]> {
  const people = await peopleById(em, entries.map((e) => e.personId));
  const names = await orgNamesOn(em, entries.map((e) => e.orgId), asOf);
  return entries.map((e) => entryView(e, people.get(e.personId), names.get(e.orgId) ?? null, asOf));
}

/** Rows sorted by a key (nulls last) then id, reversed for `desc`. */
export function sortRows<T>(rows: T[], key: (r: T) => string | number | null, id: (r: T) => string, order: 'asc' | 'desc'): T[] {
  const cmp = (a: string | number | null, b: string | number | null) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'vi');
  };
  rows.sort((a, b) => cmp(key(a), key(b)) || id(a).localeCompare(id(b)));
  return order === 'desc' ? rows.reverse() : rows;
}
