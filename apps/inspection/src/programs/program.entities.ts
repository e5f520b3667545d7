import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * The Inspection Committee's programs, their targets, phases and recommendations, and the dossier
 * surveys. Plain columns, no ORM relations: a target is read with its program, phases and
 * recommendations by id, which keeps every command's writes explicit. Organization ids are
 * membership's (the replica in this schema names them).
 */

/** Chương trình kiểm tra (or giám sát) of a year, regular or thematic. */
@Entity({ tableName: 'inspection_program' })
@Index({ properties: ['year', 'kind'] })
export class InspectionProgram {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'integer' })
  year!: number;

  /** inspection | supervision */
  @Property({ type: 'text' })
  kind!: string;

  /** regular | thematic */
  @Property({ type: 'text' })
  mode!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  documentNumber!: string | null;

  @Property({ type: 'date', nullable: true })
  issuedOn!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

export interface TeamMember {
  fullName: string;
  role: 'lead' | 'deputy' | 'member';
}

export interface Finding {
  recordedOn: string;
  text: string;
}

/** One organization inspected or supervised under a program: its subject, team, findings and conclusion. */
@Entity({ tableName: 'program_target' })
@Unique({ properties: ['programId', 'orgId'] })
@Index({ properties: ['orgId'] })
@Index({ properties: ['conclusionDate'] })
export class ProgramTarget {
  [OptionalProps]?: 'id' | 'createdAt' | 'findings' | 'conclusionNumber' | 'conclusionDate' | 'conclusionText';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  programId!: string;

  @Property({ type: 'uuid' })
  orgId!: string;

  @Property({ type: 'boolean' })
  targetsCommittee!: boolean;

  @Property({ type: 'boolean' })
  targetsSecretary!: boolean;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'jsonb' })
  team!: TeamMember[];

  @Property({ type: 'jsonb' })
  findings: Finding[] = [];

  @Property({ type: 'text', nullable: true })
  conclusionNumber: string | null = null;

  @Property({ type: 'date', nullable: true })
  conclusionDate: string | null = null;

  @Property({ type: 'text', nullable: true })
  conclusionText: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A phase of a target: when it is due and when it was done. */
@Entity({ tableName: 'target_phase' })
@Index({ properties: ['dueOn'] })
export class TargetPhase {
  @PrimaryKey({ type: 'uuid' })
  targetId!: string;

  @PrimaryKey({ type: 'text' })
  phase!: string;

  /** The phase's place in the order (0 = plan). */
  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Property({ type: 'date', nullable: true })
  doneOn!: string | null;
}

export interface FollowUp {
  followedUpOn: string;
  note: string;
  closes: boolean;
}

/** A recommendation of a conclusion (kiến nghị), followed up until carried out. */
@Entity({ tableName: 'target_recommendation' })
@Index({ properties: ['targetId'] })
export class TargetRecommendation {
  [OptionalProps]?: 'id' | 'followUps' | 'closedOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  targetId!: string;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Property({ type: 'jsonb' })
  followUps: FollowUp[] = [];
}

/** Khảo sát hồ sơ tổ chức đảng và đảng viên of one organization, and the instruction issued after it. */
@Entity({ tableName: 'dossier_survey' })
@Unique({ properties: ['orgId', 'surveyedOn'] })
@Index({ properties: ['surveyedOn'] })
export class DossierSurvey {
  [OptionalProps]?: 'id' | 'createdAt' | 'instructionNumber' | 'instructionDate';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  orgId!: string;

  @Property({ type: 'date' })
  surveyedOn!: string;

  @Property({ type: 'jsonb' })
  team!: string[];

  @Property({ type: 'text' })
  findings!: string;

  @Property({ type: 'text', nullable: true })
  instructionNumber: string | null = null;

  @Property({ type: 'date', nullable: true })
  instructionDate: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

export const PROGRAM_ENTITY_CLASSES = [InspectionProgram, ProgramTarget, TargetPhase, TargetRecommendation, DossierSurvey];
