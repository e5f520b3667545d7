import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../api/inspection';
import { formatLocalDate, formatNumber, todayInVietnam } from '../../format';
import { phaseTone, stepStatus } from './phase-progress';
import { useInspectionLabels } from './use-labels';

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The five phases of a target in their order: each with its due date and the day it was done;
 * the next one in progress, an overdue one red and saying by how many days (never colour alone).
 */
export function PhaseSteps({ target }: { target: Target }) {
  const { t } = useTranslation();
  const labels = useInspectionLabels();
  const today = todayInVietnam();
  const current = Math.max(0, target.phases.findIndex((p) => !p.doneOn));
  return (
    <Steps
      className="inspection-steps"
      current={target.nextPhase ? current : target.phases.length}
      responsive
      size="small"
      items={target.phases.map((p) => {
        const tone = phaseTone(p, today);
        return {
          status: stepStatus(p, target.nextPhase, today),
          title: labels.phase(p.phase),
          content: (
            <div className="inspection-step" id={`phase-${p.phase}`}>
              <div>{p.dueOn ? t('inspection.step.due', { date: formatLocalDate(p.dueOn) }) : t('inspection.step.noDue')}</div>
              {p.doneOn && <div className="inspection-tone-done">{t('inspection.step.done', { date: formatLocalDate(p.doneOn) })}</div>}
              {!p.doneOn && tone === 'overdue' && p.dueOn && (
                <div className="inspection-tone-overdue">{t('inspection.step.overdue', { n: formatNumber(days(p.dueOn, today)) })}</div>
              )}
              {!p.doneOn && tone === 'dueSoon' && <div className="inspection-tone-dueSoon">{t('inspection.step.dueSoon')}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
