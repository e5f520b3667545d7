import { lastYearInVietnam } from '../../format';

/** The oldest year the selector offers when the facts do not go further back. */
export const FIRST_REPORT_YEAR = 2015;

/**
 * The year the report page opens on: the newest year with recorded facts that is over (neither
 * the current year in Vietnam, whose figures are still moving, nor a later one); last year when
 * there is none — so a reader of the 2023 demo sees 2023, not an empty 2025.
 */
export function defaultReportYear(factYears: readonly number[], now: Date = new Date()): number {
  const lastYear = lastYearInVietnam(now);
  const over = factYears.filter((y) => y <= lastYear);
  return over.length ? Math.max(...over) : lastYear;
}

/**
 * The selector's choices: the years with facts first, newest first, then the other years from next
 * year down to `FIRST_REPORT_YEAR` (a report of a year without facts is still allowed: all zeros).
 */
export function reportYearChoices(factYears: readonly number[], now: Date = new Date()): { withFacts: number[]; others: number[] } {
  const withFacts = [...new Set(factYears)].sort((a, b) => b - a);
  const next = lastYearInVietnam(now) + 2;
  const others: number[] = [];
  for (let y = next; y >= FIRST_REPORT_YEAR; y--) if (!withFacts.includes(y)) others.push(y);
  return { withFacts, others };
}
