import { badgeLevelsDue, BADGE_RULES_FROM, historicalAward, isBadgeOccasion, latestAdmissionForBadges, nextBadgeOccasion } from './badges';
import { addDays, addYears } from './local-date';
import { RuleNotInForceError } from './rule';

describe('badges.award (Quy định 94-QĐ/TW)', () => {
  it('awards the 30-year badge on the occasion that is exactly the 30th anniversary', () => {
    expect(badgeLevelsDue({ admissionDecisionDate: '1993-09-02' }, '2023-09-02').due).toEqual([30]);
  });

  it('waits for the next occasion when the anniversary is the day after', () => {
    expect(badgeLevelsDue({ admissionDecisionDate: '1993-09-03' }, '2023-09-02').due).toEqual([]);
    expect(badgeLevelsDue({ admissionDecisionDate: '1993-09-03' }, '2023-11-07').due).toEqual([30]);
  });

  it('only runs on 3/2, 19/5, 2/9 and 7/11', () => {
    expect(isBadgeOccasion('2023-05-19')).toBe(true);
    expect(() => badgeLevelsDue({ admissionDecisionDate: '1993-09-02' }, '2023-09-03')).toThrow(RangeError);
    expect(nextBadgeOccasion('2023-09-03')).toBe('2023-11-07');
    expect(nextBadgeOccasion('2023-11-08')).toBe('2024-02-03');
    expect(nextBadgeOccasion('2024-02-03')).toBe('2024-02-03');
  });

  it('gives one badge per level', () => {
    const a = badgeLevelsDue({ admissionDecisionDate: '1993-09-02' }, '2023-11-07', { awardedLevels: [30] });
    expect(a.due).toEqual([]);
    expect(a.alreadyAwarded).toEqual([30]);
  });

  it('pushes the level back by an interruption of party life', () => {
    const facts = { admissionDecisionDate: '1993-09-02', interruptions: [{ from: '2000-01-01', to: '2000-01-02' }] };
    expect(badgeLevelsDue(facts, '2023-09-02').due).toEqual([]);
    expect(badgeLevelsDue(facts, '2023-11-07').due).toEqual([30]);
  });

  describe('early award', () => {
    it('awards a seriously ill member 12 months early for 30–65 years, not 12 months and a day', () => {
      expect(badgeLevelsDue({ admissionDecisionDate: '1994-09-02' }, '2023-09-02', { seriouslyIll: true }).due).toEqual([30]);
      expect(badgeLevelsDue({ admissionDecisionDate: '1994-09-03' }, '2023-09-02', { seriouslyIll: true }).due).toEqual([]);
      expect(badgeLevelsDue({ admissionDecisionDate: '1994-09-02' }, '2023-09-02').due).toEqual([]);
    });

    it('awards a seriously ill member 24 months early for 70–90 years', () => {
      const awardedLevels = [30, 40, 45, 50, 55, 60, 65];
      expect(badgeLevelsDue({ admissionDecisionDate: '1955-09-02' }, '2023-09-02', { seriouslyIll: true, awardedLevels }).due).toEqual([70]);
      expect(badgeLevelsDue({ admissionDecisionDate: '1955-09-03' }, '2023-09-02', { seriouslyIll: true, awardedLevels }).due).toEqual([]);
    });

    it('awards posthumously when the shortfall at death is at most 12 months', () => {
      const facts = { admissionDecisionDate: '1993-12-01' };
      expect(badgeLevelsDue(facts, '2023-09-02', { posthumous: { deathDate: '2023-06-01' } }).due).toEqual([30]);
      expect(badgeLevelsDue(facts, '2023-09-02', { posthumous: { deathDate: '2022-11-30' } }).due).toEqual([]);
    });
  });

  describe('discipline holds', () => {
    it('holds 6 months after a warning, releasing on the day the 6 months end', () => {
      const held = badgeLevelsDue({ admissionDecisionDate: '1993-09-02' }, '2023-09-02', {
        disciplineHolds: [{ kind: 'warning', decidedOn: '2023-03-03' }],
      });
      expect(held.due).toEqual([]);
      expect(held.held).toEqual([{ level: 30, reason: 'warning', until: '2023-09-03' }]);
      const released = badgeLevelsDue({ admissionDecisionDate: '1993-09-02' }, '2023-09-02', {
        disciplineHolds: [{ kind: 'warning', decidedOn: '2023-03-02' }],
      });
      expect(released.due).toEqual([30]);
    });

    it('holds 12 months after removal from post', () => {
      const holds = [{ kind: 'removal_from_post' as const, decidedOn: '2023-04-01' }];
      expect(badgeLevelsDue({ admissionDecisionDate: '1993-09-02' }, '2023-11-07', { disciplineHolds: holds }).held[0]?.until).toBe('2024-04-01');
      expect(badgeLevelsDue({ admissionDecisionDate: '1993-09-02' }, '2024-05-19', { disciplineHolds: holds }).due).toEqual([30]);
    });

    it('does not hold for a reprimand', () => {
      const holds = [{ kind: 'reprimand' as const, decidedOn: '2023-08-01' }];
      expect(badgeLevelsDue({ admissionDecisionDate: '1993-09-02' }, '2023-09-02', { disciplineHolds: holds }).due).toEqual([30]);
    });
  });

  it('has no encoded version before Quy định 94-QĐ/TW', () => {
    expect(() => badgeLevelsDue({ admissionDecisionDate: '1990-09-02' }, '2022-09-02')).toThrow(RuleNotInForceError);
  });
});

describe('an award from the books, before the encoded regulation', () => {
  it('is plausible from 24 months before the anniversary of the admission decision, not a day earlier', () => {
    expect(BADGE_RULES_FROM).toBe('2022-12-15');
    expect(historicalAward('1983-03-10', 30, '2011-03-10')).toEqual({ reachedOn: '2013-03-10', plausible: true });
    expect(historicalAward('1983-03-10', 30, '2011-03-09').plausible).toBe(false);
  });
});

describe('the last admission that can reach a badge on an occasion', () => {
  const occasion = '2026-09-02';
  const generous = (admitted: string) => [
    badgeLevelsDue({ admissionDecisionDate: admitted, officialOn: admitted }, occasion),
    badgeLevelsDue({ admissionDecisionDate: admitted, officialOn: admitted }, occasion, { seriouslyIll: true }),
    badgeLevelsDue({ admissionDecisionDate: admitted, officialOn: admitted }, occasion, { posthumous: { deathDate: occasion } }),
    badgeLevelsDue({ admissionDecisionDate: admitted, officialOn: admitted }, occasion, { seriouslyIll: true, disciplineHolds: [{ kind: 'warning', decidedOn: '2026-08-01' }] }),
  ];

  it('is 30 years back plus the longest early award (24 months)', () => {
    expect(latestAdmissionForBadges(occasion)).toBe('1998-09-02');
  });

  it('leaves out no one who could be due or held: nobody admitted after it reaches a level, however early the award', () => {
    const last = latestAdmissionForBadges(occasion);
    for (let d = 1; d <= 400; d++) {
      const admitted = addDays(last, d);
      expect({ admitted, levels: generous(admitted).flatMap((a) => [...a.due, ...a.held.map((h) => h.level)]) }).toEqual({ admitted, levels: [] });
    }
    // and the 30-year level, seriously ill, is due a year before: well inside the bound
    expect(generous(addDays(addYears(occasion, -30), 365))[1].due).toEqual([30]);
  });
});
