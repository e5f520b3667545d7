import type { TargetSummary } from '../../api/inspection';
import { ToneTag, type Tone } from './tone-tag';
import { useInspectionLabels } from './use-labels';

const TONES: Record<TargetSummary['status'], Tone> = { planned: 'neutral', in_progress: 'info', concluded: 'ok' };

/** Chưa tiến hành / Đang tiến hành / Đã kết luận: the word always, the colour only repeats it. */
export function StatusTag({ status }: { status: TargetSummary['status'] }) {
  const labels = useInspectionLabels();
  return <ToneTag tone={TONES[status]}>{labels.status(status)}</ToneTag>;
}
