import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/**
 * The leaving page; each command opens over it at its own address, for those who may write.
 * `?personId=` pre-fills the member and `?back=` returns to the page that linked (the member record).
 */
export const routes: RouteObject[] = [
  lazyPage('leaving', 'members:read', () => import('./leaving-page').then((m) => m.LeavingPage), [
    lazyPage('strike-off', 'members:write', () => import('./strike-off-drawer').then((m) => m.StrikeOffDrawer)),
    lazyPage('leave', 'members:write', () => import('./leave-drawer').then((m) => m.LeaveDrawer)),
    lazyPage('death', 'members:write', () => import('./death-drawer').then((m) => m.DeathDrawer)),
    lazyPage('exemption', 'members:write', () => import('./exemption-drawer').then((m) => m.ExemptionDrawer)),
    lazyPage('notice/:personId', 'members:write', () => import('./notice-drawer').then((m) => m.NoticeDrawer)),
  ]),
];
