import { checkAssessment, isAbove, ratedAfterAdmission, ratingRuleSet } from './rating-rule-set';
import { memberRatingCap, orgRatingCap, overShare } from './rating-disqualifiers';
import { ratingLevelFromScore } from './rating-quota';

describe('rating.rule-set: criteria before 2025, 100 points from 2025', () => {
  it('rates 2022 by 132-QĐ/TW, 2023 and 2024 by 124-QĐ/TW (criteria), 2025 by 366-QĐ/TW (points)', () => {
    expect(ratingRuleSet(2022)).toMatchObject({ kind: 'criteria', thresholds: null, rule: { regulation: 'Quy định 132-QĐ/TW (2018)' } });
    expect(ratingRuleSet(2023)).toMatchObject({ kind: 'criteria', ratingDate: '2023-12-31', rule: { regulation: 'Quy định 124-QĐ/TW (2023)' } });
    expect(ratingRuleSet(2024).kind).toBe('criteria');
    expect(ratingRuleSet(2025)).toMatchObject({ kind: 'points', thresholds: { excellentFrom: 90, goodFrom: 70, completedFrom: 50 }, rule: { regulation: 'Quy định 366-QĐ/TW (2025)' } });
  });

  it.each([
    [90, 'excellent'],
    [89.5, 'good'],
    [89.99, 'good'],
    [70, 'good'],
    [69.9, 'completed'],
    [50, 'completed'],
    [49.9, 'not_completed'],
  ])('2025: %p points reach %s at most', (score, level) => {
    expect(ratingLevelFromScore(score, 2025)).toBe(level);
  });

  it('2025: refuses a level above what the score supports (89,5 is not excellent) and allows one below', () => {
    const above = checkAssessment(2025, { level: 'excellent', score: 89.5, basis: null }, true);
    expect(above.map((f) => [f.code, f.field])).toEqual([['RATING_LEVEL_ABOVE_SCORE', 'level']]);
    expect(above[0].message.vi).toBe('89,5 điểm chỉ đạt mức "Hoàn thành tốt nhiệm vụ", không thể xếp "Hoàn thành xuất sắc nhiệm vụ"');
    expect(checkAssessment(2025, { level: 'excellent', score: 90, basis: null }, true)).toEqual([]);
    expect(checkAssessment(2025, { level: 'good', score: 95, basis: null }, true)).toEqual([]);
    expect(checkAssessment(2025, { level: 'completed', score: 49.9, basis: null }, true).map((f) => f.code)).toEqual(['RATING_LEVEL_ABOVE_SCORE']);
    expect(checkAssessment(2025, { level: 'not_completed', score: 49.9, basis: null }, true)).toEqual([]);
  });

  it('2025: a proposal needs the score; 2023: a proposal needs its criteria and takes no points', () => {
    expect(checkAssessment(2025, { level: 'good', score: null, basis: 'x' }, true).map((f) => f.field)).toEqual(['score']);
    expect(checkAssessment(2025, { level: 'good', score: null, basis: null }, false)).toEqual([]);
    expect(checkAssessment(2023, { level: 'good', score: null, basis: null }, true).map((f) => f.field)).toEqual(['basis']);
    expect(checkAssessment(2023, { level: 'good', score: 80, basis: 'Tiêu chí 1, 2' }, true).map((f) => f.code)).toEqual(['RATING_NO_POINTS']);
    expect(checkAssessment(2023, { level: 'excellent', score: null, basis: 'Tiêu chí 1, 2, 3' }, true)).toEqual([]);
  });
});

describe('rating.newly-admitted: 6 full months before the round’s date', () => {
  it('rates a member admitted on 30/06 in a round of 31/12, not one admitted on 01/07 or 5 months before', () => {
    expect(ratedAfterAdmission('2023-06-30', '2023-12-31', 2023)).toMatchObject({ rated: true, from: '2023-12-30' });
    expect(ratedAfterAdmission('2023-07-01', '2023-12-31', 2023)).toMatchObject({ rated: false, from: '2024-01-01' });
    expect(ratedAfterAdmission('2023-07-31', '2023-12-31', 2023).rated).toBe(false);
    expect(ratedAfterAdmission('2023-06-30', '2023-12-31', 2023).rule.regulation).toBe('Quy định 124-QĐ/TW (2023)');
  });
});

describe('rating.discipline-disqualifiers', () => {
  it('caps a member disciplined in the year at not completed', () => {
    expect(memberRatingCap(2023, 0)).toEqual({ maxLevel: 'excellent', reasons: [] });
    const cap = memberRatingCap(2023, 1);
    expect(cap.maxLevel).toBe('not_completed');
    expect(cap.reasons[0]).toMatchObject({ code: 'MEMBER_DISCIPLINED', regulation: 'Quy định 124-QĐ/TW (2023)' });
    expect(memberRatingCap(2025, 1).reasons[0].regulation).toBe('Quy định 366-QĐ/TW (2025)');
  });

  it('caps an organization whose committee, secretary or a deputy secretary was disciplined', () => {
    expect(orgRatingCap(2023, { orgDisciplined: 1, leadershipDisciplined: 0, ratedMembers: 10, disciplinedMembers: 0 }).reasons.map((r) => r.code)).toEqual(['ORG_DISCIPLINED']);
    expect(orgRatingCap(2023, { orgDisciplined: 0, leadershipDisciplined: 1, ratedMembers: 10, disciplinedMembers: 0 }).reasons.map((r) => r.code)).toEqual(['LEADERSHIP_DISCIPLINED']);
  });

  it('caps an organization above 20% of its rated members disciplined, not at 20%', () => {
    expect(overShare(2, 10, 20)).toBe(false);
    expect(overShare(3, 14, 20)).toBe(true);
    expect(overShare(0, 0, 20)).toBe(false);
    expect(orgRatingCap(2023, { orgDisciplined: 0, leadershipDisciplined: 0, ratedMembers: 10, disciplinedMembers: 2 }).maxLevel).toBe('excellent');
    const over = orgRatingCap(2023, { orgDisciplined: 0, leadershipDisciplined: 0, ratedMembers: 10, disciplinedMembers: 3 });
    expect(over).toMatchObject({ maxLevel: 'not_completed', reasons: [{ code: 'MEMBERS_DISCIPLINED_OVER_LIMIT' }] });
    expect(over.reasons[0].message.vi).toBe('3/10 đảng viên bị kỷ luật trong năm 2023, trên 20%');
  });

  it('orders levels', () => {
    expect(isAbove('good', 'not_completed')).toBe(true);
    expect(isAbove('not_completed', 'not_completed')).toBe(false);
  });
});
