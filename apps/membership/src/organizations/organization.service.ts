import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  DissolveOrgInput,
  dissolveOrgSchema,
  DomainError,
  EstablishOrgInput,
  establishOrgSchema,
  EventDefinition,
  EventData,
  FieldError,
  getOrgQuery,
  handInOrgSchema,
  handOverOrgSchema,
  isGrassrootsKind,
  listOrgsQuery,
  LocalizedText,
  MemberReassigned,
  mergeOrgsSchema,
  moveOrgSchema,
  OrganizationDissolved,
  OrganizationEstablished,
  OrganizationHandedIn,
  OrganizationHandedOver,
  OrganizationMerged,
  OrganizationMoved,
  OrganizationRenamed,
  OrganizationSplit,
  OrgDetailView,
  OrgKind,
  OrgView,
  Principal,
  ReassignmentReason,
  renameOrgSchema,
  ServiceRequest,
  SplitOrgInput,
  splitOrgSchema,
  todayInVietnam,
  validate,
} from '@party/contracts';
import { AuditEntry } from '@party/database';
import { recordEvent } from '@party/messaging';
import { BackboneRunner } from '@party/service-kit';
import { Person } from '../people/person.entity';
import { Transfer } from '../transfers/transfer.entity';
import { Organization, OrganizationVersion, OrgStatus } from './organization.entity';
import {
  CYCLE_MESSAGE,
  effectiveDateProblem,
  guidanceFor,
  inTransitWithoutDestination,
  laterArrivalsProblem,
  memberDestinationProblem,
  membersLeftBehind,
  ORG_REGULATION,
  parentKindProblem,
  wouldCreateCycle,
} from './organization.rules';
import { memberCountsOf } from './member-counts';
import { inTransitTo, laterArrivalsIn, MemberOfEnding, membersOfEnding, movedLater, TransitToEnding } from './member-reassignment';
import { MemberReassignment } from './member-reassignment.entity';
import { OrganizationTree, outOfScope, versionAt } from './organization.tree';

export interface OrgCommandResult {
  orgId: string;
  effectiveOn: string;
  /** Every organization the decision touched (ended, moved, created). */
  affectedOrgIds: string[];
  /** Members carried by the decision to another organization (merger, split, dissolution with `membersTo`). */
  membersReassigned: number;
  /** Transfers on their way to an organization that ended, now leading where its members went. */
  transfersRedirected: number;
  /** The organization as of the effective date, with its guidance warnings; null when it ended then. */
  org: OrgDetailView | null;
}

const ORG = { vi: 'tổ chức đảng', en: 'Party organization' };

const rule = (message: LocalizedText, field?: string) =>
  DomainError.rule(message, ORG_REGULATION, field ? [{ field, ...message }] : undefined);

/** All versions holding on or after a date: the tree as it is from then on, for cycle and child checks. */
interface FutureTree {
  parentsOf(id: string): string[];
  childVersionsOf(id: string): OrganizationVersion[];
}

