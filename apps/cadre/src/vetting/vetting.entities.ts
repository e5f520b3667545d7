import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { VettingBasis, VettingOpinion, VettingPurpose, VettingResult } from '@party/contracts';

/**
 * Công văn gửi xin ý kiến Công an: one letter of the Organization Board naming many people (their
 * cases point at it). A number is written once a day: the same letter sent twice is a slip.
 */
@Entity({ tableName: 'vetting_request' })
@Unique({ properties: ['letterNumber', 'sentOn'] })
@Index({ properties: ['sentOn'] })
export class VettingRequest {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  letterNumber!: string;

  @Property({ type: 'date' })
  sentOn!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * One person vetted for one purpose (Quy định 58-QĐ/TW): opened, put on a letter to the police,
 * answered, concluded by the standing committee — once; a new purpose is a new case. The police's
 * opinion and the conclusion's text are confidential (`vetting:read`).
 */
@Entity({ tableName: 'vetting_case' })
@Index({ properties: ['personId', 'openedOn'] })
@Index({ properties: ['requestId'] })
@Index({ properties: ['orgId'] })
@Index({ properties: ['concludedOn'] })
export class VettingCase {
  [OptionalProps]?:
    | 'id'
    | 'createdAt'
    | 'purposeNote'
    | 'requestId'
    | 'sentOn'
    | 'repliedOn'
    | 'replyNumber'
    | 'replyOpinion'
    | 'replySummary'
    | 'concludedOn'
    | 'conclusionNumber'
    | 'result'
    | 'basis'
    | 'basisCaseId'
    | 'basisNote'
    | 'conclusionText'
    | 'conclusionNote';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  personId!: string;

  /** The person's organization when the case was opened: what scope and reports are judged on. */
  @Property({ type: 'text', nullable: true })
  orgId!: string | null;

  @Property({ type: 'text' })
  purpose!: VettingPurpose;

  /** The post proposed, or what `other` means. */
  @Property({ type: 'text', nullable: true })
  purposeNote: string | null = null;

  @Property({ type: 'date' })
  openedOn!: string;

  /** The letter that named the person. */
  @Property({ type: 'uuid', nullable: true })
  requestId: string | null = null;

  /** The letter's date, kept here for the lists' filters and order. */
  @Property({ type: 'date', nullable: true })
  sentOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  repliedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  replyNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  replyOpinion: VettingOpinion | null = null;

  /** The police's opinion summarised: confidential. */
  @Property({ type: 'text', nullable: true })
  replySummary: string | null = null;

  @Property({ type: 'date', nullable: true })
  concludedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  conclusionNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  result: VettingResult | null = null;

  @Property({ type: 'text', nullable: true })
  basis: VettingBasis | null = null;

  @Property({ type: 'uuid', nullable: true })
  basisCaseId: string | null = null;

  @Property({ type: 'text', nullable: true })
  basisNote: string | null = null;

  /** The conclusion's text: confidential. */
  @Property({ type: 'text', nullable: true })
  conclusionText: string | null = null;

  @Property({ type: 'text', nullable: true })
  conclusionNote: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
