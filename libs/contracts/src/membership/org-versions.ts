import {
  OrganizationDissolved,
  OrganizationEstablished,
  OrganizationHandedIn,
  OrganizationHandedOver,
  OrganizationMerged,
  OrganizationMoved,
  OrganizationRenamed,
  OrganizationSplit,
} from './organization-events';

/**
 * What the organization events mean through time: the versions of one organization, from its
 * events in the order they happened in the world (effective date, then the order recorded). Pure,
 * so a back-dated event recorded late lands in its place when the versions are derived again.
 * Every service that keeps a copy of the tree (reporting, training) derives it this way.
 */
/** When a fact happened in the world, and when (then in which order) it was recorded. */
export interface FactTiming {
  eventId: string;
  occurredOn: string;
  recordedAt: string;
}

/** Facts in the order they happened in the world: effective date, then the order recorded. */
export function compareFacts(a: FactTiming, b: FactTiming): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

export interface OrgEventTiming extends FactTiming {
  /** The organization ends with this event (merged, split, dissolved, handed over). */
  ends: boolean;
}

export interface OrgPeriod {
  seq: number;
  validFrom: string;
  /** Exclusive; null while it still holds. */
  validTo: string | null;
}

/** `stateOf` picks what a version keeps of its event (name, kind, parent …). */
export function deriveOrgPeriods<E extends OrgEventTiming, S extends object>(events: readonly E[], stateOf: (e: E) => S): (S & OrgPeriod)[] {
  const versions: (S & Omit<OrgPeriod, 'seq'>)[] = [];
  for (const e of [...events].sort(compareFacts)) {
    const open = versions.at(-1);
    if (open && open.validTo === null) {
      if (open.validFrom === e.occurredOn) versions.pop(); // several changes on one day: the last state holds
      else open.validTo = e.occurredOn;
    }
    if (!e.ends) versions.push({ ...stateOf(e), validFrom: e.occurredOn, validTo: null });
  }
  return versions.map((v, i) => ({ seq: i + 1, ...v }));
}

/**
 * The organization events that shape the tree, and whether the organization ends with each
 * (merged, split, dissolved, handed over): what a copy of the tree consumes.
 */
export const ORG_TREE_EVENTS = [
  { event: OrganizationEstablished, ends: false },
  { event: OrganizationHandedIn, ends: false },
  { event: OrganizationRenamed, ends: false },
  { event: OrganizationMoved, ends: false },
  { event: OrganizationMerged, ends: true },
  { event: OrganizationSplit, ends: true },
  { event: OrganizationDissolved, ends: true },
  { event: OrganizationHandedOver, ends: true },
] as const;
