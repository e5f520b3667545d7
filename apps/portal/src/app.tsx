import { createBrowserRouter, Link, RouterProvider } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RequireAdmin, RequireAuth } from './auth/guards';
import { Shell } from './layout/shell';
import { DeadLettersPage } from './pages/admin/dead-letters-page';
import { UsersPage } from './pages/admin/users-page';
import { LoginPage } from './pages/login-page';
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
        path: 'admin/users',
        element: (
          <RequireAdmin>
            <UsersPage />
          </RequireAdmin>
        ),
      },
      {
        path: 'admin/dead-letters',
        element: (
          <RequireAdmin>
            <DeadLettersPage />
          </RequireAdmin>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
