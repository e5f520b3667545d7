import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Dropdown, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate, useParams } from 'react-router-dom';
import { fetchClass, type ClassStudent } from '../../api/training';
import { IfAllowed } from '../../auth/guards';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { formatLocalDate, formatNumber } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import { useTrainingLabels } from './training-labels';
import { useCourseTypes, useOrgNames } from './use-training-data';
import './training.css';

const ATTENDANCE_COLOR: Record<string, string> = { attending: 'processing', partial: 'warning', absent: 'error', withdrawn: 'default' };
const FILTERS: readonly string[] = [];

/** Một lớp: its details, its students, and every command about them (each at its own address). */
export function ClassPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useAuth();
  const labels = useTrainingLabels();
  const courseTypes = useCourseTypes();
  const orgName = useOrgNames();
  const cls = useQuery({ queryKey: ['training', 'class', id], queryFn: ({ signal }) => fetchClass(id, signal) });
  const [state, setState] = useTableState(FILTERS, { defaultSort: { sort: 'fullName', order: 'asc' } });
  useDocumentTitle(cls.data?.title ?? t('training.title'));
  const year = cls.data?.openedOn.slice(0, 4);
  const writer = can(me, 'training:write');

  const columns: DataColumn<ClassStudent>[] = [
    { key: 'fullName', title: t('training.class.columns.fullName'), value: (s) => s.person.fullName, compare: (a, b) => (a.person.fullName ?? '').localeCompare(b.person.fullName ?? '', 'vi') },
    { key: 'dateOfBirth', title: t('training.class.columns.dateOfBirth'), value: (s) => s.person.dateOfBirth },
    { key: 'citizenId', title: t('training.class.columns.citizenId'), value: (s) => s.person.citizenId, optional: true },
    { key: 'org', title: t('training.class.columns.org'), value: (s) => orgName(s.orgId), compare: (a, b) => orgName(a.orgId).localeCompare(orgName(b.orgId), 'vi') },
    { key: 'enrolledOn', title: t('training.class.columns.enrolledOn'), value: (s) => s.enrolledOn, optional: true },
    {
      key: 'attendance',
      title: t('training.class.columns.attendance'),
      value: (s) => labels.attendance(s.attendance),
      render: (s) => (
        <span>
          <Tag color={ATTENDANCE_COLOR[s.attendance]}>{labels.attendance(s.attendance)}</Tag>
          {s.withdrawnOn && <span className="muted small">{t('training.class.withdrawnOn', { date: formatLocalDate(s.withdrawnOn) })}</span>}
        </span>
      ),
      compare: (a, b) => a.attendance.localeCompare(b.attendance),
    },
    { key: 'result', title: t('training.class.columns.result'), value: (s) => labels.result(s.result), render: (s) => s.result && <Tag color={s.result === 'passed' ? 'success' : 'error'}>{labels.result(s.result)}</Tag> },
    { key: 'grade', title: t('training.class.columns.grade'), value: (s) => labels.grade(s.grade) },
    { key: 'certificate', title: t('training.class.columns.certificate'), value: (s) => s.certificateNumber },
    { key: 'certificateIssuedOn', title: t('training.class.columns.certificateIssuedOn'), value: (s) => s.certificateIssuedOn, optional: true },
    { key: 'validUntil', title: t('training.class.columns.validUntil'), value: (s) => s.certificateValidUntil, optional: true },
  ];
  if (writer) {
    columns.push({
      key: 'actions',
      title: t('training.class.columns.actions'),
      render: (s) => {
        const go = (what: string) => navigate(`students/${s.enrollmentId}/${what}${window.location.search}`);
        return (
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'attendance', label: t('training.class.attendanceAction'), disabled: Boolean(s.withdrawnOn) },
                { key: 'complete', label: t('training.class.completeAction'), disabled: Boolean(s.withdrawnOn) },
                { key: 'withdraw', label: t('training.class.withdrawAction'), danger: true, disabled: Boolean(s.withdrawnOn || s.completedOn) },
              ],
              onClick: ({ key }) => go(key),
            }}
          >
            <Button size="small" data-command={`student-${s.enrollmentId}`} aria-label={t('training.class.actionsOf', { name: s.person.fullName ?? '' })}>
              {t('training.class.columns.actions')}
            </Button>
          </Dropdown>
        );
      },
    });
  }

  if (cls.isPending) return <Loading />;
  if (cls.isError) return <ErrorNotice error={cls.error} onRetry={() => void cls.refetch()} />;
  const c = cls.data;
  const counts = c.counts;

  return (
    <Page
      id="training-class"
      title={c.title}
      intro={<Link to={`/training?year=${year}`}>← {t('training.class.back', { year })}</Link>}
      actions={
        <IfAllowed permission="training:write">
          <Space wrap>
            <Button id="class-enroll" type="primary" onClick={() => navigate('enroll')}>
              {t('training.class.enroll')}
            </Button>
            <Button id="class-enroll-file" onClick={() => navigate('enroll-file')}>
              {t('training.class.enrollFile')}
            </Button>
            <Button id="class-results" onClick={() => navigate('results')}>
              {t('training.class.results')}
            </Button>
            <Button id="class-edit" onClick={() => navigate('edit')}>
              {t('training.class.edit')}
            </Button>
          </Space>
        </IfAllowed>
      }
    >
      <Descriptions
        className="training-details"
        title={<h2 className="training-section-title">{t('training.class.details')}</h2>}
        size="small"
        bordered
        column={{ xs: 1, xl: 2 }}
        items={[
          { key: 'type', label: t('training.classForm.courseType'), children: courseTypes.name(c.courseTypeCode) },
          { key: 'dates', label: `${t('training.classForm.openedOn')} – ${t('training.classForm.endsOn')}`, children: `${formatLocalDate(c.openedOn)} – ${c.endsOn ? formatLocalDate(c.endsOn) : t('training.none')}` },
          { key: 'cohort', label: t('training.classForm.cohortLabel'), children: c.cohortLabel ?? t('training.none') },
          { key: 'school', label: t('training.classForm.hostSchool'), children: [c.hostSchool, c.partnerSchool].filter(Boolean).join(' · ') || t('training.none') },
          { key: 'location', label: t('training.classForm.location'), children: c.location ?? t('training.none') },
          { key: 'capacity', label: t('training.classForm.capacity'), children: c.capacity ? t('training.class.capacity', { students: formatNumber(counts.students - counts.withdrawn), capacity: formatNumber(c.capacity) }) : t('training.none') },
          { key: 'served', label: t('training.classForm.servedOrgs'), children: c.servedOrgIds.map(orgName).join('; ') || t('training.none'), span: 2 },
          ...(c.notes ? [{ key: 'notes', label: t('training.classForm.notes'), children: c.notes, span: 2 }] : []),
        ]}
      />
      <h2 className="training-section-title">{t('training.class.students')}</h2>
      <p role="status" className="muted">
        {t('training.class.counts', {
          students: formatNumber(counts.students),
          completed: formatNumber(counts.completed),
          passed: formatNumber(counts.passed),
          certificates: formatNumber(counts.certificates),
          withdrawn: formatNumber(counts.withdrawn),
        })}
        {c.scope === 'subtree' && ` ${t('training.class.scopeSubtree')}`}
      </p>
      <DataTable<ClassStudent>
        label={t('training.class.studentsLabel')}
        exportName={`${t('training.class.studentsExport')}-${c.title}`}
        columns={columns}
        rowKey={(s) => s.enrollmentId}
        rows={c.students}
        state={state}
        onState={setState}
        empty={t('training.class.empty')}
      />
      <Outlet context={c} />
    </Page>
  );
}
