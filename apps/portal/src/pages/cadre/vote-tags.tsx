import type { ConfidenceVote } from '../../api/cadre';
import { ToneTag, type Tone } from './bits';
import { useCadreLabels } from './use-labels';

const RESULT_TONES: Record<ConfidenceVote['result'], Tone> = { no_quorum: 'neutral', no_action: 'ok', relief_to_consider: 'warn', dismissal_to_consider: 'bad' };
const STATUS_TONES: Record<ConfidenceVote['status'], Tone> = { not_flagged: 'neutral', awaiting_decision: 'warn', decided: 'info' };

/** The vote's result: invalid (no quorum), no action, relief or dismissal to consider. */
export function ResultTag({ vote }: { vote: Pick<ConfidenceVote, 'result'> }) {
  const labels = useCadreLabels();
  return <ToneTag tone={RESULT_TONES[vote.result]}>{labels.voteResult(vote.result)}</ToneTag>;
}

export function StatusTag({ vote }: { vote: Pick<ConfidenceVote, 'status'> }) {
  const labels = useCadreLabels();
  return <ToneTag tone={STATUS_TONES[vote.status]}>{labels.voteStatus(vote.status)}</ToneTag>;
}
