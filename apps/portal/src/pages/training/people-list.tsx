import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { IfAllowed } from '../../auth/guards';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { OrgPicker } from '../../ui/org-picker';
import type { TableState } from '../../ui/url-state';
import { TrainingTabs } from './training-tabs';
import { useCourseTypes } from './use-training-data';
import { YearSelect } from './year-select';
import './training.css';

/**
 * The frame of the year lists of people (registrations, sendings): the tabs, the year, the
 * course type and organization filters, the command button, the table, and the command's drawer.
 */
export function PeopleListFrame({
  year,
  yearLabel,
  state,
  onState,
  command,
  table,
}: {
  year: number;
  yearLabel?: string;
  state: TableState;
  onState: (patch: Partial<TableState>) => void;
  command: { id: string; label: string };
  table: (toolbar: React.ReactNode) => React.ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('training.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const courseTypes = useCourseTypes();
  const setFilter = (patch: Record<string, string | undefined>) => onState({ filters: { ...state.filters, ...patch } as Record<string, string> });
  const toolbar = (
    <>
      <YearSelect id="training-year" value={year} label={yearLabel} onChange={(y) => setFilter({ year: String(y) })} />
      <label className="training-filter" htmlFor="training-course-type">
        <span>{t('training.courseType')}</span>
        <Select
          id="training-course-type"
          allowClear
          placeholder={t('training.allCourseTypes')}
          value={state.filters.courseTypeCode}
          onChange={(v) => setFilter({ courseTypeCode: v })}
          options={courseTypes.options}
          style={{ minWidth: 240 }}
        />
      </label>
      <label className="training-filter" htmlFor="training-org">
        <span>{t('training.org')}</span>
        <OrgPicker id="training-org" value={state.filters.orgId} onChange={(v) => setFilter({ orgId: v })} placeholder={t('training.allOrgs')} />
      </label>
    </>
  );
  return (
    <Page
      id="training"
      title={t('training.title')}
      intro={t('training.intro')}
      actions={
        <IfAllowed permission="training:write">
          <Button id={command.id} type="primary" onClick={() => navigate(`new${search}`)}>
            {command.label}
          </Button>
        </IfAllowed>
      }
    >
      <TrainingTabs year={year} />
      {table(toolbar)}
      <Outlet />
    </Page>
  );
}
