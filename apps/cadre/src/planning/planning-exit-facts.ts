import type { EntityManager } from '@mikro-orm/postgresql';
import { type DisciplineAnnulled, type Envelope, type EventOf, termEndYear } from '@party/contracts';
import { PENALTY_NAMES, planningExit, type Penalty } from '@party/rules';
import { endEntry, factRecorder, type PlanningExit, type PlanningRecorder } from './planning-exits';
import { lockPlanning, personKey } from './planning-orgs';
import { PlanningEntry, PlanningExitBasis } from './planning.entities';

/**
 * Facts that take a planned person out of every plan by themselves (libs/rules
 * `cadre-planning.exit`): a discipline of reprimand or heavier (inspection's
 * `discipline.decided`, from its effective date) and a vetting concluded "not meeting the
 * political standard" (this service's `vetting.concluded`, from the conclusion's date).
 */
export interface ExitFact {
  kind: 'discipline' | 'vetting';
  sourceId: string;
  personId: string;
  on: string;
  decisionNumber: string;
  /** The discipline's level, the vetting result. */
  detail: string;
}

function noteOf(b: PlanningExitBasis): string {
  if (b.kind === 'vetting') return 'Kết luận không đạt tiêu chuẩn chính trị';
  return `Kỷ luật ${PENALTY_NAMES[b.detail as Penalty]?.vi ?? b.detail}`;
}

export const exitOf = (b: PlanningExitBasis): PlanningExit => ({ on: b.on, reason: b.kind, decisionNumber: b.decisionNumber, sourceId: b.sourceId, note: noteOf(b), regulation: b.regulation });

/** A plan still means something on `on`: its term has not ended (a 2020-2025 plan is moot from 2026). */
export const termCurrentOn = (term: string, on: string) => Number(on.slice(0, 4)) <= termEndYear(term);

/**
 * Applies a fact once (kept by its source id: the same decision published again changes nothing):
 * every entry of the person still in a plan and planned on or before the fact's date leaves it.
 */
export async function applyExitFact(em: EntityManager, fact: Envelope<unknown>, input: ExitFact): Promise<void> {
  await lockPlanning(em, [personKey(input.personId)]);
  if (await em.findOne(PlanningExitBasis, { kind: input.kind, sourceId: input.sourceId })) return;
  const verdict = planningExit(input.kind === 'discipline' ? { kind: 'discipline', level: input.detail } : { kind: 'vetting', result: input.detail }, input.on);
  const basis = em.create(PlanningExitBasis, { ...input, exits: verdict?.exits ?? false, regulation: verdict?.rule.regulation ?? null });
  em.persist(basis);
  if (basis.exits) {
    const rec = factRecorder(em, fact);
    for (const entry of await em.find(PlanningEntry, { personId: input.personId, endedOn: null, plannedOn: { $lte: input.on } }, { orderBy: { plannedOn: 'asc', id: 'asc' } })) {
      if (termCurrentOn(entry.term, input.on)) endEntry(entry, exitOf(basis), rec);
    }
  }
  await em.flush();
}

/**
 * Hủy bỏ quyết định kỷ luật: the exit is not undone (planning the person again is a decision of
 * its own, a review's), but the plan shows that its ground was annulled. A discipline replaced by
 * a lighter one stays a ground: the lighter one is a discipline too.
 */
export async function applyDisciplineAnnulled(em: EntityManager, fact: EventOf<typeof DisciplineAnnulled>): Promise<void> {
  const d = fact.data;
  if (d.reason === 'replaced') return;
  await lockPlanning(em, [personKey(d.personId)]);
  const basis = await em.findOne(PlanningExitBasis, { kind: 'discipline', sourceId: d.decisionId });
  if (!basis) throw new Error(`discipline ${d.decisionId} annulled before it was received; retrying`);
  if (basis.annulledOn) return;
  basis.annulledOn = d.annulledOn;
  const rec = factRecorder(em, fact);
  for (const entry of await em.find(PlanningEntry, { exitReason: 'discipline', exitSourceId: d.decisionId })) {
    entry.exitBasisAnnulledOn = d.annulledOn;
    rec.audit('planning.exit.basisAnnulled', 'planning_entry', entry.id, null, { annulledOn: d.annulledOn, annulmentDecisionNumber: d.decisionNumber });
  }
  await em.flush();
}

/** An entry planned before a fact already heard of leaves the plan at that fact's date, as it would have had the fact come later. */
export async function exitByKnownFacts(em: EntityManager, entry: PlanningEntry, rec: PlanningRecorder): Promise<void> {
  const bases = await em.find(PlanningExitBasis, { personId: entry.personId, exits: true, annulledOn: null, on: { $gte: entry.plannedOn } }, { orderBy: { on: 'asc' } });
  const first = bases.find((b) => termCurrentOn(entry.term, b.on));
  if (first) endEntry(entry, exitOf(first), rec);
}

/** The person's latest vetting conclusion on or before `on`, when it says they do not meet the standard. */
export async function failedVetting(em: EntityManager, personId: string, on: string): Promise<PlanningExitBasis | null> {
  const [last] = await em.find(PlanningExitBasis, { personId, kind: 'vetting', on: { $lte: on } }, { orderBy: { on: 'desc', createdAt: 'desc' }, limit: 1 });
  return last?.exits ? last : null;
}
