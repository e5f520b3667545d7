import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, EventData, EventDefinition, isGrassrootsKind, LocalizedText, OrgDecisionView, OrganizationEstablished, OrganizationMoved, OrgKind, Principal } from '@party/contracts';
import type { CommandContext, UnitOfWork } from '@party/service-kit';
import { Organization, OrganizationVersion, OrgStatus } from './organization.entity';
import { effectiveDateProblem, ORG_REGULATION, parentKindProblem } from './organization.rules';
import { OrganizationTree, outOfScope, versionAt } from './organization.tree';
import { orgDetail, orgNotFound } from './organization.view';

export const rule = (message: LocalizedText, field?: string) => DomainError.rule(message, ORG_REGULATION, field ? [{ field, ...message }] : undefined);

/** All versions holding on or after a date: the tree as it is from then on, for cycle and child checks. */
export interface FutureTree {
  parentsOf(id: string): string[];
  childVersionsOf(id: string): OrganizationVersion[];
}

interface Decided {
  effectiveOn: string;
  decisionNumber: string;
}

/**
 * One decision about the tree, dated `effectiveOn`, inside the command's transaction: the checks
 * every decision makes (scope, an organization still open, a parent that takes this kind), the
 * versions it closes and opens, and its events and audit rows. Tree changes are serialized by an
 * advisory lock: two concurrent moves could otherwise close a cycle. Answers the organization as
 * of the effective date (null when the decision ended it).
 */
export async function decide(ctx: CommandContext, tree: OrganizationTree, input: Decided, body: (d: OrgDecision) => Promise<string>): Promise<OrgDecisionView> {
  await ctx.em.execute(`select pg_advisory_xact_lock(hashtext('membership.organization-tree'))`);
  const d = new OrgDecision(ctx.em, ctx.uow, ctx.principal, tree, input.effectiveOn, input.decisionNumber);
  const id = await body(d);
  // the answer reads the tree with SQL of its own: what the decision wrote must be there first
  await ctx.em.flush();
  const org = (await versionAt(ctx.em, id, input.effectiveOn)) ? await orgDetail(ctx.em, tree, id, input.effectiveOn) : null;
  return { id, effectiveOn: input.effectiveOn, affectedOrgIds: [...d.affected], membersReassigned: d.membersReassigned, transfersRedirected: d.transfersRedirected, org };
}

export class OrgDecision {
  readonly affected = new Set<string>();
  membersReassigned = 0;
  transfersRedirected = 0;

  constructor(
    readonly em: EntityManager,
    private readonly uow: UnitOfWork,
    readonly principal: Principal,
    readonly tree: OrganizationTree,
    readonly effectiveOn: string,
    readonly decisionNumber: string,
  ) {}

  async inScope(...orgIds: string[]): Promise<void> {
    await this.tree.assertInScope(this.principal, orgIds, this.effectiveOn, this.em);
  }

  /** The organization with its open version; refused when it has ended or changed on/after the date. */
  async active(orgId: string, field: string): Promise<{ org: Organization; current: OrganizationVersion }> {
    // scope first: a scoped caller learns nothing about organizations outside its subtree
    await this.inScope(orgId);
    const org = await this.em.findOne(Organization, { id: orgId });
    if (!org) throw orgNotFound();
    const current = await this.em.findOne(OrganizationVersion, { orgId, validTo: null });
    if (!current || org.status !== 'active') throw ended(org, current?.name ?? (await this.em.findOne(OrganizationVersion, { orgId }, { orderBy: { validFrom: 'desc' } }))?.name ?? orgId, field);
    const late = effectiveDateProblem(current.validFrom, this.effectiveOn);
    if (late) throw rule({ vi: `${current.name}: ${late.vi}`, en: `${current.name}: ${late.en}` }, field);
    return { org, current };
  }

  /** A parent must exist on the effective date, not have ended, and take children of this kind. */
  async parent(kind: OrgKind, parentId: string | null, field: string): Promise<OrganizationVersion | null> {
    if (parentId === null) {
      if (this.principal.orgScopeId !== null) throw outOfScope(this.effectiveOn);
      const problem = parentKindProblem(kind, null);
      if (problem) throw rule(problem, field);
      return null;
    }
    await this.inScope(parentId);
    const parentOrg = await this.em.findOne(Organization, { id: parentId });
    const v = parentOrg ? await versionAt(this.em, parentId, this.effectiveOn) : null;
    if (!parentOrg || !v) {
      throw rule({ vi: `Tổ chức cấp trên không tồn tại vào ngày ${this.effectiveOn}`, en: `The parent organization did not exist on ${this.effectiveOn}` }, field);
    }
    if (parentOrg.endedOn !== null) {
      throw rule({ vi: `Tổ chức cấp trên "${v.name}" đã kết thúc từ ngày ${parentOrg.endedOn}`, en: `The parent organization "${v.name}" ended on ${parentOrg.endedOn}` }, field);
    }
    const problem = parentKindProblem(kind, v.kind);
    if (problem) throw rule(problem, field);
    return v;
  }

