import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { CommitteeDecidingBody, CommitteeKind, ConsolidationMode, HoldingEndReason, Post } from '@party/contracts';

/**
 * Committees per organization and term, the decisions that made and changed them, and who held
 * which post from when to when. Plain columns, no ORM relations (as inspection's entities): a
 * committee is read with its decisions and holdings by id. The organization as the replica saw it
 * on the day (kind, grassroots, the bloc itself) is kept on the committee and on each decision, as
 * the events carry it, so the lists and the summary count what the events told.
 */

/** What a committee's organization was on a day. */
abstract class OrgOnDay {
  @Property({ type: 'text' })
  orgId!: string;

  @Property({ type: 'text' })
  orgKind!: string;

  @Property({ type: 'boolean' })
  grassroots!: boolean;

  /** The organization is the bloc itself (Ban Chấp hành Đảng bộ Khối, UBKT Đảng ủy Khối). */
  @Property({ type: 'boolean' })
  blocLevel!: boolean;
}

/** Cấp ủy or ủy ban kiểm tra of an organization for a term, as elected at the congress. */
@Entity({ tableName: 'committee' })
@Unique({ properties: ['orgId', 'kind', 'term'] })
export class Committee extends OrgOnDay {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  kind!: CommitteeKind;

  /** `2020-2025` */
  @Property({ type: 'text' })
  term!: string;

  @Property({ type: 'date' })
  electedOn!: string;

  /** The election's decision (chuẩn y). */
  @Property({ type: 'uuid' })
  decisionId!: string;

  /** Seats per post decided at the congress; `add` consolidations add to them. */
  @Property({ type: 'jsonb' })
  seats!: Partial<Record<Post, number>>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

export type CommitteeDecisionType = 'election' | 'consolidation' | 'departure';

/** A decision about a committee: its election (recognised), a consolidation (kiện toàn), a departure. */
@Entity({ tableName: 'committee_decision' })
@Index({ properties: ['committeeId', 'decidedOn'] })
@Index({ properties: ['type', 'decidedOn'] })
export class CommitteeDecision extends OrgOnDay {
  [OptionalProps]?: 'id' | 'createdAt' | 'note';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  committeeId!: string;

  @Property({ type: 'text' })
  type!: CommitteeDecisionType;

  @Property({ type: 'text' })
  kind!: CommitteeKind;

  @Property({ type: 'text' })
  term!: string;

  @Property({ type: 'text' })
  number!: string;

  /** The decision's date: the day its changes take effect (an election's holders start on `electedOn`). */
  @Property({ type: 'date' })
  decidedOn!: string;

  /** Null for an election. */
  @Property({ type: 'text', nullable: true })
  decidingBody!: CommitteeDecidingBody | null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One person on one post of one committee, from `startedOn` until `endedOn` (exclusive: the day they left). */
@Entity({ tableName: 'committee_holding' })
@Index({ properties: ['committeeId'] })
@Index({ properties: ['personId'] })
@Index({ properties: ['startDecisionId'] })
export class CommitteeHolding {
  [OptionalProps]?: 'id' | 'endedOn' | 'endDecisionId' | 'endReason' | 'replacedHoldingId' | 'previousHoldingId';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  committeeId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  post!: Post;

  @Property({ type: 'date' })
  startedOn!: string;

  /** elected, or the consolidation's mode. */
  @Property({ type: 'text' })
  startMode!: 'elected' | ConsolidationMode;

  @Property({ type: 'uuid' })
  startDecisionId!: string;

  /** replace: the holding this one took over. */
  @Property({ type: 'uuid', nullable: true })
  replacedHoldingId: string | null = null;

  /** The holding on the same committee the person left for this post (moved_post). */
  @Property({ type: 'uuid', nullable: true })
  previousHoldingId: string | null = null;

  /** They held no post on the committee the day before. */
  @Property({ type: 'boolean' })
  joinsCommittee!: boolean;

  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  endDecisionId: string | null = null;

  @Property({ type: 'text', nullable: true })
  endReason: HoldingEndReason | null = null;
}

export const COMMITTEE_ENTITY_CLASSES = [Committee, CommitteeDecision, CommitteeHolding];
