import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ComplaintFiled,
  ComplaintResolved,
  DisciplineAnnulled,
  DisciplineDecided,
  DisciplineLevel,
  DisciplineNotApplied,
  DisciplineNotAppliedReason,
  Envelope,
  EventOf,
  InspectionCaseClosed,
  InspectionCaseOpened,
  MemberExpelled,
} from '@party/contracts';
import { AuditEntry } from '@party/database';
import { recordEvent } from '@party/messaging';
import { DisciplineRecord } from '../badges/badge.entity';
import { PartyCard } from '../cards/party-card.entity';
import { leavingView } from '../leaving/leaving.service';
import { Person } from '../people/person.entity';
import { InspectionHold } from '../transfers/transfer.entity';
import { DISCIPLINE_KIND_OF, disciplineEffect, holdUntil } from './discipline.rules';

/**
 * How membership applies the Inspection Committee's facts, inside the consumer's transaction
 * (with its inbox row). Each fact is keyed by the inspection's own id (case, complaint,
 * decision), so the same fact published again under a new event id changes nothing either.
 */
type Fact<D> = EventOf<D>;

function audit(em: EntityManager, event: Envelope<unknown>, action: string, entity: string, entityId: string, before: unknown, after: unknown): void {
  em.persist(
    em.create(AuditEntry, {
      actorId: event.actor.userId,
      actorName: event.actor.username,
      action,
      entity,
      entityId,
      before,
      after: { ...(after as object), sourceEventId: event.id, sourceEventType: event.type },
      correlationId: event.correlationId,
    }),
  );
}

const holdView = (h: InspectionHold) => ({ kind: h.kind, sourceId: h.sourceId, detail: h.detail, since: h.since, until: h.until });

/** Upserts the hold of one case or complaint; `until` only ever set by a close. */
async function upsertHold(em: EntityManager, event: Envelope<unknown>, row: { personId: string; kind: 'inspection' | 'complaint'; sourceId: string; detail: string | null; since: string; until?: string }): Promise<void> {
  const existing = await em.findOne(InspectionHold, { kind: row.kind, sourceId: row.sourceId });
  const before = existing ? holdView(existing) : null;
  const hold = existing ?? em.create(InspectionHold, { personId: row.personId, kind: row.kind, sourceId: row.sourceId, since: row.since });
  Object.assign(hold, { personId: row.personId, detail: row.detail, since: row.since });
  if (row.until !== undefined) hold.until = row.until;
  const after = holdView(hold);
  if (before && JSON.stringify(before) === JSON.stringify(after)) return;
  em.persist(hold);
  audit(em, event, row.until === undefined ? `hold.${row.kind}.opened` : `hold.${row.kind}.closed`, 'inspection_hold', hold.id, before, after);
  await em.flush();
}

export function applyCaseOpened(em: EntityManager, e: Fact<typeof InspectionCaseOpened>) {
  return upsertHold(em, e, { personId: e.data.personId, kind: 'inspection', sourceId: e.data.caseId, detail: null, since: e.data.openedOn });
}

export function applyCaseClosed(em: EntityManager, e: Fact<typeof InspectionCaseClosed>) {
  return upsertHold(em, e, { personId: e.data.personId, kind: 'inspection', sourceId: e.data.caseId, detail: null, since: e.data.openedOn, until: holdUntil(e.data.closedOn) });
}

export function applyComplaintFiled(em: EntityManager, e: Fact<typeof ComplaintFiled>) {
  return upsertHold(em, e, { personId: e.data.personId, kind: 'complaint', sourceId: e.data.complaintId, detail: e.data.kind, since: e.data.filedOn });
}

export function applyComplaintResolved(em: EntityManager, e: Fact<typeof ComplaintResolved>) {
  return upsertHold(em, e, { personId: e.data.personId, kind: 'complaint', sourceId: e.data.complaintId, detail: e.data.kind, since: e.data.filedOn, until: holdUntil(e.data.resolvedOn) });
}

