import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate, useParams } from 'react-router-dom';
import { fetchTarget } from '../../api/inspection';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { canConclude, recordablePhase } from './phase-progress';
import { PhaseSteps } from './phase-steps';
import { Recommendations } from './recommendations';
import { StatusTag } from './status-tag';
import { useInspectionLabels } from './use-labels';
import './inspection.css';

/**
 * Một cuộc kiểm tra, giám sát: its phases with their dates, the team, the findings, the
 * conclusion and the follow-up of each recommendation; each command a drawer at its own address.
 */
export function TargetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const labels = useInspectionLabels();
  const target = useQuery({ queryKey: ['inspection', 'target', id], queryFn: ({ signal }) => fetchTarget(id, signal) });
  useDocumentTitle(target.data?.orgName ?? t('inspection.target.title'));

  if (target.isPending) return <Loading />;
  if (target.isError) return <ErrorNotice error={target.error} onRetry={() => void target.refetch()} />;
  const x = target.data;
  const next = recordablePhase(x.nextPhase);
  const concludable = canConclude(x.nextPhase, x.findings.length);

  return (
    <Page
      id="inspection-target"
      title={x.orgName ?? t('inspection.unknownOrg')}
      intro={
        <>
          <Link to={`/inspection/programs/${x.programId}`}>{t(`inspection.target.back.${x.kind}`, { year: x.year })}</Link> · {labels.mode(x.mode)} ·{' '}
          <StatusTag status={x.status} />
        </>
      }
      actions={
        x.status !== 'concluded' && (
          <IfAllowed permission="inspection:write">
            <Space wrap>
              {next && (
                <Button id="inspection-phase-record" type="primary" onClick={() => navigate(`phases/${next}`)}>
                  {t('inspection.target.recordPhase', { phase: labels.phase(next) })}
                </Button>
              )}
              <Button id="inspection-finding-new" onClick={() => navigate('findings/new')}>
                {t('inspection.target.addFinding')}
              </Button>
              <Button
                id="inspection-conclude"
                type={concludable ? 'primary' : 'default'}
                disabled={!concludable}
                title={concludable ? undefined : t('inspection.target.concludeWhen')}
                onClick={() => navigate('conclude')}
              >
                {t('inspection.target.conclude')}
              </Button>
            </Space>
          </IfAllowed>
        )
      }
    >
      {x.status !== 'concluded' && !concludable && <p className="muted inspection-hint">{t('inspection.target.concludeWhen')}</p>}
      <Card title={<h2 className="inspection-card-title">{t('inspection.target.phasesTitle')}</h2>} className="inspection-card">
        <PhaseSteps target={x} />
      </Card>
      <Card title={<h2 className="inspection-card-title">{t('inspection.target.aboutTitle')}</h2>} className="inspection-card">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('inspection.target.subjectOf')}>{labels.subjectOf(x)}</Descriptions.Item>
          <Descriptions.Item label={t('inspection.target.subject')}>{x.subject}</Descriptions.Item>
          <Descriptions.Item label={t('inspection.target.team')}>
            <ul className="inspection-plain-list">
              {x.team.map((m, i) => (
                <li key={i}>
                  {m.fullName} <Tag>{labels.role(m.role)}</Tag>
                </li>
              ))}
            </ul>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<h2 className="inspection-card-title">{t('inspection.target.findingsTitle', { n: x.findings.length })}</h2>} className="inspection-card">
        {x.findings.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.target.noFindings')} />
        ) : (
          <ol className="inspection-findings">
            {x.findings.map((f, i) => (
              <li key={i}>
                <span className="inspection-date">{formatLocalDate(f.recordedOn)}</span> {f.text}
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card title={<h2 className="inspection-card-title">{t('inspection.target.conclusionTitle')}</h2>} className="inspection-card">
        {x.conclusion ? (
          <>
            <p>
              <strong>{t('inspection.target.conclusionOf', { number: x.conclusion.number, date: formatLocalDate(x.conclusion.date) })}</strong>
            </p>
            <p className="inspection-text">{x.conclusion.text}</p>
          </>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.target.noConclusion')} />
        )}
      </Card>
      {x.conclusion && <Recommendations target={x} />}
      <Outlet />
    </Page>
  );
}
