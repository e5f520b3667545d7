import { addDays, isWeekend } from '@party/rules';

/** Monday–Friday only, ignoring holidays: what a naive count would give (tests only). */
export function addWorkingDaysNaive(start: string, n: number): string {
  let d = start;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    if (!isWeekend(d)) counted++;
  }
  return d;
}
