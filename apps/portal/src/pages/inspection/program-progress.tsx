import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';

/** "12/15 bước" with a bar: the text carries the figure, the bar only repeats it. */
export function PhaseProgress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation();
  const text = t('inspection.progress.phases', { done: formatNumber(done), total: formatNumber(total) });
  return (
    <div className="inspection-progress">
      <Progress percent={total ? Math.round((done / total) * 100) : 0} showInfo={false} size="small" status={total && done === total ? 'success' : 'normal'} aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
