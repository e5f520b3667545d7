import { checkPersonCapacity, checkPlanningAge, checkPostCapacity, peakFrom, planningExit } from './cadre-planning';
import { retirementOf } from './cadre-planning-retirement';
import { RuleNotInForceError } from './rule';

const post = { vi: 'Bí thư — Đảng bộ Công ty Điện lực, nhiệm kỳ 2025-2030', en: 'Secretary — Đảng bộ Công ty Điện lực, term 2025-2030' };
const person = { vi: 'Nguyễn Văn An', en: 'Nguyễn Văn An' };
const open = (from: string) => ({ from, until: null });

describe('cadre-planning.caps (at most 3 people per post, 3 posts per person at one level)', () => {
  it('accepts the 3rd person planned for a post and refuses the 4th, naming Quy định 50-QĐ/TW before 08/10/2025', () => {
    expect(checkPostCapacity([open('2023-03-01'), open('2023-03-01')], '2023-03-01', post)).toBeNull();
    const refusal = checkPostCapacity([open('2023-03-01'), open('2023-03-01'), open('2023-03-01')], '2023-06-01', post);
    expect(refusal).toMatchObject({ code: 'post_full', rule: { id: 'cadre-planning.caps', regulation: 'Quy định 50-QĐ/TW (2021)' } });
    expect(refusal?.message.vi).toBe('Chức danh Bí thư — Đảng bộ Công ty Điện lực, nhiệm kỳ 2025-2030 đã đủ 3 người trong quy hoạch: mỗi chức danh quy hoạch không quá 3 người');
  });

  it('uses Quy định 377-QĐ/TW from the day it took effect', () => {
    const three = [open('2025-01-01'), open('2025-01-01'), open('2025-01-01')];
    expect(checkPostCapacity(three, '2025-10-07', post)?.rule.regulation).toBe('Quy định 50-QĐ/TW (2021)');
    expect(checkPostCapacity(three, '2025-10-08', post)?.rule.regulation).toBe('Quy định 377-QĐ/TW (2025)');
  });

  it('counts a place freed on the day of the decision as free, and a person removed before as gone', () => {
    const withRemoved = [open('2023-03-01'), open('2023-03-01'), { from: '2023-03-01', until: '2023-09-15' }];
    expect(checkPostCapacity(withRemoved, '2023-09-15', post)).toBeNull();
    expect(checkPostCapacity(withRemoved, '2023-09-14', post)?.code).toBe('post_full');
  });

  it('refuses a back-dated addition that would make 4 later on, even if only 2 held on its own date', () => {
    // two held from 2023, two more added in 2024: a third planned in 2023 would be the fourth from 2024
    const spans = [open('2023-03-01'), open('2023-03-01'), open('2024-02-01')];
    expect(peakFrom([...spans, open('2023-05-01')], '2023-05-01')).toBe(4);
    expect(checkPostCapacity(spans, '2023-05-01', post)?.code).toBe('post_full');
  });

  it('refuses a 4th post for one person at one level', () => {
    const level = { vi: 'cấp cơ sở', en: 'at the grassroots level' };
    expect(checkPersonCapacity([open('2023-03-01'), open('2023-03-01')], '2023-03-01', person, level)).toBeNull();
    const refusal = checkPersonCapacity([open('2023-03-01'), open('2023-03-01'), open('2023-03-01')], '2023-03-01', person, level);
    expect(refusal?.code).toBe('person_posts_full');
    expect(refusal?.message.vi).toBe('Đồng chí Nguyễn Văn An đã được quy hoạch 3 chức danh cấp cơ sở: mỗi người quy hoạch không quá 3 chức danh ở cùng cấp');
  });

  it('has no version before Quy định 50-QĐ/TW', () => {
    expect(() => checkPostCapacity([], '2021-12-26', post)).toThrow(RuleNotInForceError);
  });
});

