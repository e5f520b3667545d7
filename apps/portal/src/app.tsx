import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { lazyPage } from './ui/lazy-page';
import { routes as adminRoutes } from './pages/admin/routes';
import { routes as badgeRoutes } from './pages/badges/routes';
import { routes as candidateRoutes } from './pages/candidates/routes';
import { routes as cadreRoutes } from './pages/cadre/routes';
import { routes as cardRoutes } from './pages/cards/routes';
import { routes as disciplineRoutes } from './pages/discipline/routes';
import { routes as inspectionRoutes } from './pages/inspection/routes';
import { routes as leavingRoutes } from './pages/leaving/routes';
import { routes as memberRoutes } from './pages/members/routes';
import { routes as orgRoutes } from './pages/orgs/routes';
import { routes as probationRoutes } from './pages/probation/routes';
import { routes as ratingRoutes } from './pages/rating/routes';
import { routes as reportRoutes } from './pages/reports/routes';
import { routes as rosterRoutes } from './pages/roster/routes';
import { routes as trainingRoutes } from './pages/training/routes';
import { routes as transferRoutes } from './pages/transfers/routes';

/** Each workspace declares its own routes (`pages/<area>/routes.tsx`); every page is a chunk of its own. */
const workspaces: RouteObject[] = [
  ...orgRoutes,
  ...memberRoutes,
  ...rosterRoutes,
  ...candidateRoutes,
  ...probationRoutes,
  ...cardRoutes,
  ...badgeRoutes,
  ...transferRoutes,
  ...leavingRoutes,
  ...inspectionRoutes,
  ...disciplineRoutes,
  ...cadreRoutes,
  ...ratingRoutes,
  ...trainingRoutes,
  ...reportRoutes,
  ...adminRoutes,
];

const router = createBrowserRouter([
  lazyPage('/login', null, () => import('./pages/login-page').then((m) => m.LoginPage)),
  {
    // The frame and Ant Design come with the first signed-in page, never with the login page.
    path: '/',
    lazy: () => import('./layout/signed-in-frame').then((m) => ({ Component: m.SignedInFrame })),
    children: [
      { index: true, lazy: () => import('./pages/home/home-page').then((m) => ({ Component: m.HomePage })) },
      ...workspaces,
      { path: '*', lazy: () => import('./layout/not-found').then((m) => ({ Component: m.NotFound })) },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
