import { Entity, Index, PrimaryKey, Property, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { VettingConcluded, VettingReplyReceived, VettingRequestSent } from '@party/contracts';
import { EventHandler, on } from '@party/messaging';

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

/**
 * A vetting case's letter to the police and the police's reply, as reporting counts them: the
 * person, their organization, the letter's date (`vetting.requestsToPolice` groups by it). Only
 * dates and numbers: the police's opinion never leaves the cadre service. Either event may make
 * the row (a reply taken in before its letter, after a redelivery, is kept).
 */
@Entity({ tableName: 'vetting_request_fact' })
@Index({ properties: ['sentOn'] })
@Index({ properties: ['orgId'] })
export class VettingRequestFact {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text', nullable: true })
  orgId!: string | null;

  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: 'uuid' })
  requestId!: string;

  @Property({ type: 'date', nullable: true })
  sentOn!: string | null;

  @Property({ type: 'date', nullable: true })
  repliedOn!: string | null;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** A standing committee conclusion on a person's political standard (`vetting.concluded` groups by its date). */
@Entity({ tableName: 'vetting_conclusion_fact' })
@Index({ properties: ['concludedOn'] })
@Index({ properties: ['orgId'] })
export class VettingConclusionFact {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text', nullable: true })
  orgId!: string | null;

  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: 'date' })
  concludedOn!: string;

  /** meets | not_meets */
  @Property({ type: 'text' })
  result!: string;

  /** request | earlier_request | records */
  @Property({ type: 'text' })
  basis!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** What reporting keeps of the cadre service's vetting facts. */
export const CADRE_VETTING_FACT_ENTITIES: EntityClass<unknown>[] = [VettingRequestFact, VettingConclusionFact];
/** Their tables, emptied by `reporting.rebuild`. */
export const CADRE_VETTING_FACT_TABLES: string[] = ['vetting_request_fact', 'vetting_conclusion_fact'];

/**
 * Keyed by the case: a case is on one letter, answered once and concluded once, so a redelivered
 * or replayed event finds its row and changes nothing.
 */
export function cadreVettingHandlers(): EventHandler<any>[] {
  const upsertRequest = async (em: EntityManager, d: { caseId: string; personId: string; orgId: string | null; purpose: string; requestId: string }, sentOn: string | null, repliedOn: string | null, recordedAt: string): Promise<void> => {
    await em.execute(
      `insert into "${schemaOf(em)}"."vetting_request_fact" (case_id, person_id, org_id, purpose, request_id, sent_on, replied_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (case_id) do update set sent_on = coalesce(excluded.sent_on, vetting_request_fact.sent_on), replied_on = coalesce(excluded.replied_on, vetting_request_fact.replied_on)`,
      [d.caseId, d.personId, d.orgId, d.purpose, d.requestId, sentOn, repliedOn, recordedAt],
    );
  };
  return [
    on(VettingRequestSent, (e, em) => upsertRequest(em, e.data, e.data.sentOn, null, e.recordedAt)),
    on(VettingReplyReceived, (e, em) => upsertRequest(em, e.data, null, e.data.repliedOn, e.recordedAt)),
    on(VettingConcluded, async (e, em) => {
      const d = e.data;
      await em.execute(
        `insert into "${schemaOf(em)}"."vetting_conclusion_fact" (case_id, person_id, org_id, purpose, concluded_on, result, basis, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing`,
        [d.caseId, d.personId, d.orgId, d.purpose, d.concludedOn, d.result, d.basis, e.recordedAt],
      );
    }),
  ];
}
