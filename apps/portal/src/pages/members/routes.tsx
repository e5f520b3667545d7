import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

export const routes: RouteObject[] = [
  lazyPage('members', 'members:read', () => import('./members-page').then((m) => m.MembersPage)),
  lazyPage('members/:id', 'members:read', () => import('./members-page').then((m) => m.MembersPage)),
];
