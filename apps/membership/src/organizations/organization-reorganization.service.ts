import { Injectable } from '@nestjs/common';
import {
  isGrassrootsKind,
  ORG_ROUTES,
  OrganizationDissolved,
  OrganizationEstablished,
  OrganizationHandedOver,
  OrganizationMerged,
  OrganizationSplit,
  OrgKind,
  RouteInput,
} from '@party/contracts';
import { CommandContext, Handles } from '@party/service-kit';
import { MemberCarrier } from './member-carrier';
import { OrganizationVersion } from './organization.entity';
import { decide, FutureTree, rule } from './organization-decision';
import { CYCLE_MESSAGE, inTransitWithoutDestination, membersLeftBehind, wouldCreateCycle } from './organization.rules';
import { OrganizationTree } from './organization.tree';
import { splitDestinations } from './split-destinations';

/**
 * Decisions that end organizations — merger, split, dissolution, hand-over — and carry what they
 * held: their children to the organizations that continue, their members (reassigned, never
 * transferred) and the letters of members on their way to them. Refused whole when anything would
 * be left behind.
 */
@Injectable()
export class OrganizationReorganization {
  constructor(private readonly tree: OrganizationTree) {}

  /** Hợp nhất (into a new one) or sáp nhập (into an existing one). Answers the receiving organization. */
  @Handles(ORG_ROUTES.merge)
  merge(input: RouteInput<typeof ORG_ROUTES.merge>, ctx: CommandContext) {
    return decide(ctx, this.tree, input, async (d) => {
      const carrier = new MemberCarrier(d);
      const sources = [];
      for (const [i, id] of input.sourceIds.entries()) sources.push(await d.active(id, `sourceIds.${i}`));
      const future = await d.future();
      let target: OrganizationVersion;
      if (input.intoOrgId || !input.newOrg) {
        target = (await d.active(input.intoOrgId ?? '', 'intoOrgId')).current;
      } else {
        await d.parent(input.newOrg.kind, input.newOrg.parentId, 'newOrg.parentId');
        target = d.establish(input.newOrg, 'merger', input.sourceIds);
      }
      for (const a of sources) {
        for (const [j, b] of sources.entries()) {
          if (a !== b && wouldCreateCycle(a.org.id, b.org.id, future.parentsOf)) {
            throw rule({ vi: `"${b.current.name}" nằm trong "${a.current.name}": không thể hợp nhất cả hai`, en: `"${b.current.name}" sits inside "${a.current.name}": they cannot both be merged` }, `sourceIds.${j}`);
          }
        }
      }
      // the receiving organization (or the new one's parent) must not sit inside an organization that ends
      const probe = input.intoOrgId ? target.orgId : target.parentId;
      for (const [i, s] of sources.entries()) {
        if (!sameTier(s.current.kind, target.kind)) {
          throw rule({
            vi: `Không thể hợp nhất "${s.current.name}" vào "${target.name}": khác cấp tổ chức`,
            en: `Cannot merge "${s.current.name}" into "${target.name}": different organization tiers`,
          }, `sourceIds.${i}`);
        }
        if (probe && wouldCreateCycle(s.org.id, probe, future.parentsOf)) {
          throw rule({ vi: `Tổ chức nhận nằm trong "${s.current.name}", không thể hợp nhất`, en: `The receiving organization sits inside "${s.current.name}"` }, 'intoOrgId');
        }
      }
      // the members of the merged organizations go with them (their chi bộ are carried whole, with theirs)
      const ending = new Map(sources.map((s) => [s.org.id, s.current.name]));
      const members = await carrier.membersOfEnding(ending);
      const transit = await carrier.inTransitTo(ending);
      const membersTo = input.membersTo ? await carrier.destination(input.membersTo, ending, 'membersTo') : target;
      if ((members.length || transit.length) && !input.membersTo) carrier.assertTakesMembers(target, 'membersTo');
      for (const s of sources) {
        for (const child of d.childrenToCarry(future, s.org.id, s.current.name)) d.carry(child, target, 'merger', input.intoOrgId ? 'intoOrgId' : 'newOrg.kind');
        await d.end(s.current, 'merged', OrganizationMerged, { intoOrgId: target.orgId }, { successorIds: [target.orgId] });
      }
      await carrier.carry({ members, transit }, membersTo, 'merged');
      return target.orgId;
    });
  }

  /** Chia tách: new organizations take its children and its members, as the decision assigns them. */
  @Handles(ORG_ROUTES.split)
  split(input: RouteInput<typeof ORG_ROUTES.split>, ctx: CommandContext) {
    return decide(ctx, this.tree, input, async (d) => {
      const { org, current } = await d.active(input.id, 'effectiveOn');
      const future = await d.future();
      const created: OrganizationVersion[] = [];
      for (const [i, part] of input.into.entries()) {
        const parentId = part.parentId === undefined ? current.parentId : part.parentId;
        if (parentId === org.id || (parentId && wouldCreateCycle(org.id, parentId, future.parentsOf))) throw rule(CYCLE_MESSAGE, `into.${i}.parentId`);
        await d.parent(part.kind, parentId, `into.${i}.parentId`);
        const { version } = d.create(part.kind, 'split', { name: part.name, parentId }, 'established');
        d.orgEvent(OrganizationEstablished, version, { origin: 'split', fromOrgIds: [org.id] });
        d.audit('organization.established', version.orgId, null, { name: version.name, kind: version.kind, parentId: version.parentId, origin: 'split', fromOrgIds: [org.id] });
        created.push(version);
      }
      const children = d.childrenToCarry(future, org.id, current.name);
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
      const carrier = new MemberCarrier(d);
      const destinations = await splitDestinations(carrier, input, current.name, created);
      for (const child of children) {
        const i = input.childAssignments.findIndex((a) => a.orgId === child.orgId);
        d.carry(child, created[assigned.get(child.orgId) ?? 0], 'split', `childAssignments.${i}.toIndex`);
      }
      await d.end(current, 'split', OrganizationSplit, { intoOrgIds: created.map((v) => v.orgId) }, { successorIds: created.map((v) => v.orgId) });
      for (const [index, dest] of destinations) await carrier.carry(dest, created[index], 'split');
      return org.id;
    });
  }

