/**
 * Roles and what they may do, as data (ARCHITECTURE.md, "Auth and roles"). Services check
 * permissions, never role names, so a new role is a new row here and nothing else.
 */
export const ROLES = ['admin', 'org_board', 'inspection', 'standing', 'secretary', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'users:manage',
  'system:operate',
  'orgs:read',
  'orgs:write',
  'members:read',
  'members:write',
  'dossier:read',
  'dossier:write',
  'dossier:approve',
  'cadre:read',
  'cadre:write',
  'vetting:read',
  'vetting:write',
  'training:read',
  'training:write',
  'inspection:read',
  'inspection:write',
  'discipline:read',
  'rating:read',
  'rating:write',
  'rating:approve',
  'reports:read',
  'reports:run',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface RoleDefinition {
  label: { vi: string; en: string };
  permissions: readonly Permission[];
  /** A scoped role sees one organization and its subtree; the others see the whole bloc. */
  scoped: boolean;
}

export const ROLE_DEFINITIONS: Readonly<Record<Role, RoleDefinition>> = {
  admin: {
    label: { vi: 'Quản trị hệ thống', en: 'System administrator' },
    permissions: ['users:manage', 'system:operate', 'orgs:read', 'members:read', 'training:read', 'reports:read', 'audit:read'],
    scoped: false,
  },
  org_board: {
    label: { vi: 'Ban Tổ chức', en: 'Organization Board' },
    permissions: [
      'orgs:read', 'orgs:write', 'members:read', 'members:write', 'dossier:read', 'dossier:write',
      'cadre:read', 'cadre:write', 'vetting:read', 'vetting:write', 'training:read', 'training:write',
      'rating:read', 'rating:write', 'reports:read', 'reports:run',
    ],
    scoped: false,
  },
  inspection: {
    label: { vi: 'Ủy ban Kiểm tra', en: 'Inspection Committee' },
    permissions: [
      'orgs:read', 'members:read', 'dossier:read', 'inspection:read', 'inspection:write',
      'discipline:read', 'rating:read', 'reports:read',
    ],
    scoped: false,
  },
  standing: {
    label: { vi: 'Ban Thường vụ', en: 'Standing Committee' },
    permissions: [
      'orgs:read', 'members:read', 'dossier:read', 'dossier:approve', 'cadre:read', 'vetting:read',
      'training:read', 'inspection:read', 'discipline:read', 'rating:read', 'rating:approve',
      'reports:read', 'reports:run', 'audit:read',
    ],
    scoped: false,
  },
  secretary: {
    label: { vi: 'Bí thư tổ chức cơ sở đảng', en: 'Grassroots secretary' },
    // training:write lets a secretary enroll and register the people of their subtree; the
    // training service keeps class-wide writes (open a class, results, certificates) to whole-bloc callers
    // dossier: the grassroots committee keeps its members' dossiers and fills the annual supplement
    // (Hướng dẫn về hồ sơ đảng viên), within its subtree only (checked in membership)
    permissions: ['orgs:read', 'members:read', 'members:write', 'dossier:read', 'dossier:write', 'training:read', 'training:write', 'rating:read', 'rating:write', 'reports:read'],
    scoped: true,
  },
  viewer: {
    label: { vi: 'Chỉ xem', en: 'Viewer' },
    permissions: ['orgs:read', 'reports:read'],
    scoped: false,
  },
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return [...new Set(roles.flatMap((r) => ROLE_DEFINITIONS[r].permissions))].sort();
}

export function isScopedRole(role: Role): boolean {
  return ROLE_DEFINITIONS[role].scoped;
}
