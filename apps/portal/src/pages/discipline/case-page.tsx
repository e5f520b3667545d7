import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { DISCIPLINES_KEY, fetchDisciplines } from '../../api/discipline';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { CaseStatusTag, OrgLabel, PenaltyTag, PersonLink } from './bits';
import { RecordState } from './record-state';
import { useCase } from './use-case';

/**
 * One inspection case: the decision, the (confidential) signs of violation, the conclusion once
 * closed, and the disciplines recorded on it; concluding it and recording a discipline from here.
 */
export function CasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, query } = useCase();
  const c = query.data;
  useDocumentTitle(c ? t('discipline.casePage.title', { decision: c.decisionNumber }) : t('discipline.cases.title'));
  const personId = c?.person.personId;
  const disciplines = useQuery({
    queryKey: [...DISCIPLINES_KEY, { personId }],
    queryFn: ({ signal }) => fetchDisciplines({ personId, page: 1, pageSize: 200 }, signal),
    enabled: Boolean(personId),
  });
  const onCase = (disciplines.data?.items ?? []).filter((d) => d.caseId === id);

  if (!c) {
    return (
      <Page id="case" title={t('discipline.cases.title')} intro={<Link to="/inspection/cases">{t('discipline.cases.back')}</Link>}>
        <RecordState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return (
    <Page
      id="case"
      title={t('discipline.casePage.title', { decision: c.decisionNumber })}
      intro={<Link to="/inspection/cases">{t('discipline.cases.back')}</Link>}
      actions={
        <IfAllowed permission="inspection:write">
          <Space wrap>
            {c.status === 'open' && (
              <Button id="case-close" type="primary" onClick={() => navigate(`/inspection/cases/${id}/close`)}>
                {t('discipline.casePage.close')}
              </Button>
            )}
            <Button id="case-decide" onClick={() => navigate(`/inspection/disciplines/new?personId=${c.person.personId}&caseId=${id}`)}>
              {t('discipline.casePage.decide')}
            </Button>
          </Space>
        </IfAllowed>
      }
    >
      <Descriptions bordered column={1} size="small" className="discipline-record">
        <Descriptions.Item label={t('discipline.casePage.person')}>
          <PersonLink person={c.person} />
        </Descriptions.Item>
        <Descriptions.Item label={t('discipline.casePage.org')}>
          <OrgLabel id={c.orgId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('discipline.casePage.decisionNumber')}>{c.decisionNumber}</Descriptions.Item>
        <Descriptions.Item label={t('discipline.casePage.openedOn')}>{formatLocalDate(c.openedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('discipline.casePage.grounds')}>
          <p className="discipline-text">{c.grounds}</p>
        </Descriptions.Item>
        <Descriptions.Item label={t('discipline.casePage.status')}>
          <CaseStatusTag status={c.status} />
        </Descriptions.Item>
        {c.status === 'closed' && (
          <>
            <Descriptions.Item label={t('discipline.casePage.closedOn')}>{formatLocalDate(c.closedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('discipline.casePage.outcome')}>{c.outcome ? t(`discipline.caseOutcome.${c.outcome}`) : ''}</Descriptions.Item>
            <Descriptions.Item label={t('discipline.casePage.conclusion')}>
              <p className="discipline-text">{c.conclusion}</p>
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
      <section className="discipline-section" aria-labelledby="case-disciplines">
        <h2 id="case-disciplines">{t('discipline.casePage.disciplines')}</h2>
        {onCase.length === 0 ? (
          <p className="discipline-empty">{t('discipline.casePage.noDisciplines')}</p>
        ) : (
          <ul>
            {onCase.map((d) => (
              <li key={d.id}>
                <Link to={`/inspection/disciplines/${d.id}`}>{d.decisionNumber}</Link> ({formatLocalDate(d.decidedOn)}) <PenaltyTag level={d.level} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <Outlet />
    </Page>
  );
}
