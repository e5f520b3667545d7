import { addMonths, daysInMonth, formatLocalDate, parseLocalDate, type LocalDate } from './local-date';
import { versionOn, type Rule } from './rule';

/**
 * Tuổi nghỉ hưu (Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP): in normal working
 * conditions 60 for men and 55 for women until 2020, then 3 months more each year for men up to
 * 62 (2028) and 4 months more each year for women up to 60 (2035). The age that applies is the
 * one of the year in which the person reaches it, and they retire at the end of the last day of
 * the month in which they reach it (Nghị định 135/2020/NĐ-CP, Điều 4 and Phụ lục I). Planning
 * asks it to know whether a person can still serve a whole term.
 */
export type Sex = 'male' | 'female';

export interface RetirementSchedule {
  /** The age, in months, of people reaching it in 2020 or before. */
  baseMonths: number;
  /** Added each year from 2021. */
  stepMonths: number;
  /** Where the steps stop. */
  capMonths: number;
}

export interface RetirementAgeParams {
  firstStepYear: number;
  male: RetirementSchedule;
  female: RetirementSchedule;
}

export const RETIREMENT_AGE_RULES: readonly Rule<RetirementAgeParams>[] = [
  {
    id: 'retirement-age',
    version: 1,
    regulation: 'Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP',
    effectiveFrom: '2021-01-01',
    description: {
      vi: 'Tuổi nghỉ hưu trong điều kiện lao động bình thường: nam 60 tuổi 3 tháng năm 2021, mỗi năm tăng 3 tháng đến 62 tuổi (năm 2028); nữ 55 tuổi 4 tháng năm 2021, mỗi năm tăng 4 tháng đến 60 tuổi (năm 2035); nghỉ hưu khi kết thúc ngày cuối cùng của tháng đủ tuổi.',
      en: 'Retirement age in normal conditions: men 60 years 3 months in 2021, 3 months more each year up to 62 (2028); women 55 years 4 months in 2021, 4 months more each year up to 60 (2035); retirement at the end of the last day of the month the age is reached.',
    },
    params: {
      firstStepYear: 2021,
      male: { baseMonths: 60 * 12, stepMonths: 3, capMonths: 62 * 12 },
      female: { baseMonths: 55 * 12, stepMonths: 4, capMonths: 60 * 12 },
    },
  },
];

/** The retirement age, in months, of people of `sex` who reach it in `year`. */
export function retirementAgeMonths(sex: Sex, year: number, params: RetirementAgeParams): number {
  const s = params[sex];
  const steps = Math.max(0, year - params.firstStepYear + 1);
  return Math.min(s.capMonths, s.baseMonths + steps * s.stepMonths);
}

export interface Retirement {
  /** The age that applied, in months. */
  ageMonths: number;
  /** The day they reach it. */
  reachedOn: LocalDate;
  /** The last day they work: the end of that month. */
  lastWorkingDay: LocalDate;
}

/**
 * When a person born on `dateOfBirth` retires: the first year whose age they reach within that
 * same year (the age grows by a few months a year, so the first such year is the one).
 * `on` chooses the version of the schedule (the day the question is asked).
 */
export function retirementOf(dateOfBirth: LocalDate, sex: Sex, on: LocalDate): Retirement {
  const { params } = versionOn(RETIREMENT_AGE_RULES, on);
  const born = parseLocalDate(dateOfBirth).year;
  for (let year = born + 40; year <= born + 80; year++) {
    const ageMonths = retirementAgeMonths(sex, year, params);
    const reachedOn = addMonths(dateOfBirth, ageMonths);
    const reached = parseLocalDate(reachedOn);
    if (reached.year <= year) {
      return { ageMonths, reachedOn, lastWorkingDay: formatLocalDate({ year: reached.year, month: reached.month, day: daysInMonth(reached.year, reached.month) }) };
    }
  }
  throw new Error(`No retirement year found for a person born on ${dateOfBirth}`);
}
