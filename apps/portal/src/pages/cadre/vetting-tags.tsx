import type { VettingResult, VettingStatus } from '../../api/cadre';
import { ToneTag, type Tone } from './bits';
import { useCadreLabels } from './use-labels';

const STATUS_TONES: Record<VettingStatus, Tone> = { open: 'neutral', requested: 'info', replied: 'warn', concluded: 'ok' };

export function VettingStatusTag({ status }: { status: VettingStatus }) {
  const labels = useCadreLabels();
  return <ToneTag tone={STATUS_TONES[status]}>{labels.vettingStatus(status)}</ToneTag>;
}

export function ResultTag({ result }: { result: VettingResult }) {
  const labels = useCadreLabels();
  return <ToneTag tone={result === 'meets' ? 'ok' : 'bad'}>{labels.vettingResult(result)}</ToneTag>;
}