  /** Giải thể: its children are moved or dissolved with it; its members go where the decision says, or it is refused. */
  @Handles(ORG_ROUTES.dissolve)
  dissolve(input: RouteInput<typeof ORG_ROUTES.dissolve>, ctx: CommandContext) {
    return decide(ctx, this.tree, input, async (d) => {
      const { org, current } = await d.active(input.id, 'effectiveOn');
      const future = await d.future();
      const children = d.childrenToCarry(future, org.id, current.name);
      const descendants = d.descendants(future, org.id, current.name);
      const subtree = new Set([org.id, ...descendants.map((x) => x.orgId)]);
      const moved = new Set<string>();
      for (const [i, m] of input.moveChildren.entries()) {
        const child = children.find((ch) => ch.orgId === m.orgId);
        if (!child) throw rule({ vi: 'Không phải tổ chức trực thuộc của tổ chức bị giải thể', en: 'Not a child of the organization being dissolved' }, `moveChildren.${i}.orgId`);
        if (subtree.has(m.parentId)) throw rule({ vi: 'Tổ chức nhận nằm trong tổ chức bị giải thể', en: 'The new parent sits inside the organization being dissolved' }, `moveChildren.${i}.parentId`);
        const parent = await d.parent(child.kind, m.parentId, `moveChildren.${i}.parentId`);
        if (parent) d.carry(child, parent, 'dissolution', `moveChildren.${i}.parentId`);
        moved.add(child.orgId);
      }
      const staying = children.filter((ch) => !moved.has(ch.orgId));
      if (staying.length && !input.dissolveDescendants) {
        throw rule({
          vi: `Còn ${staying.length} tổ chức trực thuộc đang hoạt động (${staying.map((s) => s.name).join(', ')}): cần giải thể hoặc chuyển chúng trong cùng quyết định`,
          en: `${staying.length} child organization(s) still active (${staying.map((s) => s.name).join(', ')}): dissolve or move them in the same decision`,
        }, 'dissolveDescendants');
      }
      const toDissolve = staying.length ? descendants.filter((x) => !isUnder(x, moved, future)) : [];
      // members of every organization that ends go where the decision says, or it is refused
      const carrier = new MemberCarrier(d);
      const ending = new Map([[org.id, current.name], ...toDissolve.map((x): [string, string] => [x.orgId, x.name])]);
      const members = await carrier.membersOfEnding(ending);
      const membersTo = input.membersTo ? await carrier.destination(input.membersTo, ending, 'membersTo') : null;
      if (members.length && !membersTo) throw rule(membersLeftBehind(current.name, input.effectiveOn, members.map((m) => m.fullName), 'dissolve'), 'membersTo');
      const transit = await carrier.inTransitTo(ending);
      if (transit.length && !membersTo) throw rule(inTransitWithoutDestination(current.name, transit.map((t) => t.fullName)), 'membersTo');
      for (const x of toDissolve) {
        await d.end(x, 'dissolved', OrganizationDissolved, { withOrgId: org.id });
      }
      await d.end(current, 'dissolved', OrganizationDissolved, { withOrgId: null });
      if (membersTo) await carrier.carry({ members, transit }, membersTo, 'dissolved');
      return org.id;
    });
  }

  /** Bàn giao: the whole subtree leaves with it, members included (a hand-over, not a transfer). */
  @Handles(ORG_ROUTES.handOver)
  handOver(input: RouteInput<typeof ORG_ROUTES.handOver>, ctx: CommandContext) {
    return decide(ctx, this.tree, input, async (d) => {
      const { org, current } = await d.active(input.id, 'effectiveOn');
      const future = await d.future();
      for (const x of d.descendants(future, org.id, current.name)) {
        await d.end(x, 'handedOver', OrganizationHandedOver, { toCommittee: input.toCommittee, withOrgId: org.id }, { handedOverTo: input.toCommittee });
      }
      await d.end(current, 'handedOver', OrganizationHandedOver, { toCommittee: input.toCommittee, withOrgId: null }, { handedOverTo: input.toCommittee });
      return org.id;
    });
  }
}

function sameTier(a: OrgKind, b: OrgKind): boolean {
  return a === b || (isGrassrootsKind(a) && isGrassrootsKind(b));
}

/** Was `x` carried out of the subtree by a move in the same decision (it or an ancestor moved)? */
function isUnder(x: OrganizationVersion, moved: Set<string>, future: FutureTree): boolean {
  let id: string | undefined = x.orgId;
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    if (moved.has(id)) return true;
    seen.add(id);
    id = future.parentsOf(id)[0];
  }
  return false;
}
