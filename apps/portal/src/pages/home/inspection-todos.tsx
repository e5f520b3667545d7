import { useQuery } from '@tanstack/react-query';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { countComplaints, countOverduePhases, fetchCoverageCounts } from '../../api/inspection';
import { formatNumber } from '../../format';
import { TodoCard } from './todo-card';

/** Where each card leads: the lists that hold the rows. */
export const INSPECTION_LINKS = {
  overduePhases: '/inspection/phases/overdue',
  complaints: '/inspection/complaints',
  surveysLeft: '/inspection/surveys?tab=coverage&status=remaining',
} as const;

const fresh = { staleTime: 60_000 } as const;

/**
 * The Inspection Committee's work waiting today (`inspection:read`): phases of inspections and
 * supervisions past their due date, complaints and denunciations due and overdue by their
 * statutory deadlines, and the grassroots organizations whose dossiers were never surveyed.
 */
export function InspectionTodos() {
  const { t } = useTranslation();
  const phases = useQuery({ queryKey: ['inspection', 'home', 'overduePhases'], queryFn: ({ signal }) => countOverduePhases(signal), ...fresh });
  const complaintsOverdue = useQuery({ queryKey: ['inspection', 'home', 'complaints', 'overdue'], queryFn: ({ signal }) => countComplaints('overdue', signal), ...fresh });
  const complaintsDue = useQuery({ queryKey: ['inspection', 'home', 'complaints', 'due'], queryFn: ({ signal }) => countComplaints('due', signal), ...fresh });
  // one request for the card's figure and its hint
  const coverageQuery = { queryKey: ['inspection', 'home', 'coverage'], queryFn: ({ signal }: { signal: AbortSignal }) => fetchCoverageCounts(signal), ...fresh };
  const coverage = useQuery(coverageQuery);
  const remaining = useQuery({ ...coverageQuery, select: (c: Awaited<ReturnType<typeof fetchCoverageCounts>>) => c.remaining });

  return (
    <section aria-labelledby="home-inspection-title" className="home-section">
      <h2 id="home-inspection-title">{t('inspection.home.title')}</h2>
      <p className="muted">{t('inspection.home.intro')}</p>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12} xxl={8}>
          <TodoCard
            id="todo-inspection-phases"
            title={t('inspection.home.phases.title')}
            hint={t('inspection.home.phases.hint')}
            to={INSPECTION_LINKS.overduePhases}
            nothing={t('inspection.home.phases.none')}
            counts={[{ key: 'overdue', tone: 'overdue', label: t('inspection.home.overdueLabel'), what: t('inspection.home.phases.what'), query: phases }]}
          />
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <TodoCard
            id="todo-inspection-complaints"
            title={t('inspection.home.complaints.title')}
            hint={t('inspection.home.complaints.hint')}
            to={INSPECTION_LINKS.complaints}
            nothing={t('inspection.home.complaints.none')}
            counts={[
              { key: 'overdue', tone: 'overdue', label: t('inspection.home.overdueLabel'), what: t('inspection.home.complaints.overdue'), query: complaintsOverdue },
              { key: 'due', tone: 'due', label: t('inspection.home.dueLabel'), what: t('inspection.home.complaints.due'), query: complaintsDue },
            ]}
          />
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <TodoCard
            id="todo-inspection-surveys"
            title={t('inspection.home.surveys.title')}
            hint={
              coverage.data
                ? t('inspection.home.surveys.hint', { surveyed: formatNumber(coverage.data.surveyed), total: formatNumber(coverage.data.grassroots) })
                : t('inspection.home.surveys.hintLoading')
            }
            to={INSPECTION_LINKS.surveysLeft}
            nothing={t('inspection.home.surveys.none')}
            counts={[{ key: 'remaining', tone: 'due', label: t('inspection.home.surveys.label'), what: t('inspection.home.surveys.what'), query: remaining }]}
          />
        </Col>
      </Row>
    </section>
  );
}
