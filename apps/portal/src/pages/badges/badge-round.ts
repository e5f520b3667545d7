/**
 * The calendar of badge rounds and the arithmetic of a selection, kept apart from the screens so
 * they can be tested: awards are made in batches on 3/2, 19/5, 2/9 and 7/11 (Quy định 94-QĐ/TW).
 */

export const BADGE_LEVELS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;

/** The four occasions of a year, in calendar order; `key` names the occasion in the messages. */
export const OCCASIONS = [
  { key: 'feb3', month: 2, day: 3 },
  { key: 'may19', month: 5, day: 19 },
  { key: 'sep2', month: 9, day: 2 },
  { key: 'nov7', month: 11, day: 7 },
] as const;
export type OccasionKey = (typeof OCCASIONS)[number]['key'];

const pad = (n: number) => String(n).padStart(2, '0');

export function occasionDate(year: number, key: OccasionKey): string {
  const o = OCCASIONS.find((x) => x.key === key) ?? OCCASIONS[0];
  return `${year}-${pad(o.month)}-${pad(o.day)}`;
}

/** Which occasion a `YYYY-MM-DD` date is, or null when it is not one. */
export function parseOccasion(date: string | null | undefined): { year: number; key: OccasionKey } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!m) return null;
  const o = OCCASIONS.find((x) => x.month === Number(m[2]) && x.day === Number(m[3]));
  return o ? { year: Number(m[1]), key: o.key } : null;
}

/** The first occasion on or after `today` (the round being prepared). */
export function nextOccasion(today: string): string {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (const o of OCCASIONS) {
      const d = occasionDate(y, o.key);
      if (d >= today) return d;
    }
  }
  return occasionDate(year + 1, 'feb3');
}

/** A round is recorded once it has taken place: the API refuses an award dated in the future. */
export function canRecord(occasion: string, today: string): boolean {
  return occasion <= today;
}

/** The key of a row: one member may be due two levels on one occasion. */
export const candidateKey = (c: { personId: string; level: number }) => `${c.personId}/${c.level}`;

/** How many of the chosen rows are at each level, lowest level first (the confirmation says it). */
export function countByLevel(rows: readonly { level: number }[]): { level: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([level, count]) => ({ level, count }));
}

/** The index of a refused item in a batch answer's field path (`awards.3.personId` → 3). */
export function refusedIndex(field: string): number | null {
  const m = /^awards\.(\d+)(\.|$)/.exec(field);
  return m ? Number(m[1]) : null;
}
