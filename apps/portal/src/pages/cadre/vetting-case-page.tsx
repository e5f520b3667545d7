import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Space, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { fetchVettingCase } from '../../api/cadre';
import { IfAllowed } from '../../auth/guards';
import { formatDateTime, formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { LinkButton } from '../members/link-button';
import { PersonLink } from './bits';
import { useCadreLabels } from './use-labels';
import { ResultTag, VettingStatusTag } from './vetting-tags';
import './cadre.css';

/** Một hồ sơ thẩm tra (confidential): the person and purpose, each step with who recorded it, the police's reply, the conclusion, the person's other cases. */
export function VettingCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const labels = useCadreLabels();
  const found = useQuery({ queryKey: ['cadre', 'vetting', 'case', id], queryFn: ({ signal }) => fetchVettingCase(id, signal) });
  useDocumentTitle(found.data ? t('cadre.vettingCase.titleOf', { name: found.data.person.fullName ?? '' }) : t('cadre.vettingCase.title'));
  if (found.isPending) return <Loading />;
  if (found.isError) return <ErrorNotice error={found.error} onRetry={() => void found.refetch()} />;
  const c = found.data;
  const year = c.openedOn.slice(0, 4);

  return (
    <Page
      id="cadre-vetting-case"
      title={t('cadre.vettingCase.titleOf', { name: c.person.fullName ?? t('cadre.unknownPerson') })}
      intro={
        <>
          <Link to={`/cadre/vetting?year=${year}`}>{t('cadre.vettingCase.back', { year })}</Link> · {labels.purpose(c.purpose)}
          {c.purposeNote ? `: ${c.purposeNote}` : ''} · <VettingStatusTag status={c.status} />
        </>
      }
      actions={
        <IfAllowed permission="vetting:write">
          <Space wrap>
            {c.status === 'requested' && c.request && (
              <LinkButton id="vetting-case-reply" type="primary" to={`/cadre/vetting/reply?year=${year}&requestId=${c.request.id}`}>
                {t('cadre.vetting.reply')}
              </LinkButton>
            )}
            {c.status !== 'concluded' && (
              <LinkButton id="vetting-case-conclude" to={`/cadre/vetting/conclude?year=${year}&caseId=${c.id}`}>
                {t('cadre.vetting.conclude')}
              </LinkButton>
            )}
          </Space>
        </IfAllowed>
      }
    >
      <Card title={<h2 className="cadre-card-title">{t('cadre.vettingCase.about')}</h2>} className="cadre-card">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('cadre.vetting.columns.person')}>
            <PersonLink person={c.person} />
          </Descriptions.Item>
          <Descriptions.Item label={t('cadre.org')}>{c.orgName ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('cadre.vetting.columns.openedOn')}>{formatLocalDate(c.openedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('cadre.vetting.columns.letter')}>{c.request ? t('cadre.committee.decisionRef', { number: c.request.letterNumber, date: formatLocalDate(c.request.sentOn) }) : '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<h2 className="cadre-card-title">{t('cadre.vettingCase.steps')}</h2>} className="cadre-card">
        <Timeline
          items={c.history.map((h, i) => ({
            key: i,
            content: (
              <>
                <strong>{t(`cadre.vettingCase.step.${h.step}`)}</strong> — {formatLocalDate(h.on)}
                {h.number ? ` · ${h.number}` : ''}
                <div className="muted small">{t('cadre.vettingCase.recorded', { by: h.recordedBy, at: formatDateTime(h.recordedAt) })}</div>
              </>
            ),
          }))}
        />
      </Card>
      <Card title={<h2 className="cadre-card-title">{t('cadre.vettingCase.reply')}</h2>} className="cadre-card">
        {c.reply ? (
          <>
            <p>
              <strong>{labels.opinion(c.reply.opinion)}</strong> — {t('cadre.committee.decisionRef', { number: c.reply.replyNumber, date: formatLocalDate(c.reply.repliedOn) })}
            </p>
            {c.reply.summary && <p className="cadre-text">{c.reply.summary}</p>}
          </>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadre.vettingCase.noReply')} />
        )}
      </Card>
      <Card title={<h2 className="cadre-card-title">{t('cadre.vettingCase.conclusion')}</h2>} className="cadre-card">
        {c.conclusion ? (
          <>
            <p>
              <ResultTag result={c.conclusion.result} /> {t('cadre.committee.decisionRef', { number: c.conclusion.conclusionNumber, date: formatLocalDate(c.conclusion.concludedOn) })}
            </p>
            <p className="muted">
              {labels.basis(c.conclusion.basis)}
              {c.conclusion.basisNote ? ` — ${c.conclusion.basisNote}` : ''}
            </p>
            <p className="cadre-text">{c.conclusion.text}</p>
            {c.conclusion.note && <p className="cadre-text">{c.conclusion.note}</p>}
          </>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadre.vettingCase.noConclusion')} />
        )}
      </Card>
      {c.otherCases.length > 0 && (
        <Card title={<h2 className="cadre-card-title">{t('cadre.vettingCase.others')}</h2>} className="cadre-card">
          <ul className="cadre-plain-list">
            {c.otherCases.map((o) => (
              <li key={o.id}>
                <Link to={`/cadre/vetting/cases/${o.id}`}>
                  {labels.purpose(o.purpose)} — {formatLocalDate(o.openedOn)}
                </Link>{' '}
                <VettingStatusTag status={o.status} /> {o.result && <ResultTag result={o.result} />}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </Page>
  );
}
