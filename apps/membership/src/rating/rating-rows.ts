import type { EntityManager } from '@mikro-orm/postgresql';
import type { RatingLevelKey } from '@party/contracts';
import { ids, sql, tables, UUIDS } from './rating-sql';

/** A subject as the bulk commands and the views read it: plain columns, no entity tracking (8,000 at a time). */
export interface SubjectRow {
  id: string;
  roundId: string;
  year: number;
  kind: 'org' | 'member';
  refId: string;
  personId: string | null;
  orgId: string;
  orgKind: string;
  orgPath: string[];
  grassrootsOrgId: string | null;
  name: string;
  orgName: string;
  peerGroup: string;
  excludedReason: string | null;
  exclusionNote: string | null;
  exclusionDecisionNumber: string | null;
  secretaryPersonId: string | null;
  selfLevel: RatingLevelKey | null;
  selfScore: number | null;
  selfBasis: string | null;
  selfRecordedOn: string | null;
  proposalLevel: RatingLevelKey | null;
  proposalScore: number | null;
  proposalBasis: string | null;
  proposalMeetingDate: string | null;
  proposedById: string | null;
  proposedByName: string | null;
  proposedAt: Date | null;
  decisionLevel: RatingLevelKey | null;
  decisionScore: number | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionRevision: number;
  decidedById: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  overrideReason: string | null;
  overrideReference: string | null;
  overrideById: string | null;
  overrideByName: string | null;
  overrideAt: Date | null;
}

const COLUMNS: Record<keyof SubjectRow, string> = {
  id: 'id',
  roundId: 'round_id',
  year: 'year',
  kind: 'kind',
  refId: 'ref_id',
  personId: 'person_id',
  orgId: 'org_id',
  orgKind: 'org_kind',
  orgPath: 'org_path::text[]',
  grassrootsOrgId: 'grassroots_org_id',
  name: 'name',
  orgName: 'org_name',
  peerGroup: 'peer_group',
  excludedReason: 'excluded_reason',
  exclusionNote: 'exclusion_note',
  exclusionDecisionNumber: 'exclusion_decision_number',
  secretaryPersonId: 'secretary_person_id',
  selfLevel: 'self_level',
  selfScore: 'self_score',
  selfBasis: 'self_basis',
  selfRecordedOn: 'self_recorded_on::text',
  proposalLevel: 'proposal_level',
  proposalScore: 'proposal_score',
  proposalBasis: 'proposal_basis',
  proposalMeetingDate: 'proposal_meeting_date::text',
  proposedById: 'proposed_by_id',
  proposedByName: 'proposed_by_name',
  proposedAt: 'proposed_at',
  decisionLevel: 'decision_level',
  decisionScore: 'decision_score',
  decisionNumber: 'decision_number',
  decisionDate: 'decision_date::text',
  decisionRevision: 'decision_revision',
  decidedById: 'decided_by_id',
  decidedByName: 'decided_by_name',
  decidedAt: 'decided_at',
  overrideReason: 'override_reason',
  overrideReference: 'override_reference',
  overrideById: 'override_by_id',
  overrideByName: 'override_by_name',
  overrideAt: 'override_at',
};

/** `s.id as "id", s.round_id as "roundId", …` — dates as their text (local dates, never shifted). */
export const SUBJECT_SELECT = Object.entries(COLUMNS)
  .map(([key, col]) => `s.${col} as "${key}"`)
  .join(', ');

/** The subjects of a round named by person or organization id. */
export function subjectsByRef(em: EntityManager, roundId: string, refIds: readonly string[]): Promise<SubjectRow[]> {
  return sql<SubjectRow>(em, `select ${SUBJECT_SELECT} from ${tables(em).subject} s where s.round_id = ? and s.ref_id = any(${UUIDS})`, [roundId, ids(refIds)]);
}

/** Serializes every write of one round (the quota and the order are counted over the whole round). */
export async function lockRound(em: EntityManager, roundId: string): Promise<void> {
  await sql(em, `select pg_advisory_xact_lock(hashtext(?))`, [`membership.rating.round.${roundId}`]);
}
