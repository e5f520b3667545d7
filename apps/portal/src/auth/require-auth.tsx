import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorNotice, Loading } from '../layout/notices';
import { useAuth } from './auth-context';

/** Pages behind sign-in: remembers where the user was going, for after the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  if (!auth.signedIn) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (auth.loading) return <Loading />;
  if (!auth.me) return <ErrorNotice error={auth.meError} onRetry={auth.reloadMe} />;
  return <>{children}</>;
}

