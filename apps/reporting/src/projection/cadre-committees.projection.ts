import type { EntityClass } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommitteeConsolidated } from '@party/contracts';
import { EventHandler, on } from '@party/messaging';

/**
 * One person given a post by a consolidation decision (kiện toàn), as the cadre service published
 * it (`cadre.committee.consolidated`): counted by the decision date, per organization, in
 * `cadre.consolidated.people` / `.orgs` (a grassroots organization's executive committee) and
 * `cadre.blocCommittee.added` / `cadre.blocInspectionCommittee.added` (the bloc's own, people who
 * joined). The organization's kind on the day is read from reporting's own tree; what the event
 * said of it is kept beside, for whoever reads the table.
 */
@Entity({ tableName: 'cadre_consolidation_fact' })
@Index({ properties: ['decidedOn'] })
@Index({ properties: ['orgId', 'decidedOn'] })
export class CadreConsolidationFact {
  @PrimaryKey({ type: 'uuid' })
  holdingId!: string;

  @Property({ type: 'uuid' })
  decisionId!: string;

  @Property({ type: 'uuid' })
  committeeId!: string;

  @Property({ type: 'text' })
  orgId!: string;

  /** executive | inspection */
  @Property({ type: 'text' })
  committeeKind!: string;

  @Property({ type: 'text' })
  post!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'date' })
  decidedOn!: string;

  /** fill | add | replace */
  @Property({ type: 'text' })
  mode!: string;

  /** They held no post on the committee the day before. */
  @Property({ type: 'boolean' })
  joinsCommittee!: boolean;

  @Property({ type: 'boolean' })
  blocLevel!: boolean;

  @Property({ type: 'boolean' })
  grassroots!: boolean;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** What reporting keeps of the cadre service's committees facts. */
export const CADRE_COMMITTEES_FACT_ENTITIES: EntityClass<unknown>[] = [CadreConsolidationFact];
/** Their tables, emptied by `reporting.rebuild`. */
export const CADRE_COMMITTEES_FACT_TABLES: string[] = ['cadre_consolidation_fact'];

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

/** Keyed by the holding the consolidation opened: a redelivered or replayed event adds nothing. */
export function cadreCommitteesHandlers(): EventHandler<any>[] {
  return [
    on(CommitteeConsolidated, async (e, em) => {
      const d = e.data;
      await em.execute(
        `insert into "${schemaOf(em)}"."cadre_consolidation_fact"
           (holding_id, decision_id, committee_id, org_id, committee_kind, post, person_id, decided_on, mode, joins_committee, bloc_level, grassroots, recorded_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (holding_id) do nothing`,
        [d.holdingId, d.decisionId, d.committeeId, d.orgId, d.kind, d.post, d.personId, d.decisionDate, d.mode, d.joinsCommittee, d.blocLevel, d.grassroots, e.recordedAt],
      );
    }),
  ];
}