  async future(): Promise<FutureTree> {
    const versions = await this.em.find(OrganizationVersion, { $or: [{ validTo: null }, { validTo: { $gt: this.effectiveOn } }] });
    const parents = new Map<string, string[]>();
    const children = new Map<string, OrganizationVersion[]>();
    for (const v of versions) {
      if (!v.parentId) continue;
      parents.set(v.orgId, [...(parents.get(v.orgId) ?? []), v.parentId]);
      children.set(v.parentId, [...(children.get(v.parentId) ?? []), v]);
    }
    return { parentsOf: (id) => parents.get(id) ?? [], childVersionsOf: (id) => children.get(id) ?? [] };
  }

  /**
   * The children that must go with or away from `orgId` on the date: each must still sit under it
   * in an open version that began before the date (nothing recorded later to rewrite).
   */
  childrenToCarry(future: FutureTree, orgId: string, parentName: string): OrganizationVersion[] {
    const versions = future.childVersionsOf(orgId);
    const later = versions.find((v) => v.validTo !== null || v.validFrom >= this.effectiveOn);
    if (later) {
      throw rule({
        vi: `"${later.name}" có thay đổi trực thuộc "${parentName}" được ghi nhận từ ngày ${later.validFrom} trở về sau; không thể áp dụng quyết định có hiệu lực ${this.effectiveOn}`,
        en: `"${later.name}" has a change under "${parentName}" recorded on or after ${later.validFrom}; a decision effective ${this.effectiveOn} cannot apply`,
      }, 'effectiveOn');
    }
    return versions;
  }

