import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

export interface IntroducerRecord {
  kind: 'party_member' | 'youth_union_committee' | 'trade_union_committee';
  personId: string | null;
  /** Since when they worked, studied or lived with the candidate. */
  togetherSince: string | null;
  organization: string | null;
}

export type CandidateStatus = 'inPipeline' | 'admitted';

/**
 * A person on the way to admission (DOMAIN.md: nominated → sympathizer list with a mentor →
 * certificate → vetting → chi bộ resolution → decision). The certificate is not stored here: it
 * is looked up in the local copy of training's certificates on the vote date.
 */
@Entity({ tableName: 'candidate' })
@Index({ properties: ['orgId', 'status'] })
export class Candidate {
  [OptionalProps]?: 'id' | 'status' | 'sympathizerListedOn' | 'mentorPersonId' | 'vettingStatus' | 'vettingConcludedOn' | 'introducers' | 'voteDate' | 'resolutionNumber' | 'officialMembers' | 'votesFor' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Index()
  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'uuid' })
  orgId!: string;

  @Property({ type: 'text' })
  status: CandidateStatus = 'inPipeline';

  /** Code of the mass organization that nominated (code list `massOrganization`). */
  @Property({ type: 'text' })
  nominatedBy!: string;

  @Property({ type: 'date' })
  nominatedOn!: string;

  @Property({ type: 'date', nullable: true })
  sympathizerListedOn: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  mentorPersonId: string | null = null;

  @Property({ type: 'text', nullable: true })
  vettingStatus: 'pending' | 'concluded' | null = null;

  @Property({ type: 'date', nullable: true })
  vettingConcludedOn: string | null = null;

  @Property({ type: 'jsonb' })
  introducers: IntroducerRecord[] = [];

  /** The chi bộ resolution: vote date and count. */
  @Property({ type: 'date', nullable: true })
  voteDate: string | null = null;

  @Property({ type: 'text', nullable: true })
  resolutionNumber: string | null = null;

  @Property({ type: 'integer', nullable: true })
  officialMembers: number | null = null;

  @Property({ type: 'integer', nullable: true })
  votesFor: number | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
