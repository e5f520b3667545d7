/**
 * The organization tree through time, from one organization's events in the order they happened
 * in the world (effective date, then the order they were recorded). Pure, so a back-dated event
 * recorded late lands in its place when the versions are derived again. (Reporting derives its
 * read model the same way; a service never imports another's code.)
 */
export interface OrgEventRow {
  eventId: string;
  occurredOn: string;
  recordedAt: string;
  kind: string;
  name: string;
  parentId: string | null;
  ends: boolean;
}

export interface OrgVersionRow {
  seq: number;
  kind: string;
  name: string;
  parentId: string | null;
  validFrom: string;
  /** Exclusive; null while it still holds. */
  validTo: string | null;
}

export function compareOrgEvents(a: OrgEventRow, b: OrgEventRow): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

export function deriveOrgVersions(events: readonly OrgEventRow[]): OrgVersionRow[] {
  const versions: Omit<OrgVersionRow, 'seq'>[] = [];
  for (const e of [...events].sort(compareOrgEvents)) {
    const open = versions.at(-1);
    if (open && open.validTo === null) {
      if (open.validFrom === e.occurredOn) versions.pop(); // several changes on one day: the last state holds
      else open.validTo = e.occurredOn;
    }
    if (!e.ends) versions.push({ kind: e.kind, name: e.name, parentId: e.parentId, validFrom: e.occurredOn, validTo: null });
  }
  return versions.map((v, i) => ({ seq: i + 1, ...v }));
}

/** One period during which an organization belonged to a subtree; `to` exclusive, null = still. */
export interface ScopeInterval {
  orgId: string;
  from: string;
  to: string | null;
}

/** Whether a record of `orgId` dated `on` falls in one of the periods. */
export function coveredBy(intervals: readonly ScopeInterval[], orgId: string | null, on: string): boolean {
  if (!orgId) return false;
  return intervals.some((i) => i.orgId === orgId && i.from <= on && (i.to === null || on < i.to));
}