  descendants(future: FutureTree, orgId: string, parentName: string): OrganizationVersion[] {
    const out: OrganizationVersion[] = [];
    const queue: [string, string][] = [[orgId, parentName]];
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [id, name] = next;
      for (const child of this.childrenToCarry(future, id, name)) {
        out.push(child);
        queue.push([child.orgId, child.name]);
      }
    }
    return out;
  }

  create(kind: OrgKind, origin: Organization['origin'], fields: { name: string; parentId: string | null }, change: string, receivedFrom: string | null = null): { org: Organization; version: OrganizationVersion } {
    const org = this.em.create(Organization, { kind, origin, establishedOn: this.effectiveOn, receivedFrom });
    const version = this.em.create(OrganizationVersion, { orgId: org.id, kind, name: fields.name, parentId: fields.parentId, validFrom: this.effectiveOn, change, decisionNumber: this.decisionNumber });
    this.em.persist([org, version]);
    this.affected.add(org.id);
    return { org, version };
  }

  /** A new organization (thành lập), or the one a merger creates from `fromOrgIds`. */
  establish(fields: { kind: OrgKind; name: string; parentId: string | null }, origin: 'new' | 'merger', fromOrgIds: string[] = []): OrganizationVersion {
    const { org, version } = this.create(fields.kind, origin, fields, 'established');
    this.orgEvent(OrganizationEstablished, version, { origin, fromOrgIds });
    this.audit('organization.established', org.id, null, snapshot(org, version));
    return version;
  }

  /** Closes the open version on the date and opens the next one with the changed fields. */
  next(current: OrganizationVersion, fields: Partial<Pick<OrganizationVersion, 'name' | 'parentId'>>, change: string): OrganizationVersion {
    current.validTo = this.effectiveOn;
    const version = this.em.create(OrganizationVersion, {
      orgId: current.orgId,
      kind: current.kind,
      name: fields.name ?? current.name,
      parentId: fields.parentId !== undefined ? fields.parentId : current.parentId,
      validFrom: this.effectiveOn,
      change,
      decisionNumber: this.decisionNumber,
    });
    this.em.persist(version);
    this.affected.add(current.orgId);
    return version;
  }

  /** A change within the tree (renamed, moved): the next version, its event and its audit row. */
  change<D extends EventDefinition>(
    org: Organization,
    current: OrganizationVersion,
    fields: Partial<Pick<OrganizationVersion, 'name' | 'parentId'>>,
    change: 'renamed' | 'moved',
    def: D,
    data: Omit<EventData<D>, keyof OrgEventBase>,
  ): OrganizationVersion {
    const before = snapshot(org, current);
    const next = this.next(current, fields, change);
    this.orgEvent(def, next, data);
    this.audit(`organization.${change}`, org.id, before, snapshot(org, next));
    return next;
  }

  /** The organization ends by this decision (merged, split, dissolved, handed over): its event, its version closed, its status. */
  async end<D extends EventDefinition>(
    current: OrganizationVersion,
    status: Exclude<OrgStatus, 'active'>,
    def: D,
    data: Omit<EventData<D>, keyof OrgEventBase>,
    extra: Partial<Pick<Organization, 'handedOverTo' | 'successorIds'>> = {},
  ): Promise<void> {
    this.orgEvent(def, current, data);
    const org = await this.em.findOneOrFail(Organization, { id: current.orgId });
    const before = snapshot(org, current);
    current.validTo = this.effectiveOn;
    org.status = status;
    org.endedOn = this.effectiveOn;
    Object.assign(org, extra);
    this.affected.add(org.id);
    this.audit(`organization.${status}`, org.id, before, snapshot(org, current));
  }

  /**
   * A child carried to a new parent by a decision about its parent (merger, split, dissolution);
   * `field` is the choice that sent it there, where a refusal is shown.
   */
  carry(child: OrganizationVersion, newParent: OrganizationVersion, reason: 'merger' | 'split' | 'dissolution', field?: string): void {
    const problem = parentKindProblem(child.kind, newParent.kind);
    if (problem) throw rule({ vi: `"${child.name}": ${problem.vi}`, en: `"${child.name}": ${problem.en}` }, field);
    const next = this.next(child, { parentId: newParent.orgId }, 'moved');
    this.audit('organization.moved', child.orgId, { parentId: child.parentId, reason }, { name: next.name, kind: next.kind, parentId: next.parentId });
    this.orgEvent(OrganizationMoved, next, { previousParentId: child.parentId, reason });
  }

  /** An organization event about version `v`: what every one carries (`eventBase`) and its own `data`. */
  orgEvent<D extends EventDefinition>(def: D, v: OrganizationVersion, data: Omit<EventData<D>, keyof OrgEventBase>): void {
    this.event(def, { ...eventBase(v, this.decisionNumber), ...data } as EventData<D> & OrgEventBase);
  }

  event<D extends EventDefinition>(def: D, data: EventData<D> & { orgId: string }): void {
    this.uow.event(def, data, this.effectiveOn);
  }

  /** Audited with the decision that did it. */
  audit(action: string, entityId: string, before: unknown, after: unknown, entity: 'organization' | 'person' | 'transfer' = 'organization'): void {
    this.uow.audit(action, entity, entityId, before, { ...(after as object), effectiveOn: this.effectiveOn, decisionNumber: this.decisionNumber });
  }
}

function ended(org: Organization, name: string, field: string): DomainError {
  const how: Record<OrgStatus, LocalizedText> = {
    active: { vi: 'đã kết thúc', en: 'ended' },
    dissolved: { vi: 'đã giải thể', en: 'was dissolved' },
    merged: { vi: 'đã hợp nhất vào tổ chức khác', en: 'was merged into another organization' },
    split: { vi: 'đã chia tách', en: 'was split' },
    handedOver: { vi: `đã bàn giao cho ${org.handedOverTo ?? ''}`, en: `was handed over to ${org.handedOverTo ?? ''}` },
  };
  return rule({
    vi: `Tổ chức "${name}" ${how[org.status].vi} từ ngày ${org.endedOn}; không thể thay đổi`,
    en: `The organization "${name}" ${how[org.status].en} on ${org.endedOn}; it cannot be changed`,
  }, field);
}

export function snapshot(org: Organization, v: OrganizationVersion) {
  return { name: v.name, kind: v.kind, parentId: v.parentId, validFrom: v.validFrom, validTo: v.validTo, status: org.status, endedOn: org.endedOn };
}

/** What every organization event carries. */
function eventBase(v: OrganizationVersion, decisionNumber: string) {
  return { orgId: v.orgId, kind: v.kind, grassroots: isGrassrootsKind(v.kind), name: v.name, parentId: v.parentId, decisionNumber };
}
type OrgEventBase = ReturnType<typeof eventBase>;
