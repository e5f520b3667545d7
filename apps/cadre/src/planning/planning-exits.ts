import type { EntityManager } from '@mikro-orm/postgresql';
import { type Envelope, type EventData, type EventDefinition, type PlanningExitReason, PlanningEntryRemoved } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { recordEvent } from '@party/messaging';
import type { UnitOfWork } from '@party/service-kit';
import type { PlanningEntry } from './planning.entities';

/**
 * Where a change of the plans writes its events and audit rows: a command's unit of work, or the
 * transaction of a consumer applying another service's fact (actor and correlation carried over).
 */
export interface PlanningRecorder {
  event<D extends EventDefinition>(def: D, data: EventData<D>, occurredOn: string, orgId: string | null): void;
  audit(action: string, entity: string, entityId: string, before: unknown, after: unknown): void;
}

export const commandRecorder = (uow: UnitOfWork): PlanningRecorder => ({
  event: (def, data, occurredOn, orgId) => uow.event(def, data, occurredOn, orgId),
  audit: (action, entity, id, before, after) => uow.audit(action, entity, id, before, after),
});

export function factRecorder(em: EntityManager, fact: Envelope<unknown>): PlanningRecorder {
  return {
    event: (def, data, occurredOn, orgId) => recordEvent(em, def, { data, occurredOn, orgId, actor: fact.actor, correlationId: fact.correlationId }),
    audit: (action, entity, entityId, before, after) =>
      em.persist(
        em.create(AuditEntry, {
          actorId: fact.actor.userId,
          actorName: fact.actor.username,
          action,
          entity,
          entityId,
          before,
          after: { ...(after as object), sourceEventId: fact.id, sourceEventType: fact.type },
          correlationId: fact.correlationId,
        }),
      ),
  };
}

export const entryAudit = (e: PlanningEntry) => ({
  orgId: e.orgId,
  committeeKind: e.committeeKind,
  post: e.post,
  term: e.term,
  personId: e.personId,
  plannedOn: e.plannedOn,
  decisionNumber: e.decisionNumber,
  reviewId: e.reviewId,
  endedOn: e.endedOn,
  exitReason: e.exitReason,
  exitDecisionNumber: e.exitDecisionNumber,
  exitSourceId: e.exitSourceId,
});

export interface PlanningExit {
  on: string;
  reason: PlanningExitReason;
  decisionNumber: string | null;
  sourceId: string | null;
  note: string | null;
  regulation: string | null;
}

/** Takes an entry out of its plan on `exit.on` with the reason, and says so (`cadre.planning.removed`). */
export function endEntry(entry: PlanningEntry, exit: PlanningExit, rec: PlanningRecorder): void {
  const before = entryAudit(entry);
  Object.assign(entry, {
    endedOn: exit.on,
    exitReason: exit.reason,
    exitDecisionNumber: exit.decisionNumber,
    exitSourceId: exit.sourceId,
    exitNote: exit.note,
    exitRegulation: exit.regulation,
  });
  rec.event(
    PlanningEntryRemoved,
    {
      entryId: entry.id,
      personId: entry.personId,
      orgId: entry.orgId,
      committeeKind: entry.committeeKind,
      post: entry.post,
      term: entry.term,
      removedOn: exit.on,
      reason: exit.reason,
      decisionNumber: exit.decisionNumber,
      sourceId: exit.sourceId,
    },
    exit.on,
    entry.orgId,
  );
  rec.audit(`planning.${exit.reason === 'review' ? 'remove' : 'exit'}`, 'planning_entry', entry.id, before, entryAudit(entry));
}
