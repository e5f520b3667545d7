import { addYears } from '../dates';

/** The award occasions of a year (Quy định 94-QĐ/TW … : 3/2, 19/5, 2/9, 7/11). */
const OCCASION_DAYS = ['02-03', '05-19', '09-02', '11-07'];

/** The first award occasion on or after `date`. */
export function occasionOnOrAfter(date: string): string {
  const year = Number(date.slice(0, 4));
  for (const y of [year, year + 1]) for (const md of OCCASION_DAYS) if (`${y}-${md}` >= date) return `${y}-${md}`;
  throw new Error('unreachable');
}

const LEVELS = [30, 40, 45, 50, 55, 60];

/**
 * The 2023 badges of the reference report: 38 × 30 years, 25 × 40, 1 × 45, 4 × 50 (68). A member
 * is due a level on the first occasion on or after the day their party age reaches it, so the ones
 * due in 2023 were admitted between 8/11 and 7/11 of the year `level` years earlier; their lower
 * levels were awarded on earlier occasions (history, recorded too, or they would still be due).
 */
export const BADGES_2023: readonly { level: number; count: number }[] = [
  { level: 30, count: 38 },
  { level: 40, count: 25 },
  { level: 45, count: 1 },
  { level: 50, count: 4 },
];

/** Admissions from this day on never reach 30 years by the last occasion of 2023. */
export const YOUNGEST_WITHOUT_BADGE = '1993-11-08';

export function admissionWindowFor(level: number): [string, string] {
  return [addYears('1992-11-08', -(level - 30)), addYears('1993-10-31', -(level - 30))];
}

export interface BadgeAward {
  level: number;
  occasion: string;
}

/** Every level the member has reached by the end of 2023, each on its first occasion. */
export function awardsOf(admissionDecisionDate: string): BadgeAward[] {
  return LEVELS.map((level) => ({ level, occasion: occasionOnOrAfter(addYears(admissionDecisionDate, level)) })).filter((a) => a.occasion <= '2023-11-07');
}
