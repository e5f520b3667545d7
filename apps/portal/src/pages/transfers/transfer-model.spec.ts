import { describe, expect, it } from '@jest/globals';
import { addMonths, commandsFor, deadlineTone, letterBoxes, missingTone, readTab, tabSearch, temporaryRange } from './transfer-model';

describe('transfer tabs in the address', () => {
  it('reads a known tab, anything else is all', () => {
    expect(readTab('overdue')).toBe('overdue');
    expect(readTab('missingDossiers')).toBe('missingDossiers');
    expect(readTab('lost')).toBe('all');
    expect(readTab('completed')).toBe('all');
    expect(readTab(null)).toBe('all');
  });

  it('keeps the organization and the date, drops the table state of the tab left', () => {
    const current = new URLSearchParams('tab=arrived&orgId=o1&asOf=2023-09-15&page=3&sort=fullName&kind=in');
    expect(tabSearch(current, 'deadlines')).toBe('?orgId=o1&asOf=2023-09-15&tab=deadlines');
    expect(tabSearch(new URLSearchParams('page=2'), 'all')).toBe('');
  });
});

describe('deadline colours', () => {
  it('overdue is red whatever the date; due within 7 days is orange, later blue', () => {
    expect(deadlineTone({ status: 'overdue', deadline: '2024-02-01' }, '2024-02-02')).toBe('overdue');
    expect(deadlineTone({ status: 'due', deadline: '2024-02-08' }, '2024-02-01')).toBe('dueSoon');
    expect(deadlineTone({ status: 'due', deadline: '2024-02-01' }, '2024-02-01')).toBe('dueSoon');
    expect(deadlineTone({ status: 'due', deadline: '2024-02-09' }, '2024-02-01')).toBe('due');
  });

  it('a dossier missing for 6 months or more is red', () => {
    expect(missingTone(3)).toBe('orange');
    expect(missingTone(6)).toBe('red');
  });
});

describe('the 10-box letter', () => {
  it('shows the filled boxes in place and the rest empty', () => {
    const boxes = letterBoxes([{ box: 1, viaOrgId: 'a', viaCommittee: null, receivedOn: '2023-03-02' }, { box: 2, viaOrgId: null, viaCommittee: 'X', receivedOn: '2023-03-06' }]);
    expect(boxes).toHaveLength(10);
    expect(boxes.filter((b) => b.hop).map((b) => b.box)).toEqual([1, 2]);
    expect(boxes[9]).toEqual({ box: 10, hop: null });
  });
});

describe('commands a transfer still takes', () => {
  const base = { kind: 'internal' as const, status: 'inTransit' as const, hops: [], arrivedOn: null, activityStartedOn: null, dossierReceivedOn: null };
  it('in transit: boxes and arrival, no follow-up yet', () => {
    expect(commandsFor(base)).toEqual({ hops: true, arrive: true, followUp: false });
  });
  it('a full letter takes no more boxes', () => {
    const hops = Array.from({ length: 10 }, (_, i) => ({ box: i + 1, viaOrgId: null, viaCommittee: 'X', receivedOn: '2023-03-02' }));
    expect(commandsFor({ ...base, hops }).hops).toBe(false);
  });
  it('arrived: follow-up until both dates are known; out and temporary never', () => {
    const arrived = { ...base, status: 'completed' as const, arrivedOn: '2023-03-10' };
    expect(commandsFor(arrived)).toEqual({ hops: false, arrive: false, followUp: true });
    expect(commandsFor({ ...arrived, activityStartedOn: '2023-03-10', dossierReceivedOn: '2023-03-12' }).followUp).toBe(false);
    expect(commandsFor({ ...arrived, kind: 'in' }).followUp).toBe(true);
    expect(commandsFor({ ...arrived, kind: 'out' }).followUp).toBe(false);
  });
});

describe('temporary transfer dates', () => {
  it('adds months keeping the day or the month end', () => {
    expect(addMonths('2023-03-01', 3)).toBe('2023-06-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
  });
  it('allows 3 to 12 months, 24 for study', () => {
    expect(temporaryRange('2023-03-01', 'work')).toEqual({ min: '2023-06-01', max: '2024-03-01', months: 12 });
    expect(temporaryRange('2023-03-01', 'study').max).toBe('2025-03-01');
  });
});
