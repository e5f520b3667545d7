import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/** `/cards` looks a member's cards up; issuing and reissuing open over it at their own addresses. */
export const routes: RouteObject[] = [
  lazyPage('cards', 'members:read', () => import('./cards-page').then((m) => m.CardsPage), [
    lazyPage('issue', 'members:write', () => import('./card-command').then((m) => m.IssueCardDrawer)),
    lazyPage('reissue', 'members:write', () => import('./card-command').then((m) => m.ReissueCardDrawer)),
  ]),
];
