import type { Provider } from '@nestjs/common';
import { DisciplineAnnulled, DisciplineDecided, VettingConcluded } from '@party/contracts';
import { type ConsumerSpec, on } from '@party/messaging';
import { applyDisciplineAnnulled, applyExitFact } from './planning-exit-facts';

/**
 * The Inspection Committee's disciplines, from its stream: a member disciplined (reprimand or
 * heavier) leaves every plan from the discipline's effective date; an annulment is shown on the
 * exits it caused. The inbox and the decision's id make a redelivery change nothing.
 */
export function disciplineExitConsumer(): ConsumerSpec {
  return {
    name: 'cadre-discipline',
    source: 'inspection',
    handlers: [
      on(DisciplineDecided, (e, em) =>
        applyExitFact(em, e, { kind: 'discipline', sourceId: e.data.decisionId, personId: e.data.personId, on: e.data.effectiveOn, decisionNumber: e.data.decisionNumber, detail: e.data.level }),
      ),
      on(DisciplineAnnulled, (e, em) => applyDisciplineAnnulled(em, e)),
    ],
  };
}

/**
 * Vetting conclusions, from this service's own stream rather than a call from the vetting
 * capability: vetting stays unaware of planning (its engineer's code, its own transaction), a
 * conclusion is applied exactly once through the inbox whether it is recorded now or replayed,
 * and the price is a moment's delay, the same as for a discipline.
 */
export function vettingExitConsumer(): ConsumerSpec {
  return {
    name: 'cadre-planning-vetting',
    source: 'cadre',
    handlers: [
      on(VettingConcluded, (e, em) =>
        applyExitFact(em, e, { kind: 'vetting', sourceId: e.data.caseId, personId: e.data.personId, on: e.data.concludedOn, decisionNumber: e.data.conclusionNumber, detail: e.data.result }),
      ),
    ],
  };
}

export const DISCIPLINE_EXIT_CONSUMER = Symbol('DISCIPLINE_EXIT_CONSUMER');
export const VETTING_EXIT_CONSUMER = Symbol('VETTING_EXIT_CONSUMER');
export const PLANNING_CONSUMER_PROVIDERS: Provider<ConsumerSpec>[] = [
  { provide: DISCIPLINE_EXIT_CONSUMER, useFactory: disciplineExitConsumer },
  { provide: VETTING_EXIT_CONSUMER, useFactory: vettingExitConsumer },
];
