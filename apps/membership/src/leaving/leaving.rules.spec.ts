import { leaveBlockers, LeaveFacts } from './leaving.rules';

const none: LeaveFacts = { holds: [], disciplines: [] };
const codes = (f: Partial<LeaveFacts>, on: string) => leaveBlockers({ ...none, ...f }, on).map((b) => b.code);
const warning = (effectiveOn: string, over: Partial<LeaveFacts['disciplines'][number]> = {}) => ({ kind: 'warning' as const, effectiveOn, decisionNumber: 'QĐ 1', applied: true, annulledOn: null, ...over });

describe('leaving the Party only without violations (Quy định 24-QĐ/TW, 8.2)', () => {
  it('nothing recorded and no declaration: no blocker', () => {
    expect(codes({}, '2023-05-01')).toEqual([]);
    expect(codes({ declared: false }, '2023-05-01')).toEqual([]);
  });

  it('an inspection holds from its opening to the day before it closed, inclusive', () => {
    const holds = [{ kind: 'inspection' as const, detail: null, since: '2023-03-01', until: '2023-05-09' }];
    expect(codes({ holds }, '2023-02-28')).toEqual([]);
    expect(codes({ holds }, '2023-03-01')).toEqual(['under_inspection']);
    expect(codes({ holds }, '2023-05-09')).toEqual(['under_inspection']);
    expect(codes({ holds }, '2023-05-10')).toEqual([]);
  });

  it('a pending complaint or denunciation holds while open', () => {
    const holds = [{ kind: 'complaint' as const, detail: 'to_cao', since: '2023-02-01', until: null }];
    expect(codes({ holds }, '2030-01-01')).toEqual(['pending_complaint']);
    expect(leaveBlockers({ ...none, holds }, '2023-02-01')[0].message.vi).toContain('tố cáo chưa giải quyết');
  });

  it('a warning is in force 12 months from its effective date: refused on the last day, accepted the day after', () => {
    expect(codes({ disciplines: [warning('2023-04-01')] }, '2023-03-31')).toEqual([]);
    expect(codes({ disciplines: [warning('2023-04-01')] }, '2024-03-31')).toEqual(['discipline_in_force']);
    expect(codes({ disciplines: [warning('2023-04-01')] }, '2024-04-01')).toEqual([]);
    expect(codes({ disciplines: [warning('2023-04-01', { kind: 'removal_from_post' })] }, '2026-03-31')).toEqual(['discipline_in_force']);
    expect(codes({ disciplines: [warning('2023-04-01', { kind: 'removal_from_post' })] }, '2026-04-01')).toEqual([]);
  });

  it('an annulled decision, or one membership could not apply, never holds', () => {
    expect(codes({ disciplines: [warning('2023-04-01', { annulledOn: '2023-06-01' })] }, '2023-05-01')).toEqual([]);
    expect(codes({ disciplines: [warning('2023-04-01', { applied: false })] }, '2023-05-01')).toEqual([]);
  });

  it('gives every reason at once, the declaration on its own field', () => {
    const all = leaveBlockers({ holds: [{ kind: 'inspection', detail: null, since: '2023-01-01', until: null }], disciplines: [warning('2023-01-01')], declared: true }, '2023-05-01');
    expect(all.map((b) => [b.code, b.field])).toEqual([['under_inspection', 'personId'], ['discipline_in_force', 'personId'], ['declared_violations', 'hasViolations']]);
    expect(all.every((b) => b.regulation.includes('24-QĐ/TW'))).toBe(true);
  });
});
