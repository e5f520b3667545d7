import type { Level, Quota, Subject } from '../../api/rating';

/**
 * What the board computes from the rows it holds, without I/O: which rows wait for a decision,
 * the choices "all" and "by level", the counts per level a confirmation shows, and the quota the
 * group would have after a list of decisions (a preview: the membership service judges the list).
 */

export type LevelCounts = Record<Level, number>;

const ZERO: LevelCounts = { excellent: 0, good: 0, completed: 0, not_completed: 0 };
const GOOD_OR_BETTER: ReadonlySet<Level> = new Set(['excellent', 'good']);

/** A proposal the superior committee has not decided on yet (a first decision or a re-decision). */
export const waitsForDecision = (s: Subject): boolean => s.stage === 'proposed' && s.proposal !== null;

/** Rows the Organization Board may still assess (self-rating, proposal): any subject not excluded and not decided. */
export const assessable = (s: Subject): boolean => s.stage !== 'excluded' && s.stage !== 'decided';

/** The rows waiting for a decision whose proposal is at `level` (all levels when none). */
export function waitingAt(rows: readonly Subject[], level?: Level): Subject[] {
  return rows.filter((s) => waitsForDecision(s) && (!level || s.proposal?.level === level));
}

export function countLevels(levels: readonly (Level | null | undefined)[]): LevelCounts {
  const counts = { ...ZERO };
  for (const l of levels) if (l) counts[l] += 1;
  return counts;
}

/** floor(percent × goodOrBetter / 100), in integers as the rule counts it: 20% of 143 → 28. */
export const allowedExcellent = (percent: number, goodOrBetter: number): number => Math.floor((goodOrBetter * percent) / 100);

export interface QuotaPreview {
  percent: number;
  goodOrBetter: number;
  excellent: number;
  /** Of `excellent`, decided beyond the quota with a recorded override: they count outside it. */
  overrides: number;
  allowed: number;
  /** Excellent beyond the quota after the list, not covered by an override (the service refuses them). */
  excess: number;
  /** The same before the list. */
  excessBefore: number;
}

/**
 * The group's quota once `decisions` (subject id → level) are recorded, `overriding` naming the
 * rows sent with an override: each decided row first stops counting at its earlier level (a
 * re-decision replaces it, its override with it), then counts at the new one. As the service
 * counts it, an excellent with a recorded override is outside the quota.
 */
export function previewQuota(
  quota: Pick<Quota, 'percent' | 'goodOrBetter' | 'used' | 'overrides'>,
  rows: readonly Subject[],
  decisions: ReadonlyMap<string, Level>,
  overriding: ReadonlySet<string> = new Set(),
): QuotaPreview {
  let goodOrBetter = quota.goodOrBetter;
  let excellent = quota.used;
  let overrides = quota.overrides;
  for (const s of rows) {
    const next = decisions.get(s.id);
    if (!next) continue;
    const before = s.decision?.level;
    if (before && GOOD_OR_BETTER.has(before)) goodOrBetter -= 1;
    if (before === 'excellent') excellent -= 1;
    if (before === 'excellent' && s.decision?.override) overrides -= 1;
    if (GOOD_OR_BETTER.has(next)) goodOrBetter += 1;
    if (next === 'excellent') excellent += 1;
    if (next === 'excellent' && overriding.has(s.id)) overrides += 1;
  }
  const allowed = allowedExcellent(quota.percent, goodOrBetter);
  return {
    percent: quota.percent,
    goodOrBetter,
    excellent,
    overrides,
    allowed,
    excess: Math.max(0, excellent - overrides - allowed),
    excessBefore: Math.max(0, quota.used - quota.overrides - allowedExcellent(quota.percent, quota.goodOrBetter)),
  };
}

/** The row index of a server field (`items.12.level` → 12), or null for a field of the whole list. */
export function rowOf(field: string): number | null {
  const m = /^items\.(\d+)(?:\.|$)/.exec(field);
  return m ? Number(m[1]) : null;
}

/** The server's refusals grouped by row (all or nothing: one refused row refuses the list). */
export function refusalsByRow<F extends { field: string }>(fields: readonly F[]): Map<number, F[]> {
  const rows = new Map<number, F[]>();
  for (const f of fields) {
    const row = rowOf(f.field);
    if (row === null) continue;
    rows.set(row, [...(rows.get(row) ?? []), f]);
  }
  return rows;
}

/**
 * The rows of a refused list that the excellent quota refused: rows decided excellent and
 * refused on their level, when nothing else holds them below excellent (a disqualifier caps at
 * "not completed", points under the threshold cap lower: an override lifts neither), or refused
 * on their `override` field. These are the rows an override may carry. The service checks the
 * quota only once every row passed its own checks, so a list refused for the quota names no
 * other problem.
 */
export function quotaRefusedRows(fields: readonly { field: string }[], rows: readonly { level: Level; capped: boolean }[]): number[] {
  const out: number[] = [];
  for (const [i, refusals] of refusalsByRow(fields)) {
    const row = rows[i];
    if (!row) continue;
    const onOverride = refusals.some((f) => /^items\.\d+\.override(?:\.|$)/.test(f.field));
    const onLevel = refusals.some((f) => /^items\.\d+\.level$/.test(f.field));
    if (onOverride || (onLevel && row.level === 'excellent' && !row.capped)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** The rows of a list that add an excellent (decided excellent now, not before). */
export function newExcellentRows(rows: readonly Pick<Subject, 'decision'>[], levels: readonly { level: Level }[]): number[] {
  return rows.flatMap((s, i) => (levels[i]?.level === 'excellent' && s.decision?.level !== 'excellent' ? [i] : []));
}
