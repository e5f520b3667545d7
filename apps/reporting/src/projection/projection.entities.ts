import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { ORG_REPLICA_ENTITIES, ORG_REPLICA_TABLES } from '@party/org-replica';
import { CADRE_COMMITTEES_FACT_ENTITIES, CADRE_COMMITTEES_FACT_TABLES } from './cadre-committees.projection';
import { CADRE_PLANNING_FACT_ENTITIES, CADRE_PLANNING_FACT_TABLES } from './cadre-planning.projection';
import { CADRE_VETTING_FACT_ENTITIES, CADRE_VETTING_FACT_TABLES } from './cadre-vetting.projection';
import { RATING_FACT_ENTITIES, RATING_FACT_TABLES } from './rating.projection';

/**
 * The reporting read model: facts copied from the events of other services, with their dates in
 * the world, beside the organization tree (`org_event`, `org_version`: the replica of
 * `@party/org-replica`, fed by the same consumer of membership's stream). Written only by the
 * reporting consumers (raw SQL through the consumer's transaction) and emptied by
 * `reporting.rebuild`. Organization ids are kept as text: training's `orgId`s are free text in its
 * contracts.
 */

/** One person counted in a training figure, as one of an organization (a subtree's figures take its organizations' rows). */
abstract class StudentFactColumns {
  @Property({ type: 'text', nullable: true })
  orgId!: string | null;

  @Property({ type: 'text' })
  personKey!: string;
}

/** A person's place in a course of a type and its category (registered, sent, at a secretaries' session). */
abstract class CoursePlaceFactColumns extends StudentFactColumns {
  @Property({ type: 'text' })
  courseTypeCode!: string;

  @Property({ type: 'text' })
  category!: string;
}

/** A class as last known (opened, then updated): it counts in the year of `openedOn`. */
@Entity({ tableName: 'training_class' })
@Index({ properties: ['openedOn', 'category'] })
export class TrainingClassFact {
  @PrimaryKey({ type: 'uuid' })
  classId!: string;

  @Property({ type: 'text' })
  courseTypeCode!: string;

  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'text', nullable: true })
  cohortLabel!: string | null;

  @Property({ type: 'text[]' })
  servedOrgIds!: string[];

  /** When the state copied here was recorded: an older event never overwrites a newer one. */
  @Property({ type: 'timestamptz' })
  stateRecordedAt!: Date;
}

/** A student of a class; counted by the class's (current) opening date. */
@Entity({ tableName: 'training_enrollment' })
@Index({ properties: ['classId'] })
// a subtree's students and classes: its organizations' enrollments
@Index({ properties: ['orgId'] })
export class TrainingEnrollmentFact extends StudentFactColumns {
  @PrimaryKey({ type: 'uuid' })
  enrollmentId!: string;

  @Property({ type: 'uuid' })
  classId!: string;

  @Property({ type: 'date' })
  enrolledOn!: string;
}

@Entity({ tableName: 'training_registration' })
@Index({ properties: ['category', 'forYear'] })
@Index({ properties: ['category', 'registeredOn'] })
// a subtree's registrations, and the years of its organizations' facts
@Index({ properties: ['orgId', 'registeredOn'] })
export class TrainingRegistrationFact extends CoursePlaceFactColumns {
  @PrimaryKey({ type: 'uuid' })
  registrationId!: string;

  @Property({ type: 'integer' })
  forYear!: number;

  @Property({ type: 'date' })
  registeredOn!: string;
}

@Entity({ tableName: 'training_sending' })
@Index({ properties: ['category', 'sentOn'] })
@Index({ properties: ['orgId', 'sentOn'] })
export class TrainingSendingFact extends CoursePlaceFactColumns {
  @PrimaryKey({ type: 'uuid' })
  sendingId!: string;

  @Property({ type: 'date' })
  sentOn!: string;
}

/** One secretary at one training session. */
@Entity({ tableName: 'training_secretary_attendance' })
@Index({ properties: ['heldOn'] })
@Index({ properties: ['orgId', 'heldOn'] })
export class TrainingSecretaryAttendanceFact extends CoursePlaceFactColumns {
  @PrimaryKey({ type: 'uuid' })
  attendanceId!: string;

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'date' })
  heldOn!: string;
}

/**
 * A fact of a member as membership published it: registered, admitted, made official, removed
 * from probation, transfer completed, died, struck off, left the Party, card issued / reissued,
 * badge awarded. `occurredOn` is its date in the world; `detail` the transfer kind, the card's
 * reissue reason or the badge level.
 */
@Entity({ tableName: 'member_fact' })
@Index({ properties: ['type', 'occurredOn'] })
@Index({ properties: ['personId'] })
// a subtree's member flows: its organizations' facts of the year, not the whole year's facts
@Index({ properties: ['orgId', 'occurredOn'] })
// a subtree's transfers: those with an end in it (`from_org_id` / `to_org_id`), not every transfer of the year
@Index({ properties: ['fromOrgId', 'occurredOn'] })
@Index({ properties: ['toOrgId', 'occurredOn'] })
export class MemberFact {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'text' })
  personId!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'date' })
  occurredOn!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  /** The organization the fact concerns (for a transfer: the end inside the bloc). */
  @Property({ type: 'text', nullable: true })
  orgId!: string | null;

  @Property({ type: 'text', nullable: true })
  detail!: string | null;

  @Property({ type: 'text', nullable: true })
  fromOrgId!: string | null;

  @Property({ type: 'text', nullable: true })
  toOrgId!: string | null;

  /**
   * Its organization was in the tree on its date (an organization ending that day included), as the
   * replica says: decided when the fact is recorded, decided again whenever that organization's
   * versions change (`recountOrganizationFacts`). The whole bloc's flows count these.
   */
  @Property({ type: 'boolean', default: false })
  inBloc!: boolean;
}

