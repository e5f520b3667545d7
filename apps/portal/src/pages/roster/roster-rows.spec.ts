import { describe, expect, it } from '@jest/globals';
import type { RosterPreviewLine } from '../../api/roster';
import { canCommit, fileProblems, previewRows } from './roster-rows';

const line = (row: number, ok: boolean): RosterPreviewLine => ({
  row, ok, fullName: `Người ${row}`, dateOfBirth: '1980-05-05', citizenId: '001080000001', organization: 'Chi bộ A',
  admissionDecisionDate: '2005-03-01', officialDate: null, cardNumber: null,
});
const problem = (row: number | null, column: string | null = 'Ngày sinh') => ({ row, column, problem: { vi: 'sai', en: 'wrong' } });

describe('previewRows', () => {
  it('puts each row’s problems beside it, in file order', () => {
    const rows = previewRows({ lines: [line(2, true), line(3, false), line(4, true)], errors: [problem(3), problem(3, 'Số CCCD')] });
    expect(rows.map((r) => [r.row, r.ok, r.problems.length])).toEqual([[2, true, 0], [3, false, 2], [4, true, 0]]);
  });

  it('keeps a problem of a row the preview did not send, and leaves the file’s problems out', () => {
    const rows = previewRows({ lines: [line(2, true)], errors: [problem(null), problem(1, null), problem(9)] });
    expect(rows.map((r) => [r.row, r.ok, r.line === null])).toEqual([[2, true, false], [9, false, true]]);
  });

  it('works from the problems alone when the answer has no rows', () => {
    expect(previewRows({ errors: [problem(5), problem(3)] }).map((r) => r.row)).toEqual([3, 5]);
  });
});

describe('fileProblems and canCommit', () => {
  it('tells the file’s problems apart and allows the commit only when every row is good', () => {
    expect(fileProblems({ errors: [problem(1, null), problem(4)] })).toHaveLength(1);
    expect(canCommit({ rows: 3, invalid: 0, errorCount: 0 })).toBe(true);
    expect(canCommit({ rows: 3, invalid: 1, errorCount: 1 })).toBe(false);
    expect(canCommit({ rows: 0, invalid: 0, errorCount: 1 })).toBe(false);
  });
});
