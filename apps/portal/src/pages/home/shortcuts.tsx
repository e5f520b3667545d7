import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { navigationFor } from '../../layout/navigation';

/**
 * The pages the user's permissions open, by the menu's groups: for roles whose own home part
 * comes later (the Inspection Committee, the Standing Committee), and the reader's way in.
 */
export function Shortcuts() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const groups = navigationFor(me);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="home-shortcuts-title" className="home-section">
      <h2 id="home-shortcuts-title">{t('home.shortcuts.title')}</h2>
      <p className="muted">{t('home.shortcuts.intro')}</p>
      <Row gutter={[16, 16]}>
        {groups.map((group) => (
          <Col key={group.key} xs={24} lg={12} xxl={8}>
            <Card
              className="todo-card"
              role="region"
              aria-labelledby={`home-shortcuts-${group.key}`}
              title={
                <h3 id={`home-shortcuts-${group.key}`} className="todo-card-title">
                  {t(group.label)}
                </h3>
              }
            >
              <ul className="shortcut-list">
                {group.items.map((item) => (
                  <li key={item.path}>
                    <Link to={item.path}>{t(item.label)}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
