import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { ComplaintKind, DisciplinePenalty } from '@party/contracts';
import type { ResolvingLevel } from '@party/rules';

export type ComplaintOutcome = 'upheld' | 'partly_upheld' | 'dismissed' | 'withdrawn';
export type DisciplineRuling = 'upheld' | 'lessened' | 'annulled' | 'withdrawn';

/** Tố cáo or khiếu nại, with the deadline the regulation sets for settling it. */
@Entity({ tableName: 'complaint' })
@Index({ properties: ['resolvedOn', 'deadline'] })
export class Complaint {
  [OptionalProps]?: 'id' | 'createdAt' | 'resolvedOn' | 'outcome' | 'ruling' | 'newLevel' | 'decisionNumber' | 'conclusion';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  kind!: ComplaintKind;

  /** A complaint against this discipline (khiếu nại kỷ luật). */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  disciplineId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  personId!: string | null;

  @Property({ type: 'text', nullable: true })
  orgId!: string | null;

  @Property({ type: 'date' })
  receivedOn!: string;

  @Property({ type: 'text', nullable: true })
  complainant!: string | null;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'text' })
  resolvingLevel!: ResolvingLevel;

  @Property({ type: 'date' })
  deadline!: string;

  @Property({ type: 'integer' })
  workingDays!: number;

  @Property({ type: 'text' })
  regulation!: string;

  @Property({ type: 'date', nullable: true })
  resolvedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  outcome: ComplaintOutcome | null = null;

  @Property({ type: 'text', nullable: true })
  ruling: DisciplineRuling | null = null;

  @Property({ type: 'text', nullable: true })
  newLevel: DisciplinePenalty | null = null;

  @Property({ type: 'text', nullable: true })
  decisionNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  conclusion: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
