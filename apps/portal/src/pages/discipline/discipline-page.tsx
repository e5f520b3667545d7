import { Button, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, todayInVietnam } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { OrgLabel, PenaltyTag, PersonLink, ValidityTag } from './bits';
import { DisciplineComplaints } from './discipline-complaints';
import { validityOf } from './penalties';
import { RecordState } from './record-state';
import { useDiscipline } from './use-discipline';

/**
 * One discipline decision in full (discipline:read): whom, the violation, the penalty proposed and
 * decided, the deciding body, its dates and validity; the complaints against it below, each
 * settled by a ruling (upheld, lessened, annulled) in a drawer at its own address.
 */
export function DisciplinePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, query } = useDiscipline();
  const d = query.data;
  useDocumentTitle(d ? t('discipline.disciplinePage.title', { decision: d.decisionNumber }) : t('discipline.disciplines.title'));
  const back = <Link to="/inspection/disciplines">{t('discipline.disciplines.back')}</Link>;

  if (!d) {
    return (
      <Page id="discipline" title={t('discipline.disciplines.title')} intro={back}>
        <RecordState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return (
    <Page
      id="discipline"
      title={t('discipline.disciplinePage.title', { decision: d.decisionNumber })}
      intro={back}
      actions={
        d.status === 'in_force' && (
          <IfAllowed permission="inspection:write">
            <Button id="discipline-complain" onClick={() => navigate(`/inspection/disciplines/${id}/complaints/new`)}>
              {t('discipline.disciplinePage.complain')}
            </Button>
          </IfAllowed>
        )
      }
    >
      <Descriptions bordered column={1} size="small" className="discipline-record">
        <Descriptions.Item label={t('discipline.disciplinePage.who')}>
          {d.person ? <PersonLink person={d.person} /> : <OrgLabel id={d.orgId} />} ({t(`discipline.subject.${d.subject}`)})
        </Descriptions.Item>
        {d.person && (
          <Descriptions.Item label={t('discipline.disciplinePage.org')}>
            <OrgLabel id={d.orgId} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('discipline.disciplinePage.violation')}>
          <p className="discipline-text">{d.violation}</p>
        </Descriptions.Item>
        {d.proposedLevel && <Descriptions.Item label={t('discipline.disciplinePage.proposedLevel')}>{t(`discipline.penalty.${d.proposedLevel}`)}</Descriptions.Item>}
        <Descriptions.Item label={t('discipline.disciplinePage.level')}>
          <PenaltyTag level={d.level} />
        </Descriptions.Item>
        <Descriptions.Item label={t('discipline.disciplinePage.decidingBody')}>{t(`discipline.body.${d.decidingBody}`)}</Descriptions.Item>
        <Descriptions.Item label={t('discipline.disciplinePage.competence')}>{d.competenceRegulation}</Descriptions.Item>
        <Descriptions.Item label={t('discipline.disciplinePage.decisionNumber')}>{d.decisionNumber}</Descriptions.Item>
        <Descriptions.Item label={t('discipline.disciplinePage.decidedOn')}>{formatLocalDate(d.decidedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('discipline.disciplinePage.effectiveOn')}>{formatLocalDate(d.effectiveOn)}</Descriptions.Item>
        {d.periodMonths && d.endsOn && (
          <Descriptions.Item label={t('discipline.disciplinePage.period')}>{t('discipline.disciplinePage.periodValue', { months: d.periodMonths, date: formatLocalDate(d.endsOn) })}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('discipline.disciplinePage.status')}>
          <ValidityTag validity={validityOf(d, todayInVietnam())} />
          {d.annulledOn && <span> {t('discipline.disciplinePage.annulled', { date: formatLocalDate(d.annulledOn), decision: d.annulmentDecisionNumber ?? '' })}</span>}
        </Descriptions.Item>
        {d.replacedBy && (
          <Descriptions.Item label={t('discipline.disciplinePage.replacedBy')}>
            <Link to={`/inspection/disciplines/${d.replacedBy}`}>{t('discipline.disciplinePage.openDecision')}</Link>
          </Descriptions.Item>
        )}
        {d.replaces && (
          <Descriptions.Item label={t('discipline.disciplinePage.replaces')}>
            <Link to={`/inspection/disciplines/${d.replaces}`}>{t('discipline.disciplinePage.openDecision')}</Link>
          </Descriptions.Item>
        )}
        {d.caseId && (
          <Descriptions.Item label={t('discipline.disciplinePage.case')}>
            <Link to={`/inspection/cases/${d.caseId}`}>{t('discipline.disciplinePage.openCase')}</Link>
          </Descriptions.Item>
        )}
      </Descriptions>
      <DisciplineComplaints discipline={d} />
      <Outlet />
    </Page>
  );
}
