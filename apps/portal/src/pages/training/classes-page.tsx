import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { fetchClasses, type TrainingClass } from '../../api/training';
import { IfAllowed } from '../../auth/guards';
import { formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { OrgPicker } from '../../ui/org-picker';
import { listParams, useTableState } from '../../ui/url-state';
import { TrainingTabs } from './training-tabs';
import { yearOf } from './training-year';
import { useCourseTypes } from './use-training-data';
import { YearSelect } from './year-select';
import './training.css';

const FILTERS = ['year', 'courseTypeCode', 'orgId'] as const;
const SORT = { sort: 'openedOn', order: 'asc' } as const;

/** Các lớp khai giảng trong năm: the Board's list of classes, with student counts by course type. */
export function ClassesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('training.title'));
  const navigate = useNavigate();
  const { search } = useLocation();
  const courseTypes = useCourseTypes();
  const [state, setState] = useTableState(FILTERS, { defaultSort: SORT });
  const year = yearOf(state.filters.year);
  const { year: _year, ...filters } = state.filters;
  const query = { ...listParams({ ...state, filters }), year } as Parameters<typeof fetchClasses>[0];
  const classes = useQuery({ queryKey: ['training', 'classes', query], queryFn: ({ signal }) => fetchClasses(query, signal), placeholderData: keepPreviousData });
  const setFilter = (patch: Record<string, string | undefined>) => setState({ filters: { ...state.filters, ...patch } as Record<string, string> });

  const columns: DataColumn<TrainingClass>[] = [
    { key: 'title', title: t('training.classes.columns.title'), sortKey: 'title', value: (c) => c.title, render: (c) => <Link to={`/training/classes/${c.id}`}>{c.title}</Link> },
    { key: 'courseType', title: t('training.classes.columns.courseType'), value: (c) => courseTypes.name(c.courseTypeCode) },
    { key: 'openedOn', title: t('training.classes.columns.openedOn'), sortKey: 'openedOn', value: (c) => c.openedOn },
    { key: 'endsOn', title: t('training.classes.columns.endsOn'), value: (c) => c.endsOn },
    { key: 'cohort', title: t('training.classes.columns.cohort'), value: (c) => c.cohortLabel, optional: true },
    { key: 'hostSchool', title: t('training.classes.columns.hostSchool'), value: (c) => c.hostSchool, optional: true },
    { key: 'students', title: t('training.classes.columns.students'), value: (c) => c.counts.students, align: 'right' },
    { key: 'completed', title: t('training.classes.columns.completed'), value: (c) => c.counts.completed, align: 'right' },
    { key: 'certificates', title: t('training.classes.columns.certificates'), value: (c) => c.counts.certificates, align: 'right' },
    { key: 'withdrawn', title: t('training.classes.columns.withdrawn'), value: (c) => c.counts.withdrawn, align: 'right', optional: true },
  ];

  const totals = (classes.data?.byCourseType ?? []).reduce((s, b) => ({ classes: s.classes + b.classes, students: s.students + b.students }), { classes: 0, students: 0 });

  return (
    <Page
      id="training"
      title={t('training.title')}
      intro={t('training.intro')}
      actions={
        <IfAllowed permission="training:write">
          <Space wrap>
            <Button id="training-open-class" type="primary" onClick={() => navigate(`new${search}`)}>
              {t('training.classes.open')}
            </Button>
            <Button id="training-add-course-type" onClick={() => navigate(`course-types/new${search}`)}>
              {t('training.classes.addCourseType')}
            </Button>
            <Button id="training-secretary-session" onClick={() => navigate(`secretary-sessions/new${search}`)}>
              {t('training.classes.secretarySession')}
            </Button>
          </Space>
        </IfAllowed>
      }
    >
      <TrainingTabs year={year} />
      {classes.data && classes.data.byCourseType.length > 0 && (
        <div className="training-summary" role="status">
          <strong>{t('training.classes.total', { classes: formatNumber(totals.classes), students: formatNumber(totals.students) })}</strong>
          {classes.data.byCourseType.map((b) => (
            <Tag key={b.courseTypeCode}>{t('training.classes.byType', { name: courseTypes.name(b.courseTypeCode), classes: formatNumber(b.classes), students: formatNumber(b.students) })}</Tag>
          ))}
        </div>
      )}
      <DataTable<TrainingClass>
        label={t('training.classes.label', { year })}
        exportName={t('training.classes.exportName', { year })}
        columns={columns}
        rowKey={(c) => c.id}
        state={state}
        onState={setState}
        data={classes.data}
        fetchPage={(page, pageSize) => fetchClasses({ ...query, page, pageSize })}
        loading={classes.isFetching}
        error={classes.error}
        onRetry={() => void classes.refetch()}
        empty={t('training.classes.empty', { year })}
        toolbar={
          <>
            <YearSelect id="training-year" value={year} onChange={(y) => setFilter({ year: String(y) })} />
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
        }
      />
      <Outlet />
    </Page>
  );
}