/** One command's unit of work: the transaction, who acts, and the events and audit it writes. */
class Change {
  readonly affected = new Set<string>();
  membersReassigned = 0;
  transfersRedirected = 0;
  constructor(
    readonly em: EntityManager,
    readonly req: ServiceRequest,
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
    if (!org) throw DomainError.notFound({ vi: `${ORG.vi} ${orgId}`, en: `${ORG.en} ${orgId}` });
    const current = await this.em.findOne(OrganizationVersion, { orgId, validTo: null });
    if (!current || org.status !== 'active') throw ended(org, current?.name ?? (await this.em.findOne(OrganizationVersion, { orgId }, { orderBy: { validFrom: 'desc' } }))?.name ?? orgId);
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
      });
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

  async end(current: OrganizationVersion, status: Exclude<OrgStatus, 'active'>, extra: Partial<Pick<Organization, 'handedOverTo' | 'successorIds'>> = {}): Promise<void> {
    const org = await this.em.findOneOrFail(Organization, { id: current.orgId });
    const before = snapshot(org, current);
    current.validTo = this.effectiveOn;
    org.status = status;
    org.endedOn = this.effectiveOn;
    Object.assign(org, extra);
    this.affected.add(org.id);
    this.audit(`organization.${status}`, org.id, before, snapshot(org, current));
  }

  /** A child carried to a new parent by a decision about its parent (merger, split, dissolution). */
  carry(child: OrganizationVersion, newParent: OrganizationVersion, reason: 'merger' | 'split' | 'dissolution'): void {
    const problem = parentKindProblem(child.kind, newParent.kind);
    if (problem) throw rule({ vi: `"${child.name}": ${problem.vi}`, en: `"${child.name}": ${problem.en}` });
    const next = this.next(child, { parentId: newParent.orgId }, 'moved');
    this.audit('organization.moved', child.orgId, { parentId: child.parentId, reason }, { name: next.name, kind: next.kind, parentId: next.parentId });
    this.event(OrganizationMoved, { ...eventBase(next, this.decisionNumber), previousParentId: child.parentId, reason });
  }

  /**
   * The members counted in the organizations that end, on the effective date — refused first when
   * something recorded would still bring members into them afterwards (a later-dated transfer or
   * admission), which no reassignment could carry.
   */
  async membersOfEnding(ending: ReadonlyMap<string, string>): Promise<MemberOfEnding[]> {
    const ids = new Set(ending.keys());
    const later = await laterArrivalsIn(this.em, ids, this.effectiveOn);
    if (later.length) {
      const orgName = ending.get(later[0].orgId) ?? later[0].orgId;
      throw rule(laterArrivalsProblem(orgName, this.effectiveOn, later.map((l) => l.fullName)), 'effectiveOn');
    }
    return membersOfEnding(this.em, ids, this.effectiveOn);
  }

  /**
   * Transfers on their way to the organizations that end, each member locked as a transfer command
   * locks them, then read again (an arrival recorded meanwhile is no longer in transit).
   */
  async inTransitTo(ending: ReadonlyMap<string, string>): Promise<TransitToEnding[]> {
    const ids = new Set(ending.keys());
    const first = await inTransitTo(this.em, ids);
    if (!first.length) return [];
    await this.em.execute(`select pg_advisory_xact_lock(hashtext(k)) from (select unnest(array[?]::text[]) as k order by 1) keys`, [[...new Set(first.map((t) => `membership.transfer.${t.personId}`))]]);
    return inTransitTo(this.em, ids);
  }

  /**
   * The introduction letters of members on their way to an organization that ends now lead where
   * the decision sends its members (the journey's start stays as it was); audited on the transfer.
   */
  async redirect(transits: readonly TransitToEnding[], to: Pick<OrganizationVersion, 'orgId'>, reason: ReassignmentReason): Promise<void> {
    if (!transits.length) return;
    const rows = new Map((await this.em.find(Transfer, { id: { $in: transits.map((t) => t.transferId) } })).map((t) => [t.id, t]));
    for (const t of transits) {
      const row = rows.get(t.transferId);
      if (!row) continue;
      row.toOrgId = to.orgId;
      this.audit('transfer.redirected', row.id, { toOrgId: t.toOrgId }, { toOrgId: to.orgId, personId: t.personId, reason }, 'transfer');
      this.transfersRedirected++;
    }
  }

  /** An existing organization named to take members: in scope, a chi bộ of the tree on the date, not one that ends. */
  async memberDestination(orgId: string, ending: ReadonlyMap<string, string>, field: string): Promise<OrganizationVersion> {
    await this.inScope(orgId);
    const org = await this.em.findOne(Organization, { id: orgId });
    const v = org ? await versionAt(this.em, orgId, this.effectiveOn) : null;
    if (!org || !v || org.endedOn !== null || ending.has(orgId)) {
      throw rule({ vi: `Tổ chức nhận đảng viên không tồn tại hoặc không còn hoạt động sau ngày ${this.effectiveOn}`, en: `The organization named to take the members does not exist or does not continue after ${this.effectiveOn}` }, field);
    }
    this.assertTakesMembers(v, field);
    return v;
  }

  assertTakesMembers(v: Pick<OrganizationVersion, 'kind' | 'name'>, field: string): void {
    const problem = memberDestinationProblem(v.kind, v.name);
    if (problem) throw rule(problem, field);
  }

  /**
   * Carries members to `to` from the effective date: one reassignment row, one audit entry and one
   * `member.reassigned` event each, in this transaction. The person's current organization follows
   * unless a transfer recorded with a later date already moved them on.
   */
  async reassign(members: readonly MemberOfEnding[], to: Pick<OrganizationVersion, 'orgId'>, reason: ReassignmentReason): Promise<void> {
    const moving = members.filter((m) => m.orgId !== to.orgId);
    if (!moving.length) return;
    const ids = moving.map((m) => m.personId);
    const later = await movedLater(this.em, ids, this.effectiveOn);
    const people = new Map((await this.em.find(Person, { id: { $in: ids } })).map((p) => [p.id, p]));
    for (const m of moving) {
      const person = people.get(m.personId);
      if (!person) continue;
      const row = this.em.create(MemberReassignment, { personId: m.personId, fromOrgId: m.orgId, toOrgId: to.orgId, effectiveOn: this.effectiveOn, reason, decisionNumber: this.decisionNumber });
      this.em.persist(row);
      const before = { orgId: m.orgId, currentOrgId: person.orgId };
      if (!later.has(m.personId)) person.orgId = to.orgId;
      this.auditPerson('member.reassigned', m.personId, before, { orgId: to.orgId, currentOrgId: person.orgId, reason, reassignmentId: row.id });
      this.event(MemberReassigned, { personId: m.personId, orgId: to.orgId, fromOrgId: m.orgId, toOrgId: to.orgId, effectiveOn: this.effectiveOn, reason, decisionNumber: this.decisionNumber });
      this.membersReassigned++;
    }
  }

  event<D extends EventDefinition>(def: D, data: EventData<D> & { orgId: string }): void {
    recordEvent(this.em, def, {
      data,
      occurredOn: this.effectiveOn,
      orgId: data.orgId,
      actor: { userId: this.principal.userId, username: this.principal.username },
      correlationId: this.req.correlationId,
    });
  }

  auditPerson(action: string, personId: string, before: unknown, after: unknown): void {
    this.audit(action, personId, before, after, 'person');
  }

  audit(action: string, entityId: string, before: unknown, after: unknown, entity: 'organization' | 'person' | 'transfer' = 'organization'): void {
    this.em.persist(
      this.em.create(AuditEntry, {
        actorId: this.principal.userId,
        actorName: this.principal.username,
        action,
        entity,
        entityId,
        before,
        after: { ...(after as object), effectiveOn: this.effectiveOn, decisionNumber: this.decisionNumber },
        correlationId: this.req.correlationId,
      }),
    );
  }
}

