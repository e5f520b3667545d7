import { assessConfidenceVote, checkVoteDecision } from './confidence-vote';
import { RuleNotInForceError } from './rule';

const vote = (summoned: number, attended: number, high: number, normal: number, low: number, ballots = high + normal + low) => assessConfidenceVote({ summoned, attended, ballots, high, normal, low }, '2023-10-10');

describe('confidence-vote.result (Quy định 96-QĐ/TW)', () => {
  it('is valid with exactly 2/3 of those summoned attending, invalid with one fewer', () => {
    expect(vote(15, 10, 8, 2, 0)).toMatchObject({ valid: true, result: 'no_action', flagged: false, rule: { regulation: 'Quy định 96-QĐ/TW (2023)' } });
    expect(vote(15, 9, 8, 1, 0)).toMatchObject({ valid: false, result: 'no_quorum', flagged: false });
    // 2/3 of 16 is 10.67: 11 needed
    expect(vote(16, 10, 10, 0, 0).valid).toBe(false);
    expect(vote(16, 11, 11, 0, 0).valid).toBe(true);
  });

  it('flags more than 1/2 low (not exactly 1/2) for relief, and from exactly 2/3 low for dismissal', () => {
    expect(vote(12, 12, 2, 4, 6).result).toBe('no_action'); // exactly 1/2
    expect(vote(12, 12, 1, 4, 7)).toMatchObject({ result: 'relief_to_consider', flagged: true, endsHigherPlanning: true }); // 7/12
    expect(vote(12, 12, 1, 4, 7).result).toBe('relief_to_consider');
    expect(vote(12, 12, 1, 4, 7, 12).result).toBe('relief_to_consider');
    expect(vote(12, 12, 1, 3, 7).result).toBe('relief_to_consider'); // 7/11 < 2/3
    expect(vote(12, 12, 0, 4, 8)).toMatchObject({ result: 'dismissal_to_consider', flagged: true }); // exactly 2/3
    expect(vote(15, 12, 0, 0, 12).result).toBe('dismissal_to_consider');
  });

  it('takes the shares over the ballots collected, spoilt ones included', () => {
    // 7 low of 12 ballots collected, 11 of them marked: 7/12 is above 1/2 and below 2/3
    expect(vote(12, 12, 1, 3, 7, 12).result).toBe('relief_to_consider');
    // 8 low of 13 ballots: 8/13 < 2/3 → relief; of 12 → dismissal
    expect(vote(13, 13, 0, 4, 8, 13).result).toBe('relief_to_consider');
    expect(vote(13, 13, 0, 4, 8, 12).result).toBe('dismissal_to_consider');
  });

  it('no quorum flags nothing whatever the ballots say', () => {
    expect(vote(15, 9, 0, 0, 9)).toMatchObject({ result: 'no_quorum', flagged: false, endsHigherPlanning: false });
  });

  it('has no version before the regulation', () => {
    expect(() => assessConfidenceVote({ summoned: 3, attended: 3, ballots: 3, high: 3, normal: 0, low: 0 }, '2023-02-01')).toThrow(RuleNotInForceError);
  });
});

describe('the standing committee’s decision on a flagged vote', () => {
  it('may keep a person with more than 1/2 low, but must relieve (or let resign) one with 2/3 or more', () => {
    expect(checkVoteDecision('relief_to_consider', 'kept', '2023-10-10')).toBeNull();
    expect(checkVoteDecision('dismissal_to_consider', 'resigned', '2023-10-10')).toBeNull();
    const refused = checkVoteDecision('dismissal_to_consider', 'kept', '2023-10-10');
    expect(refused?.rule.regulation).toBe('Quy định 96-QĐ/TW (2023)');
    expect(refused?.message.vi).toBe('Có từ 2/3 số phiếu tín nhiệm thấp trở lên: chỉ cho thôi giữ chức vụ, cho từ chức');
  });
});
