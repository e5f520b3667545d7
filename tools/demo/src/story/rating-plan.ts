import { Random } from '@party/testing';

export type Level = 'excellent' | 'good' | 'completed' | 'not_completed';

/** A subject of the round as `GET /rating/rounds/:id/subjects` lists it (the fields the plan needs). */
export interface PlannedSubject {
  kind: 'org' | 'member';
  personId: string | null;
  orgId: string;
  orgKind: string;
  peerGroup: string;
  /** not_completed when a disqualifier holds (disciplined in the year…). */
  maxLevel: Level;
}

/** The reference report's 2023: 151 TCCSĐ, 143 good or better of which 28 excellent, 8 completed. */
export const GRASSROOTS_2023 = { excellent: 28, good: 115, completed: 8 } as const;

/** The excellent quota of 2023 (membership's rule of the year): at most 20% of the good or better of a peer group. */
export const quotaOf = (goodOrBetter: number): number => Math.floor((goodOrBetter * 20) / 100);

const isGrassroots = (s: PlannedSubject) => s.kind === 'org' && s.orgKind.startsWith('grassroots');

/**
 * The levels of the 2023 round, proposed by the Board and decided as proposed by the Standing
 * Committee. The grassroots organizations get the reference report's figures exactly (28 + 115 +
 * 8); a chi bộ trực thuộc and a member are drawn by their peer group: ~15% of the good or better
 * excellent, never beyond the quota, a few completed; members ~0,3% not completed. A subject a
 * disqualifier caps (a member disciplined in 2023, an organization whose leadership was) is not
 * completed whatever the draw — so a disqualified grassroots organization would move the report
 * off the reference figures, which `grassrootsCapped` counts.
 */
export function planRatings2023(subjects: readonly PlannedSubject[], r: Random): { levels: Map<PlannedSubject, Level>; grassrootsCapped: number } {
  const levels = new Map<PlannedSubject, Level>();
  const capped = subjects.filter((s) => s.maxLevel === 'not_completed');
  for (const s of capped) levels.set(s, 'not_completed');

  // the grassroots organizations: completed first drawn from the whole list, then the excellent
  const grassroots = shuffled(subjects.filter((s) => isGrassroots(s) && s.maxLevel !== 'not_completed'), r);
  const completed = grassroots.slice(0, GRASSROOTS_2023.completed);
  const excellent = grassroots.slice(GRASSROOTS_2023.completed, GRASSROOTS_2023.completed + GRASSROOTS_2023.excellent);
  for (const s of grassroots) levels.set(s, completed.includes(s) ? 'completed' : excellent.includes(s) ? 'excellent' : 'good');

  // everyone else by peer group
  const groups = new Map<string, PlannedSubject[]>();
  for (const s of subjects) {
    if (levels.has(s)) continue;
    const g = groups.get(s.peerGroup) ?? [];
    g.push(s);
    groups.set(s.peerGroup, g);
  }
  for (const group of groups.values()) {
    const members = group[0].kind === 'member';
    const drawn = shuffled(group, r);
    const notCompleted = members ? drawn.filter(() => r.next() < 0.003) : [];
    const rest = drawn.filter((s) => !notCompleted.includes(s));
    const completedCount = Math.round(rest.length * (members ? 0.04 : 0.05) * (0.5 + r.next()));
    const goodOrBetter = rest.length - completedCount;
    const excellentCount = Math.min(quotaOf(goodOrBetter), Math.round(goodOrBetter * 0.15 * (0.6 + 0.8 * r.next())));
    for (const [i, s] of rest.entries()) levels.set(s, i < completedCount ? 'completed' : i < completedCount + excellentCount ? 'excellent' : 'good');
    for (const s of notCompleted) levels.set(s, 'not_completed');
  }
  return { levels, grassrootsCapped: capped.filter(isGrassroots).length };
}

function shuffled<T>(items: readonly T[], r: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
