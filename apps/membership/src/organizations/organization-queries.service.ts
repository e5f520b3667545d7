import { Injectable } from '@nestjs/common';
import { ORG_ROUTES, RouteInput, searchableName, todayInVietnam } from '@party/contracts';
import { Handles, QueryContext } from '@party/service-kit';
import { Organization, OrganizationVersion } from './organization.entity';
import { OrganizationTree, outOfScope } from './organization.tree';
import { notOnDate, orgDetail, orgView } from './organization.view';

/** The tree as of a date, read within the caller's scope (a secretary: their own subtree). */
@Injectable()
export class OrganizationQueries {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(ORG_ROUTES.list)
  async list(q: RouteInput<typeof ORG_ROUTES.list>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = principal.orgScopeId === null ? null : await this.tree.subtreeIds(principal.orgScopeId, asOf, em);
    if (scope && q.parentId && !scope.includes(q.parentId)) throw outOfScope(asOf);
    // a secretary's top is their own organization; the board's, the organizations without a parent
    // (no `orgId: undefined` key: the ORM would read it as "org_id is null")
    const roots = q.roots !== 'true' ? {} : principal.orgScopeId ? { orgId: principal.orgScopeId } : { parentId: null };
    const named = q.q ? await this.namedLike(q.q, asOf, scope, em) : null;
    const [versions, total] = await em.findAndCount(
      OrganizationVersion,
      {
        validFrom: { $lte: asOf },
        $or: [{ validTo: null }, { validTo: { $gt: asOf } }],
        ...(q.parentId ? { parentId: q.parentId } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(scope ? { orgId: { $in: scope } } : {}),
        ...(named ? { id: { $in: named } } : {}),
        ...roots,
      },
      { orderBy: { [q.sort]: q.order, orgId: 'asc' }, limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    );
    const orgs = new Map((await em.find(Organization, { id: { $in: versions.map((v) => v.orgId) } })).map((o) => [o.id, o]));
    const items = versions.flatMap((v) => {
      const org = orgs.get(v.orgId);
      return org ? [orgView(org, v, asOf)] : [];
    });
    return { asOf, items, total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * The versions on `asOf` whose name holds every word of `text`, accents and case ignored (a
   * user types "chi bo xay lap"). Names are folded here rather than in SQL: a bloc has hundreds
   * of organizations and the tree is read on one date.
   */
  private async namedLike(text: string, asOf: string, scope: string[] | null, em: QueryContext['em']): Promise<string[]> {
    const words = searchableName(text).split(' ').filter(Boolean);
    const rows = await em.find(
      OrganizationVersion,
      { validFrom: { $lte: asOf }, $or: [{ validTo: null }, { validTo: { $gt: asOf } }], ...(scope ? { orgId: { $in: scope } } : {}) },
      { fields: ['id', 'name'] },
    );
    return rows.filter((v) => words.every((w) => searchableName(v.name).includes(w))).map((v) => v.id);
  }

  @Handles(ORG_ROUTES.get)
  async get(q: RouteInput<typeof ORG_ROUTES.get>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    await this.tree.assertInScope(principal, [q.id], asOf, em);
    return orgDetail(em, this.tree, q.id, asOf);
  }

  @Handles(ORG_ROUTES.subtree)
  async subtree(q: RouteInput<typeof ORG_ROUTES.subtree>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    await this.tree.assertInScope(principal, [q.id], asOf, em);
    const ids = await this.tree.subtreeIds(q.id, asOf, em);
    if (!ids.length) throw notOnDate(asOf);
    return { orgId: q.id, asOf, ids };
  }
}
