import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

export const routes: RouteObject[] = [
  lazyPage('reports/year-end', 'reports:read', () => import('./year-end-page').then((m) => m.YearEndPage)),
  lazyPage('reports/runs', 'reports:read', () => import('./report-runs-page').then((m) => m.ReportRunsPage)),
];
