import { todayInVietnam } from '../../format';

/** The year a list shows: the address's `year` when it is one, else this year in Vietnam. */
export function yearOf(value: string | undefined, today = todayInVietnam()): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1930 && year <= 2100 ? year : Number(today.slice(0, 4));
}

/** The years offered: from this year + 1 back ten years, and the chosen one if it is older. */
export function yearChoices(chosen: number, today = todayInVietnam()): number[] {
  const current = Number(today.slice(0, 4));
  const years = Array.from({ length: 11 }, (_, i) => current + 1 - i);
  return years.includes(chosen) ? years : [...years, chosen].sort((a, b) => b - a);
}
