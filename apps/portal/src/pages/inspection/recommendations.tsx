import { Button, Card, Empty, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Target } from '../../api/inspection';
import { IfAllowed } from '../../auth/guards';
import { formatLocalDate, todayInVietnam } from '../../format';
import { ToneTag } from './tone-tag';

/** Kiến nghị of the conclusion, each with its follow-ups until it is carried out (closed). */
export function Recommendations({ target }: { target: Target }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = todayInVietnam();
  return (
    <Card title={<h2 className="inspection-card-title">{t('inspection.recs.title', { n: target.recommendations.length })}</h2>} className="inspection-card">
      {target.recommendations.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.recs.none')} />}
      <ol className="inspection-recs">
        {target.recommendations.map((r, i) => {
          const late = !r.closedOn && r.dueOn && r.dueOn < today;
          return (
            <li key={r.id} className="inspection-rec">
              <div className="inspection-rec-head">
                <span className="inspection-rec-text">{r.text}</span>
                {r.closedOn ? (
                  <ToneTag tone="ok">{t('inspection.recs.closed', { date: formatLocalDate(r.closedOn) })}</ToneTag>
                ) : late ? (
                  <ToneTag tone="late">{t('inspection.recs.late', { date: formatLocalDate(r.dueOn) })}</ToneTag>
                ) : (
                  <ToneTag tone="soon">{r.dueOn ? t('inspection.recs.openDue', { date: formatLocalDate(r.dueOn) }) : t('inspection.recs.open')}</ToneTag>
                )}
                {!r.closedOn && (
                  <IfAllowed permission="inspection:write">
                    <Button id={`inspection-follow-up-${i + 1}`} size="middle" onClick={() => navigate(`recommendations/${r.id}/follow-up`)}>
                      {t('inspection.recs.followUp')}
                    </Button>
                  </IfAllowed>
                )}
              </div>
              {r.followUps.length > 0 ? (
                <Timeline
                  className="inspection-timeline"
                  items={r.followUps.map((f, j) => ({
                    key: j,
                    color: f.closes ? 'green' : 'blue',
                    content: (
                      <>
                        <span className="inspection-date">{formatLocalDate(f.followedUpOn)}</span> {f.note}
                        {f.closes && <> · {t('inspection.recs.closesNote')}</>}
                      </>
                    ),
                  }))}
                />
              ) : (
                <p className="muted">{t('inspection.recs.noFollowUp')}</p>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
