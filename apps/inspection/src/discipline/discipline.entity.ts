import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { DisciplinePenalty } from '@party/contracts';
import type { DecidingBody } from '@party/rules';

export type DisciplineStatus = 'in_force' | 'annulled' | 'replaced';

/** Kỷ luật: one decision about a member or an organization. */
@Entity({ tableName: 'discipline' })
@Index({ properties: ['decidedOn'] })
export class Discipline {
  [OptionalProps]?: 'id' | 'createdAt' | 'status' | 'annulledOn' | 'annulmentDecisionNumber' | 'replaces' | 'replacedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  subject!: 'member' | 'organization';

  @Property({ type: 'uuid', nullable: true })
  @Index()
  personId!: string | null;

  /** The member's organization on the decision date, or the organization disciplined. */
  @Property({ type: 'text', nullable: true })
  @Index()
  orgId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Property({ type: 'text' })
  violation!: string;

  @Property({ type: 'text', nullable: true })
  proposedLevel!: DisciplinePenalty | null;

  @Property({ type: 'text' })
  level!: DisciplinePenalty;

  @Property({ type: 'text' })
  decidingBody!: DecidingBody;

  @Property({ type: 'text' })
  competenceRegulation!: string;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'integer', nullable: true })
  periodMonths!: number | null;

  @Property({ type: 'text' })
  status: DisciplineStatus = 'in_force';

  @Property({ type: 'date', nullable: true })
  annulledOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  annulmentDecisionNumber: string | null = null;

  /** The decision this one lessened (settling a complaint). */
  @Property({ type: 'uuid', nullable: true })
  replaces: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  replacedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
