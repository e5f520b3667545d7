import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/** The probation worklist; its commands open over it at their own address, for those who may write. */
export const routes: RouteObject[] = [
  lazyPage('probation', 'members:read', () => import('./probation-page').then((m) => m.ProbationPage), [
    lazyPage(':personId/convert', 'members:write', () => import('./convert-drawer').then((m) => m.ConvertDrawer)),
    lazyPage(':personId/remove', 'members:write', () => import('./remove-drawer').then((m) => m.RemoveDrawer)),
  ]),
];
