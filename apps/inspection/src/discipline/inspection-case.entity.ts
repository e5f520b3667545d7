import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { CaseOutcome } from '@party/contracts';

/** Kiểm tra đảng viên khi có dấu hiệu vi phạm: opened by a decision, closed with a conclusion. */
@Entity({ tableName: 'inspection_case' })
@Index({ properties: ['personId', 'openedOn'] })
export class InspectionCase {
  [OptionalProps]?: 'id' | 'createdAt' | 'closedOn' | 'outcome' | 'conclusion';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  personId!: string;

  /** The person's organization on the opening date: what a secretary's scope is judged on. */
  @Property({ type: 'text', nullable: true })
  @Index()
  orgId!: string | null;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'text' })
  decisionNumber!: string;

  /** Dấu hiệu vi phạm: confidential while the case is open. */
  @Property({ type: 'text' })
  grounds!: string;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  outcome: CaseOutcome | null = null;

  @Property({ type: 'text', nullable: true })
  conclusion: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
