import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

export const routes: RouteObject[] = [
  lazyPage('orgs', 'orgs:read', () => import('./orgs-page').then((m) => m.OrgsPage)),
];
