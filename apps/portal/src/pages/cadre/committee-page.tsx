import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams, useSearchParams } from 'react-router-dom';
import { fetchCommittee, type CommitteeDecision, type Holding, type PostSlot } from '../../api/cadre';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { LinkButton } from '../members/link-button';
import { Filter, PersonLink, ToneTag } from './bits';
import { DecisionPeople } from './decision-people';
import { useCadreLabels } from './use-labels';
import './cadre.css';

/**
 * Một cấp ủy (ủy ban kiểm tra) của một nhiệm kỳ: its posts with holders and vacancies on a day
 * (`?asOf=`), every holding of the term with the decisions that began and ended it, and its
 * decisions; consolidation and departures are commands at their own addresses.
 */
export function CommitteePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const labels = useCadreLabels();
  const committee = useQuery({ queryKey: ['cadre', 'committee', id, asOf], queryFn: ({ signal }) => fetchCommittee(id, asOf, signal) });
  const c = committee.data;
  const title = c ? t('cadre.committee.title', { kind: labels.kind(c.kind), org: c.orgName ?? t('cadre.unknownOrg'), term: c.term }) : t('cadre.committee.loadingTitle');
  useDocumentTitle(title);
  if (committee.isPending) return <Loading />;
  if (committee.isError || !c) return <ErrorNotice error={committee.error} onRetry={() => void committee.refetch()} />;
  const search = params.toString() ? `?${params.toString()}` : '';

  const slotColumns = [
    { key: 'post', title: t('cadre.committee.columns.post'), render: (_: unknown, s: PostSlot) => <strong>{labels.post(s.post)}</strong> },
    {
      key: 'seats',
      title: t('cadre.committee.columns.seats'),
      render: (_: unknown, s: PostSlot) => t('cadre.committees.holdersOf', { holders: formatNumber(s.holders.length), seats: formatNumber(s.seats) }),
    },
    {
      key: 'holders',
      title: t('cadre.committee.columns.holders'),
      render: (_: unknown, s: PostSlot) => (
        <ul className="cadre-plain-list">
          {s.holders.map((h) => (
            <li key={h.id}>
              <PersonLink person={h.person} /> <span className="muted">{t('cadre.committee.since', { date: formatLocalDate(h.from) })}</span>
              {h.notMemberSince && <ToneTag tone="bad">{t('cadre.committee.notMember', { date: formatLocalDate(h.notMemberSince) })}</ToneTag>}
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'vacancies',
      title: t('cadre.committee.columns.vacancies'),
      render: (_: unknown, s: PostSlot) => (s.vacancies > 0 ? <ToneTag tone="warn">{t('cadre.committees.vacant', { n: formatNumber(s.vacancies) })}</ToneTag> : null),
    },
  ];

  const historyColumns = [
    { key: 'person', title: t('cadre.committee.columns.person'), render: (_: unknown, h: Holding) => <PersonLink person={h.person} /> },
    { key: 'post', title: t('cadre.committee.columns.post'), render: (_: unknown, h: Holding) => labels.post(h.post) },
    { key: 'from', title: t('cadre.committee.columns.from'), render: (_: unknown, h: Holding) => formatLocalDate(h.from) },
    {
      key: 'started',
      title: t('cadre.committee.columns.started'),
      render: (_: unknown, h: Holding) => (
        <>
          <div>{labels.mode(h.startMode)}</div>
          <div className="muted">{t('cadre.committee.decisionRef', { number: h.started.number, date: formatLocalDate(h.started.date) })}</div>
        </>
      ),
    },
    { key: 'to', title: t('cadre.committee.columns.to'), render: (_: unknown, h: Holding) => (h.to ? formatLocalDate(h.to) : <ToneTag tone="ok">{t('cadre.committee.holding')}</ToneTag>) },
    {
      key: 'ended',
      title: t('cadre.committee.columns.ended'),
      render: (_: unknown, h: Holding) =>
        h.endReason && (
          <>
            <div>{labels.endReason(h.endReason)}</div>
            {h.ended && <div className="muted">{t('cadre.committee.decisionRef', { number: h.ended.number, date: formatLocalDate(h.ended.date) })}</div>}
          </>
        ),
    },
  ];

  const decisionColumns = [
    { key: 'date', title: t('cadre.committee.columns.date'), render: (_: unknown, d: CommitteeDecision) => formatLocalDate(d.date) },
    { key: 'type', title: t('cadre.committee.columns.type'), render: (_: unknown, d: CommitteeDecision) => t(`cadre.decisionTypes.${d.type}`) },
    { key: 'number', title: t('cadre.committee.columns.number'), render: (_: unknown, d: CommitteeDecision) => d.number },
    { key: 'body', title: t('cadre.committee.columns.body'), render: (_: unknown, d: CommitteeDecision) => (d.decidingBody ? labels.body(d.decidingBody) : '') },
    { key: 'people', title: t('cadre.committee.columns.people'), render: (_: unknown, d: CommitteeDecision) => <DecisionPeople decision={d} /> },
  ];

  return (
    <Page
      id="cadre-committee"
      title={title}
      intro={
        <>
          <Link to={`/cadre/committees?term=${c.term}`}>{t('cadre.committee.back', { term: c.term })}</Link> ·{' '}
          {t('cadre.committee.elected', { date: formatLocalDate(c.electedOn), number: c.decisionNumber, decided: formatLocalDate(c.decisionDate) })}
        </>
      }
      actions={
        <IfAllowed permission="cadre:write">
          <Space wrap>
            <LinkButton id="cadre-consolidate" type="primary" to={`consolidate${search}`}>
              {t('cadre.committee.consolidate')}
            </LinkButton>
            <LinkButton id="cadre-depart" to={`depart${search}`}>
              {t('cadre.committee.depart')}
            </LinkButton>
          </Space>
        </IfAllowed>
      }
    >
      <div className="cadre-toolbar">
        <Filter id="cadre-committee-asof" label={t('cadre.committee.asOf')}>
          <DatePicker
            id="cadre-committee-asof"
            format={['DD/MM/YYYY', 'D/M/YYYY']}
            value={dayjs(c.asOf)}
            allowClear={false}
            onChange={(d) =>
              setParams((p) => {
                const next = new URLSearchParams(p);
                if (d) next.set('asOf', d.format('YYYY-MM-DD'));
                return next;
              })
            }
          />
        </Filter>
        <p className="cadre-summary" role="status">
          {t('cadre.committee.counts', { holders: formatNumber(c.holders), seats: formatNumber(c.seats), vacancies: formatNumber(c.vacancies), date: formatLocalDate(c.asOf) })}
        </p>
      </div>
      <Card title={<h2 className="cadre-card-title">{t('cadre.committee.postsTitle', { date: formatLocalDate(c.asOf) })}</h2>} className="cadre-card">
        <Table<PostSlot> size="small" rowKey="post" dataSource={c.posts.filter((s) => s.seats > 0 || s.holders.length > 0)} columns={slotColumns} pagination={false} scroll={{ x: 'max-content' }} />
      </Card>
      <Card title={<h2 className="cadre-card-title">{t('cadre.committee.historyTitle')}</h2>} className="cadre-card">
        <Table<Holding> size="small" rowKey="id" dataSource={c.history} columns={historyColumns} pagination={false} scroll={{ x: 'max-content' }} />
      </Card>
      <Card title={<h2 className="cadre-card-title">{t('cadre.committee.decisionsTitle')}</h2>} className="cadre-card">
        <Table<CommitteeDecision> size="small" rowKey="id" dataSource={c.decisions} columns={decisionColumns} pagination={false} />
      </Card>
      <Outlet />
    </Page>
  );
}
