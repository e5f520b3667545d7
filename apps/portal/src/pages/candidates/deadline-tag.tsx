import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionDeadline } from '../../api/candidates';
import { formatLocalDate, todayInVietnam } from '../../format';
import { daysBetween, deadlineTone, type DeadlineTone } from './pipeline';

const COLOUR: Record<DeadlineTone, string> = { overdue: 'error', soon: 'warning', onTime: 'processing' };

/** "Hạn quyết định 12/03/2024 — còn 5 ngày", coloured; the words say it too (colour is never the only sign). */
export function DeadlineTag({ deadline }: { deadline: AdmissionDeadline }) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  const tone = deadlineTone(deadline.deadline, today, deadline.status);
  const days = daysBetween(today, deadline.deadline);
  const when =
    tone === 'overdue' ? t('candidates.deadline.overdue', { days: Math.max(1, -days) }) : days === 0 ? t('candidates.deadline.today') : tone === 'soon' ? t('candidates.deadline.soon', { days }) : t('candidates.deadline.onTime');
  return (
    <Tag color={COLOUR[tone]} className={`candidate-deadline candidate-deadline-${tone}`} title={deadline.regulation}>
      {t(`candidates.deadline.${deadline.stage}`, { date: formatLocalDate(deadline.deadline) })} — {when}
    </Tag>
  );
}