/**
 * A person's membership through time and the organization they count in, derived from their
 * `member_fact`s (re-derived on each, so a back-dated fact lands in place). `validTo` is exclusive.
 */
@Entity({ tableName: 'member_interval' })
@Index({ properties: ['orgId', 'validFrom', 'validTo'] })
export class MemberIntervalFact {
  @PrimaryKey({ type: 'text' })
  personId!: string;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  orgId!: string;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo!: string | null;
}

/**
 * Counters the whole bloc's year-end figures are summed from, so that the nation's report reads
 * ~100.000 rows instead of counting 16 M facts and intervals (issue 17). Maintained in the
 * transaction that applies each member fact (`member-counters.ts`). The stock is kept per
 * organization: the calculator decides at query time which organizations were in the tree on 31/12.
 *
 * `member_stock_change`: per organization and year, the member intervals that start there that year
 * minus those that end (an interval holds on 31/12 of Y when it starts in a year ≤ Y and ends in one
 * > Y), so an organization's members on 31/12 of Y are `member_stock.net` minus the changes of the
 * years after Y — recent years, few rows.
 */
@Entity({ tableName: 'member_stock_change' })
export class MemberStockChange {
  @PrimaryKey({ type: 'integer' })
  year!: number;

  @PrimaryKey({ type: 'text' })
  orgId!: string;

  @Property({ type: 'integer' })
  net!: number;
}

/** Per organization, the member intervals that hold there now: the sum of its `member_stock_change`s. */
@Entity({ tableName: 'member_stock' })
export class MemberStock {
  @PrimaryKey({ type: 'text' })
  orgId!: string;

  @Property({ type: 'integer' })
  net!: number;
}

/**
 * The whole bloc's member facts (`member_fact.in_bloc`) counted per year and what the flows tell
 * apart: type, detail ('' for none), and whether the fact names an origin and a destination (the
 * transfers' kinds). A few dozen rows a year, whatever the bloc's size.
 */
@Entity({ tableName: 'member_flow_count' })
export class MemberFlowCount {
  @PrimaryKey({ type: 'integer' })
  year!: number;

  @PrimaryKey({ type: 'text' })
  type!: string;

  @PrimaryKey({ type: 'text' })
  detail!: string;

  @PrimaryKey({ type: 'boolean' })
  fromSet!: boolean;

  @PrimaryKey({ type: 'boolean' })
  toSet!: boolean;

  @Property({ type: 'integer' })
  n!: number;
}

/** A target of an inspection or supervision program concluded: counted by the conclusion date, per organization. */
@Entity({ tableName: 'inspection_conclusion' })
@Index({ properties: ['kind', 'concludedOn'] })
@Index({ properties: ['orgId', 'concludedOn'] })
export class InspectionConclusionFact {
  @PrimaryKey({ type: 'uuid' })
  targetId!: string;

  /** inspection | supervision */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  orgId!: string;

  @Property({ type: 'date' })
  concludedOn!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** One organization's dossiers surveyed on a day. */
@Entity({ tableName: 'dossier_survey_fact' })
@Index({ properties: ['surveyedOn'] })
@Index({ properties: ['orgId', 'surveyedOn'] })
export class DossierSurveyFact {
  @PrimaryKey({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'text' })
  orgId!: string;

  @Property({ type: 'date' })
  surveyedOn!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

/**
 * A discipline decided about a member (kỷ luật), one row per decision. An annulled or replaced
 * decision keeps its row with `annulledOn`: it stops counting from that day, and a lessened
 * penalty's new decision is a row of its own.
 */
@Entity({ tableName: 'discipline_fact' })
@Index({ properties: ['decidedOn'] })
@Index({ properties: ['orgId', 'decidedOn'] })
export class DisciplineFact {
  @PrimaryKey({ type: 'uuid' })
  decisionId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text', nullable: true })
  orgId!: string | null;

  /** khien_trach | canh_cao | cach_chuc | khai_tru */
  @Property({ type: 'text' })
  level!: string;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'date', nullable: true })
  annulledOn!: string | null;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

export const PROJECTION_ENTITIES = [
  ...ORG_REPLICA_ENTITIES,
  TrainingClassFact,
  TrainingEnrollmentFact,
  TrainingRegistrationFact,
  TrainingSendingFact,
  TrainingSecretaryAttendanceFact,
  MemberFact,
  MemberIntervalFact,
  MemberStockChange,
  MemberStock,
  MemberFlowCount,
  InspectionConclusionFact,
  DossierSurveyFact,
  DisciplineFact,
  ...CADRE_COMMITTEES_FACT_ENTITIES,
  ...CADRE_PLANNING_FACT_ENTITIES,
  ...CADRE_VETTING_FACT_ENTITIES,
  ...RATING_FACT_ENTITIES,
];

/** The tables `reporting.rebuild` empties. */
export const PROJECTION_TABLES = [
  ...ORG_REPLICA_TABLES,
  'training_class',
  'training_enrollment',
  'training_registration',
  'training_sending',
  'training_secretary_attendance',
  'member_fact',
  'member_interval',
  'member_stock_change',
  'member_stock',
  'member_flow_count',
  'inspection_conclusion',
  'dossier_survey_fact',
  'discipline_fact',
  ...CADRE_COMMITTEES_FACT_TABLES,
  ...CADRE_PLANNING_FACT_TABLES,
  ...CADRE_VETTING_FACT_TABLES,
  ...RATING_FACT_TABLES,
] as const;
