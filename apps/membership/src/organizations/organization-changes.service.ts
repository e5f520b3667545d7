import { Injectable } from '@nestjs/common';
import { DomainError, ORG_ROUTES, OrganizationHandedIn, OrganizationMoved, OrganizationRenamed, RouteInput } from '@party/contracts';
import { CommandContext, Handles } from '@party/service-kit';
import { decide, rule, snapshot } from './organization-decision';
import { CYCLE_MESSAGE, wouldCreateCycle } from './organization.rules';
import { OrganizationTree } from './organization.tree';

/**
 * An organization comes into the tree (thành lập, or received from another committee) or changes
 * within it (renamed, re-parented): each a dated decision that appends a version, never rewrites one.
 */
@Injectable()
export class OrganizationChanges {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(ORG_ROUTES.establish)
  establish(input: RouteInput<typeof ORG_ROUTES.establish>, ctx: CommandContext) {
    return decide(ctx, this.tree, input, async (d) => {
      await d.parent(input.kind, input.parentId, 'parentId');
      return d.establish(input, 'new').orgId;
    });
  }

  /** Tiếp nhận: it comes with its members, not by transfer. */
  @Handles(ORG_ROUTES.handIn)
  handIn(input: RouteInput<typeof ORG_ROUTES.handIn>, ctx: CommandContext) {
    return decide(ctx, this.tree, input, async (d) => {
      await d.parent(input.kind, input.parentId, 'parentId');
      const { org, version } = d.create(input.kind, 'handedIn', input, 'handedIn', input.fromCommittee);
      d.orgEvent(OrganizationHandedIn, version, { fromCommittee: input.fromCommittee });
      d.audit('organization.handedIn', org.id, null, snapshot(org, version));
      return org.id;
    });
  }

  @Handles(ORG_ROUTES.rename)
  rename(input: RouteInput<typeof ORG_ROUTES.rename>, ctx: CommandContext) {
    return decide(ctx, this.tree, input, async (d) => {
      const { org, current } = await d.active(input.id, 'effectiveOn');
      if (current.name === input.name) throw DomainError.validation([{ field: 'name', vi: 'Tên mới trùng tên hiện tại', en: 'The new name is the current name' }]);
      d.change(org, current, { name: input.name }, 'renamed', OrganizationRenamed, { previousName: current.name });
      return org.id;
    });
  }

  @Handles(ORG_ROUTES.move)
  move(input: RouteInput<typeof ORG_ROUTES.move>, ctx: CommandContext) {
    return decide(ctx, this.tree, input, async (d) => {
      const { org, current } = await d.active(input.id, 'effectiveOn');
      if (current.parentId === input.parentId) throw DomainError.validation([{ field: 'parentId', vi: 'Tổ chức đã trực thuộc tổ chức này', en: 'It already sits under this parent' }]);
      const future = await d.future();
      if (wouldCreateCycle(org.id, input.parentId, future.parentsOf)) throw rule(CYCLE_MESSAGE, 'parentId');
      await d.parent(current.kind, input.parentId, 'parentId');
      d.change(org, current, { parentId: input.parentId }, 'moved', OrganizationMoved, { previousParentId: current.parentId, reason: 'reparent' });
      return org.id;
    });
  }
}
