import type { OrgKind, OrgView } from '../../api/orgs';

/** The kinds contracts marks `grassroots` (ORG_KIND_DEFINITIONS), in its order. */
export const GRASSROOTS_KINDS = ['grassroots_committee', 'grassroots_cell'] as const satisfies readonly OrgKind[];

export interface OrgNode {
  org: OrgView;
  children: OrgNode[];
}

/**
 * The flat list of `GET /api/orgs` as a tree. An organization whose parent is not in the list
 * (the top of a scoped user's subtree) is a root; order within a level is the list's (by name).
 */
export function buildOrgTree(items: readonly OrgView[]): OrgNode[] {
  const nodes = new Map(items.map((org) => [org.id, { org, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId ? nodes.get(node.org.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Grassroots organizations (đảng bộ cơ sở, chi bộ cơ sở) by kind, every grassroots kind listed. */
export function countGrassrootsByKind(items: readonly OrgView[]): { kind: OrgKind; count: number }[] {
  return GRASSROOTS_KINDS.map((kind) => ({
    kind,
    count: items.filter((org) => org.kind === kind).length,
  }));
}

/** Ids of the organizations that have children, to expand everything at once. */
export function parentIds(items: readonly OrgView[]): string[] {
  return [...new Set(items.flatMap((org) => (org.parentId ? [org.parentId] : [])))];
}
