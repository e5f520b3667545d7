import { Alert, Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AdmissionDeadline } from '../../api/candidates';
import { formatNumber, todayInVietnam } from '../../format';
import { useErrorMessage } from '../../layout/notices';
import { CandidateCard } from './candidate-card';
import { BOARD_STEPS, deadlineStageOf, deadlineTone, SOON_DAYS } from './pipeline';
import { useBoardColumns, useDeadlines, useOrgNames } from './use-pipeline';

/** Cards shown per column; the rest are one click away in the list view filtered to the step. */
const CARDS_PER_COLUMN = 40;

/**
 * The pipeline as the board follows it: one column per step, in the order of the Charter, each
 * card coloured by the deadline of its step (decision after the resolution, ceremony after the
 * decision). The board scrolls sideways on a laptop; it is a region the keyboard can scroll.
 */
export function PipelineBoard({ orgId, q, listHref }: { orgId?: string; q?: string; listHref: (step: string) => string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const columns = useBoardColumns({ orgId, q });
  const deadlines = useDeadlines(orgId);
  const orgName = useOrgNames();
  const today = todayInVietnam();

  return (
    <>
      <p className="muted candidate-legend">{t('candidates.deadline.legend', { days: SOON_DAYS })}</p>
      <div className="candidate-board" role="region" aria-label={t('candidates.board.label')} tabIndex={0}>
        {columns.map((col) => {
          const index = BOARD_STEPS.indexOf(col.step) + 1;
          const stage = deadlineStageOf(col.step);
          const deadlineOf = (personId: string): AdmissionDeadline | undefined => {
            const d = deadlines.byPerson.get(personId);
            return d && d.stage === stage ? d : undefined;
          };
          const tones = stage ? col.items.map((c) => deadlineOf(c.personId)).filter((d): d is AdmissionDeadline => !!d).map((d) => deadlineTone(d.deadline, today, d.status)) : [];
          const overdue = tones.filter((x) => x === 'overdue').length;
          const soon = tones.filter((x) => x === 'soon').length;
          const headingId = `candidate-column-${col.step}`;
          return (
            <section key={col.step} className={`candidate-column candidate-column-${col.step}`} aria-labelledby={headingId}>
              <header className="candidate-column-header">
                <h2 id={headingId}>
                  <span className="candidate-column-index">{index}</span> {t(`candidates.steps.${col.step}`)}
                </h2>
                <span className="candidate-column-count">{col.loading ? '…' : t('candidates.board.count', { count: col.total, formatted: formatNumber(col.total) })}</span>
              </header>
              <p className="candidate-column-hint">{t(`candidates.stepHints.${col.step}`)}</p>
              {stage && (overdue > 0 || soon > 0) && <p className="candidate-column-alert">{t('candidates.deadline.summary', { overdue, soon })}</p>}
              {col.loading ? (
                <Skeleton active paragraph={{ rows: 3 }} title={false} />
              ) : col.error ? (
                <Alert
                  type="error"
                  showIcon
                  title={t('candidates.board.columnError')}
                  description={errorMessage(col.error)}
                  action={
                    <Button size="small" onClick={col.refetch}>
                      {t('common.retry')}
                    </Button>
                  }
                />
              ) : col.items.length === 0 ? (
                <p className="candidate-column-empty">{t('candidates.board.empty')}</p>
              ) : (
                <ul className="candidate-cards" aria-labelledby={headingId}>
                  {col.items.slice(0, CARDS_PER_COLUMN).map((c) => (
                    <CandidateCard key={c.id} candidate={c} step={col.step} orgName={orgName(c.orgId)} deadline={stage ? deadlineOf(c.personId) : undefined} />
                  ))}
                </ul>
              )}
              {!col.loading && col.total > Math.min(col.items.length, CARDS_PER_COLUMN) && (
                <Link className="candidate-column-more" to={listHref(col.step)}>
                  {col.step === 'ceremony' ? t('candidates.board.recentCeremonies', { shown: col.items.length, count: col.total }) + ' — ' : ''}
                  {t('candidates.board.more', { count: col.total })}
                </Link>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