/** The member's row locked like a command locks it (leaving/member-state.ts), so a clerk's change and a fact wait for each other. */
async function lockedPerson(em: EntityManager, personId: string): Promise<Person | null> {
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.member.${personId}`]);
  const person = await em.findOne(Person, { id: personId });
  if (person) await em.refresh(person);
  return person;
}

function notApplied(em: EntityManager, e: Envelope<unknown>, d: { personId: string; orgId: string | null; decisionId: string; level: DisciplineLevel }, reason: DisciplineNotAppliedReason, status: string | null, occurredOn: string): void {
  recordEvent(em, DisciplineNotApplied, {
    data: { personId: d.personId, orgId: d.orgId, decisionId: d.decisionId, level: d.level, statusOnEffectiveDate: status, reason },
    occurredOn,
    orgId: d.orgId,
    actor: e.actor,
    correlationId: e.correlationId,
  });
}

const recordView = (r: DisciplineRecord) => ({
  decisionId: r.decisionId,
  level: r.level,
  kind: r.kind,
  decidedOn: r.decidedOn,
  effectiveOn: r.effectiveOn,
  decisionNumber: r.decisionNumber,
  applied: r.applied,
  notAppliedReason: r.notAppliedReason,
  annulledOn: r.annulledOn,
});

/**
 * Kỷ luật: recorded for the badge holds; an expulsion also removes the member on the effective
 * date, collects the card and publishes `member.expelled`. A decision already recorded is not
 * applied twice (an expelled member would otherwise look "not a member" the second time).
 */
export async function applyDisciplineDecided(em: EntityManager, e: Fact<typeof DisciplineDecided>): Promise<void> {
  const d = e.data;
  const person = await lockedPerson(em, d.personId);
  if (await em.findOne(DisciplineRecord, { decisionId: d.decisionId })) return;
  const outcome = disciplineEffect(
    d.level,
    person && { status: person.status, admissionDecisionDate: person.admissionDecisionDate, officialDate: person.officialDate, endedOn: person.endedOn ?? null },
    d.effectiveOn,
  );
  const record = em.create(DisciplineRecord, {
    decisionId: d.decisionId,
    caseId: d.caseId,
    personId: d.personId,
    kind: DISCIPLINE_KIND_OF[d.level],
    level: d.level,
    decidedOn: d.decidedOn,
    effectiveOn: d.effectiveOn,
    decisionNumber: d.decisionNumber,
    applied: outcome.effect !== 'notApplied',
    notAppliedReason: outcome.effect === 'notApplied' ? outcome.reason : null,
  });
  em.persist(record);
  audit(em, e, 'discipline.recorded', 'discipline_record', record.id, null, recordView(record));
  if (outcome.effect === 'notApplied') {
    notApplied(em, e, { personId: d.personId, orgId: person?.orgId ?? d.orgId, decisionId: d.decisionId, level: d.level }, outcome.reason, outcome.statusOnEffectiveDate, d.effectiveOn);
  } else if (outcome.effect === 'expel' && person) {
    await expel(em, e, person);
  }
  await em.flush();
}

/** Khai trừ: out of the Party from the effective date (party age stops there), card collected. */
async function expel(em: EntityManager, e: Fact<typeof DisciplineDecided>, person: Person): Promise<void> {
  const d = e.data;
  const before = leavingView(person);
  Object.assign(person, { status: 'expelled', endedOn: d.effectiveOn, endReason: 'expelled', endDecisionNumber: d.decisionNumber });
  const cards = await em.find(PartyCard, { personId: person.id, active: true });
  for (const card of cards) card.active = false; // thu hồi thẻ đảng viên (Điều lệ Đảng, Điều 6)
  recordEvent(em, MemberExpelled, {
    data: {
      personId: person.id,
      orgId: person.orgId,
      statusBefore: 'official',
      decisionId: d.decisionId,
      decisionNumber: d.decisionNumber,
      decidedOn: d.decidedOn,
      effectiveOn: d.effectiveOn,
      cardCollected: cards[0]?.cardNumber ?? null,
    },
    occurredOn: d.effectiveOn,
    orgId: person.orgId,
    actor: e.actor,
    correlationId: e.correlationId,
  });
  audit(em, e, 'member.expelled', 'person', person.id, before, { ...leavingView(person), cardsCollected: cards.map((c) => c.cardNumber) });
}

/**
 * Hủy bỏ / thu hồi quyết định kỷ luật: it never held, so the badge hold goes. An expulsion
 * already applied is not undone here: reinstatement is a decision of its own, so membership
 * says so (`discipline.notApplied`, expulsion_annulled_needs_decision) for the board to act.
 * An annulment of a decision not received yet is retried: the stream delivers it soon.
 */
export async function applyDisciplineAnnulled(em: EntityManager, e: Fact<typeof DisciplineAnnulled>): Promise<void> {
  const d = e.data;
  const record = await em.findOne(DisciplineRecord, { decisionId: d.decisionId });
  if (!record) throw new Error(`discipline ${d.decisionId} annulled before it was received; retrying`);
  if (record.annulledOn) return;
  const before = recordView(record);
  record.annulledOn = d.annulledOn;
  record.annulmentDecisionNumber = d.decisionNumber;
  audit(em, e, 'discipline.annulled', 'discipline_record', record.id, before, recordView(record));
  if (record.kind === 'expulsion' && record.applied) {
    const person = await em.findOne(Person, { id: record.personId });
    notApplied(em, e, { personId: record.personId, orgId: person?.orgId ?? d.orgId, decisionId: d.decisionId, level: 'khai_tru' }, 'expulsion_annulled_needs_decision', person?.status ?? null, d.annulledOn);
  }
  await em.flush();
}
