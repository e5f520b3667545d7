import { Button, Layout, Menu, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { useRoleLabel } from '../i18n/localize';
import { LanguageSwitch } from './language-switch';
import { activeItem, navigationFor } from './navigation';

/** The frame of every signed-in page: who is signed in, their workspace's menu, the language, sign-out. */
export function Shell() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const roleLabel = useRoleLabel();
  const location = useLocation();
  const navigation = useNavigation();
  const [collapsed, setCollapsed] = useState(false);
  const groups = navigationFor(me);
  const selected = activeItem(location.pathname, groups) ?? (location.pathname === '/' ? '/' : undefined);

  const items = [
    { key: '/', label: <Link to="/">{t('nav.home')}</Link> },
    ...groups.map((g) => ({
      key: g.key,
      type: 'group' as const,
      label: t(g.label),
      children: g.items.map((i) => ({ key: i.path, label: <Link to={i.path}>{t(i.label)}</Link> })),
    })),
  ];

  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-emblem" aria-hidden="true">
            ★
          </span>
          <span>
            <span className="brand-org">{t('app.organization')}</span>
            <span className="brand-name">{t('app.name')}</span>
          </span>
        </Link>
        <Space size="middle" className="topbar-right">
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
          <Button onClick={logout}>{t('session.logout')}</Button>
        </Space>
      </Layout.Header>
      {navigation.state === 'loading' && (
        <div className="page-loading" role="status">
          <Progress percent={100} status="active" showInfo={false} size="small" strokeLinecap="square" />
          <span className="visually-hidden">{t('nav.loadingPage')}</span>
        </div>
      )}
      <Layout>
        <Layout.Sider
          width={248}
          breakpoint="lg"
          collapsedWidth={0}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          className="sidebar"
          zeroWidthTriggerStyle={{ top: 8 }}
          trigger={null}
        >
          <nav aria-label={t('nav.label')}>
            <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
          </nav>
        </Layout.Sider>
        <Layout.Content>
          {collapsed && (
            <Button className="menu-toggle" onClick={() => setCollapsed(false)} aria-label={t('nav.openMenu')}>
              ☰ <Typography.Text>{t('nav.label')}</Typography.Text>
            </Button>
          )}
          <main id="main" className="content" tabIndex={-1}>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
