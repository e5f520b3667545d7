import type { Phase, PhaseView, Program, TargetSummary } from '../../api/inspection';
import { PHASE_VALUES } from '../../api/inspection';

/** How soon a due date counts as coming (the committee's weekly meeting looks a week ahead). */
export const DUE_SOON_DAYS = 7;

export type PhaseTone = 'done' | 'overdue' | 'dueSoon' | 'planned' | 'unplanned';

const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * A phase's colour on `today`: done; overdue (due before today, not done — the server's rule);
 * due within a week; planned later; or without a due date.
 */
export function phaseTone(p: Pick<PhaseView, 'dueOn' | 'doneOn'>, today: string): PhaseTone {
  if (p.doneOn) return 'done';
  if (!p.dueOn) return 'unplanned';
  if (p.dueOn < today) return 'overdue';
  return p.dueOn <= plusDays(today, DUE_SOON_DAYS) ? 'dueSoon' : 'planned';
}

/** Status of each antd step: done ones finished, the next one in progress (red when overdue), the rest waiting. */
export function stepStatus(p: PhaseView, next: Phase | null, today: string): 'finish' | 'process' | 'error' | 'wait' {
  if (p.doneOn) return 'finish';
  if (phaseTone(p, today) === 'overdue') return 'error';
  return p.phase === next ? 'process' : 'wait';
}

/** The phase the "record done" command is for: the next one, unless that is the conclusion (it has its own command). */
export function recordablePhase(next: Phase | null): Phase | null {
  return next && next !== 'conclusion' ? next : null;
}

/** Whether the conclusion may be drafted: every phase before it done and at least one finding. */
export function canConclude(next: Phase | null, findings: number): boolean {
  return next === 'conclusion' && findings > 0;
}

/**
 * Phases done of a target: the server's count, or — from a server that does not send it yet —
 * the position of the next phase (phases are done in order).
 */
export function phasesDoneOf(t: Pick<TargetSummary, 'nextPhase' | 'status'> & { phasesDone?: number }): number {
  if (typeof t.phasesDone === 'number') return t.phasesDone;
  if (t.status === 'concluded' || t.nextPhase === null) return PHASE_VALUES.length;
  return PHASE_VALUES.indexOf(t.nextPhase);
}

/** A program's progress: phases done of all, or — without those counts — its targets concluded. */
export function programProgress(p: Pick<Program, 'targets' | 'concluded'> & { phasesDone?: number; phasesTotal?: number }): { done: number; total: number; ratio: number } {
  const phases = typeof p.phasesDone === 'number' && typeof p.phasesTotal === 'number';
  const done = phases ? (p.phasesDone as number) : p.concluded * PHASE_VALUES.length;
  const total = phases ? (p.phasesTotal as number) : p.targets * PHASE_VALUES.length;
  return { done, total, ratio: total ? done / total : 0 };
}

/** The first date out of order in the due dates (each on or after the one before), or null. */
export function firstDueOutOfOrder(dues: Partial<Record<Phase, string | null | undefined>>): { phase: Phase; before: Phase } | null {
  let last: Phase | null = null;
  for (const phase of PHASE_VALUES) {
    const on = dues[phase];
    if (!on) continue;
    if (last && on < (dues[last] as string)) return { phase, before: last };
    last = phase;
  }
  return null;
}
