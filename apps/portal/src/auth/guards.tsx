import type { Permission } from '@party/contracts';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from './auth-context';
import { can } from './permissions';

/** What a user sees on a page their role does not allow, a direct link included. */
export function NoPermission() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={<h1 className="result-title">{t('errors.forbiddenTitle')}</h1>}
      subTitle={<span role="alert">{t('errors.forbidden')}</span>}
      extra={
        <Link to="/">
          <Button type="primary">{t('errors.backHome')}</Button>
        </Link>
      }
    />
  );
}

/** A page for users whose permissions include `permission`; the others are told they may not. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { me } = useAuth();
  if (!can(me, permission)) return <NoPermission />;
  return <>{children}</>;
}

/** Shows its children (an edit button, a form) only to users allowed to use them. */
export function IfAllowed({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { me } = useAuth();
  return can(me, permission) ? <>{children}</> : null;
}
