import { useTranslation } from 'react-i18next';
import type { Phase, ProgramKind, ProgramMode, TeamRole } from '../../api/inspection';

/** The names of the API's codes as the committee's documents write them. */
export function useInspectionLabels() {
  const { t } = useTranslation();
  return {
    kind: (k: ProgramKind) => t(`inspection.kinds.${k}`),
    mode: (m: ProgramMode) => t(`inspection.modes.${m}`),
    phase: (p: Phase) => t(`inspection.phases.${p}`),
    role: (r: TeamRole) => t(`inspection.roles.${r}`),
    status: (s: 'planned' | 'in_progress' | 'concluded') => t(`inspection.statuses.${s}`),
    /** Cấp ủy, bí thư cấp ủy, or both. */
    subjectOf: (x: { targetsCommittee: boolean; targetsSecretary: boolean }) =>
      [x.targetsCommittee && t('inspection.target.committee'), x.targetsSecretary && t('inspection.target.secretary')].filter(Boolean).join(', '),
  };
}
