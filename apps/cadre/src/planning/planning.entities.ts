import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { CommitteeKind, ConfidenceVoteResult, PlanningExitReason, Post, VoteDecisionOutcomeCode } from '@party/contracts';

/** The level of an organization for "at most 3 posts per person at one level". */
export type OrgLevel = 'bloc' | 'grassroots' | 'below_grassroots';

/**
 * Một người trong quy hoạch một chức danh (an organization's committee post) for a term, from
 * the decision that planned them until they leave the plan — by a review's decision, or by
 * themselves (discipline, vetting, a confidence vote), with the reason kept.
 */
@Entity({ tableName: 'planning_entry' })
@Index({ properties: ['orgId', 'committeeKind', 'post', 'term'] })
@Index({ properties: ['personId', 'term'] })
export class PlanningEntry {
  [OptionalProps]?: 'id' | 'createdAt' | 'note' | 'reviewId' | 'endedOn' | 'exitReason' | 'exitDecisionNumber' | 'exitSourceId' | 'exitNote' | 'exitRegulation' | 'exitBasisAnnulledOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  orgId!: string;

  /** The organization's level on the planning date. */
  @Property({ type: 'text' })
  orgLevel!: OrgLevel;

  @Property({ type: 'text' })
  committeeKind!: CommitteeKind;

  @Property({ type: 'text' })
  post!: Post;

  /** `2025-2030`. */
  @Property({ type: 'text' })
  term!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  /** The planning decision's date (a review's for its additions). */
  @Property({ type: 'date' })
  plannedOn!: string;

  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'uuid', nullable: true })
  reviewId: string | null = null;

  /** The regulation the planning was checked against. */
  @Property({ type: 'text' })
  regulation!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** The day it left the plan (exclusive: not in the plan from that day). */
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  exitReason: PlanningExitReason | null = null;

  @Property({ type: 'text', nullable: true })
  exitDecisionNumber: string | null = null;

  /** The review, discipline decision, vetting case or vote. */
  @Property({ type: 'text', nullable: true })
  @Index()
  exitSourceId: string | null = null;

  @Property({ type: 'text', nullable: true })
  exitNote: string | null = null;

  @Property({ type: 'text', nullable: true })
  exitRegulation: string | null = null;

  @Property({ type: 'date', nullable: true })
  exitBasisAnnulledOn: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** Rà soát, bổ sung quy hoạch: one review decision of an organization's committee. */
@Entity({ tableName: 'planning_review' })
@Index({ properties: ['decidedOn'] })
export class PlanningReview {
  [OptionalProps]?: 'id' | 'createdAt' | 'note' | 'added' | 'removed';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  @Index()
  orgId!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text[]' })
  terms!: string[];

  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'integer' })
  added = 0;

  @Property({ type: 'integer' })
  removed = 0;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * A fact heard from elsewhere that may take a person out of every plan (a discipline from the
 * inspection service, a vetting conclusion from this service's stream), kept by its source id:
 * the same fact again changes nothing, and an entry planned earlier but recorded later is ended
 * by it on creation.
 */
@Entity({ tableName: 'planning_exit_basis' })
@Unique({ properties: ['kind', 'sourceId'] })
@Index({ properties: ['personId'] })
export class PlanningExitBasis {
  [OptionalProps]?: 'id' | 'createdAt' | 'annulledOn' | 'regulation';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  kind!: 'discipline' | 'vetting';

  /** The discipline decision's id, the vetting case's id. */
  @Property({ type: 'text' })
  sourceId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  /** The discipline's effective date, the vetting conclusion's date. */
  @Property({ type: 'date' })
  on!: string;

  @Property({ type: 'text' })
  decisionNumber!: string;

  /** The discipline's level, the vetting result. */
  @Property({ type: 'text' })
  detail!: string;

  /** Whether it takes the person out of the plans (libs/rules `cadre-planning.exit`). */
  @Property({ type: 'boolean' })
  exits!: boolean;

  @Property({ type: 'text', nullable: true })
  regulation: string | null = null;

  /** A discipline annulled (not replaced by a lighter one). */
  @Property({ type: 'date', nullable: true })
  annulledOn: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** Lấy phiếu tín nhiệm: one vote on one person holding one post, and the standing committee's decision when it is flagged. */
@Entity({ tableName: 'confidence_vote' })
@Index({ properties: ['heldOn'] })
@Index({ properties: ['personId'] })
export class ConfidenceVote {
  [OptionalProps]?: 'id' | 'createdAt' | 'reference' | 'decidedOn' | 'decisionNumber' | 'outcome' | 'decisionNote';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  @Index()
  orgId!: string;

  @Property({ type: 'text' })
  committeeKind!: CommitteeKind;

  @Property({ type: 'text' })
  post!: Post;

  /** The term the post is held in (the one the vote's date falls in). */
  @Property({ type: 'text' })
  term!: string;

  @Property({ type: 'date' })
  heldOn!: string;

  @Property({ type: 'text' })
  votingBody!: string;

  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: 'integer' })
  summoned!: number;

  @Property({ type: 'integer' })
  attended!: number;

  /** Ballots collected: as given, else high + normal + low. */
  @Property({ type: 'integer' })
  ballots!: number;

  @Property({ type: 'integer' })
  high!: number;

  @Property({ type: 'integer' })
  normal!: number;

  @Property({ type: 'integer' })
  low!: number;

  @Property({ type: 'boolean' })
  valid!: boolean;

  @Property({ type: 'text' })
  result!: ConfidenceVoteResult;

  @Property({ type: 'text' })
  regulation!: string;

  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  decisionNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  outcome: VoteDecisionOutcomeCode | null = null;

  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

export const PLANNING_TABLE_ENTITIES = [PlanningEntry, PlanningReview, PlanningExitBasis, ConfidenceVote];
