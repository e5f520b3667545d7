import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Envelope, type EventOf, OrgDisciplineAnnulled, OrgDisciplineDecided } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { ConsumerSpec, EventHandler, on } from '@party/messaging';
import { OrgDisciplineRecord } from './org-discipline.entity';

function audit(em: EntityManager, e: Envelope<unknown>, action: string, r: OrgDisciplineRecord, before: unknown): void {
  em.persist(
    em.create(AuditEntry, {
      actorId: e.actor.userId,
      actorName: e.actor.username,
      action,
      entity: 'org_discipline_record',
      entityId: r.id,
      before,
      after: { orgId: r.orgId, level: r.level, decidedOn: r.decidedOn, decisionNumber: r.decisionNumber, annulledOn: r.annulledOn, sourceEventId: e.id, sourceEventType: e.type },
      correlationId: e.correlationId,
    }),
  );
}

/** Kỷ luật tổ chức đảng: kept by the inspection's decision id, so a republished fact changes nothing. */
export async function applyOrgDisciplineDecided(em: EntityManager, e: EventOf<typeof OrgDisciplineDecided>): Promise<void> {
  const d = e.data;
  if (await em.findOne(OrgDisciplineRecord, { decisionId: d.decisionId })) return;
  const r = em.create(OrgDisciplineRecord, { decisionId: d.decisionId, orgId: d.orgId, level: d.level, decidedOn: d.decidedOn, effectiveOn: d.effectiveOn, decisionNumber: d.decisionNumber });
  em.persist(r);
  audit(em, e, 'orgDiscipline.recorded', r, null);
  await em.flush();
}

/** Annulled or replaced: it never held. One arriving before its decision is retried (the stream brings the decision). */
export async function applyOrgDisciplineAnnulled(em: EntityManager, e: EventOf<typeof OrgDisciplineAnnulled>): Promise<void> {
  const d = e.data;
  const r = await em.findOne(OrgDisciplineRecord, { decisionId: d.decisionId });
  if (!r) throw new Error(`organization discipline ${d.decisionId} annulled before it was received; retrying`);
  if (r.annulledOn) return;
  const before = { annulledOn: null };
  Object.assign(r, { annulledOn: d.annulledOn, annulmentDecisionNumber: d.decisionNumber });
  audit(em, e, 'orgDiscipline.annulled', r, before);
  await em.flush();
}

/** The rating's own durable consumer of the Inspection Committee's stream: disciplines of organizations. */
@Injectable()
export class RatingDisciplineConsumer implements ConsumerSpec {
  readonly name = 'membership-rating-discipline';
  readonly source = 'inspection' as const;
  readonly handlers: EventHandler<any>[] = [
    on(OrgDisciplineDecided, (e, em) => applyOrgDisciplineDecided(em, e)),
    on(OrgDisciplineAnnulled, (e, em) => applyOrgDisciplineAnnulled(em, e)),
  ];
}
