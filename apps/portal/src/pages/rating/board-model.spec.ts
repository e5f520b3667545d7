import { describe, expect, it } from '@jest/globals';
import type { Level, Subject } from '../../api/rating';
import { allowedExcellent, countLevels, previewQuota, quotaRefusedRows, refusalsByRow, rowOf, waitingAt } from './board-model';

let n = 0;
function subject(input: { proposal?: Level | null; decision?: Level | null; stage?: Subject['stage'] } = {}): Subject {
  const { proposal = null, decision = null } = input;
  const stage = input.stage ?? (decision ? 'decided' : proposal ? 'proposed' : 'notSelfRated');
  n += 1;
  const actor = { userId: 'u', username: 'bantochuc' };
  return {
    id: `s${n}`,
    kind: 'member',
    personId: `p${n}`,
    orgId: 'o',
    name: `Đảng viên ${n}`,
    orgName: 'Chi bộ',
    orgKind: 'dependent_cell',
    grassrootsOrgId: 'g',
    peerGroup: 'dang-vien:g',
    stage,
    excluded: null,
    selfRating: null,
    proposal: proposal ? { level: proposal, score: null, basis: 'x', meetingDate: '2026-01-10', proposedBy: actor } : null,
    decision: decision ? { level: decision, score: null, decisionNumber: '1', decisionDate: '2026-01-20', revision: 1, decidedBy: actor, override: null } : null,
    disqualifiers: [],
    maxLevel: 'excellent',
    pendingBelow: null,
    secretaryPersonId: null,
    due: null,
  };
}

describe('the excellent quota (20% of the good-or-better of a peer group)', () => {
  it('allows 28 of 143 (the 2023 report), 1 of 5 and none of 4', () => {
    expect(allowedExcellent(20, 143)).toBe(28);
    expect(allowedExcellent(20, 5)).toBe(1);
    expect(allowedExcellent(20, 4)).toBe(0);
  });

  it('previews a first list: 1 excellent and 4 good fit, a second excellent of 6 is one beyond', () => {
    const rows = [subject({ proposal: 'excellent' }), ...[1, 2, 3, 4].map(() => subject({ proposal: 'good' }))];
    const first = previewQuota({ percent: 20, goodOrBetter: 0, used: 0, overrides: 0 }, rows, new Map(rows.map((s) => [s.id, s.proposal?.level as Level])));
    expect(first).toMatchObject({ goodOrBetter: 5, excellent: 1, allowed: 1, excess: 0 });
    const sixth = subject({ proposal: 'excellent' });
    expect(previewQuota({ percent: 20, goodOrBetter: 5, used: 1, overrides: 0 }, [sixth], new Map([[sixth.id, 'excellent']]))).toMatchObject({ goodOrBetter: 6, excellent: 2, allowed: 1, excess: 1 });
    // sent with an override, it counts outside the quota (as the service counts it)
    expect(previewQuota({ percent: 20, goodOrBetter: 5, used: 1, overrides: 0 }, [sixth], new Map([[sixth.id, 'excellent']]), new Set([sixth.id]))).toMatchObject({ excellent: 2, overrides: 1, excess: 0 });
  });

  it('counts a re-decision once: the earlier level stops counting', () => {
    const s = subject({ proposal: 'good', decision: 'excellent', stage: 'proposed' });
    expect(previewQuota({ percent: 20, goodOrBetter: 5, used: 1, overrides: 0 }, [s], new Map([[s.id, 'good']]))).toMatchObject({ goodOrBetter: 5, excellent: 0, excess: 0 });
    expect(previewQuota({ percent: 20, goodOrBetter: 5, used: 1, overrides: 0 }, [s], new Map([[s.id, 'completed']]))).toMatchObject({ goodOrBetter: 4, excellent: 0, allowed: 0 });
  });

  it('says how far beyond the quota the group already was, an override not counted', () => {
    expect(previewQuota({ percent: 20, goodOrBetter: 6, used: 2, overrides: 0 }, [], new Map()).excessBefore).toBe(1);
    expect(previewQuota({ percent: 20, goodOrBetter: 6, used: 2, overrides: 1 }, [], new Map()).excessBefore).toBe(0);
  });
});

describe('choosing rows on the board', () => {
  it('selects the proposals waiting for a decision, all or by the level proposed', () => {
    const rows = [subject({ proposal: 'excellent' }), subject({ proposal: 'good' }), subject({ proposal: 'good', decision: 'good' }), subject()];
    expect(waitingAt(rows).map((s) => s.proposal?.level)).toEqual(['excellent', 'good']);
    expect(waitingAt(rows, 'good')).toHaveLength(1);
    expect(countLevels(['good', 'good', 'excellent', null])).toEqual({ excellent: 1, good: 2, completed: 0, not_completed: 0 });
  });
});

describe('a refused list', () => {
  it('reads the row of each refusal', () => {
    expect(rowOf('items.12.level')).toBe(12);
    expect(rowOf('items.3')).toBe(3);
    expect(rowOf('decisionNumber')).toBeNull();
    expect([...refusalsByRow([{ field: 'items.1.level' }, { field: 'items.1.override.reason' }, { field: 'decisionDate' }]).keys()]).toEqual([1]);
  });

  it('offers the override to the excellent rows the quota refused, not to one capped lower', () => {
    const rows = [
      { level: 'good' as const, capped: false },
      { level: 'excellent' as const, capped: false },
      { level: 'excellent' as const, capped: true },
      { level: 'good' as const, capped: false },
    ];
    const fields = [{ field: 'items.1.level' }, { field: 'items.2.level' }, { field: 'items.3.override' }];
    expect(quotaRefusedRows(fields, rows)).toEqual([1, 3]);
  });
});
