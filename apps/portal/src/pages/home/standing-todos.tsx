import { useQuery } from '@tanstack/react-query';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { countDisciplineProposals, countFlaggedVotes } from '../../api/home';
import { fetchPendingTotals } from '../../api/rating';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { TodoCard } from './todo-card';

/** Where each card leads. */
export const STANDING_LINKS = {
  ratingDecisions: '/rating/decisions',
  // the cadre workspace's votes, on their "flagged for the Standing Committee" view
  flaggedVotes: '/cadre/votes?view=flagged',
  // the inspection workspace's cases, on their "waiting for a discipline decision" view
  disciplineProposals: '/inspection/cases?status=awaitingDiscipline',
} as const;

const fresh = { staleTime: 60_000 } as const;

/**
 * The Standing Committee's decisions waiting (`rating:approve`): the quality rating proposals of
 * the cells and committees — members, organizations ready (everything below them decided), and
 * organizations still waiting for those below (one request for the three counts); and the
 * confidence votes with more than half low that the cadre service flagged for it (`cadre:read`);
 * and the inspection cases concluded with a violation that no discipline decision has followed yet
 * (`inspection:read`; the inspection service derives the list, the card only counts it).
 */
export function StandingTodos() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const readsCadre = can(me, 'cadre:read');
  const readsInspection = can(me, 'inspection:read');
  const votes = useQuery({ queryKey: ['home', 'cadre', 'flaggedVotes'], queryFn: ({ signal }) => countFlaggedVotes(signal), enabled: readsCadre, ...fresh });
  const disciplines = useQuery({ queryKey: ['home', 'inspection', 'disciplineProposals'], queryFn: ({ signal }) => countDisciplineProposals(signal), enabled: readsInspection, ...fresh });
  const query = { queryKey: ['home', 'rating', 'pending'], queryFn: ({ signal }: { signal: AbortSignal }) => fetchPendingTotals(signal), ...fresh };
  const members = useQuery({ ...query, select: (p: Awaited<ReturnType<typeof fetchPendingTotals>>) => p.members });
  const ready = useQuery({ ...query, select: (p: Awaited<ReturnType<typeof fetchPendingTotals>>) => p.readyOrgs });
  const waiting = useQuery({ ...query, select: (p: Awaited<ReturnType<typeof fetchPendingTotals>>) => p.orgs - p.readyOrgs });

  return (
    <section aria-labelledby="home-standing-title" className="home-section">
      <h2 id="home-standing-title">{t('rating.home.title')}</h2>
      <p className="muted">{t('rating.home.intro')}</p>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12} xxl={8}>
          <TodoCard
            id="todo-rating-proposals"
            title={t('rating.home.proposals.title')}
            hint={t('rating.home.proposals.hint')}
            to={STANDING_LINKS.ratingDecisions}
            nothing={t('rating.home.proposals.none')}
            counts={[
              { key: 'members', tone: 'due', label: t('rating.home.proposals.membersLabel'), what: t('rating.home.proposals.members'), query: members },
              { key: 'orgs', tone: 'due', label: t('rating.home.proposals.orgsLabel'), what: t('rating.home.proposals.orgs'), query: ready },
              { key: 'waiting', tone: 'neutral', label: t('rating.home.proposals.waitingLabel'), what: t('rating.home.proposals.waiting'), query: waiting },
            ]}
          />
        </Col>
        {readsCadre && (
          <Col xs={24} lg={12} xxl={8}>
            <TodoCard
              id="todo-flagged-votes"
              title={t('rating.home.votes.title')}
              hint={t('rating.home.votes.hint')}
              to={STANDING_LINKS.flaggedVotes}
              nothing={t('rating.home.votes.none')}
              counts={[{ key: 'flagged', tone: 'due', label: t('rating.home.votes.label'), what: t('rating.home.votes.what'), query: votes }]}
            />
          </Col>
        )}
        {readsInspection && (
          <Col xs={24} lg={12} xxl={8}>
            <TodoCard
              id="todo-discipline-proposals"
              title={t('discipline.home.title')}
              hint={t('discipline.home.hint')}
              to={STANDING_LINKS.disciplineProposals}
              nothing={t('discipline.home.none')}
              counts={[{ key: 'awaiting', tone: 'due', label: t('discipline.home.label'), what: t('discipline.home.what'), query: disciplines }]}
            />
          </Col>
        )}
      </Row>
    </section>
  );
}
