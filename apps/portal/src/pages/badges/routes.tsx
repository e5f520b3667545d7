import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/** `/badges` lists who is due on an occasion; the round's awards and a special case open over it. */
export const routes: RouteObject[] = [
  lazyPage('badges', 'members:read', () => import('./badges-page').then((m) => m.BadgesPage), [
    lazyPage('award', 'members:write', () => import('./award-drawer').then((m) => m.AwardDrawer)),
    lazyPage('cases', 'members:write', () => import('./case-drawer').then((m) => m.CaseDrawer)),
  ]),
];
