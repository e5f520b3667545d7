import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { can } from '../auth/permissions';
import { useRoleLabel } from '../i18n/localize';
import { LanguageSwitch } from './language-switch';

/** The frame of every signed-in page: who is signed in, where to go, the language, sign-out. */
export function Shell() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const roleLabel = useRoleLabel();
  const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-emblem" aria-hidden="true">
            ★
          </span>
          <span>
            <span className="brand-org">{t('app.organization')}</span>
            <span className="brand-name">{t('app.name')}</span>
          </span>
        </div>
        <div className="topbar-right">
          {me && (
            <div className="user" aria-label={t('session.user')}>
              <span className="user-name">{me.fullName || me.username}</span>
              <span className="user-roles">
                <span className="visually-hidden">{t('session.roles')}: </span>
                {me.roles.map(roleLabel).join(', ')}
              </span>
            </div>
          )}
          <LanguageSwitch />
          <button type="button" className="button button-secondary" onClick={logout}>
            {t('session.logout')}
          </button>
        </div>
      </header>
      <div className="layout">
        <nav className="sidebar" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end className={navClass}>
                {t('nav.status')}
              </NavLink>
            </li>
          </ul>
          {(can(me, 'orgs:read') || can(me, 'members:read') || can(me, 'reports:read')) && (
            <>
              <h2 className="nav-heading">{t('nav.work')}</h2>
              <ul>
                {can(me, 'orgs:read') && (
                  <li>
                    <NavLink to="/orgs" className={navClass}>
                      {t('nav.orgs')}
                    </NavLink>
                  </li>
                )}
                {can(me, 'members:read') && (
                  <li>
                    <NavLink to="/members" className={navClass}>
                      {t('nav.members')}
                    </NavLink>
                  </li>
                )}
                {can(me, 'reports:read') && (
                  <li>
                    <NavLink to="/reports/year-end" className={navClass}>
                      {t('nav.reports')}
                    </NavLink>
                  </li>
                )}
              </ul>
            </>
          )}
          {(can(me, 'users:manage') || can(me, 'system:operate')) && (
            <>
              <h2 className="nav-heading">{t('nav.admin')}</h2>
              <ul>
                {can(me, 'users:manage') && (
                  <li>
                    <NavLink to="/admin/users" className={navClass}>
                      {t('nav.users')}
                    </NavLink>
                  </li>
                )}
                {can(me, 'system:operate') && (
                  <li>
                    <NavLink to="/admin/dead-letters" className={navClass}>
                      {t('nav.deadLetters')}
                    </NavLink>
                  </li>
                )}
              </ul>
            </>
          )}
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
