import { interruptedDaysBetween, partyAge } from './party-age';

describe('party-age (from the admission decision, minus interruptions)', () => {
  it('completes a year on the anniversary of the admission decision, not the day before', () => {
    expect(partyAge({ admissionDecisionDate: '2000-05-19' }, '2023-05-19').fullYears).toBe(23);
    expect(partyAge({ admissionDecisionDate: '2000-05-19' }, '2023-05-18').fullYears).toBe(22);
    expect(partyAge({ admissionDecisionDate: '2012-05-19' }, '2013-05-19').days).toBe(365);
  });

  it('subtracts an interruption and pushes the anniversaries back by it', () => {
    const age = partyAge({ admissionDecisionDate: '2000-05-19', interruptions: [{ from: '2005-01-01', to: '2006-01-01' }] }, '2023-05-19');
    expect(age.interruptedDays).toBe(365);
    expect(age.effectiveStart).toBe('2001-05-19');
    expect(age.fullYears).toBe(22);
    expect(age.days).toBe(8400 - 365);
  });

  it('counts overlapping interruptions once and ignores the part after the reference date', () => {
    const interruptions = [
      { from: '2010-01-01', to: '2010-03-01' },
      { from: '2010-02-01', to: '2010-04-01' },
      { from: '2023-01-01', to: '2024-01-01' },
    ];
    expect(interruptedDaysBetween(interruptions, '2000-01-01', '2023-01-11')).toBe(90 + 10);
  });

  it('flags a member who is not yet official', () => {
    expect(partyAge({ admissionDecisionDate: '2023-03-01', officialOn: '2024-03-15' }, '2024-03-14').official).toBe(false);
    expect(partyAge({ admissionDecisionDate: '2023-03-01', officialOn: '2024-03-15' }, '2024-03-15').official).toBe(true);
  });

  it('rejects a reference date before admission and a reversed interruption', () => {
    expect(() => partyAge({ admissionDecisionDate: '2023-03-01' }, '2023-02-28')).toThrow(RangeError);
    expect(() => partyAge({ admissionDecisionDate: '2000-03-01', interruptions: [{ from: '2010-02-01', to: '2010-01-01' }] }, '2023-02-28')).toThrow(RangeError);
  });
});
