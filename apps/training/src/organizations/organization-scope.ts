import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DomainError, Principal } from '@party/contracts';
import { coveredBy, ScopeInterval } from './org-versions';
import { OrgVersion } from './organization.entity';

/**
 * What a caller may see and change: a whole-bloc caller everything; a scoped one (a secretary) the
 * records of the organizations in its organization's subtree, each on its own date — a student
 * enrolled in 2022 by a chi bộ that was under the secretary's organization then (even if since
 * dissolved) is theirs; one whose chi bộ was moved in only in 2024 is not, for that 2022 record.
 */
export class OrgScope {
  private constructor(
    readonly rootId: string | null,
    readonly intervals: readonly ScopeInterval[],
  ) {}

  static wholeBloc(): OrgScope {
    return new OrgScope(null, []);
  }

  static subtree(rootId: string, intervals: readonly ScopeInterval[]): OrgScope {
    return new OrgScope(rootId, intervals);
  }

  get whole(): boolean {
    return this.rootId === null;
  }

  /** A record of `orgId` dated `on` is in scope. */
  covers(orgId: string | null, on: string): boolean {
    return this.whole || coveredBy(this.intervals, orgId, on);
  }

  /** Every organization that was ever in the subtree (a pre-filter; `covers` decides). */
  orgIds(): string[] {
    return [...new Set(this.intervals.map((i) => i.orgId))];
  }

  /** The organizations in the subtree on one date. */
  orgIdsOn(on: string): string[] {
    return [...new Set(this.intervals.filter((i) => i.from <= on && (i.to === null || on < i.to)).map((i) => i.orgId))];
  }
}

export function outOfScope(what: { vi: string; en: string } = { vi: 'Dữ liệu này', en: 'This record' }): DomainError {
  return DomainError.forbidden({
    vi: `${what.vi} nằm ngoài phạm vi tổ chức đảng bạn phụ trách`,
    en: `${what.en} is outside the organization you are scoped to`,
  });
}

/** A scoped writer names an organization of its subtree for every person it records. */
export function scopedOrgRequired(orgId: string | null, who: { vi: string; en: string }): DomainError {
  return new DomainError({
    code: 'forbidden',
    message: orgId
      ? { vi: `${who.vi} thuộc tổ chức nằm ngoài phạm vi bạn phụ trách`, en: `${who.en} belongs to an organization outside your scope` }
      : { vi: `Cần mã tổ chức (orgId) thuộc phạm vi bạn phụ trách`, en: 'An orgId within your scope is required' },
    fields: [{ field: 'orgId', vi: 'Ngoài phạm vi tổ chức bạn phụ trách', en: 'Outside the organization you are scoped to' }],
  });
}

/** Class-wide writes (open, update, results, certificates, course types, sendings, sessions) are the Board's. */
export function assertWholeBloc(principal: Principal): void {
  if (principal.orgScopeId !== null) {
    throw DomainError.forbidden({
      vi: 'Chỉ Ban Tổ chức (phạm vi toàn Đảng bộ Khối) được thực hiện thao tác này; bí thư chỉ ghi danh, đăng ký người trong tổ chức mình',
      en: 'Only a whole-bloc user may do this; a secretary enrolls and registers the people of their own organization',
    });
  }
}

@Injectable()
export class OrganizationScopes {
  constructor(private readonly orm: MikroORM) {}

  async of(principal: Principal, em: EntityManager = this.orm.em.fork()): Promise<OrgScope> {
    if (principal.orgScopeId === null) return OrgScope.wholeBloc();
    return OrgScope.subtree(principal.orgScopeId, await this.intervals(principal.orgScopeId, em));
  }

  /**
   * Every (organization, period) in `rootId`'s subtree through time, from training's copy of the
   * tree: one recursive query; a child's period is clipped to its parent's period in the subtree.
   */
  async intervals(rootId: string, em: EntityManager = this.orm.em.fork()): Promise<ScopeInterval[]> {
    const t = `"${em.config.get('schema')}"."${em.getMetadata().get(OrgVersion).tableName}"`;
    const rows: { org_id: string; f: string; t: string | null }[] = await em.execute(
      `with recursive sub(org_id, f, t) as (
         select v.org_id, v.valid_from, coalesce(v.valid_to, 'infinity'::date) from ${t} v where v.org_id = ?
         union
         select v.org_id, greatest(v.valid_from, s.f), least(coalesce(v.valid_to, 'infinity'::date), s.t)
           from ${t} v join sub s on v.parent_id = s.org_id
          where v.valid_from < s.t and coalesce(v.valid_to, 'infinity'::date) > s.f
       )
       select org_id, f::text as f, case when t = 'infinity'::date then null else t::text end as t from sub`,
      [rootId],
    );
    return rows.map((r) => ({ orgId: r.org_id, from: r.f, to: r.t }));
  }
}
