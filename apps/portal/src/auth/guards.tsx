import type { Permission } from '@party/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorNotice, Loading } from '../layout/notices';
import { useAuth } from './auth-context';
import { can } from './permissions';

/** Pages behind sign-in: remembers where the user was going, for after the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  if (!auth.signedIn) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (auth.loading) return <Loading />;
  if (!auth.me) return <ErrorNotice error={auth.meError} onRetry={auth.reloadMe} />;
  return <>{children}</>;
}

/** A page for users whose permissions include `permission`; the others are told they may not. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { me } = useAuth();
  const { t } = useTranslation();
  if (!can(me, permission)) {
    return (
      <p className="notice notice-error" role="alert">
        {t('errors.forbidden')}
      </p>
    );
  }
  return <>{children}</>;
}
