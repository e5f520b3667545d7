import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useSearchParams } from 'react-router-dom';
import { IfAllowed } from '../../auth/guards';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { LinkButton } from '../members/link-button';
import { PlanExits } from './plan-exits';
import { PlanReviews } from './plan-reviews';
import { PlansList } from './plans-list';
import './cadre.css';

const VIEWS = ['plans', 'exits', 'reviews'] as const;
type View = (typeof VIEWS)[number];

/**
 * Quy hoạch cán bộ: the plans per post and term (how many of the 3 allowed), who left a plan and
 * why, and the yearly reviews (rà soát, bổ sung). Each post's plan opens its board.
 */
export function PlanningPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cadre.planning.title'));
  const [params, setParams] = useSearchParams();
  const raw = params.get('view');
  const view: View = VIEWS.includes(raw as View) ? (raw as View) : 'plans';
  return (
    <Page
      id="cadre-planning"
      title={t('cadre.planning.title')}
      intro={t('cadre.planning.intro')}
      actions={
        <>
          <LinkButton id="cadre-board-open" to="/cadre/planning/board">
            {t('cadre.planning.openBoard')}
          </LinkButton>{' '}
          <IfAllowed permission="cadre:write">
            <LinkButton id="cadre-review-new" type="primary" to={`reviews/new?view=reviews`}>
              {t('cadre.planning.newReview')}
            </LinkButton>
          </IfAllowed>
        </>
      }
    >
      <div className="cadre-views">
        <Segmented
          aria-label={t('cadre.planning.views')}
          value={view}
          onChange={(v) => setParams(new URLSearchParams(v === 'plans' ? {} : { view: String(v) }))}
          options={VIEWS.map((v) => ({ value: v, label: t(`cadre.planning.view.${v}`) }))}
        />
      </div>
      {view === 'plans' && <PlansList />}
      {view === 'exits' && <PlanExits />}
      {view === 'reviews' && <PlanReviews />}
      <Outlet />
    </Page>
  );
}
