import { deriveOrgPeriods, OrgEventTiming, OrgPeriod } from '@party/contracts';

/** What an organization's version keeps of the event that opened it. */
export interface OrgState {
  kind: string;
  grassroots: boolean;
  name: string;
  parentId: string | null;
}

/** An organization event as the replica keeps it (`org_event`), as far as the versions need it. */
export interface OrgEventRow extends OrgEventTiming, OrgState {}

/** A version of an organization (`org_version`). */
export interface OrgVersionRow extends OrgPeriod, OrgState {}

/** One organization's versions from all its events, in the order they happened in the world. */
export function deriveOrgVersions(events: readonly OrgEventRow[]): OrgVersionRow[] {
  return deriveOrgPeriods(events, (e) => ({ kind: e.kind, grassroots: e.grassroots, name: e.name, parentId: e.parentId }));
}
