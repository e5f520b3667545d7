import { describe, expect, it } from '@jest/globals';
import type { PhaseView } from '../../api/inspection';
import { canConclude, firstDueOutOfOrder, phasesDoneOf, phaseTone, programProgress, recordablePhase, stepStatus } from './phase-progress';

const phase = (p: Partial<PhaseView>): PhaseView => ({ phase: 'notice', dueOn: null, doneOn: null, overdue: false, ...p });
const today = '2023-06-15';

describe('a phase’s colour', () => {
  it('is done once done, whatever its due date', () => {
    expect(phaseTone({ dueOn: '2023-01-01', doneOn: '2023-02-01' }, today)).toBe('done');
  });
  it('is overdue from the day after its due date, as the server counts', () => {
    expect(phaseTone({ dueOn: '2023-06-14', doneOn: null }, today)).toBe('overdue');
    expect(phaseTone({ dueOn: '2023-06-15', doneOn: null }, today)).toBe('dueSoon');
  });
  it('is due soon within a week, planned after, unplanned without a date', () => {
    expect(phaseTone({ dueOn: '2023-06-22', doneOn: null }, today)).toBe('dueSoon');
    expect(phaseTone({ dueOn: '2023-06-23', doneOn: null }, today)).toBe('planned');
    expect(phaseTone({ dueOn: null, doneOn: null }, today)).toBe('unplanned');
  });
});

describe('the steps', () => {
  it('finish the done ones, mark the next in progress, an overdue one as an error, the rest waiting', () => {
    expect(stepStatus(phase({ phase: 'plan', doneOn: '2023-03-01' }), 'notice', today)).toBe('finish');
    expect(stepStatus(phase({ phase: 'notice', dueOn: '2023-07-01' }), 'notice', today)).toBe('process');
    expect(stepStatus(phase({ phase: 'notice', dueOn: '2023-06-01' }), 'notice', today)).toBe('error');
    expect(stepStatus(phase({ phase: 'selfReport', dueOn: '2023-08-01' }), 'notice', today)).toBe('wait');
  });
  it('record the next phase done, except the conclusion, which has its own command', () => {
    expect(recordablePhase('verification')).toBe('verification');
    expect(recordablePhase('conclusion')).toBeNull();
    expect(recordablePhase(null)).toBeNull();
  });
  it('allow the conclusion after the verification with a finding', () => {
    expect(canConclude('conclusion', 1)).toBe(true);
    expect(canConclude('conclusion', 0)).toBe(false);
    expect(canConclude('verification', 3)).toBe(false);
  });
});

describe('progress', () => {
  it('counts a target’s phases done, or derives them from the next phase', () => {
    expect(phasesDoneOf({ phasesDone: 3, nextPhase: 'verification', status: 'in_progress' })).toBe(3);
    expect(phasesDoneOf({ nextPhase: 'selfReport', status: 'in_progress' })).toBe(2);
    expect(phasesDoneOf({ nextPhase: null, status: 'concluded' })).toBe(5);
  });
  it('counts a program’s phases done of all, or its concluded targets', () => {
    expect(programProgress({ targets: 3, concluded: 1, phasesDone: 9, phasesTotal: 15 })).toEqual({ done: 9, total: 15, ratio: 0.6 });
    expect(programProgress({ targets: 3, concluded: 3 })).toEqual({ done: 15, total: 15, ratio: 1 });
    expect(programProgress({ targets: 0, concluded: 0 })).toEqual({ done: 0, total: 0, ratio: 0 });
  });
});

describe('due dates in order', () => {
  it('names the first date before an earlier phase’s, skipping the empty ones', () => {
    expect(firstDueOutOfOrder({ plan: '2023-03-01', notice: '2023-03-10', verification: '2023-05-01' })).toBeNull();
    expect(firstDueOutOfOrder({ plan: '2023-03-01', selfReport: '2023-02-28' })).toEqual({ phase: 'selfReport', before: 'plan' });
    expect(firstDueOutOfOrder({ plan: '2023-03-01', notice: '2023-03-01' })).toBeNull();
  });
});
