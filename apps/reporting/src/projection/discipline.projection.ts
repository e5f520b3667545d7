import type { EntityManager } from '@mikro-orm/postgresql';
import { DisciplineAnnulled, DisciplineDecided } from '@party/contracts';
import { EventHandler, on } from '@party/messaging';

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

/**
 * Disciplines of members as reporting counts them (`discipline_fact`): a decision is a row, its
 * annulment (on a complaint, withdrawn, or replaced by a lighter one) marks the row from that day.
 * An annulment arriving before its decision (redelivery order) keeps its date for the row to come.
 */
export function disciplineHandlers(): EventHandler<any>[] {
  return [
    on(DisciplineDecided, async (e, em) => {
      const d = e.data;
      await em.execute(
        `insert into "${schemaOf(em)}"."discipline_fact" (decision_id, person_id, org_id, level, decided_on, annulled_on, recorded_at)
         values (?, ?, ?, ?, ?, null, ?)
         on conflict (decision_id) do update set person_id = excluded.person_id, org_id = excluded.org_id, level = excluded.level, decided_on = excluded.decided_on`,
        [d.decisionId, d.personId, d.orgId, d.level, d.decidedOn, e.recordedAt],
      );
    }),
    on(DisciplineAnnulled, async (e, em) => {
      const d = e.data;
      // a placeholder row when the annulment comes first; its decision fills the rest
      await em.execute(
        `insert into "${schemaOf(em)}"."discipline_fact" (decision_id, person_id, org_id, level, decided_on, annulled_on, recorded_at)
         values (?, ?, ?, '', ?, ?, ?)
         on conflict (decision_id) do update set annulled_on = excluded.annulled_on`,
        [d.decisionId, d.personId, d.orgId, d.annulledOn, d.annulledOn, e.recordedAt],
      );
    }),
  ];
}
