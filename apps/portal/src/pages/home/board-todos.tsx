import { useQuery } from '@tanstack/react-query';
import { Alert, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  countAdmissionDeadlines,
  countDeathNotices,
  countMissingDossiers,
  countProbationReviews,
  countTransferDeadlines,
  countTransfersInTransit,
} from '../../api/home';
import { formatNumber } from '../../format';
import { BadgeCard } from './badge-card';
import { TodoCard, type TodoCount } from './todo-card';

/** Where each card leads: the list pages that hold the rows. */
export const TODO_LINKS = {
  probation: '/probation',
  admissions: '/candidates',
  transfers: '/transfers',
  deaths: '/leaving',
  badges: '/badges',
  missingDossiers: '/transfers?tab=missing',
} as const;

/** One count of the home page; a minute old is fresh enough (the lists show the live rows). */
function useCount(key: string[], count: (signal: AbortSignal) => Promise<number>) {
  return useQuery({ queryKey: ['home', ...key], queryFn: ({ signal }) => count(signal), staleTime: 60_000 });
}

/**
 * The Organization Board's (and a secretary's) work waiting today: each deadline the
 * regulations set, counted by the list that enforces it, in the caller's scope.
 */
export function BoardTodos() {
  const { t } = useTranslation();
  const due = t('home.todo.due');
  const overdue = t('home.todo.overdue');

  const probationOverdue = useCount(['probation', 'overdue'], (signal) => countProbationReviews('overdue', signal));
  const probationDue = useCount(['probation', 'due'], (signal) => countProbationReviews('due', signal));
  const admissionsOverdue = useCount(['admissions', 'overdue'], (signal) => countAdmissionDeadlines('overdue', signal));
  const admissionsDue = useCount(['admissions', 'due'], (signal) => countAdmissionDeadlines('due', signal));
  const transfersOverdue = useCount(['transfers', 'overdue'], (signal) => countTransferDeadlines('overdue', signal));
  const transfersDue = useCount(['transfers', 'due'], (signal) => countTransferDeadlines('due', signal));
  const inTransit = useCount(['transfers', 'inTransit'], countTransfersInTransit);
  const deathsOverdue = useCount(['deaths', 'overdue'], (signal) => countDeathNotices('overdue', signal));
  const deathsDue = useCount(['deaths', 'due'], (signal) => countDeathNotices('due', signal));
  const missing = useCount(['missingDossiers'], countMissingDossiers);

  const dueAndOverdue = (o: TodoCount['query'], d: TodoCount['query']): TodoCount[] => [
    { key: 'overdue', tone: 'overdue', label: t('home.todo.overdueLabel'), what: overdue, query: o },
    { key: 'due', tone: 'due', label: t('home.todo.dueLabel'), what: due, query: d },
  ];

  const overdueQueries = [probationOverdue, admissionsOverdue, transfersOverdue, deathsOverdue];
  const overdueTotal = overdueQueries.every((q) => q.isSuccess) ? overdueQueries.reduce((sum, q) => sum + (q.data ?? 0), 0) : null;

  return (
    <section aria-labelledby="home-todo-title" className="home-section">
      <h2 id="home-todo-title">{t('home.todo.title')}</h2>
      <p className="muted">{t('home.todo.intro')}</p>
      {overdueTotal !== null && overdueTotal > 0 && (
        <Alert type="error" showIcon className="home-alert" title={t('home.todo.overdueSummary', { n: formatNumber(overdueTotal) })} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12} xxl={8}>
          <TodoCard
            id="todo-probation"
            title={t('home.todo.probation.title')}
            hint={t('home.todo.probation.hint')}
            to={TODO_LINKS.probation}
            counts={dueAndOverdue(probationOverdue, probationDue)}
          />
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <TodoCard
            id="todo-admissions"
            title={t('home.todo.admissions.title')}
            hint={t('home.todo.admissions.hint')}
            to={TODO_LINKS.admissions}
            counts={dueAndOverdue(admissionsOverdue, admissionsDue)}
          />
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <TodoCard
            id="todo-transfers"
            title={t('home.todo.transfers.title')}
            hint={t('home.todo.transfers.hint')}
            to={TODO_LINKS.transfers}
            counts={[
              ...dueAndOverdue(transfersOverdue, transfersDue),
              { key: 'inTransit', tone: 'neutral', label: t('home.todo.transfers.inTransitLabel'), what: t('home.todo.transfers.inTransit'), query: inTransit },
            ]}
          />
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <TodoCard
            id="todo-deaths"
            title={t('home.todo.deaths.title')}
            hint={t('home.todo.deaths.hint')}
            to={TODO_LINKS.deaths}
            counts={dueAndOverdue(deathsOverdue, deathsDue)}
          />
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <BadgeCard to={TODO_LINKS.badges} />
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <TodoCard
            id="todo-missing-dossiers"
            title={t('home.todo.missingDossiers.title')}
            hint={t('home.todo.missingDossiers.hint')}
            to={TODO_LINKS.missingDossiers}
            nothing={t('home.todo.missingDossiers.none')}
            counts={[
              { key: 'missing', tone: 'overdue', label: t('home.todo.missingDossiers.countLabel'), what: t('home.todo.missingDossiers.count'), query: missing },
            ]}
          />
        </Col>
      </Row>
    </section>
  );
}
