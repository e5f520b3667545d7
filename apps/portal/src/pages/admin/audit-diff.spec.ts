import { describe, expect, it } from '@jest/globals';
import { auditDiff, changedFields } from './audit-diff';

describe('auditDiff', () => {
  it('marks each field added, removed, changed or the same, nested objects flattened', () => {
    const lines = auditDiff({ status: 'pending', fullName: 'An', org: { id: 'a' }, gone: 1 }, { status: 'concluded', fullName: 'An', org: { id: 'b' }, concludedOn: '2024-01-02' });
    expect(lines).toEqual([
      { field: 'status', before: 'pending', after: 'concluded', kind: 'changed' },
      { field: 'fullName', before: 'An', after: 'An', kind: 'same' },
      { field: 'org.id', before: 'a', after: 'b', kind: 'changed' },
      { field: 'gone', before: '1', after: undefined, kind: 'removed' },
      { field: 'concludedOn', before: undefined, after: '2024-01-02', kind: 'added' },
    ]);
  });

  it('reads a creation (no before) as every field added, and a bare value as one line', () => {
    expect(changedFields(null, { a: 1, b: [1, 2] })).toEqual(['a', 'b']);
    expect(auditDiff(null, { b: [1, 2] })[0].after).toBe('[1,2]');
    expect(auditDiff('x', 'y')).toEqual([{ field: '', before: 'x', after: 'y', kind: 'changed' }]);
    expect(auditDiff(null, null)).toEqual([]);
  });
});
