import type { OrgView } from '../../api/orgs';
import { isLeafKind } from './org-kinds';

/** Address segments under `/orgs` that are commands, not an organization's id. */
export const COMMAND_SEGMENTS = ['new', 'merge', 'handed-in'] as const;

/** The organization an address under `/orgs/…` is about, or null (the tree alone, or a command of the whole tree). */
export function selectedIdOf(segment: string | undefined): string | null {
  if (!segment || (COMMAND_SEGMENTS as readonly string[]).includes(segment)) return null;
  return segment;
}

export interface TreeNode {
  key: string;
  org: OrgView;
  isLeaf: boolean;
  children?: TreeNode[];
}

/**
 * The levels read so far as antd's nested tree data: a level not read yet has no `children`, so
 * the tree offers to open it (and reads it then). `levels` maps a parent's id to its children,
 * `null` to the top of the caller's tree.
 */
export function buildTreeData(levels: ReadonlyMap<string | null, readonly OrgView[]>): TreeNode[] {
  const build = (parentId: string | null, seen: ReadonlySet<string>): TreeNode[] =>
    (levels.get(parentId) ?? []).map((org) => {
      const children = levels.has(org.id) && !seen.has(org.id) ? build(org.id, new Set([...seen, org.id])) : undefined;
      return { key: org.id, org, isLeaf: isLeafKind(org.kind) || children?.length === 0, children };
    });
  return build(null, new Set());
}

/** The day before a business date (`2024-01-01` → `2023-12-31`): where an organization that ended on that date is still seen. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
