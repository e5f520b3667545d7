import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DomainError, Principal } from '@party/contracts';
import { OrganizationVersion } from './organization.entity';

/**
 * "Is X in Y's subtree as of D" — the question every scoped read and write in membership asks
 * (organizations now; members, transfers… later). One recursive query over the versions
 * holding on that date.
 */
@Injectable()
export class OrganizationTree {
  constructor(private readonly orm: MikroORM) {}

  /** `rootId` and every organization under it on `asOf` (empty when `rootId` did not exist then). */
  async subtreeIds(rootId: string, asOf: string, em: EntityManager = this.orm.em.fork()): Promise<string[]> {
    const t = this.table(em);
    const rows: { org_id: string }[] = await em.execute(
      `with recursive sub as (
         select v.org_id from ${t} v where v.org_id = ? and v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)
         union
         select v.org_id from ${t} v join sub on v.parent_id = sub.org_id
          where v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)
       ) select org_id from sub`,
      [rootId, asOf, asOf, asOf, asOf],
    );
    return rows.map((r) => r.org_id);
  }

  async isInSubtree(orgId: string, rootId: string, asOf: string, em?: EntityManager): Promise<boolean> {
    return (await this.subtreeIds(rootId, asOf, em)).includes(orgId);
  }

  /** The versions of `orgId` and its ancestors holding on `asOf`, nearest first (the org itself first); one query. */
  async lineage(orgId: string, asOf: string, em: EntityManager = this.orm.em.fork()): Promise<OrganizationVersion[]> {
    const t = this.table(em);
    // `union` (not `union all`) and the depth bound keep a cycle in bad data from looping
    const rows: Record<string, unknown>[] = await em.execute(
      `with recursive up as (
         select v.*, 0 as depth from ${t} v where v.org_id = ? and v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)
         union
         select v.*, up.depth + 1 from ${t} v join up on v.org_id = up.parent_id
          where v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?) and up.depth < 64
       ) select * from up order by depth`,
      [orgId, asOf, asOf, asOf, asOf],
    );
    const seen = new Set<string>();
    const out: OrganizationVersion[] = [];
    for (const { depth: _depth, ...row } of rows) {
      if (seen.has(row.org_id as string)) break;
      seen.add(row.org_id as string);
      out.push(em.map(OrganizationVersion, row));
    }
    return out;
  }

  /**
   * The scope check of a principal on one date: a whole-bloc principal passes; a scoped one
   * (secretary) only for organizations in its organization's subtree on that date — else 403.
   */
  async assertInScope(principal: Principal, orgIds: string[], asOf: string, em?: EntityManager): Promise<void> {
    if (principal.orgScopeId === null) return;
    const scope = new Set(await this.subtreeIds(principal.orgScopeId, asOf, em));
    if (orgIds.some((id) => !scope.has(id))) throw outOfScope(asOf);
  }

  /**
   * The organizations a worklist covers: `orgId`'s subtree when asked (which must be in the
   * principal's scope), else the principal's own subtree — a secretary sees theirs by default;
   * `null` = the whole bloc.
   */
  async scopeIds(principal: Principal, orgId: string | undefined, asOf: string, em?: EntityManager): Promise<string[] | null> {
    if (orgId) {
      await this.assertInScope(principal, [orgId], asOf, em);
      return this.subtreeIds(orgId, asOf, em);
    }
    return principal.orgScopeId === null ? null : this.subtreeIds(principal.orgScopeId, asOf, em);
  }

  private table(em: EntityManager): string {
    const schema = em.config.get('schema');
    return `"${schema}"."${em.getMetadata().get(OrganizationVersion).tableName}"`;
  }
}

export function outOfScope(asOf: string): DomainError {
  return DomainError.forbidden({
    vi: `Tổ chức này nằm ngoài phạm vi tổ chức đảng bạn phụ trách (tính đến ngày ${asOf})`,
    en: `This organization is outside the organization you are scoped to (as of ${asOf})`,
  });
}

export function versionAt(em: EntityManager, orgId: string, asOf: string): Promise<OrganizationVersion | null> {
  return em.findOne(OrganizationVersion, { orgId, validFrom: { $lte: asOf }, $or: [{ validTo: null }, { validTo: { $gt: asOf } }] });
}
