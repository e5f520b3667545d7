import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

/** The three lists of the workspace, each at its own address; the year travels with the link. */
export function TrainingTabs({ year }: { year: number }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = pathname.startsWith('/training/registrations') ? 'registrations' : pathname.startsWith('/training/sendings') ? 'sendings' : 'classes';
  const link = (key: string, path: string) => ({ key, label: <Link to={`${path}?year=${year}`}>{t(`training.tabs.${key}` as 'training.tabs.classes')}</Link> });
  return (
    <nav aria-label={t('training.tabs.label')}>
      <Menu
        mode="horizontal"
        selectedKeys={[active]}
        className="training-tabs"
        items={[link('classes', '/training'), link('registrations', '/training/registrations'), link('sendings', '/training/sendings')]}
      />
    </nav>
  );
}
