import { useTranslation } from 'react-i18next';
import type {
  CommitteeKind,
  ConsolidationMode,
  DecidingBody,
  HoldingEndReason,
  PlanningExitReason,
  Post,
  VettingBasis,
  VettingOpinion,
  VettingPurpose,
  VettingResult,
  VettingStatus,
  VoteOutcome,
  VoteResult,
  VoteStatus,
} from '../../api/cadre';

/** The names of the cadre service's codes as the Board's documents write them. */
export function useCadreLabels() {
  const { t } = useTranslation();
  return {
    post: (p: Post) => t(`cadre.posts.${p}`),
    kind: (k: CommitteeKind) => t(`cadre.kinds.${k}`),
    mode: (m: ConsolidationMode | 'elected') => t(`cadre.modes.${m}`),
    body: (b: DecidingBody) => t(`cadre.bodies.${b}`),
    endReason: (r: HoldingEndReason) => t(`cadre.endReasons.${r}`),
    exitReason: (r: PlanningExitReason) => t(`cadre.exitReasons.${r}`),
    level: (l: 'bloc' | 'grassroots' | 'below_grassroots') => t(`cadre.levels.${l}`),
    voteResult: (r: VoteResult) => t(`cadre.voteResults.${r}`),
    voteStatus: (s: VoteStatus) => t(`cadre.voteStatuses.${s}`),
    outcome: (o: VoteOutcome) => t(`cadre.outcomes.${o}`),
    vettingStatus: (s: VettingStatus) => t(`cadre.vettingStatuses.${s}`),
    purpose: (p: VettingPurpose) => t(`cadre.purposes.${p}`),
    vettingResult: (r: VettingResult) => t(`cadre.vettingResults.${r}`),
    basis: (b: VettingBasis) => t(`cadre.bases.${b}`),
    opinion: (o: VettingOpinion) => t(`cadre.opinions.${o}`),
  };
}
