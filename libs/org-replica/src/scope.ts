import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, Principal } from '@party/contracts';
import { SubtreePeriod, subtreeIds, subtreePeriods } from './subtree';

/**
 * What a principal may see and change, from the replica: a whole-bloc principal (`orgScopeId`
 * null) everything; a scoped one (a secretary) the organizations of its organization's subtree.
 */

export function outOfScope(what: { vi: string; en: string } = { vi: 'Dữ liệu này', en: 'This record' }): DomainError {
  return DomainError.forbidden({
    vi: `${what.vi} nằm ngoài phạm vi tổ chức đảng bạn phụ trách`,
    en: `${what.en} is outside the organization you are scoped to`,
  });
}

/** 403 unless every one of `orgIds` is in the principal's subtree on `asOf` (an unknown or missing organization is not). */
export async function assertInScope(em: EntityManager, principal: Principal, orgIds: readonly (string | null)[], asOf: string): Promise<void> {
  if (principal.orgScopeId === null) return;
  const scope = new Set(await subtreeIds(em, principal.orgScopeId, asOf));
  if (orgIds.some((id) => id === null || !scope.has(id))) throw outOfScope();
}

/**
 * What a worklist covers on `asOf`: `orgId`'s subtree when asked (403 unless it is in the
 * principal's scope), else a secretary's own subtree; null = the whole bloc (no filter).
 */
export async function scopeIds(em: EntityManager, principal: Principal, orgId: string | null | undefined, asOf: string): Promise<string[] | null> {
  if (orgId) {
    await assertInScope(em, principal, [orgId], asOf);
    return subtreeIds(em, orgId, asOf);
  }
  return principal.orgScopeId === null ? null : subtreeIds(em, principal.orgScopeId, asOf);
}

/**
 * A principal's scope through time, for records each dated on their own: a student enrolled in
 * 2022 by a chi bộ that was under the secretary's organization then (even if since dissolved) is
 * theirs; one whose chi bộ was moved in only in 2024 is not, for that 2022 record.
 */
export class OrgScope {
  private constructor(
    /** null: the whole bloc. */
    readonly rootId: string | null,
    readonly periods: readonly SubtreePeriod[],
  ) {}

  static wholeBloc(): OrgScope {
    return new OrgScope(null, []);
  }

  static subtree(rootId: string, periods: readonly SubtreePeriod[]): OrgScope {
    return new OrgScope(rootId, periods);
  }

  get whole(): boolean {
    return this.rootId === null;
  }

  /** A record of `orgId` dated `on` is in scope. */
  covers(orgId: string | null, on: string): boolean {
    return this.whole || coveredBy(this.periods, orgId, on);
  }

  /** Every organization that was ever in the subtree (a pre-filter; `covers` decides). */
  orgIds(): string[] {
    return [...new Set(this.periods.map((i) => i.orgId))];
  }

  /** The organizations in the subtree on one date. */
  orgIdsOn(on: string): string[] {
    return [...new Set(this.periods.filter((i) => holds(i, on)).map((i) => i.orgId))];
  }
}

/** The principal's `OrgScope`: one query for a secretary, none for a whole-bloc principal. */
export async function orgScopeOf(em: EntityManager, principal: Principal): Promise<OrgScope> {
  if (principal.orgScopeId === null) return OrgScope.wholeBloc();
  return OrgScope.subtree(principal.orgScopeId, await subtreePeriods(em, principal.orgScopeId));
}

/** Whether a record of `orgId` dated `on` falls in one of the periods. */
export function coveredBy(periods: readonly SubtreePeriod[], orgId: string | null, on: string): boolean {
  if (!orgId) return false;
  return periods.some((i) => i.orgId === orgId && holds(i, on));
}

const holds = (p: SubtreePeriod, on: string) => p.from <= on && (p.to === null || on < p.to);

/** The caller's scope, narrowed to `orgId`'s subtree when asked (403 when `orgId` is outside it). */
export async function listScope(em: EntityManager, principal: Principal, orgId: string | undefined): Promise<{ covers(orgId: string | null, on: string): boolean }> {
  const own = await orgScopeOf(em, principal);
  if (!orgId) return own;
  if (!own.whole && !own.orgIds().includes(orgId)) throw outOfScope({ vi: 'Tổ chức này', en: 'This organization' });
  const asked = OrgScope.subtree(orgId, await subtreePeriods(em, orgId));
  return { covers: (id, on) => own.covers(id, on) && asked.covers(id, on) };
}
