import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@party/contracts';
import { OrgScope, outOfScope } from '../organizations/organization-scope';
import { orgScopeOf, subtreePeriods } from '@party/org-replica';

/** The records a caller may see, each judged on its own date (an `OrgScope`, or one narrowed further). */
export interface RecordScope {
  readonly whole: boolean;
  covers(orgId: string | null, on: string): boolean;
  /** Every organization that was ever in it (a pre-filter; `covers` decides). */
  orgIds(): string[];
}

/**
 * What a list shows: the caller's own scope, narrowed to `orgId`'s subtree when the list is asked
 * for one organization. A secretary naming an organization never in their subtree gets a 403.
 */
export async function listScope(principal: Principal, orgId: string | undefined, em: EntityManager): Promise<RecordScope> {
  const own = await orgScopeOf(em, principal);
  if (!orgId) return own;
  if (!own.whole && !own.orgIds().includes(orgId)) throw outOfScope({ vi: 'Tổ chức này', en: 'This organization' });
  const asked = OrgScope.subtree(orgId, await subtreePeriods(em, orgId));
  const ownIds = new Set(own.orgIds());
  return {
    whole: false,
    covers: (id, on) => own.covers(id, on) && asked.covers(id, on),
    orgIds: () => asked.orgIds().filter((id) => own.whole || ownIds.has(id)),
  };
}
