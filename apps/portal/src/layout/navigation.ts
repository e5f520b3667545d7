import type { Permission } from '@party/contracts';
import type { ParseKeys } from 'i18next';
import { can } from '../auth/permissions';
import type { Me } from '../api/gateway';

export interface NavItem {
  path: string;
  label: ParseKeys;
  permission: Permission;
  /**
   * Who gets the item in their menu, when narrower than who may open the page: the lifecycle
   * lists are the Organization Board's work, readable by the committees but not in their menus.
   */
  menuPermission?: Permission;
}
export interface NavGroup {
  key: string;
  label: ParseKeys;
  items: NavItem[];
}

/**
 * The menu of every workspace, by group. Each role sees the items its permissions allow, so the
 * Organization Board, the Inspection Committee, the Standing Committee and a secretary each get
 * their own menu from this one list; the pages check the same permissions again.
 */
export const NAVIGATION: NavGroup[] = [
  {
    key: 'organization',
    label: 'nav.groups.organization',
    items: [
      { path: '/orgs', label: 'nav.orgs', permission: 'orgs:read' },
      { path: '/members', label: 'nav.members', permission: 'members:read' },
      { path: '/roster', label: 'nav.roster', permission: 'members:write' },
    ],
  },
  {
    key: 'lifecycle',
    label: 'nav.groups.lifecycle',
    items: [
      { path: '/candidates', label: 'nav.candidates', permission: 'members:read', menuPermission: 'members:write' },
      { path: '/probation', label: 'nav.probation', permission: 'members:read', menuPermission: 'members:write' },
      { path: '/cards', label: 'nav.cards', permission: 'members:read', menuPermission: 'members:write' },
      { path: '/badges', label: 'nav.badges', permission: 'members:read', menuPermission: 'members:write' },
      { path: '/transfers', label: 'nav.transfers', permission: 'members:read', menuPermission: 'members:write' },
      { path: '/leaving', label: 'nav.leaving', permission: 'members:read', menuPermission: 'members:write' },
    ],
  },
  {
    key: 'inspection',
    label: 'nav.groups.inspection',
    items: [
      { path: '/inspection/programs', label: 'nav.programs', permission: 'inspection:read' },
      { path: '/inspection/surveys', label: 'nav.surveys', permission: 'inspection:read' },
      { path: '/inspection/cases', label: 'nav.cases', permission: 'inspection:read' },
      { path: '/inspection/disciplines', label: 'nav.disciplines', permission: 'discipline:read' },
      { path: '/inspection/complaints', label: 'nav.complaints', permission: 'inspection:read' },
      { path: '/inspection/outcomes', label: 'nav.outcomes', permission: 'members:read' },
    ],
  },
  {
    key: 'cadre',
    label: 'nav.groups.cadre',
    items: [
      { path: '/cadre/committees', label: 'nav.committees', permission: 'cadre:read' },
      { path: '/cadre/consolidations', label: 'nav.consolidations', permission: 'cadre:read' },
      { path: '/cadre/planning', label: 'nav.planning', permission: 'cadre:read' },
      { path: '/cadre/votes', label: 'nav.votes', permission: 'cadre:read' },
      { path: '/cadre/vetting', label: 'nav.vetting', permission: 'vetting:read' },
    ],
  },
  {
    key: 'rating',
    label: 'nav.groups.rating',
    items: [
      { path: '/rating/decisions', label: 'nav.ratingDecisions', permission: 'rating:approve' },
      { path: '/rating/rounds', label: 'nav.ratingRounds', permission: 'rating:read' },
    ],
  },
  {
    key: 'training',
    label: 'nav.groups.training',
    items: [{ path: '/training', label: 'nav.training', permission: 'training:read' }],
  },
  {
    key: 'reports',
    label: 'nav.groups.reports',
    items: [
      { path: '/reports/year-end', label: 'nav.reports', permission: 'reports:read' },
      { path: '/reports/runs', label: 'nav.reportRuns', permission: 'reports:read' },
    ],
  },
  {
    key: 'admin',
    label: 'nav.groups.admin',
    items: [
      { path: '/admin/users', label: 'nav.users', permission: 'users:manage' },
      { path: '/admin/dead-letters', label: 'nav.deadLetters', permission: 'system:operate' },
      { path: '/admin/queues', label: 'nav.queues', permission: 'system:operate' },
      { path: '/admin/status', label: 'nav.status', permission: 'system:operate' },
      { path: '/admin/audit', label: 'nav.audit', permission: 'audit:read' },
    ],
  },
];

/** The groups and items `me` may open, empty groups left out. */
export function navigationFor(me: Me | undefined): NavGroup[] {
  return NAVIGATION.map((g) => ({ ...g, items: g.items.filter((i) => can(me, i.menuPermission ?? i.permission)) })).filter((g) => g.items.length > 0);
}

/** The menu item a path belongs to (the longest prefix), for highlighting it. */
export function activeItem(pathname: string, groups: NavGroup[]): string | undefined {
  const paths = groups.flatMap((g) => g.items.map((i) => i.path));
  return paths.filter((p) => pathname === p || pathname.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0];
}
