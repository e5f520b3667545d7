import { applyCorrections, approvalProblems, changedFields } from './dossier.rules';

const original = { documentDate: '2004-10-01', title: 'Lý lịch', referenceNumber: 'LL-1', content: { a: 1, b: 'x' } };

describe('dossier corrections (Hướng dẫn về hồ sơ đảng viên)', () => {
  it('applies corrections in order, content field by field, the original untouched', () => {
    const current = applyCorrections(original, [{ content: { b: 'y' } }, { title: 'Lý lịch đảng viên', content: { c: true } }]);
    expect(current).toEqual({ documentDate: '2004-10-01', title: 'Lý lịch đảng viên', referenceNumber: 'LL-1', content: { a: 1, b: 'y', c: true } });
    expect(original.content).toEqual({ a: 1, b: 'x' });
  });

  it('names what a correction changes; nothing when it repeats the current state', () => {
    expect(changedFields(original, { content: { b: 'y' }, title: 'Lý lịch' })).toEqual(['content']);
    expect(changedFields(original, { content: { a: 1 } })).toEqual([]);
  });

  it('an approval needs who, role, decision number and a date not in the future', () => {
    expect(approvalProblems(null, '2024-03-01').map((p) => p.field)).toEqual(['approval.approverName', 'approval.approverRole', 'approval.decisionNumber', 'approval.approvedOn']);
    const full = { approverName: 'A', approverRole: 'Phó Bí thư', decisionNumber: 'QĐ 1', approvedOn: '2024-03-02' };
    expect(approvalProblems(full, '2024-03-01')).toEqual([expect.objectContaining({ field: 'approval.approvedOn' })]);
    expect(approvalProblems(full, '2024-03-02')).toEqual([]);
  });
});
