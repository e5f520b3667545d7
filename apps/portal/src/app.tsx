import { createBrowserRouter, Link, RouterProvider } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RequireAuth, RequirePermission } from './auth/guards';
import { Shell } from './layout/shell';
import { DeadLettersPage } from './pages/admin/dead-letters-page';
import { UsersPage } from './pages/admin/users-page';
import { LoginPage } from './pages/login-page';
import { MembersPage } from './pages/members/members-page';
import { OrgsPage } from './pages/orgs/orgs-page';
import { YearEndPage } from './pages/reports/year-end-page';
import { StatusPage } from './pages/status-page';

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('errors.notFound')}</h1>
      <Link to="/">{t('errors.backHome')}</Link>
    </section>
  );
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Shell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <StatusPage /> },
      {
        path: 'orgs',
        element: (
          <RequirePermission permission="orgs:read">
            <OrgsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'members',
        element: (
          <RequirePermission permission="members:read">
            <MembersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'members/:id',
        element: (
          <RequirePermission permission="members:read">
            <MembersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'reports/year-end',
        element: (
          <RequirePermission permission="reports:read">
            <YearEndPage />
          </RequirePermission>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequirePermission permission="users:manage">
            <UsersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'admin/dead-letters',
        element: (
          <RequirePermission permission="system:operate">
            <DeadLettersPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
