import { deriveOrgPeriods, OrgEventTiming, OrgPeriod } from '@party/contracts';

/** An organization event as training keeps it (`org_event`), from membership's stream. */
export interface OrgEventRow extends OrgEventTiming {
  kind: string;
  name: string;
  parentId: string | null;
}

/** A version of an organization as training keeps it (`org_version`). */
export interface OrgVersionRow extends OrgPeriod {
  kind: string;
  name: string;
  parentId: string | null;
}

export function deriveOrgVersions(events: readonly OrgEventRow[]): OrgVersionRow[] {
  return deriveOrgPeriods(events, (e) => ({ kind: e.kind, name: e.name, parentId: e.parentId }));
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
