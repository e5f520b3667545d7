import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

export const routes: RouteObject[] = [
  lazyPage('admin/users', 'users:manage', () => import('./users-page').then((m) => m.UsersPage), [
    lazyPage('new', 'users:manage', () => import('./user-drawers').then((m) => m.NewUserDrawer)),
    lazyPage(':id/edit', 'users:manage', () => import('./user-drawers').then((m) => m.EditUserDrawer)),
  ]),
  lazyPage('admin/dead-letters', 'system:operate', () => import('./dead-letters-page').then((m) => m.DeadLettersPage)),
  lazyPage('admin/queues', 'system:operate', () => import('./queues-page').then((m) => m.QueuesPage)),
  lazyPage('admin/audit', 'audit:read', () => import('./audit-page').then((m) => m.AuditPage)),
  lazyPage('admin/status', 'system:operate', () => import('../status-page').then((m) => m.StatusPage)),
];
