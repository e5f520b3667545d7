import { describe, expect, it } from '@jest/globals';
import { canRecord, candidateKey, countByLevel, nextOccasion, occasionDate, parseOccasion, refusedIndex } from './badge-round';

describe('badge rounds', () => {
  it('the next occasion is the first of 3/2, 19/5, 2/9, 7/11 on or after today, across the year end', () => {
    expect(nextOccasion('2026-12-07')).toBe('2027-02-03');
    expect(nextOccasion('2023-09-02')).toBe('2023-09-02');
    expect(nextOccasion('2023-09-03')).toBe('2023-11-07');
    expect(nextOccasion('2024-01-01')).toBe('2024-02-03');
    expect(nextOccasion('2024-05-20')).toBe('2024-09-02');
  });

  it('reads and writes occasion dates; other dates are not occasions', () => {
    expect(occasionDate(2023, 'may19')).toBe('2023-05-19');
    expect(parseOccasion('2023-11-07')).toEqual({ year: 2023, key: 'nov7' });
    expect(parseOccasion('2023-11-08')).toBeNull();
    expect(parseOccasion('x')).toBeNull();
    expect(parseOccasion(null)).toBeNull();
  });

  it('a round is recorded on or after its date', () => {
    expect(canRecord('2026-11-07', '2026-12-07')).toBe(true);
    expect(canRecord('2026-12-07', '2026-12-07')).toBe(true);
    expect(canRecord('2027-02-03', '2026-12-07')).toBe(false);
  });

  it('counts a selection by level, lowest first; a member may be chosen at two levels', () => {
    const rows = [{ personId: 'a', level: 40 }, { personId: 'a', level: 30 }, { personId: 'b', level: 30 }];
    expect(countByLevel(rows)).toEqual([{ level: 30, count: 2 }, { level: 40, count: 1 }]);
    expect(new Set(rows.map(candidateKey)).size).toBe(3);
    expect(countByLevel([])).toEqual([]);
  });

  it('finds the refused item of a batch answer', () => {
    expect(refusedIndex('awards.3.personId')).toBe(3);
    expect(refusedIndex('awards.0')).toBe(0);
    expect(refusedIndex('decisionNumber')).toBeNull();
  });
});
