/**
 * The days Party badges are awarded (Quy định 94-QĐ/TW): the Party's founding 3/2, President Hồ
 * Chí Minh's birthday 19/5, National Day 2/9 and the October Revolution 7/11, as `MM-DD`.
 */
const OCCASIONS = ['02-03', '05-19', '09-02', '11-07'] as const;

/** The next award day on or after `today` (`YYYY-MM-DD`): the list to prepare now. */
export function nextBadgeOccasion(today: string): string {
  const year = Number(today.slice(0, 4));
  const monthDay = today.slice(5);
  const next = OCCASIONS.find((o) => o >= monthDay);
  return next ? `${year}-${next}` : `${year + 1}-${OCCASIONS[0]}`;
}
