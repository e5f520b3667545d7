import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/**
 * The tree (`/orgs`, `/orgs/:id` — one page, the selection read from the address) and each
 * decision at its own address as a drawer over it, behind `orgs:write`.
 */
export const routes: RouteObject[] = [
  lazyPage('orgs', 'orgs:read', () => import('./orgs-page').then((m) => m.OrgsPage), [
    lazyPage('new', 'orgs:write', () => import('./commands/establish-drawer').then((m) => m.EstablishDrawer)),
    lazyPage('handed-in', 'orgs:write', () => import('./commands/establish-drawer').then((m) => m.HandInDrawer)),
    lazyPage('merge', 'orgs:write', () => import('./commands/merge-drawer').then((m) => m.MergeDrawer)),
    {
      path: ':id',
      children: [
        lazyPage('rename', 'orgs:write', () => import('./commands/rename-drawer').then((m) => m.RenameDrawer)),
        lazyPage('move', 'orgs:write', () => import('./commands/rename-drawer').then((m) => m.MoveDrawer)),
        lazyPage('split', 'orgs:write', () => import('./commands/split-drawer').then((m) => m.SplitDrawer)),
        lazyPage('dissolve', 'orgs:write', () => import('./commands/end-drawers').then((m) => m.DissolveDrawer)),
        lazyPage('hand-over', 'orgs:write', () => import('./commands/end-drawers').then((m) => m.HandOverDrawer)),
      ],
    },
  ]),
];
