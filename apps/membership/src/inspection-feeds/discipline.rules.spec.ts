import { disciplineEffect, holdUntil, MemberOnDate } from './discipline.rules';

const official: MemberOnDate = { status: 'official', admissionDecisionDate: '2005-03-01', officialDate: '2006-03-20', endedOn: null };

describe('what a discipline does to the member (Điều lệ Đảng, Điều 35)', () => {
  it('an official member: recorded; khai trừ expels', () => {
    expect(disciplineEffect('canh_cao', official, '2023-04-01')).toEqual({ effect: 'record' });
    expect(disciplineEffect('cach_chuc', official, '2023-04-01')).toEqual({ effect: 'record' });
    expect(disciplineEffect('khai_tru', official, '2023-04-01')).toEqual({ effect: 'expel' });
  });

  it('a probationary member on the effective date is only reprimanded or warned; the day before the official date still counts as probationary', () => {
    const recent: MemberOnDate = { ...official, admissionDecisionDate: '2023-01-10', officialDate: '2024-01-20' };
    expect(disciplineEffect('khien_trach', recent, '2024-01-19')).toEqual({ effect: 'record' });
    expect(disciplineEffect('khai_tru', recent, '2024-01-19')).toMatchObject({ effect: 'notApplied', reason: 'level_not_allowed_for_probationary' });
    expect(disciplineEffect('khai_tru', recent, '2024-01-20')).toEqual({ effect: 'expel' });
    expect(disciplineEffect('cach_chuc', { ...recent, status: 'probationary', officialDate: null }, '2024-06-01')).toMatchObject({ reason: 'level_not_allowed_for_probationary' });
  });

  it('not a member that day: before admission, after leaving, never admitted, unknown', () => {
    expect(disciplineEffect('canh_cao', official, '2005-02-28')).toMatchObject({ reason: 'not_a_member' });
    expect(disciplineEffect('khai_tru', { ...official, status: 'died', endedOn: '2023-05-01' }, '2023-05-01')).toMatchObject({ reason: 'not_a_member', statusOnEffectiveDate: 'died' });
    expect(disciplineEffect('khai_tru', { ...official, status: 'expelled', endedOn: '2023-05-01' }, '2023-06-01')).toMatchObject({ reason: 'not_a_member' });
    expect(disciplineEffect('canh_cao', { status: 'masses', admissionDecisionDate: null, officialDate: null, endedOn: null }, '2023-06-01')).toMatchObject({ reason: 'not_a_member' });
    expect(disciplineEffect('canh_cao', null, '2023-06-01')).toMatchObject({ reason: 'unknown_person' });
  });

  it('a closed case holds a transfer up to the day before it closed', () => {
    expect(holdUntil('2023-05-10')).toBe('2023-05-09');
    expect(holdUntil('2024-03-01')).toBe('2024-02-29');
  });
});
