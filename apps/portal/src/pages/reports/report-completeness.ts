import type { YearEndReport } from '../../api/reports';

export type Completeness = YearEndReport['completeness'];

/**
 * What a clerk needs to know before using the figures (issue 10: "does it include my last
 * command?"): complete up to the newest event applied, or behind by how many events.
 */
export function completenessSummary(c: Completeness): { complete: boolean; waiting: number; lastRecordedAt: string | null } {
  const waiting = c.sources.reduce((sum, s) => sum + s.waiting, 0);
  const times = c.sources.map((s) => s.appliedThrough?.recordedAt).filter((t): t is string => Boolean(t));
  const lastRecordedAt = times.length ? times.reduce((a, b) => (a > b ? a : b)) : null;
  return { complete: c.complete && waiting === 0, waiting, lastRecordedAt };
}
