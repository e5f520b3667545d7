import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router-dom';
import { fetchVote } from '../../api/cadre';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, formatNumber } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { LinkButton } from '../members/link-button';
import { PersonLink, ToneTag } from './bits';
import { boardPath } from './plans-list';
import { useCadreLabels } from './use-labels';
import { ResultTag, StatusTag } from './vote-tags';
import './cadre.css';

/**
 * Phiếu kết quả lấy phiếu tín nhiệm: who was summoned and attended (the quorum is 2/3 of those
 * summoned), the ballots at each level with their shares, the result under Quy định 96-QĐ/TW,
 * the flag for the Standing Committee, its decision, and the plans the vote ended.
 */
export function VotePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const labels = useCadreLabels();
  const vote = useQuery({ queryKey: ['cadre', 'vote', id], queryFn: ({ signal }) => fetchVote(id, signal) });
  useDocumentTitle(vote.data ? t('cadre.vote.titleOf', { name: vote.data.person.fullName ?? '' }) : t('cadre.vote.title'));
  if (vote.isPending) return <Loading />;
  if (vote.isError) return <ErrorNotice error={vote.error} onRetry={() => void vote.refetch()} />;
  const v = vote.data;

  return (
    <Page
      id="cadre-vote"
      title={t('cadre.vote.titleOf', { name: v.person.fullName ?? t('cadre.unknownPerson') })}
      intro={
        <>
          <Link to={`/cadre/votes?year=${v.heldOn.slice(0, 4)}`}>{t('cadre.vote.back', { year: v.heldOn.slice(0, 4) })}</Link> · {labels.post(v.post)} ·{' '}
          {v.orgName ?? t('cadre.unknownOrg')} · {t('cadre.vote.heldOn', { date: formatLocalDate(v.heldOn) })}
        </>
      }
      actions={
        v.status === 'awaiting_decision' && (
          <IfAllowed permission="cadre:write">
            <LinkButton id="cadre-vote-decide" type="primary" to="decide">
              {t('cadre.vote.decide')}
            </LinkButton>
          </IfAllowed>
        )
      }
    >
      {!v.valid && (
        <div id="cadre-vote-invalid">
          <Alert className="cadre-alert" type="warning" showIcon title={t('cadre.vote.invalid')} description={t('cadre.vote.invalidWhy', { attendance: v.sheet.attendance, regulation: v.regulation })} />
        </div>
      )}
      {v.flagged && (
        <Alert
          className="cadre-alert"
          type={v.result === 'dismissal_to_consider' ? 'error' : 'warning'}
          showIcon
          title={t(`cadre.vote.flag.${v.result === 'dismissal_to_consider' ? 'dismissal' : 'relief'}`, { low: v.sheet.low })}
          description={v.decision ? t('cadre.vote.decidedShort', { outcome: labels.outcome(v.decision.outcome), number: v.decision.decisionNumber, date: formatLocalDate(v.decision.decidedOn) }) : t('cadre.vote.awaiting')}
        />
      )}
      <Card title={<h2 className="cadre-card-title">{t('cadre.vote.sheetTitle')}</h2>} className="cadre-card">
        <div id="cadre-vote-sheet">
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('cadre.vote.person')}>
            <PersonLink person={v.person} />
          </Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.post')}>
            {labels.post(v.post)} — {labels.kind(v.committeeKind)}, {v.orgName ?? t('cadre.unknownOrg')} ({t('cadre.vote.term', { term: v.term })})
          </Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.votingBody')}>{v.votingBody}</Descriptions.Item>
          {v.reference && <Descriptions.Item label={t('cadre.vote.reference')}>{v.reference}</Descriptions.Item>}
          <Descriptions.Item label={t('cadre.vote.summoned')}>{formatNumber(v.summoned)}</Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.attended')}>{v.sheet.attendance}</Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.quorum')}>
            {v.valid ? <ToneTag tone="ok">{t('cadre.vote.quorumMet')}</ToneTag> : <ToneTag tone="bad">{t('cadre.vote.quorumMissed')}</ToneTag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.ballots')}>{formatNumber(v.ballots)}</Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.high')}>{v.sheet.high}</Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.normal')}>{v.sheet.normal}</Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.low')}>{v.sheet.low}</Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.result')}>
            <ResultTag vote={v} /> <span className="muted">({v.regulation})</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('cadre.vote.status')}>
            <StatusTag vote={v} />
          </Descriptions.Item>
        </Descriptions>
        </div>
      </Card>
      {v.decision && (
        <Card title={<h2 className="cadre-card-title">{t('cadre.vote.decisionTitle')}</h2>} className="cadre-card">
          <p>
            <strong>{labels.outcome(v.decision.outcome)}</strong> — {t('cadre.committee.decisionRef', { number: v.decision.decisionNumber, date: formatLocalDate(v.decision.decidedOn) })}
          </p>
          {v.decision.note && <p className="cadre-text">{v.decision.note}</p>}
        </Card>
      )}
      {v.planningExits.length > 0 && (
        <Card title={<h2 className="cadre-card-title">{t('cadre.vote.exitsTitle')}</h2>} className="cadre-card">
          <ul className="cadre-plain-list">
            {v.planningExits.map((e) => (
              <li key={e.entryId}>
                <Link to={boardPath(e)}>{labels.post(e.post)}</Link> — {labels.kind(e.committeeKind)}, {t('cadre.vote.term', { term: e.term })}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Outlet />
    </Page>
  );
}
