import { RATING_EXCLUSION_LABELS, RATING_ROUTES, type RouteResult } from '@party/contracts';
import type { RatingCap } from '@party/rules';
import type { SubjectRow } from './rating-rows';

type SubjectView = RouteResult<typeof RATING_ROUTES.subjects>['items'][number];
type Stage = SubjectView['stage'];

/** The furthest step of a subject, the same in SQL (filters, sorting) and here. */
export const STAGE_SQL = `case when s.excluded_reason is not null then 'excluded' when s.decision_level is not null then 'decided' when s.proposal_level is not null then 'proposed' when s.self_level is not null then 'selfRated' else 'notSelfRated' end`;

export function stageOf(s: SubjectRow): Stage {
  if (s.excludedReason) return 'excluded';
  if (s.decisionLevel) return 'decided';
  if (s.proposalLevel) return 'proposed';
  if (s.selfLevel) return 'selfRated';
  return 'notSelfRated';
}

const iso = (d: Date | string | null) => (d === null ? '' : new Date(d).toISOString());

/** A round's deadlines, and the day they are judged on (today in Vietnam). */
export interface Deadlines {
  selfRatingDue: string;
  proposalDue: string;
  decisionDue: string;
  today: string;
}

/** The subject's next step and its deadline: guidance, shown as overdue once passed, never enforced. */
export function dueOf(s: SubjectRow, d: Deadlines): SubjectView['due'] {
  const stage = stageOf(s);
  if (stage === 'decided' || stage === 'excluded') return null;
  const [step, on] = stage === 'proposed' ? (['decision', d.decisionDue] as const) : stage === 'selfRated' ? (['proposal', d.proposalDue] as const) : (['selfRating', d.selfRatingDue] as const);
  return { step, on, overdue: d.today > on };
}

export function subjectView(s: SubjectRow, cap: RatingCap, below: { members: number; orgs: number } | undefined, deadlines: Deadlines): SubjectView {
  const excluded = s.excludedReason
    ? { reason: s.excludedReason, label: RATING_EXCLUSION_LABELS[s.excludedReason as keyof typeof RATING_EXCLUSION_LABELS] ?? { vi: s.excludedReason, en: s.excludedReason }, note: s.exclusionNote, decisionNumber: s.exclusionDecisionNumber }
    : null;
  return {
    id: s.id,
    kind: s.kind,
    personId: s.personId,
    orgId: s.orgId,
    name: s.name,
    orgName: s.orgName,
    orgKind: s.orgKind,
    grassrootsOrgId: s.grassrootsOrgId,
    peerGroup: s.peerGroup,
    stage: stageOf(s),
    excluded,
    selfRating: s.selfLevel ? { level: s.selfLevel, score: s.selfScore, basis: s.selfBasis, recordedOn: s.selfRecordedOn! } : null,
    proposal: s.proposalLevel ? { level: s.proposalLevel, score: s.proposalScore, basis: s.proposalBasis, meetingDate: s.proposalMeetingDate!, proposedBy: { userId: s.proposedById ?? '', username: s.proposedByName ?? '' } } : null,
    decision: s.decisionLevel
      ? {
          level: s.decisionLevel,
          score: s.decisionScore,
          decisionNumber: s.decisionNumber!,
          decisionDate: s.decisionDate!,
          revision: s.decisionRevision,
          decidedBy: { userId: s.decidedById ?? '', username: s.decidedByName ?? '' },
          override: s.overrideReason
            ? { reason: s.overrideReason, reference: s.overrideReference ?? '', decidedBy: { userId: s.overrideById ?? '', username: s.overrideByName ?? '' }, recordedAt: iso(s.overrideAt) }
            : null,
        }
      : null,
    disqualifiers: cap.reasons.map((r) => ({ code: r.code as SubjectView['disqualifiers'][number]['code'], vi: r.message.vi, en: r.message.en, regulation: r.regulation })),
    maxLevel: cap.maxLevel,
    pendingBelow: s.kind === 'org' ? (below ?? { members: 0, orgs: 0 }) : null,
    secretaryPersonId: s.secretaryPersonId,
    due: dueOf(s, deadlines),
  };
}
