import { deriveOrgPeriods, OrgEventTiming, OrgPeriod } from '@party/contracts';

/** An organization event as reporting keeps it (`org_event`). */
export interface OrgEventRow extends OrgEventTiming {
  kind: string;
  grassroots: boolean;
  name: string;
  parentId: string | null;
}

/** A version of an organization as reporting keeps it (`org_version`). */
export interface OrgVersionRow extends OrgPeriod {
  kind: string;
  grassroots: boolean;
  name: string;
  parentId: string | null;
}

export function deriveOrgVersions(events: readonly OrgEventRow[]): OrgVersionRow[] {
  return deriveOrgPeriods(events, (e) => ({ kind: e.kind, grassroots: e.grassroots, name: e.name, parentId: e.parentId }));
}
