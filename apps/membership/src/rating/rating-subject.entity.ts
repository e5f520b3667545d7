import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { RatingLevelKey } from '@party/contracts';

/**
 * One organization or member rated in a round, with its three steps: self-rating, proposal,
 * decision (and a quota override when the decision went beyond the excellent quota). Listed when
 * the round opens, as the tree and the members stood on the round's date. `refId` is the person's
 * or the organization's id: unique per year, so a subject is rated once a year and reporting's key
 * (year, personId | orgId) holds. `orgPath` runs from the root to the organization (itself for an
 * organization, the member's organization for a member): "below X" is `X = any(org_path)`.
 * Written with set-based SQL by the bulk commands (rating-batch.ts).
 */
@Entity({ tableName: 'rating_subject' })
@Unique({ properties: ['year', 'refId'] })
@Index({ properties: ['roundId', 'peerGroup'] })
export class RatingSubject {
  [OptionalProps]?:
    | 'id'
    | 'personId'
    | 'grassrootsOrgId'
    | 'excludedReason'
    | 'exclusionNote'
    | 'exclusionDecisionNumber'
    | 'secretaryPersonId'
    | 'selfLevel'
    | 'selfScore'
    | 'selfBasis'
    | 'selfRecordedOn'
    | 'proposalLevel'
    | 'proposalScore'
    | 'proposalBasis'
    | 'proposalMeetingDate'
    | 'proposedById'
    | 'proposedByName'
    | 'proposedAt'
    | 'decisionLevel'
    | 'decisionScore'
    | 'decisionNumber'
    | 'decisionDate'
    | 'decisionRevision'
    | 'decidedById'
    | 'decidedByName'
    | 'decidedAt'
    | 'overrideReason'
    | 'overrideReference'
    | 'overrideById'
    | 'overrideByName'
    | 'overrideAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  roundId!: string;

  @Property({ type: 'int' })
  year!: number;

  @Property({ type: 'text' })
  kind!: 'org' | 'member';

  @Property({ type: 'uuid' })
  refId!: string;

  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  /** The organization rated, or the member's organization on the round's date. */
  @Property({ type: 'uuid' })
  orgId!: string;

  @Property({ type: 'text' })
  orgKind!: string;

  @Property({ type: 'uuid[]' })
  orgPath!: string[];

  @Property({ type: 'uuid', nullable: true })
  grassrootsOrgId: string | null = null;

  /** The person's or the organization's name on the round's date. */
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  orgName!: string;

  @Property({ type: 'text' })
  peerGroup!: string;

  /** exempted, newlyAdmitted, suspended, other; null = rated. */
  @Property({ type: 'text', nullable: true })
  excludedReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  exclusionNote: string | null = null;

  @Property({ type: 'text', nullable: true })
  exclusionDecisionNumber: string | null = null;

  /** Organizations: the secretary, for the leadership disqualifier. */
  @Property({ type: 'uuid', nullable: true })
  secretaryPersonId: string | null = null;

  @Property({ type: 'text', nullable: true })
  selfLevel: RatingLevelKey | null = null;

  @Property({ type: 'double', nullable: true })
  selfScore: number | null = null;

  @Property({ type: 'text', nullable: true })
  selfBasis: string | null = null;

  @Property({ type: 'date', nullable: true })
  selfRecordedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  proposalLevel: RatingLevelKey | null = null;

  @Property({ type: 'double', nullable: true })
  proposalScore: number | null = null;

  @Property({ type: 'text', nullable: true })
  proposalBasis: string | null = null;

  @Property({ type: 'date', nullable: true })
  proposalMeetingDate: string | null = null;

  @Property({ type: 'text', nullable: true })
  proposedById: string | null = null;

  @Property({ type: 'text', nullable: true })
  proposedByName: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  proposedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  decisionLevel: RatingLevelKey | null = null;

  @Property({ type: 'double', nullable: true })
  decisionScore: number | null = null;

  @Property({ type: 'text', nullable: true })
  decisionNumber: string | null = null;

  @Property({ type: 'date', nullable: true })
  decisionDate: string | null = null;

  /** 0 until decided; +1 for each decision (the events' `revision`). */
  @Property({ type: 'int' })
  decisionRevision = 0;

  @Property({ type: 'text', nullable: true })
  decidedById: string | null = null;

  @Property({ type: 'text', nullable: true })
  decidedByName: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  overrideReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  overrideReference: string | null = null;

  @Property({ type: 'text', nullable: true })
  overrideById: string | null = null;

  @Property({ type: 'text', nullable: true })
  overrideByName: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  overrideAt: Date | null = null;
}
