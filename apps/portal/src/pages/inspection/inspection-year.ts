import { todayInVietnam } from '../../format';

/** A year from the address when it is one (1930–2100), else null. */
export function yearFrom(value: string | undefined | null): number | null {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1930 && year <= 2100 ? year : null;
}

/** The years offered: from next year back ten years, plus the shown one and the latest with data. */
export function yearChoices(shown: number, latest: number | null, today = todayInVietnam()): number[] {
  const current = Number(today.slice(0, 4));
  const years = new Set(Array.from({ length: 11 }, (_, i) => current + 1 - i));
  years.add(shown);
  if (latest) years.add(latest);
  return [...years].sort((a, b) => b - a);
}
