import { Button, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { IfAllowed } from '../../auth/guards';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { CoverageMap } from './coverage-map';
import { SurveyList } from './survey-list';
import { useYear } from './use-year';
import { YearSelect } from './year-select';
import './inspection.css';

type Tab = 'list' | 'coverage';

/**
 * Khảo sát hồ sơ tổ chức đảng và đảng viên: the surveys of a year, the instruction issued after
 * them, and the coverage — which grassroots organizations were ever surveyed and which are left.
 */
export function SurveysPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('inspection.surveys.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const [params, setParams] = useSearchParams();
  const { year, ready, latest, setYear } = useYear('surveys');
  const tab: Tab = params.get('tab') === 'coverage' ? 'coverage' : 'list';

  const setTab = (next: string) =>
    setParams((p) => {
      // each tab has its own filters: only the year is kept
      const kept = new URLSearchParams();
      kept.set('year', p.get('year') ?? String(year));
      if (next === 'coverage') kept.set('tab', 'coverage');
      return kept;
    });

  return (
    <Page
      id="inspection-surveys"
      title={t('inspection.surveys.title')}
      intro={t('inspection.surveys.intro')}
      actions={
        <IfAllowed permission="inspection:write">
          <Space wrap>
            <Button id="inspection-survey-new" type="primary" onClick={() => navigate(`new${search}`)}>
              {t('inspection.surveys.new')}
            </Button>
            <Button id="inspection-instruction-new" onClick={() => navigate(`instruction${search}`)}>
              {t('inspection.surveys.instruction')}
            </Button>
          </Space>
        </IfAllowed>
      }
    >
      <div className="inspection-toolbar">
        <YearSelect id="inspection-surveys-year" value={year} latest={latest} onChange={setYear} />
      </div>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'list', label: t('inspection.surveys.tabs.list', { year }), children: ready && tab === 'list' ? <SurveyList year={year} /> : null },
          { key: 'coverage', label: t('inspection.surveys.tabs.coverage'), children: ready && tab === 'coverage' ? <CoverageMap year={year} /> : null },
        ]}
      />
      <Outlet />
    </Page>
  );
}
