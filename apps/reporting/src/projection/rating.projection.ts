import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MemberRated, OrgRated } from '@party/contracts';
import { EventHandler, on } from '@party/messaging';

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

/**
 * The level a subject holds for a year rated (xếp loại chất lượng), as membership decided it:
 * one row per (kind, year, subject) — a subject is in one round a year — holding the decision of
 * the highest `revision` received. A re-decision replaces the row; an older decision arriving
 * late (redelivery, replay in another order) changes nothing.
 */
@Entity({ tableName: 'rating_fact' })
// the year's figures for the whole bloc
@Index({ properties: ['year', 'subjectKind'] })
// a subtree's figures: its organizations' ratings and their members'
@Index({ properties: ['orgId', 'year'] })
export class RatingFact {
  /** org | member */
  @PrimaryKey({ type: 'text' })
  subjectKind!: string;

  /** The year rated, not the day decided. */
  @PrimaryKey({ type: 'integer' })
  year!: number;

  /** The organization rated or the member (`personId`). */
  @PrimaryKey({ type: 'uuid' })
  subjectId!: string;

  /** The organization rated, or the member's organization on the round's date. */
  @Property({ type: 'text' })
  orgId!: string;

  /** Organizations: a TCCSĐ (đảng bộ cơ sở, chi bộ cơ sở), the ones `rating.orgs.*` counts; false for a member. */
  @Property({ type: 'boolean' })
  grassroots!: boolean;

  /** excellent | good | completed | not_completed */
  @Property({ type: 'text' })
  level!: string;

  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'date' })
  decisionDate!: string;

  @Property({ type: 'uuid' })
  roundId!: string;

  /** The event the row holds. */
  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

export const RATING_FACT_ENTITIES = [RatingFact];
/** Emptied by `reporting.rebuild`. */
export const RATING_FACT_TABLES = ['rating_fact'];

interface Decided {
  year: number;
  level: string;
  revision: number;
  decisionNumber: string;
  decisionDate: string;
  roundId: string;
  orgId: string;
}

/** Membership's rating decisions (`membership.rating.orgRated` / `memberRated`), from its stream. */
export function ratingHandlers(): EventHandler<any>[] {
  const keep = async (em: EntityManager, e: { id: string; recordedAt: string }, kind: 'org' | 'member', subjectId: string, grassroots: boolean, d: Decided) => {
    await em.execute(
      `insert into "${schemaOf(em)}"."rating_fact" as f (subject_kind, year, subject_id, org_id, grassroots, level, revision, decision_number, decision_date, round_id, event_id, recorded_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (subject_kind, year, subject_id) do update set
         org_id = excluded.org_id, grassroots = excluded.grassroots, level = excluded.level, revision = excluded.revision,
         decision_number = excluded.decision_number, decision_date = excluded.decision_date, round_id = excluded.round_id,
         event_id = excluded.event_id, recorded_at = excluded.recorded_at
       where f.revision < excluded.revision`,
      [kind, d.year, subjectId, d.orgId, grassroots, d.level, d.revision, d.decisionNumber, d.decisionDate, d.roundId, e.id, e.recordedAt],
    );
  };
  return [
    on(OrgRated, (e, em) => keep(em, e, 'org', e.data.orgId, e.data.grassroots, e.data)),
    on(MemberRated, (e, em) => keep(em, e, 'member', e.data.personId, false, e.data)),
  ];
}
