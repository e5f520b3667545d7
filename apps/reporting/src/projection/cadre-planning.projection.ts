import { Entity, Index, PrimaryKey, Property, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfidenceVoteDecided, ConfidenceVoteRecorded, PersonPlanned, PlanningEntryRemoved, PlanningReviewed } from '@party/contracts';
import { EventHandler, on } from '@party/messaging';

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

/**
 * One person in one post's plan, as reporting counts them: planned on a date, removed (by a review
 * or by themselves) on another (`cadre.planning.added` / `.removed` group by them). A removal
 * taken in before its planning (a redelivery) makes the row, and the planning fills the rest.
 */
@Entity({ tableName: 'planning_fact' })
@Index({ properties: ['plannedOn'] })
@Index({ properties: ['removedOn'] })
@Index({ properties: ['orgId'] })
export class PlanningFact {
  @PrimaryKey({ type: 'uuid' })
  entryId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  orgId!: string;

  @Property({ type: 'text' })
  term!: string;

  /** Null until the planning event is taken in. */
  @Property({ type: 'date', nullable: true })
  plannedOn!: string | null;

  @Property({ type: 'date', nullable: true })
  removedOn!: string | null;

  /** review | discipline | vetting | confidence_vote */
  @Property({ type: 'text', nullable: true })
  removalReason!: string | null;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** A review decision (`cadre.planning.reviews` groups by its date). */
@Entity({ tableName: 'planning_review_fact' })
@Index({ properties: ['decidedOn'] })
@Index({ properties: ['orgId'] })
export class PlanningReviewFact {
  @PrimaryKey({ type: 'uuid' })
  reviewId!: string;

  @Property({ type: 'text' })
  orgId!: string;

  @Property({ type: 'date' })
  decidedOn!: string;

  @Property({ type: 'integer' })
  added!: number;

  @Property({ type: 'integer' })
  removed!: number;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** A confidence vote (`cadre.votes.held` / `.flagged` group by its date); the decision on it when flagged. */
@Entity({ tableName: 'confidence_vote_fact' })
@Index({ properties: ['heldOn'] })
@Index({ properties: ['orgId'] })
export class ConfidenceVoteFact {
  @PrimaryKey({ type: 'uuid' })
  voteId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  orgId!: string;

  @Property({ type: 'date', nullable: true })
  heldOn!: string | null;

  @Property({ type: 'boolean', nullable: true })
  valid!: boolean | null;

  /** no_quorum | no_action | relief_to_consider | dismissal_to_consider */
  @Property({ type: 'text', nullable: true })
  result!: string | null;

  @Property({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Property({ type: 'text', nullable: true })
  outcome!: string | null;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** What reporting keeps of the cadre service's planning facts. */
export const CADRE_PLANNING_FACT_ENTITIES: EntityClass<unknown>[] = [PlanningFact, PlanningReviewFact, ConfidenceVoteFact];
/** Their tables, emptied by `reporting.rebuild`. */
export const CADRE_PLANNING_FACT_TABLES: string[] = ['planning_fact', 'planning_review_fact', 'confidence_vote_fact'];

/** Keyed by the entry, the review, the vote: a redelivered or replayed event finds its row and sets the same values. */
export function cadrePlanningHandlers(): EventHandler<any>[] {
  return [
    on(PersonPlanned, async (e, em) => {
      const d = e.data;
      await em.execute(
        `insert into "${schemaOf(em)}"."planning_fact" (entry_id, person_id, org_id, term, planned_on, removed_on, removal_reason, recorded_at) values (?, ?, ?, ?, ?, null, null, ?)
         on conflict (entry_id) do update set planned_on = excluded.planned_on`,
        [d.entryId, d.personId, d.orgId, d.term, d.plannedOn, e.recordedAt],
      );
    }),
    on(PlanningEntryRemoved, async (e, em) => {
      const d = e.data;
      await em.execute(
        `insert into "${schemaOf(em)}"."planning_fact" (entry_id, person_id, org_id, term, planned_on, removed_on, removal_reason, recorded_at) values (?, ?, ?, ?, null, ?, ?, ?)
         on conflict (entry_id) do update set removed_on = excluded.removed_on, removal_reason = excluded.removal_reason`,
        [d.entryId, d.personId, d.orgId, d.term, d.removedOn, d.reason, e.recordedAt],
      );
    }),
    on(PlanningReviewed, async (e, em) => {
      const d = e.data;
      await em.execute(
        `insert into "${schemaOf(em)}"."planning_review_fact" (review_id, org_id, decided_on, added, removed, recorded_at) values (?, ?, ?, ?, ?, ?) on conflict (review_id) do nothing`,
        [d.reviewId, d.orgId, d.decidedOn, d.added, d.removed, e.recordedAt],
      );
    }),
    on(ConfidenceVoteRecorded, async (e, em) => {
      const d = e.data;
      await em.execute(
        `insert into "${schemaOf(em)}"."confidence_vote_fact" (vote_id, person_id, org_id, held_on, valid, result, decided_on, outcome, recorded_at) values (?, ?, ?, ?, ?, ?, null, null, ?)
         on conflict (vote_id) do update set held_on = excluded.held_on, valid = excluded.valid, result = excluded.result`,
        [d.voteId, d.personId, d.orgId, d.heldOn, d.valid, d.result, e.recordedAt],
      );
    }),
    on(ConfidenceVoteDecided, async (e, em) => {
      const d = e.data;
      await em.execute(
        `insert into "${schemaOf(em)}"."confidence_vote_fact" (vote_id, person_id, org_id, held_on, valid, result, decided_on, outcome, recorded_at) values (?, ?, ?, null, null, ?, ?, ?, ?)
         on conflict (vote_id) do update set decided_on = excluded.decided_on, outcome = excluded.outcome`,
        [d.voteId, d.personId, d.orgId, d.result, d.decidedOn, d.outcome, e.recordedAt],
      );
    }),
  ];
}