function ended(org: Organization, name: string): DomainError {
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
  });
}

function snapshot(org: Organization, v: OrganizationVersion) {
  return { name: v.name, kind: v.kind, parentId: v.parentId, validFrom: v.validFrom, validTo: v.validTo, status: org.status, endedOn: org.endedOn };
}

function eventBase(v: OrganizationVersion, decisionNumber: string) {
  return { orgId: v.orgId, kind: v.kind, grassroots: isGrassrootsKind(v.kind), name: v.name, parentId: v.parentId, decisionNumber };
}

@Injectable()
export class OrganizationService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    readonly tree: OrganizationTree,
  ) {}

  // ---------------------------------------------------------------- commands

  establish(req: ServiceRequest): Promise<OrgCommandResult> {
    return this.command(req, establishOrgSchema, async (c, input) => {
      await c.parent(input.kind, input.parentId, 'parentId');
      return this.establishIn(c, input, 'new').orgId;
    });
  }

  handIn(req: ServiceRequest): Promise<OrgCommandResult> {
    return this.command(req, handInOrgSchema, async (c, input) => {
      await c.parent(input.kind, input.parentId, 'parentId');
      const { org, version } = c.create(input.kind, 'handedIn', input, 'handedIn', input.fromCommittee);
      c.event(OrganizationHandedIn, { ...eventBase(version, input.decisionNumber), fromCommittee: input.fromCommittee });
      c.audit('organization.handedIn', org.id, null, snapshot(org, version));
      return org.id;
    });
  }

  rename(req: ServiceRequest): Promise<OrgCommandResult> {
    return this.command(req, renameOrgSchema, async (c, input) => {
      const { org, current } = await c.active(input.orgId, 'effectiveOn');
      if (current.name === input.name) throw DomainError.validation([{ field: 'name', vi: 'Tên mới trùng tên hiện tại', en: 'The new name is the current name' }]);
      const before = snapshot(org, current);
      const next = c.next(current, { name: input.name }, 'renamed');
      c.event(OrganizationRenamed, { ...eventBase(next, input.decisionNumber), previousName: current.name });
      c.audit('organization.renamed', org.id, before, snapshot(org, next));
      return org.id;
    });
  }

  move(req: ServiceRequest): Promise<OrgCommandResult> {
    return this.command(req, moveOrgSchema, async (c, input) => {
      const { org, current } = await c.active(input.orgId, 'effectiveOn');
      if (current.parentId === input.parentId) throw DomainError.validation([{ field: 'parentId', vi: 'Tổ chức đã trực thuộc tổ chức này', en: 'It already sits under this parent' }]);
      const future = await c.future();
      if (wouldCreateCycle(org.id, input.parentId, future.parentsOf)) throw rule(CYCLE_MESSAGE, 'parentId');
      await c.parent(current.kind, input.parentId, 'parentId');
      const before = snapshot(org, current);
      const next = c.next(current, { parentId: input.parentId }, 'moved');
      c.event(OrganizationMoved, { ...eventBase(next, input.decisionNumber), previousParentId: current.parentId, reason: 'reparent' });
      c.audit('organization.moved', org.id, before, snapshot(org, next));
      return org.id;
    });
  }

  merge(req: ServiceRequest): Promise<OrgCommandResult> {
    return this.command(req, mergeOrgsSchema, async (c, input) => {
      const sources = [];
      for (const [i, id] of input.sourceIds.entries()) sources.push(await c.active(id, `sourceIds.${i}`));
      const future = await c.future();
      let target: OrganizationVersion;
      if (input.intoOrgId || !input.newOrg) {
        const into = await c.active(input.intoOrgId ?? '', 'intoOrgId');
        target = into.current;
      } else {
        const newOrg = input.newOrg;
        await c.parent(newOrg.kind, newOrg.parentId, 'newOrg.parentId');
        target = this.establishIn(c, { ...newOrg, effectiveOn: input.effectiveOn, decisionNumber: input.decisionNumber }, 'merger', input.sourceIds).version;
      }
      for (const a of sources) {
        for (const b of sources) {
          if (a !== b && wouldCreateCycle(a.org.id, b.org.id, future.parentsOf)) {
            throw rule({ vi: `"${b.current.name}" nằm trong "${a.current.name}": không thể hợp nhất cả hai`, en: `"${b.current.name}" sits inside "${a.current.name}": they cannot both be merged` }, 'sourceIds');
          }
        }
      }
      // the receiving organization (or the new one's parent) must not sit inside an organization that ends
      const probe = input.intoOrgId ? target.orgId : target.parentId;
      for (const s of sources) {
        if (!sameTier(s.current.kind, target.kind)) {
          throw rule({
            vi: `Không thể hợp nhất "${s.current.name}" vào "${target.name}": khác cấp tổ chức`,
            en: `Cannot merge "${s.current.name}" into "${target.name}": different organization tiers`,
          }, 'sourceIds');
        }
        if (probe && wouldCreateCycle(s.org.id, probe, future.parentsOf)) {
          throw rule({ vi: `Tổ chức nhận nằm trong "${s.current.name}", không thể hợp nhất`, en: `The receiving organization sits inside "${s.current.name}"` }, 'intoOrgId');
        }
      }
      // the members of the merged organizations go with them (their chi bộ are carried whole, with theirs)
      const ending = new Map(sources.map((s) => [s.org.id, s.current.name]));
      const members = await c.membersOfEnding(ending);
      const transit = await c.inTransitTo(ending);
      const membersTo = input.membersTo ? await c.memberDestination(input.membersTo, ending, 'membersTo') : target;
      if ((members.length || transit.length) && !input.membersTo) c.assertTakesMembers(target, 'membersTo');
      for (const s of sources) {
        for (const child of c.childrenToCarry(future, s.org.id, s.current.name)) c.carry(child, target, 'merger');
        c.event(OrganizationMerged, { ...eventBase(s.current, input.decisionNumber), intoOrgId: target.orgId });
        await c.end(s.current, 'merged', { successorIds: [target.orgId] });
      }
      await c.reassign(members, membersTo, 'merged');
      await c.redirect(transit, membersTo, 'merged');
      return target.orgId;
    });
  }

  split(req: ServiceRequest): Promise<OrgCommandResult> {
    return this.command(req, splitOrgSchema, async (c, input) => {
      const { org, current } = await c.active(input.orgId, 'effectiveOn');
      const future = await c.future();
      const created: OrganizationVersion[] = [];
      for (const [i, part] of input.into.entries()) {
        const parentId = part.parentId === undefined ? current.parentId : part.parentId;
        if (parentId === org.id || (parentId && wouldCreateCycle(org.id, parentId, future.parentsOf))) throw rule(CYCLE_MESSAGE, `into.${i}.parentId`);
        await c.parent(part.kind, parentId, `into.${i}.parentId`);
        const { version } = c.create(part.kind, 'split', { name: part.name, parentId }, 'established');
        c.event(OrganizationEstablished, { ...eventBase(version, input.decisionNumber), origin: 'split', fromOrgIds: [org.id] });
        c.audit('organization.established', version.orgId, null, { name: version.name, kind: version.kind, parentId: version.parentId, origin: 'split', fromOrgIds: [org.id] });
        created.push(version);
      }
      const children = c.childrenToCarry(future, org.id, current.name);
      const assigned = new Map(input.childAssignments.map((a) => [a.orgId, a.toIndex]));
      for (const [i, a] of input.childAssignments.entries()) {
        if (!children.some((ch) => ch.orgId === a.orgId)) {
          throw rule({ vi: 'Không phải tổ chức trực thuộc của tổ chức bị chia tách', en: 'Not a child of the organization being split' }, `childAssignments.${i}.orgId`);
        }
        if (a.toIndex >= created.length) throw rule({ vi: 'Chỉ số tổ chức mới không tồn tại', en: 'No new organization at this index' }, `childAssignments.${i}.toIndex`);
      }
      const unassigned = children.filter((ch) => !assigned.has(ch.orgId));
      if (unassigned.length) {
        throw rule({
          vi: `Cần chỉ định tổ chức mới cho các tổ chức trực thuộc: ${unassigned.map((u) => u.name).join(', ')}`,
          en: `Assign a new organization to each child: ${unassigned.map((u) => u.name).join(', ')}`,
        }, 'childAssignments');
      }
      const destinations = await splitDestinations(c, input, current.name, created);
      for (const child of children) c.carry(child, created[assigned.get(child.orgId) ?? 0], 'split');
      c.event(OrganizationSplit, { ...eventBase(current, input.decisionNumber), intoOrgIds: created.map((v) => v.orgId) });
      await c.end(current, 'split', { successorIds: created.map((v) => v.orgId) });
      for (const [index, d] of destinations) {
        await c.reassign(d.members, created[index], 'split');
        await c.redirect(d.transit, created[index], 'split');
      }
      return org.id;
    });
  }

  dissolve(req: ServiceRequest): Promise<OrgCommandResult> {
    return this.command(req, dissolveOrgSchema, async (c, input: DissolveOrgInput) => {
      const { org, current } = await c.active(input.orgId, 'effectiveOn');
      const future = await c.future();
      const children = c.childrenToCarry(future, org.id, current.name);
      const descendants = c.descendants(future, org.id, current.name);
      const subtree = new Set([org.id, ...descendants.map((d) => d.orgId)]);
      const moved = new Set<string>();
      for (const [i, m] of input.moveChildren.entries()) {
        const child = children.find((ch) => ch.orgId === m.orgId);
        if (!child) throw rule({ vi: 'Không phải tổ chức trực thuộc của tổ chức bị giải thể', en: 'Not a child of the organization being dissolved' }, `moveChildren.${i}.orgId`);
        if (subtree.has(m.parentId)) throw rule({ vi: 'Tổ chức nhận nằm trong tổ chức bị giải thể', en: 'The new parent sits inside the organization being dissolved' }, `moveChildren.${i}.parentId`);
        const parent = await c.parent(child.kind, m.parentId, `moveChildren.${i}.parentId`);
        if (parent) c.carry(child, parent, 'dissolution');
        moved.add(child.orgId);
      }
      const staying = children.filter((ch) => !moved.has(ch.orgId));
      if (staying.length && !input.dissolveDescendants) {
        throw rule({
          vi: `Còn ${staying.length} tổ chức trực thuộc đang hoạt động (${staying.map((s) => s.name).join(', ')}): cần giải thể hoặc chuyển chúng trong cùng quyết định`,
          en: `${staying.length} child organization(s) still active (${staying.map((s) => s.name).join(', ')}): dissolve or move them in the same decision`,
        }, 'dissolveDescendants');
      }
      const toDissolve = staying.length ? descendants.filter((d) => !isUnder(d, moved, future)) : [];
      // members of every organization that ends go where the decision says, or it is refused
      const ending = new Map([[org.id, current.name], ...toDissolve.map((d): [string, string] => [d.orgId, d.name])]);
      const members = await c.membersOfEnding(ending);
      const membersTo = input.membersTo ? await c.memberDestination(input.membersTo, ending, 'membersTo') : null;
      if (members.length && !membersTo) throw rule(membersLeftBehind(current.name, input.effectiveOn, members.map((m) => m.fullName), 'dissolve'), 'membersTo');
      const transit = await c.inTransitTo(ending);
      if (transit.length && !membersTo) throw rule(inTransitWithoutDestination(current.name, transit.map((t) => t.fullName)), 'membersTo');
      for (const d of toDissolve) {
        c.event(OrganizationDissolved, { ...eventBase(d, input.decisionNumber), withOrgId: org.id });
        await c.end(d, 'dissolved');
      }
      c.event(OrganizationDissolved, { ...eventBase(current, input.decisionNumber), withOrgId: null });
      await c.end(current, 'dissolved');
      if (membersTo) {
        await c.reassign(members, membersTo, 'dissolved');
        await c.redirect(transit, membersTo, 'dissolved');
      }
      return org.id;
    });
  }

  handOver(req: ServiceRequest): Promise<OrgCommandResult> {
    return this.command(req, handOverOrgSchema, async (c, input) => {
      const { org, current } = await c.active(input.orgId, 'effectiveOn');
      const future = await c.future();
      // the whole subtree leaves with it, members included (a handover, not a transfer)
      for (const d of c.descendants(future, org.id, current.name)) {
        c.event(OrganizationHandedOver, { ...eventBase(d, input.decisionNumber), toCommittee: input.toCommittee, withOrgId: org.id });
        await c.end(d, 'handedOver', { handedOverTo: input.toCommittee });
      }
      c.event(OrganizationHandedOver, { ...eventBase(current, input.decisionNumber), toCommittee: input.toCommittee, withOrgId: null });
      await c.end(current, 'handedOver', { handedOverTo: input.toCommittee });
      return org.id;
    });
  }

  // ---------------------------------------------------------------- queries

  async list(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'orgs:read');
    const q = validate(listOrgsQuery, req.payload ?? {});
    const asOf = q.asOf ?? todayInVietnam();
    const em = this.orm.em.fork();
    const scope = principal.orgScopeId === null ? null : new Set(await this.tree.subtreeIds(principal.orgScopeId, asOf, em));
    if (scope && q.parentId && !scope.has(q.parentId)) throw outOfScope(asOf);
    const versions = await em.find(
      OrganizationVersion,
      {
        validFrom: { $lte: asOf },
        $or: [{ validTo: null }, { validTo: { $gt: asOf } }],
        ...(q.parentId ? { parentId: q.parentId } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(scope ? { orgId: { $in: [...scope] } } : {}),
      },
      { orderBy: { name: 'asc' } },
    );
    const orgs = new Map((await em.find(Organization, { id: { $in: versions.map((v) => v.orgId) } })).map((o) => [o.id, o]));
    const items = versions.flatMap((v) => {
      const org = orgs.get(v.orgId);
      return org ? [view(org, v)] : [];
    });
    return { asOf, total: items.length, items };
  }

  async get(req: ServiceRequest): Promise<OrgDetailView> {
    const principal = assertPermission(req.principal, 'orgs:read');
    const q = validate(getOrgQuery, req.payload ?? {});
    const asOf = q.asOf ?? todayInVietnam();
    const em = this.orm.em.fork();
    await this.tree.assertInScope(principal, [q.orgId], asOf, em);
    return this.detail(em, q.orgId, asOf);
  }

  async subtree(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'orgs:read');
    const q = validate(getOrgQuery, req.payload ?? {});
    const asOf = q.asOf ?? todayInVietnam();
    const em = this.orm.em.fork();
    await this.tree.assertInScope(principal, [q.orgId], asOf, em);
    const ids = await this.tree.subtreeIds(q.orgId, asOf, em);
    if (!ids.length) throw notOnDate(asOf);
    return { orgId: q.orgId, asOf, ids };
  }

  /** For other membership capabilities: is `orgId` in `rootId`'s subtree on `asOf`? */
  isInSubtree(orgId: string, rootId: string, asOf: string): Promise<boolean> {
    return this.tree.isInSubtree(orgId, rootId, asOf);
  }

  // ---------------------------------------------------------------- internals

  private establishIn(c: Change, input: EstablishOrgInput, origin: 'new' | 'merger', fromOrgIds: string[] = []) {
    const { org, version } = c.create(input.kind, origin, input, 'established');
    c.event(OrganizationEstablished, { ...eventBase(version, input.decisionNumber), origin, fromOrgIds });
    c.audit('organization.established', org.id, null, snapshot(org, version));
    return { orgId: org.id, version };
  }

  /**
   * Permission first (a viewer gets 403 before any validation), then the payload, then the rules
   * and writes in one transaction that also holds the events and audit rows. Tree changes are
   * serialized by an advisory lock: two concurrent moves could otherwise close a cycle.
   */
  private async command<S extends z.ZodType<{ effectiveOn: string; decisionNumber: string }>>(
    req: ServiceRequest,
    schema: S,
    body: (c: Change, input: z.infer<S>) => Promise<string>,
  ): Promise<OrgCommandResult> {
    const principal = assertPermission(req.principal, 'orgs:write');
    const input = validate(schema, req.payload);
    const result = await this.orm.em.fork().transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(hashtext('membership.organization-tree'))`);
      const c = new Change(em, req, principal, this.tree, input.effectiveOn, input.decisionNumber);
      const orgId = await body(c, input);
      return { orgId, affectedOrgIds: [...c.affected], membersReassigned: c.membersReassigned, transfersRedirected: c.transfersRedirected };
    });
    this.backbone.kickRelay();
    const em = this.orm.em.fork();
    const org = (await versionAt(em, result.orgId, input.effectiveOn)) ? await this.detail(em, result.orgId, input.effectiveOn) : null;
    return { ...result, effectiveOn: input.effectiveOn, org };
  }

  private async detail(em: EntityManager, orgId: string, asOf: string): Promise<OrgDetailView> {
    const org = await em.findOne(Organization, { id: orgId });
    if (!org) throw DomainError.notFound({ vi: `${ORG.vi} ${orgId}`, en: `${ORG.en} ${orgId}` });
    const [self, ...ancestors] = await this.tree.lineage(orgId, asOf, em);
    if (!self) throw notOnDate(asOf, org);
    const history = await em.find(OrganizationVersion, { orgId }, { orderBy: { validFrom: 'asc' } });
    return {
      ...view(org, self),
      asOf,
      ancestors: ancestors.map((a) => ({ id: a.orgId, name: a.name, kind: a.kind })),
      history: history.map((h) => ({ name: h.name, kind: h.kind, parentId: h.parentId, validFrom: h.validFrom, validTo: h.validTo, change: h.change, decisionNumber: h.decisionNumber })),
      origin: org.origin,
      receivedFrom: org.receivedFrom,
      handedOverTo: org.handedOverTo,
      guidance: guidanceFor(self.kind, await memberCountsOf(em, this.tree, orgId, asOf)),
    };
  }
}

/**
 * Where each member of a split organization goes — those active there on the date and those on
 * their way there (their letter is redirected): the lists by index, then `otherMembersToIndex` for
 * the rest. Refused field by field: an unknown index, a person listed twice or not a member there
 * on the date, a đảng bộ as a destination, and — naming them — members left without one.
 */
async function splitDestinations(c: Change, input: SplitOrgInput, orgName: string, created: OrganizationVersion[]): Promise<Map<number, { members: MemberOfEnding[]; transit: TransitToEnding[] }>> {
  const ending = new Map([[input.orgId, orgName]]);
  const members = await c.membersOfEnding(ending);
  const transit = await c.inTransitTo(ending);
  const byId = new Map<string, { fullName: string }>([...members, ...transit].map((m) => [m.personId, m]));
  const indexOf = new Map<string, number>();
  const duplicates: FieldError[] = [];
  for (const [i, a] of input.memberAssignments.entries()) {
    if (a.toIndex >= created.length) throw rule({ vi: 'Chỉ số tổ chức mới không tồn tại', en: 'No new organization at this index' }, `memberAssignments.${i}.toIndex`);
    for (const [j, personId] of a.personIds.entries()) {
      const field = `memberAssignments.${i}.personIds.${j}`;
      if (indexOf.has(personId)) duplicates.push({ field, vi: 'Đảng viên được chỉ định hai lần', en: 'The member is listed twice' });
      else if (!byId.has(personId)) {
        throw rule({ vi: `Không phải đảng viên đang sinh hoạt tại "${orgName}" vào ngày ${input.effectiveOn}`, en: `Not a member active in "${orgName}" on ${input.effectiveOn}` }, field);
      }
      indexOf.set(personId, a.toIndex);
    }
  }
  if (duplicates.length) throw DomainError.validation(duplicates);
  const fallback = input.otherMembersToIndex;
  if (fallback !== undefined && fallback >= created.length) throw rule({ vi: 'Chỉ số tổ chức mới không tồn tại', en: 'No new organization at this index' }, 'otherMembersToIndex');
  const without = [...byId].filter(([personId]) => !indexOf.has(personId)).map(([, m]) => m.fullName).sort((a, b) => a.localeCompare(b, 'vi'));
  if (without.length && fallback === undefined) {
    throw rule(membersLeftBehind(orgName, input.effectiveOn, without, 'split'), 'memberAssignments');
  }
  const out = new Map<number, { members: MemberOfEnding[]; transit: TransitToEnding[] }>();
  const at = (personId: string) => {
    const index = indexOf.get(personId) ?? (fallback as number);
    const d = out.get(index) ?? { members: [], transit: [] };
    out.set(index, d);
    return d;
  };
  for (const m of members) at(m.personId).members.push(m);
  for (const t of transit) at(t.personId).transit.push(t);
  for (const index of out.keys()) c.assertTakesMembers(created[index], `into.${index}.kind`);
  return out;
}

function sameTier(a: OrgKind, b: OrgKind): boolean {
  return a === b || (isGrassrootsKind(a) && isGrassrootsKind(b));
}

/** Was `d` carried out of the subtree by a move in the same decision (it or an ancestor moved)? */
function isUnder(d: OrganizationVersion, moved: Set<string>, future: FutureTree): boolean {
  let id: string | undefined = d.orgId;
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    if (moved.has(id)) return true;
    seen.add(id);
    id = future.parentsOf(id)[0];
  }
  return false;
}

function notOnDate(asOf: string, org?: Organization): DomainError {
  const life = org ? ` (${org.establishedOn} – ${org.endedOn ?? '…'})` : '';
  return new DomainError({
    code: 'not_found',
    message: { vi: `Tổ chức không tồn tại vào ngày ${asOf}${life}`, en: `The organization did not exist on ${asOf}${life}` },
  });
}

function view(org: Organization, v: OrganizationVersion): OrgView {
  return {
    id: org.id,
    name: v.name,
    kind: v.kind,
    grassroots: isGrassrootsKind(v.kind),
    parentId: v.parentId,
    validFrom: v.validFrom,
    status: org.status,
    establishedOn: org.establishedOn,
    endedOn: org.endedOn,
  };
}
