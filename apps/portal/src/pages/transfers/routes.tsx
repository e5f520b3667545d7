import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/**
 * Transfers of party activity: the list with its tabs and the four commands that start a
 * transfer over it; one transfer with the commands of its journey. Reading needs members:read,
 * every command members:write (a viewer opening a command's address gets "no permission").
 */
export const routes: RouteObject[] = [
  lazyPage('transfers', 'members:read', () => import('./transfers-page').then((m) => m.TransfersPage), [
    lazyPage('out', 'members:write', () => import('./transfer-out-drawer').then((m) => m.TransferOutDrawer)),
    lazyPage('in', 'members:write', () => import('./transfer-in-drawer').then((m) => m.TransferInDrawer)),
    lazyPage('internal', 'members:write', () => import('./transfer-internal-drawer').then((m) => m.TransferInternalDrawer)),
    lazyPage('temporary', 'members:write', () => import('./transfer-temporary-drawer').then((m) => m.TransferTemporaryDrawer)),
  ]),
  lazyPage('transfers/:id', 'members:read', () => import('./transfer-detail-page').then((m) => m.TransferDetailPage), [
    lazyPage('arrive', 'members:write', () => import('./arrive-drawer').then((m) => m.ArriveDrawer)),
    lazyPage('hops', 'members:write', () => import('./hop-drawer').then((m) => m.HopDrawer)),
    lazyPage('follow-up', 'members:write', () => import('./follow-up-drawer').then((m) => m.FollowUpDrawer)),
  ]),
];