describe('retirement-age (Bộ luật Lao động 2019, Nghị định 135/2020/NĐ-CP)', () => {
  it('follows the schedule of Phụ lục I: the age of the year it is reached, to the end of that month', () => {
    // a man born 01/1961: 60 years 3 months, reached in April 2021
    expect(retirementOf('1961-01-15', 'male', '2024-01-01')).toEqual({ ageMonths: 723, reachedOn: '2021-04-15', lastWorkingDay: '2021-04-30' });
    // born 10/1961: 60y3m would fall in 2022, whose age is 60y6m → April 2022
    expect(retirementOf('1961-10-15', 'male', '2024-01-01')).toMatchObject({ ageMonths: 726, reachedOn: '2022-04-15' });
    // from 2028 men retire at 62, women reach 60 in 2035
    expect(retirementOf('1970-06-10', 'male', '2024-01-01')).toMatchObject({ ageMonths: 744, lastWorkingDay: '2032-06-30' });
    expect(retirementOf('1980-03-01', 'female', '2024-01-01')).toMatchObject({ ageMonths: 720, lastWorkingDay: '2040-03-31' });
    // a woman born 01/1966: 55y4m in 2021 → May 2021
    expect(retirementOf('1966-01-20', 'female', '2024-01-01')).toMatchObject({ ageMonths: 664, reachedOn: '2021-05-20' });
  });
});

describe('cadre-planning.age (đủ tuổi công tác ít nhất trọn một nhiệm kỳ)', () => {
  const check = (dateOfBirth: string, sex: 'male' | 'female' | null, on = '2023-03-01') => checkPlanningAge({ dateOfBirth, sex, termStartYear: 2025, on, person, term: '2025-2030' });

  it('a man reaching 62 in December 2029 covers 2025-2030; one day older, he retires on 30/11/2029 and does not', () => {
    const allowed = check('1967-12-01', 'male');
    expect(allowed).toMatchObject({ termStart: '2025-01-01', termEnd: '2029-12-31', retiresAfter: '2029-12-31', refusal: null, ageAtTermStart: { years: 57, months: 1 } });
    const refused = check('1967-11-30', 'male');
    expect(refused.retiresAfter).toBe('2029-11-30');
    expect(refused.refusal).toMatchObject({ code: 'age_short_of_term', rule: { regulation: 'Quy định 50-QĐ/TW (2021)' } });
    expect(refused.refusal?.message.vi).toBe('Đồng chí Nguyễn Văn An không đủ tuổi công tác trọn nhiệm kỳ 2025-2030: đến tuổi nghỉ hưu sau ngày 2029-11-30, trước khi hết nhiệm kỳ (2029-12-31)');
  });

  it('a woman reaching 58 in December 2029 covers it; born a day earlier she does not', () => {
    expect(check('1971-12-01', 'female').refusal).toBeNull();
    expect(check('1971-11-30', 'female').refusal?.code).toBe('age_short_of_term');
  });

  it('without the person’s sex uses the later (men’s) retirement age, so a refusal holds whatever it is', () => {
    expect(check('1967-12-01', null)).toMatchObject({ refusal: null, sex: 'male', sexAssumed: true });
    expect(check('1967-11-30', null).refusal?.code).toBe('age_short_of_term');
  });

  it('is judged by the regulation of the decision date', () => {
    expect(check('1967-11-30', null, '2025-10-08').refusal?.rule.regulation).toBe('Quy định 377-QĐ/TW (2025)');
  });
});

describe('cadre-planning.exit', () => {
  it('takes out every discipline from a reprimand up, and a vetting concluded not to meet the standard', () => {
    for (const level of ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru']) expect(planningExit({ kind: 'discipline', level }, '2023-05-01')?.exits).toBe(true);
    expect(planningExit({ kind: 'vetting', result: 'not_meets' }, '2023-05-01')).toMatchObject({ exits: true, rule: { id: 'cadre-planning.exit' } });
    expect(planningExit({ kind: 'vetting', result: 'meets' }, '2023-05-01')?.exits).toBe(false);
    expect(planningExit({ kind: 'vetting', result: 'not_meets' }, '2026-01-05')?.rule.regulation).toBe('Quy định 377-QĐ/TW (2025)');
    expect(planningExit({ kind: 'discipline', level: 'khien_trach' }, '2020-05-01')).toBeNull();
  });
});
