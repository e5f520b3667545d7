import { describe, expect, it } from '@jest/globals';
import { availableCommands, boardStep, daysBetween, deadlineStageOf, deadlineTone, groupByStep, twoThirds } from './pipeline';

const row = (stage: 'nominated' | 'sympathizer' | 'vetting' | 'introducers' | 'resolution' | 'admitted', ceremonyDate: string | null = null) => ({
  status: stage === 'admitted' ? ('admitted' as const) : ('inPipeline' as const),
  stage,
  ceremonyDate,
  resolution: stage === 'resolution' || stage === 'admitted' ? {} : null,
});

describe('the board step of a candidate', () => {
  it('is the furthest step recorded while in the pipeline', () => {
    expect(boardStep(row('vetting'))).toBe('vetting');
    expect(boardStep(row('resolution'))).toBe('resolution');
  });

  it('splits the admitted: waiting for the ceremony at the decision, then the ceremony held', () => {
    expect(boardStep(row('admitted'))).toBe('decision');
    expect(boardStep(row('admitted', '2024-03-20'))).toBe('ceremony');
  });

  it('groups every row in one column, every column present even when empty', () => {
    const groups = groupByStep([row('nominated'), row('nominated'), row('admitted')]);
    expect(Object.keys(groups)).toEqual(['nominated', 'sympathizer', 'vetting', 'introducers', 'resolution', 'decision', 'ceremony']);
    expect(groups.nominated).toHaveLength(2);
    expect(groups.decision).toHaveLength(1);
    expect(groups.ceremony).toEqual([]);
  });

  it('runs against the decision deadline after the resolution and the ceremony deadline after the decision only', () => {
    expect(deadlineStageOf('resolution')).toBe('decision');
    expect(deadlineStageOf('decision')).toBe('ceremony');
    expect(deadlineStageOf('vetting')).toBeNull();
    expect(deadlineStageOf('ceremony')).toBeNull();
  });
});

describe('the colour of a deadline', () => {
  it('is overdue the day after the deadline, on time on the deadline day itself (soon)', () => {
    expect(deadlineTone('2024-03-10', '2024-03-11')).toBe('overdue');
    expect(deadlineTone('2024-03-10', '2024-03-10')).toBe('soon');
  });

  it('is soon 14 calendar days before and on time 15 days before', () => {
    expect(deadlineTone('2024-03-15', '2024-03-01')).toBe('soon');
    expect(deadlineTone('2024-03-16', '2024-03-01')).toBe('onTime');
  });

  it('believes the server when it counts working days to overdue', () => {
    expect(deadlineTone('2024-03-20', '2024-03-01', 'overdue')).toBe('overdue');
  });

  it('counts days across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-01-02', '2024-01-01')).toBe(-1);
  });
});

describe('the step commands on a candidate record', () => {
  it('offers admission only once the chi bộ resolution is recorded', () => {
    expect(availableCommands(row('introducers'))).toEqual(['sympathizer', 'vetting', 'introducers', 'resolution']);
    expect(availableCommands(row('resolution'))).toContain('admit');
  });

  it('offers only the ceremony after the decision, nothing once it is held', () => {
    expect(availableCommands(row('admitted'))).toEqual(['ceremony']);
    expect(availableCommands(row('admitted', '2024-03-20'))).toEqual([]);
  });

  it('needs two thirds of the official members, rounded up (6 of 9, 7 of 10)', () => {
    expect(twoThirds(9)).toBe(6);
    expect(twoThirds(10)).toBe(7);
    expect(twoThirds(3)).toBe(2);
  });
});
