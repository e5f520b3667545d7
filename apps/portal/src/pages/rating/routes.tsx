import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/**
 * Đánh giá, xếp loại chất lượng: rounds, self-ratings and proposals (`rating:write`), and the
 * Standing Committee's decisions (`rating:approve`) on each peer group's board with the quota in view.
 * Reading is `rating:read`; each command is its own address over the board, behind its permission.
 */
export const routes: RouteObject[] = [
  lazyPage('rating/decisions', 'rating:approve', () => import('./decisions-page').then((m) => m.DecisionsPage)),
  lazyPage('rating/rounds', 'rating:read', () => import('./rounds-page').then((m) => m.RoundsPage), [
    lazyPage('new', 'rating:write', () => import('./open-round-drawer').then((m) => m.OpenRoundDrawer)),
  ]),
  lazyPage('rating/rounds/:id', 'rating:read', () => import('./round-page').then((m) => m.RoundPage)),
  lazyPage('rating/rounds/:id/groups/:group', 'rating:read', () => import('./board-page').then((m) => m.BoardPage), [
    lazyPage('decide', 'rating:approve', () => import('./decide-drawer').then((m) => m.DecideDrawer)),
    lazyPage('propose', 'rating:write', () => import('./assess-drawer').then((m) => m.ProposeDrawer)),
    lazyPage('self-rate', 'rating:write', () => import('./assess-drawer').then((m) => m.SelfRateDrawer)),
    lazyPage('exclude', 'rating:write', () => import('./exclude-drawer').then((m) => m.ExcludeDrawer)),
  ]),
];
