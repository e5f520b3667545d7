import { useQuery } from '@tanstack/react-query';
import { Descriptions, Progress, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams, useSearchParams } from 'react-router-dom';
import { fetchRound, RATING_KEY, type Round } from '../../api/rating';
import { formatDateTime, formatLocalDate, formatNumber } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { PeerGroupsTable } from './peer-groups-table';
import { RoundSummary } from './round-summary';
import './rating.css';

const TABS = ['groups', 'summary'] as const;
type Tab = (typeof TABS)[number];

/**
 * Một đợt đánh giá: its rule set and deadlines, the progress of self-ratings, proposals and
 * decisions, then its peer groups with the excellent quota of each (each opens its board), or
 * the summary by level as the year-end report writes it (`?tab=summary`).
 */
export function RoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'groups';
  const round = useQuery({ queryKey: [...RATING_KEY, 'round', id], queryFn: ({ signal }) => fetchRound(id, signal) });
  useDocumentTitle(round.data?.name ?? t('rating.rounds.title'));

  if (round.isPending) return <Loading />;
  if (round.isError) return <ErrorNotice error={round.error} onRetry={() => void round.refetch()} />;
  const r = round.data;
  const rules = r.ruleSet;
  const setTab = (key: string) =>
    setParams((p) => {
      const next = new URLSearchParams();
      if (key !== 'groups') next.set('tab', key);
      // the summary keeps its organization; the groups table its own state
      for (const [k, v] of p) if (k !== 'tab' && (key === 'summary' ? k === 'orgId' : k !== 'orgId')) next.set(k, v);
      return next;
    });

  return (
    <Page
      id="rating-round"
      title={r.name}
      intro={
        <>
          <Link to={`/rating/rounds?year=${r.year}`}>{t('rating.round.back')}</Link> · {r.scopeName ?? t('rating.common.wholeBloc')} · {rules.regulation}
        </>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} className="rating-facts">
        <Descriptions.Item label={t('rating.round.facts.kind')}>
          {rules.kind === 'points' && rules.thresholds
            ? t('rating.round.kindPoints', { excellent: rules.thresholds.excellentFrom, good: rules.thresholds.goodFrom, completed: rules.thresholds.completedFrom })
            : t('rating.round.kindCriteria')}
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.round.facts.asOf')}>{formatLocalDate(r.asOf)}</Descriptions.Item>
        <Descriptions.Item label={t('rating.round.facts.deadlines')}>
          {t('rating.round.facts.deadlinesText', {
            selfRating: formatLocalDate(r.deadlines.selfRating),
            proposal: formatLocalDate(r.deadlines.proposal),
            decision: formatLocalDate(r.deadlines.decision),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.round.facts.excluded')}>{formatNumber(r.excludedMembers)}</Descriptions.Item>
        <Descriptions.Item label={t('rating.round.facts.openedBy')}>
          {r.openedBy.username} · {formatDateTime(r.createdAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('rating.round.facts.regulation')}>{t('rating.quota.rule', { percent: rules.quota.percentOfGoodOrBetter, regulation: rules.quota.regulation })}</Descriptions.Item>
      </Descriptions>
      <RoundProgress round={r} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'groups', label: t('rating.round.tabs.groups'), children: tab === 'groups' ? <PeerGroupsTable round={r} /> : null },
          { key: 'summary', label: t('rating.round.tabs.summary'), children: tab === 'summary' ? <RoundSummary round={r} /> : null },
        ]}
      />
      <Outlet />
    </Page>
  );
}

/** Self-rated, proposed, decided out of the subjects, for the organizations and the members. */
function RoundProgress({ round }: { round: Round }) {
  const { t } = useTranslation();
  const block = (title: string, c: Round['orgs']) => (
    <div>
      <h3>{title}</h3>
      {(['selfRated', 'proposed', 'decided'] as const).map((step) => {
        const text = t('rating.round.progressStep', { step: t(`rating.round.steps.${step}`), done: formatNumber(c[step]), total: formatNumber(c.subjects) });
        return (
          <div key={step} className="rating-progress-step">
            <span className="rating-nowrap">{text}</span>
            <Progress percent={c.subjects ? Math.round((c[step] / c.subjects) * 100) : 0} size="small" showInfo={false} aria-label={text} />
          </div>
        );
      })}
    </div>
  );
  return (
    <section aria-label={t('rating.round.progress')} className="rating-progress">
      {block(t('rating.round.progressOrgs'), round.orgs)}
      {block(t('rating.round.progressMembers'), round.members)}
    </section>
  );
}
